"""The internal topics of cross-article state.

Creation: on a broker with auto.create.topics.enable (as the test broker, and Kafka's
default), parleyd itself creates <group.id>.repartition and the compacted
<group.id>.clusters changelog with the input topic's partition count (its producer must not
make the broker auto-create them first, with one partition and cleanup.policy=delete); a
changelog that exists without compaction is named in a warning at start-up.

Purging (internal.purge.interval.ms): parleyd deletes the records of the repartition topic
below the group's committed offsets (DeleteRecords), so the topic does not keep every record
for its 7-day retention. Checked on the broker: the partitions' low watermarks reach the
committed offsets (never pass them); a restart after the purge resumes at the committed
offsets with no offset reset and every article's events written; with 0 nothing is
deleted.

Bundles (internal.bundle.enabled): what stage A sends for one article to one partition (its
records, its manifest) is one message with the header parley_bundle; each entry lies in the
partition librdkafka's murmur2 partitioner gives its key. With false, one message each.

Every run here sets dedup.local.enabled=false: with one instance (the default true) nothing
would go through the repartition topic (test_dedup_local)."""
from harness import *  # noqa: F401,F403
from confluent_kafka.admin import ConfigResource

TOPIC_PATH = "dedup.local.enabled=false"
import struct
sys.path.insert(0, os.path.join(ROOT, "tools"))
import parley_bundle  # noqa: E402

TEXT = ("French Foreign Minister Claire Dumont met Brazilian Foreign Minister Paulo Ribeiro in "
        "Geneva on Monday, officials said. Kenyan President Daniel Mwangi visited Oslo on Tuesday "
        "and held talks with Norwegian Prime Minister Ingrid Haugland.")


def feed(t, first, n):
    produce(t.input, [article(i, TEXT) for i in range(first, first + n)],
            keys=[b"k%d" % i for i in range(first, first + n)])


def article_ids(t):
    return set(ids_of(read_all(t.events, idle=2.0)))


def topic_setup(topic):
    """(partition count, cleanup.policy) of a topic."""
    a = AdminClient({"bootstrap.servers": BOOTSTRAP})
    n = len(a.list_topics(topic, timeout=10).topics[topic].partitions)
    (f,) = a.describe_configs([ConfigResource("topic", topic)]).values()
    return n, f.result(30)["cleanup.policy"].value


# Purging every 300 ms (the topics are parleyd's own: checked first)
t = Topics("purge", partitions=2)
rep = f"{t.group}.repartition"
feed(t, 0, 40)
d = Daemon(t, "internal.purge.interval.ms=300", TOPIC_PATH)
wait_settled(t, timeout=120)
check(topic_setup(rep) == (2, "delete"), f"{rep}: the input's 2 partitions, not compacted ({topic_setup(rep)})")
check(topic_setup(f"{t.group}.clusters") == (2, "compact"),
      f"{t.group}.clusters: the input's 2 partitions, compacted ({topic_setup(t.group + '.clusters')})")
check("not compact" not in d.log_text(), "no warning about the changelog parleyd made itself")


def purged():
    wm, com = watermarks(rep), committed(t.group, rep)
    log(f"repartition watermarks {wm}, committed {com}")
    for p, (lo, hi) in wm.items():
        check(lo <= max(com.get(p, -1), 0), f"partition {p}: nothing above the committed offset is deleted (low {lo}, committed {com.get(p)})")
    return all(lo == com.get(p) for p, (lo, hi) in wm.items() if hi > 0)


wait_for(purged, 30, "the repartition topic's low watermarks to reach the committed offsets", poll=1.0)
check(sum(lo for lo, hi in watermarks(rep).values()) > 0, "records of the repartition topic were deleted")
d.stop()
check(article_ids(t) == {f"a{i:06d}" for i in range(40)}, "every article of the first batch has events")

# A restart after the purge resumes at the committed offsets: no offset reset, nothing lost.
feed(t, 40, 40)
d2 = Daemon(t, "internal.purge.interval.ms=300", TOPIC_PATH)
wait_settled(t, timeout=120)
wait_for(purged, 30, "the second batch's repartition records to be purged too", poll=1.0)
d2.stop()
text = d2.log_text().lower()
check("out of range" not in text and "offset reset" not in text,
      "the restarted daemon resumed at its committed offsets (no offset reset in its log)")
