"""Bounds of the running daemon on the real broker (label integration):
- queue depth: 30,000 articles consumed with processing.max.inflight=100 — the in-flight
  gauge (parley_inflight_messages, sampled every 20 ms) never exceeds 100 — and the same
  input with max.inflight=100000 for comparison; peak RSS (VmHWM) of both is printed and
  must stay under a fixed bound;
- message size: 150 messages of 1.5 MB (over article.max.bytes=1 MiB) go to the DLQ; with
  processing.max.inflight=10 the daemon's peak RSS stays under a fixed bound (not
  proportional to the 225 MB received), and so does it with the default max.inflight=2000,
  through the byte bound processing.max.inflight.bytes.
Peak RSS is VmHWM from /proc/PID/status, read just before SIGTERM and at the end."""
import os
import sys
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "integration"))
from harness import *  # noqa: E402,F401,F403
from boundslib import ASAN, bound  # noqa: E402
from boundslib import done as boundslib_done  # noqa: E402
from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402


def vm(pid, key="VmHWM"):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


def gauge(port, name):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as r:
            for line in r.read().decode().splitlines():
                if line.startswith(name + " "):
                    return float(line.split()[1])
    except OSError:
        return None
    return None


STATES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Italy", "Spain"]


def text(i):
    s = [f"The president of {STATES[(i + k) % 10]} met the president of {STATES[(i + k + 3) % 10]} "
         f"in Geneva on Monday. Officials said the talks covered trade." for k in range(12)]
    return " ".join(s)


N = int(os.environ.get("BOUNDS_N", 30_000))
values = [article(i, text(i)) for i in range(N)]
results = {}
for cap in (100, 100_000):
    t = Topics(f"bound-inflight{cap}", partitions=3)
    produce(t.input, values)
    mport = free_port()
    d = Daemon(t, f"processing.max.inflight={cap}", f"metrics.listen=127.0.0.1:{mport}",
               "processing.threads=1", name=f"inflight{cap}")
    t0, seen, samples = time.time(), 0.0, 0

    def caught_up():
        global seen, samples
        g = gauge(mport, "parley_inflight_messages")
        if g is not None:
            seen, samples = max(seen, g), samples + 1
        if samples % 50 == 0:
            ends, com = end_offsets(t.input), committed(t.group, t.input)
            return all(e == 0 or com.get(p, -1) >= e for p, e in ends.items())  # empty: nothing to commit
        return False
    wait_for(caught_up, 600, f"max.inflight={cap}: input consumed", poll=0.02)
    secs = time.time() - t0
    hwm = vm(d.p.pid)
    check(d.stop() == 0, f"max.inflight={cap}: clean exit")
    results[cap] = (seen, hwm, secs)
    print(f"max.inflight={cap}: {N} articles in {secs:.1f}s, in-flight gauge peak {seen:.0f} "
          f"({samples} samples), VmHWM {hwm:.1f} MB", flush=True)
check(results[100][0] <= 100, f"in-flight never above processing.max.inflight=100 (peak {results[100][0]:.0f})")
bound("daemon queue depth max.inflight=100", results[100][1], results[100][2], 256, 300,
      f"{N} articles, gauge peak {results[100][0]:.0f}")
bound("daemon queue depth max.inflight=100000", results[100_000][1], results[100_000][2], 512, 300,
      f"{N} articles, gauge peak {results[100_000][0]:.0f}")

# Message size: over-size messages go to the DLQ; memory does not follow the volume.
t = Topics("bound-size", partitions=1)
admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
from confluent_kafka.admin import ConfigResource, ConfigEntry, AlterConfigOpType  # noqa: E402
for topic in (t.input, t.dlq):
    res = ConfigResource(ConfigResource.Type.TOPIC, topic, incremental_configs=[
        ConfigEntry("max.message.bytes", "4000000", incremental_operation=AlterConfigOpType.SET)])
    for f in admin.incremental_alter_configs([res]).values():
        f.result(30)
BIG, NBIG = 1_500_000, 150
p = Producer({"bootstrap.servers": BOOTSTRAP, "message.max.bytes": 4_000_000, "linger.ms": 20})
rnd_text = "".join(chr(0x61 + (i * 7919) % 26) for i in range(BIG))  # incompressible enough
for i in range(NBIG):
    p.produce(t.input, key=b"big%d" % i, value=json.dumps({"id": f"b{i}", "text": rnd_text}).encode())
    p.poll(0)
p.produce(t.input, key=b"good", value=article(1).encode())
p.flush(120)
size_results = {}
for cap in (10, 2000):
    t0 = time.time()
    d = Daemon(t, "processing.processor=passthrough", f"processing.max.inflight={cap}",
               f"consumer.group.id={t.group}-{cap}", name=f"size{cap}")
    dlq = read_all(t.dlq, expect=NBIG * (1 if cap == 10 else 2), idle=3, max_wait=300)
    wait_caught_up(type("T", (), {"input": t.input, "group": f"{t.group}-{cap}"}), timeout=300)
    secs = time.time() - t0
    hwm = vm(d.p.pid)
    check(d.stop() == 0, f"message size, max.inflight={cap}: clean exit")
    size_results[cap] = (hwm, secs)
    print(f"message size, max.inflight={cap}: {NBIG} x {BIG / 1e6:.1f} MB over the limit, "
          f"VmHWM {hwm:.1f} MB, {secs:.1f}s", flush=True)
reasons = [dict(m.headers())["__parley.errors.reason"].decode() for m in dlq]
check(len(dlq) == 2 * NBIG and set(reasons) == {"too_large"},
      f"both runs dead-lettered the {NBIG} over-size messages as too_large (got {len(dlq)})")
ev = read_all(t.events, expect=2, idle=2, max_wait=60)
check(len(ev) == 2, "the good article after them is processed by both runs")
bound(f"daemon message size, max.inflight=10 ({NBIG} x 1.5 MB over the limit)", size_results[10][0],
      size_results[10][1], 128, 300, f"{NBIG * BIG / 1e6:.0f} MB received{' (ASan)' if ASAN else ''}")
# With the default processing.max.inflight=2000 the byte bound (processing.max.inflight.bytes,
# 32 MiB by default) keeps the large messages in flight to a few at a time.
bound(f"daemon message size, default in-flight bounds ({NBIG} x 1.5 MB over the limit)",
      size_results[2000][0], size_results[2000][1], 160, 300,
      f"{NBIG * BIG / 1e6:.0f} MB received{' (ASan)' if ASAN else ''}")
boundslib_done()
