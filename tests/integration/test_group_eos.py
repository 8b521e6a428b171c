"""exactly_once with two instances in one group: one leaves in the middle of its
transactions (a rebalance mid-transaction); a read_committed consumer sees every output
exactly once."""
from harness import *  # noqa: F401,F403

N = 12000
t = Topics("groupeos", partitions=6)
opts = ("processing.processor=passthrough", "processing.guarantee=exactly_once",
        "processing.transaction.max.ms=200", "processing.transaction.max.messages=200")
a = Daemon(t, *opts, f"producer.transactional.id={t.group}-A", name="A")
b = Daemon(t, *opts, f"producer.transactional.id={t.group}-B", name="B")
produce(t.input, [article(i) for i in range(N // 2)])
wait_for(lambda: produced_total(t.events) >= N // 6, 120, "some progress", poll=0.05)
check(b.stop() == 0, "B leaves cleanly while transactions are open (SIGTERM)")
produce(t.input, [article(i) for i in range(N // 2, N)])
wait_caught_up(t, timeout=240)
check(a.stop() == 0, "A drains and exits 0")
ids = ids_of(read_all(t.events, expect=N))
check(len(ids) == N and len(set(ids)) == N,
      f"read_committed: each of {N} outputs exactly once across the hand-over "
      f"(got {len(ids)}, {len(ids) - len(set(ids))} duplicates, {N - len(set(ids))} missing)")