check(article_ids(t) == {f"a{i:06d}" for i in range(80)}, "every article of both batches has events")

# 0: never purged
t0 = Topics("purge-off", partitions=2)
feed(t0, 0, 20)
d0 = Daemon(t0, "internal.purge.interval.ms=0", TOPIC_PATH)
wait_settled(t0, timeout=120)
time.sleep(2)
wm = watermarks(f"{t0.group}.repartition")
d0.stop()
check(all(lo == 0 for lo, hi in wm.values()) and sum(hi for lo, hi in wm.values()) > 0,
      f"internal.purge.interval.ms=0: nothing deleted ({wm})")



def murmur2(data):
    """Kafka's murmur2 (as librdkafka's partitioner), for the partition of a key."""
    m, r, length = 0x5bd1e995, 24, len(data)
    h = (0x9747b28c ^ length) & 0xffffffff
    for i in range(0, length - length % 4, 4):
        k = struct.unpack_from("<I", data, i)[0]
        k = (k * m) & 0xffffffff
        k ^= k >> r
        k = (k * m) & 0xffffffff
        h = ((h * m) & 0xffffffff) ^ k
    tail = length % 4
    if tail >= 3:
        h ^= data[length - tail + 2] << 16
    if tail >= 2:
        h ^= data[length - tail + 1] << 8
    if tail >= 1:
        h ^= data[length - tail]
        h = (h * m) & 0xffffffff
    h ^= h >> 13
    h = (h * m) & 0xffffffff
    h ^= h >> 15
    return h


def rep_messages(topic):
    """(bundles, plain messages, entries) of a repartition topic, each entry checked to lie in
    the partition its key's murmur2 gives."""
    msgs = read_all(topic, idle=2.0)
    n = len(watermarks(topic))
    bundles = plain = entries = 0
    for m in msgs:
        if any(k == "parley_bundle" for k, v in m.headers() or []):
            bundles += 1
            es = parley_bundle.entries(m.value())
            check(len(es) >= 2, f"a bundle holds two entries or more ({len(es)})")
            for key, hdrs, value in es:
                check((murmur2(key) & 0x7fffffff) % n == m.partition(),
                      f"entry {key!r} lies in its key's partition {(murmur2(key) & 0x7fffffff) % n} ({m.partition()})")
                check(any(k in ("parley_eid", "parley_event_ids") for k, v in hdrs),
                      f"entry {key!r} keeps its headers ({hdrs})")
            entries += len(es)
        else:
            plain += 1
            entries += 1
    return bundles, plain, entries


b, p, e = rep_messages(f"{t0.group}.repartition")
want = len(read_all(t0.events, idle=2.0)) + 20  # every record and every article's manifest
log(f"repartition topic: {b} bundles, {p} plain messages, {e} entries (want {want})")
check(b > 0 and e == want and b + p < e, f"bundled: {b} bundles and {p} plain messages for {e} entries")

tb = Topics("bundle-off", partitions=2)
feed(tb, 0, 10)
db = Daemon(tb, "internal.purge.interval.ms=0", "internal.bundle.enabled=false", TOPIC_PATH)
wait_settled(tb, timeout=120)
db.stop()
b, p, e = rep_messages(f"{tb.group}.repartition")
want = len(read_all(tb.events, idle=2.0)) + 10
check(b == 0 and p == e == want, f"internal.bundle.enabled=false: one message each ({b}, {p}, {e}, want {want})")
check(article_ids(tb) == {f"a{i:06d}" for i in range(10)}, "every article has events without bundles too")

# A changelog made without compaction (by hand, or auto-created under an earlier parleyd):
# named in a warning with the remedy.
tw = Topics("purge-warn", partitions=2)
admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
fs = admin.create_topics(
    [NewTopic(f"{tw.group}.{n}", num_partitions=2, replication_factor=1) for n in ("repartition", "clusters")])
for f in fs.values():
    f.result(30)
dw = Daemon(tw, TOPIC_PATH)
wait_for(lambda: "not compact" in dw.log_text(), 60, "the warning about the changelog's cleanup.policy")
dw.stop()
check("cleanup.policy=compact" in dw.log_text(), "the warning gives the remedy")
log("PASS")
