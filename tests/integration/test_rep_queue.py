"""Repartition messages that reach parleyd on the consumer queue instead of the
repartition queue are still handled as repartition messages, in order.

parleyd reads the partitions of <group>.repartition from a queue of its own
(rd_kafka_queue_forward). A message fetched before that forward takes effect arrives on the
consumer queue. Before the fix of 2026-12-06 such a bundle was read as one malformed record
and dead-lettered ("not a parley.contact.v1 record"): a loaded CI machine lost 2 of 200
records that way in test_dedup_eos. Here the race is made certain with an LD_PRELOAD shim
(tests/integration/shim/repq_shim.c):
- slow-assign: the assignment returns 300 ms late, as if the thread had been descheduled
  between the assignment and the forward (exactly_once, as in the CI failure; and
  at_least_once with the eager protocol of the range assignor);
- late-forward: the same, and the forward made before the assignment is lost (as when a
  fetch of an earlier assignment of the partition stops and clears it): parleyd's seek after
  the assignment must discard what was fetched before the forward;
- no-forward: the forward never happens, so every repartition message comes through the
  consumer queue (at_least_once and exactly_once).
With slow-assign and late-forward no repartition message may reach the consumer queue (a
message read from there after later ones from the repartition queue would be out of order and
skipped); with no-forward all do, and parleyd says so.
A first parleyd fills a repartition topic; its messages are copied to the repartition topic
of a second group, so that they are waiting when the second parleyd is assigned them. Each
run must publish the same records as the first, and dead-letter nothing."""
import datetime
from harness import *  # noqa: F401,F403

SHIM = os.environ.get("REPQ_SHIM_PATH") or os.path.join(os.path.dirname(PARLEYD), "tests",
                                                           "repq_shim.so")
if not os.path.exists(SHIM):
    fail(f"the shim is not built: {SHIM}")

CITIES = [("French", "Paris"), ("German", "Berlin"), ("Italian", "Rome"), ("Kenyan", "Nairobi"),
          ("Japanese", "Tokyo"), ("Chilean", "Santiago"), ("Polish", "Warsaw"), ("Greek", "Athens")]
NAMES = ["Anna Kovac", "Boris Lindqvist", "Chen Moreau", "Dalia Nakamura", "Emre Oliveira",
         "Farah Petrov", "Goran Quist", "Hana Rahman"]
now = datetime.datetime.now(datetime.timezone.utc)
arts = []
for i in range(48):
    a, b = i % 8, (i * 3 + 1) % 8
    if a == b:
        b = (b + 1) % 8
    text = (f"{CITIES[a][0]} Foreign Minister {NAMES[a]} met {CITIES[b][0]} Foreign Minister "
            f"{NAMES[b]} in {CITIES[a][1]} on Monday, officials said.")
    pub = (now - datetime.timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    arts.append(json.dumps({"id": f"r{i:03d}", "published_at": pub, "language": "en", "text": text}))

# The source: a plain run whose repartition topic keeps every bundle.
src = Topics("repq-src")
produce(src.input, arts)
# (through the topic: with one instance dedup.local.enabled would decide everything in-process)
d = Daemon(src, "internal.purge.interval.ms=0", "dedup.local.enabled=false", name="source")
wait_settled(src, timeout=180)
check(d.stop() == 0, "the source run drains and exits 0")
want = sorted((json.loads(m.value())["article"]["id"], json.loads(m.value())["event_id"])
              for m in read_all(src.events, expect=1))
check(len(want) >= len(arts), f"the source run published a record per article ({len(want)})")
rep = read_all(f"{src.group}.repartition", expect=1, idle=2)
bundles = sum(1 for m in rep if any(k == "parley_bundle" for k, _ in (m.headers() or [])))
check(bundles > 0, f"the source's repartition topic holds bundles ({bundles} of {len(rep)})")


def run(mode, guarantee, *extra):
    dst = Topics(f"repq-{mode}")
    admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
    fs = admin.create_topics([NewTopic(f"{dst.group}.repartition", num_partitions=3, replication_factor=1),
                              NewTopic(f"{dst.group}.clusters", num_partitions=3, replication_factor=1,
                                       config={"cleanup.policy": "compact"})])
    for f in fs.values():
        f.result(30)
    p = Producer({"bootstrap.servers": BOOTSTRAP, "enable.idempotence": True})
    for m in rep:
        p.produce(f"{dst.group}.repartition", value=m.value(), key=m.key(), partition=m.partition(),
                  headers=m.headers())
    check(p.flush(30) == 0, f"{mode}: {len(rep)} repartition messages copied")
    opts = [f"processing.guarantee={guarantee}", "internal.purge.interval.ms=0", *extra]
    if guarantee == "exactly_once":
        opts.append(f"producer.transactional.id={dst.group}-tx")
    # (under ASan the shim is loaded before ASan's runtime, which is harmless here)
    asan = os.environ.get("ASAN_OPTIONS", "detect_leaks=0") + ":verify_asan_link_order=0"
    d = Daemon(dst, *opts, name=mode, env={"LD_PRELOAD": SHIM, "REPQ_SHIM": mode, "ASAN_OPTIONS": asan})
    wait_settled(dst, timeout=180, eos=guarantee == "exactly_once")
    check(d.stop() == 0, f"{mode}/{guarantee}: drains and exits 0")
    got = sorted((json.loads(m.value())["article"]["id"], json.loads(m.value())["event_id"])
                 for m in read_all(dst.events, expect=len(want), idle=2))
    dead = read_all(dst.dlq, idle=2)
    reasons = sorted({dict(m.headers() or []).get("__parley.errors.message", b"").decode() for m in dead})
    check(not dead, f"{mode}/{guarantee}: nothing dead-lettered (got {len(dead)}: {reasons})")
    check(got == want, f"{mode}/{guarantee}: the same {len(want)} records as the source "
                       f"(got {len(got)}, {len(set(got) & set(want))} of them the source's)")
    said = "arrived on the consumer queue" in d.log_text()
    if mode == "no-forward":
        check(said, f"{mode}/{guarantee}: parleyd says repartition messages came through the consumer queue")
    else:
        check(not said, f"{mode}/{guarantee}: no repartition message came through the consumer queue")


run("slow-assign", "exactly_once")
run("slow-assign", "at_least_once", "consumer.partition.assignment.strategy=range")  # eager
run("late-forward", "at_least_once")
run("no-forward", "at_least_once")
run("no-forward", "exactly_once")
print(f"rep_queue: {len(arts)} articles, {len(rep)} repartition messages ({bundles} bundles), "
      f"{len(want)} records, 5 runs")
