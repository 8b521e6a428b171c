"""exactly_once: parleyd is killed with SIGKILL mid-stream several times and restarted;
a read_committed consumer sees each expected output exactly once, dead letters included."""
import random
from harness import *  # noqa: F401,F403

random.seed(int(os.environ.get("TEST_SEED", "1")))

N, POISON = 20000, 20
t = Topics("eos", partitions=3)
values = [article(i) for i in range(N)]
for k in range(POISON):
    values.insert(k * 900 + 3, b"not json %d" % k)
produce(t.input, values)
tid = f"parley-test-{t.group}"
opts = ("processing.processor=passthrough", "processing.guarantee=exactly_once",
        f"producer.transactional.id={tid}", "processing.transaction.max.ms=200", "processing.transaction.max.messages=200",
        "consumer.session.timeout.ms=6000")
kills = 0


def drained():
    ends, com = end_offsets(t.input), committed(t.group, t.input)
    return all(e == 0 or com.get(p, -1) >= e for p, e in ends.items())  # empty: nothing to commit


for round_ in range(3):
    d = Daemon(t, *opts, name=f"run{round_}")
    start = produced_total(t.events)
    # progress, or nothing left to do (a fast run may drain the input before the last kill)
    wait_for(lambda: produced_total(t.events) >= start + N // 10 or not d.alive() or drained(),
             180, "progress before the kill", poll=0.05)
    time.sleep(random.uniform(0.1, 1.5))  # a random moment, not right after a flush
    d.kill()
    d.wait()
    kills += 1
    log(f"killed parleyd (round {round_})")
d = Daemon(t, *opts, name="final")
wait_caught_up(t, timeout=300)
check(d.stop() == 0, "final run drains and exits 0")
ids = ids_of(read_all(t.events, expect=N))
check(len(ids) == N and len(set(ids)) == N,
      f"read_committed: {N} records exactly once after {kills} kills "
      f"(got {len(ids)}, {len(ids) - len(set(ids))} duplicates, {N - len(set(ids))} missing)")
dlq = read_all(t.dlq, expect=POISON)
check(len(dlq) == POISON, f"read_committed: {POISON} dead letters exactly once (got {len(dlq)})")
uncommitted = read_all(t.events, isolation="read_uncommitted", expect=N)
print(f"eos: {N} articles, {kills} kills; read_committed {len(ids)} records; "
      f"read_uncommitted {len(uncommitted)} (aborted writes visible only there)")
