"""kill -9 of parleyd mid-stream, then restart: under at_least_once no article is lost
(duplicates from the unfinished stretch are allowed)."""
import random
from harness import *  # noqa: F401,F403

random.seed(int(os.environ.get("TEST_SEED", "1")))

N = 20000
t = Topics("killalos", partitions=3)
produce(t.input, [article(i) for i in range(N)])
kills = 0
for round_ in range(3):
    d = Daemon(t, "processing.processor=passthrough", "producer.linger.ms=1000",
               "consumer.auto.commit.interval.ms=100", "consumer.session.timeout.ms=6000",
               name=f"run{round_}")
    # let it get partway, then kill it without warning
    start = produced_total(t.events)
    wait_for(lambda: produced_total(t.events) >= start + N // 8 or not d.alive(), 120,
             "progress before the kill", poll=0.05)
    time.sleep(random.uniform(0.1, 1.5))  # a random moment, not right after a flush
    d.kill()
    d.wait()
    kills += 1
    log(f"killed parleyd (round {round_})")
d = Daemon(t, "processing.processor=passthrough", "consumer.session.timeout.ms=6000", name="final")
wait_caught_up(t, timeout=240)
check(d.stop() == 0, "final run drains and exits 0")
ids = ids_of(read_all(t.events, expect=N))
missing = {f"a{i:06d}" for i in range(N)} - set(ids)
check(not missing, f"no article lost after {kills} kill -9 ({len(missing)} missing)")
print(f"kill_alos: {N} articles, {kills} kills, {len(ids)} records ({len(ids) - len(set(ids))} duplicates)")
