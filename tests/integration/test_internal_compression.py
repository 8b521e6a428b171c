"""internal.compression.type: the record batches parleyd writes to its internal topics
(<group.id>.repartition and <group.id>.clusters) are snappy by default while the events
topic follows producer.compression.type (lz4); with none they are stored uncompressed, and
with inherit they follow the producer's codec (zstd here). Read from the broker's own log
segments (deploy/kafka.sh dump-log, Kafka's DumpLogSegments), so this checks what is
stored, not what parleyd meant to send."""
import re
from harness import *  # noqa: F401,F403

KAFKA_DIR = os.environ.get("KAFKA_TEST_DIR")
if not KAFKA_DIR:
    fail("KAFKA_TEST_DIR is not set: this test reads the broker's log segments (tests/run.sh sets it)")
KAFKA_SH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "deploy", "kafka.sh")

TEXT = ("French Foreign Minister Claire Dumont met Brazilian Foreign Minister Paulo Ribeiro in "
        "Geneva on Monday, officials said. Kenyan President Daniel Mwangi visited Oslo on Tuesday "
        "and held talks with Norwegian Prime Minister Ingrid Haugland.")


def codecs(topic):
    """The compression codec of every record batch stored in the topic, over its partitions."""
    r = subprocess.run(["bash", KAFKA_SH, "dump-log", topic, "--dir", KAFKA_DIR],
                       capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        fail(f"dump-log {topic}: {r.stderr.strip()[-500:]}")
    return re.findall(r"compresscodec: (\w+)", r.stdout)


def run(name, *extra):
    t = Topics(name, partitions=2)
    produce(t.input, [article(i, TEXT) for i in range(40)], keys=[b"k%d" % i for i in range(40)])
    # through the topic: with one instance and dedup.local.enabled (the default) nothing
    # would be written to the repartition topic
    d = Daemon(t, "dedup.local.enabled=false", *extra)
    wait_settled(t, timeout=120)
    d.stop()
    events = read_all(t.events, idle=2.0)
    check(len(events) > 0, f"{name}: events were written ({len(events)})")
    got = {}
    for topic in (t.events, f"{t.group}.repartition", f"{t.group}.clusters"):
        c = codecs(topic)
        check(len(c) > 0, f"{name}: {topic} has record batches ({len(c)})")
        got[topic.split(".")[-1] if topic != t.events else "events"] = set(c)
    log(f"{name}: codecs {got}")
    return got


got = run("icomp-default")
check(got == {"events": {"lz4"}, "repartition": {"snappy"}, "clusters": {"snappy"}},
      f"default: events lz4 (producer.compression.type), internal topics snappy ({got})")

got = run("icomp-none", "internal.compression.type=none")
check(got["events"] == {"lz4"}, f"none: events topic stays lz4 ({got['events']})")
check(got["repartition"] == {"none"}, f"none: repartition topic uncompressed ({got['repartition']})")
check(got["clusters"] == {"none"}, f"none: clusters changelog uncompressed ({got['clusters']})")

got = run("icomp-inherit", "internal.compression.type=inherit", "producer.compression.type=zstd")
check(got["events"] == {"zstd"}, f"inherit: events topic follows producer.compression.type=zstd ({got['events']})")
check(got["repartition"] == {"zstd"}, f"inherit: repartition topic zstd like the producer ({got['repartition']})")
check(got["clusters"] == {"zstd"}, f"inherit: clusters changelog zstd like the producer ({got['clusters']})")
log("PASS")
