"""Two parleyd instances in one group on a 6-partition topic share the work; when one
leaves mid-stream its partitions move to the other without loss."""
from harness import *  # noqa: F401,F403
import re

N = 12000
t = Topics("group", partitions=6)
a = Daemon(t, "processing.processor=passthrough", name="A")
b = Daemon(t, "processing.processor=passthrough", name="B")

def assigned(d):
    return sum(int(x) for x in re.findall(r'assigned (\d+) partition', d.log_text())) - \
        sum(int(x) for x in re.findall(r'(?:revoking|lost) (\d+) partition', d.log_text()))

wait_for(lambda: assigned(a) > 0 and assigned(b) > 0 and assigned(a) + assigned(b) == 6, 60,
         "both instances to own partitions")
log(f"A owns {assigned(a)}, B owns {assigned(b)}")
check(assigned(a) == 3 and assigned(b) == 3, "6 partitions shared 3/3")
produce(t.input, [article(i) for i in range(N // 2)])
wait_for(lambda: len(read_all(t.events, idle=0.5, max_wait=5)) >= N // 4, 120, "some progress")
check(b.stop() == 0, "B leaves cleanly (SIGTERM)")
wait_for(lambda: assigned(a) == 6, 60, "A to take over B's partitions")
produce(t.input, [article(i) for i in range(N // 2, N)])
wait_caught_up(t, timeout=240)
check(a.stop() == 0, "A drains and exits 0")
ids = ids_of(read_all(t.events, expect=N))
missing = {f"a{i:06d}" for i in range(N)} - set(ids)
check(not missing, f"no article lost across the hand-over ({len(missing)} missing)")
check(len(ids) == len(set(ids)), f"clean hand-over produced no duplicates ({len(ids) - len(set(ids))})")
