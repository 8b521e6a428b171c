"""10,000 articles in under at_least_once without faults: every one accounted for (one
output record or one dead letter), none twice; a SIGTERM drain exits 0 with the group's
offsets committed to the end of the input."""
from harness import *  # noqa: F401,F403

N, POISON = 10000, 50
t = Topics("acct", partitions=3, out_partitions=1)
values = [article(i) for i in range(N)]
for k in range(POISON):  # sprinkle undecodable messages among the good ones
    values.insert(k * 200 + 7, b"\xff\xfe not json %d" % k)
# keyed, so every input partition gets messages (keyless, the sticky partitioner may put
# them all in one or two partitions)
produce(t.input, values, keys=[b"k%d" % n for n in range(len(values))])
d = Daemon(t, "processing.processor=passthrough")
wait_caught_up(t, timeout=240)
rc = d.stop()
check(rc == 0, f"SIGTERM drain exits 0 (got {rc})")
events = read_all(t.events, expect=N)
dlq = read_all(t.dlq, expect=POISON)
ids = ids_of(events)
check(len(ids) == N, f"{N} records on the events topic (got {len(ids)})")
check(len(set(ids)) == N, f"no record twice ({N - len(set(ids))} duplicates)")
check(set(ids) == {f"a{i:06d}" for i in range(N)}, "every article id is present")
# one output partition: per input partition, outputs appear in input-offset order
last, in_order = {}, True
for m in events:
    pos = json.loads(m.value())["input"]
    if pos["offset"] <= last.get(pos["partition"], -1):
        in_order = False
    last[pos["partition"]] = pos["offset"]
check(in_order, "each input partition's outputs keep its input order (2 worker threads)")
check(len(dlq) == POISON, f"{POISON} dead letters (got {len(dlq)})")
com = committed(t.group, t.input)
ends = end_offsets(t.input)
# an empty partition has nothing to commit (-1001 at end offset 0)
com = {p: (0 if o < 0 and ends.get(p) == 0 else o) for p, o in com.items()}
check(com == ends, f"committed offsets {com} equal end offsets {ends}")
print(f"accounting: {N} articles + {POISON} poison -> {len(ids)} records, {len(dlq)} dead letters")
