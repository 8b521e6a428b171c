"""Routing on the real broker: every record on the events topic with CloudEvents
binary-mode headers that agree with the record; records keyed by the dyad land in the
partition the Java client's murmur2 partitioner gives (so downstream Kafka Streams
apps co-partition); alert rules add a copy with the rule name; the topic template adds
per-type copies; structured mode wraps the record in a CloudEvents envelope."""
from harness import *  # noqa: F401,F403


def murmur2(data: bytes) -> int:
    """Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2)."""
    length, seed, m, r = len(data), 0x9747B28C, 0x5BD1E995, 24
    h = (seed ^ length) & 0xFFFFFFFF
    for i in range(length // 4):
        k = int.from_bytes(data[4 * i:4 * i + 4], "little")
        k = (k * m) & 0xFFFFFFFF
        k ^= k >> r
        k = (k * m) & 0xFFFFFFFF
        h = (h * m) & 0xFFFFFFFF
        h ^= k
    rest = length & 3
    tail = data[length - rest:]
    if rest == 3:
        h ^= tail[2] << 16
    if rest >= 2:
        h ^= tail[1] << 8
    if rest >= 1:
        h ^= tail[0]
        h = (h * m) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * m) & 0xFFFFFFFF
    h ^= h >> 15
    return h


def java_partition(key: bytes, n: int) -> int:
    return (murmur2(key) & 0x7FFFFFFF) % n


samples = [l for l in open(os.path.join(ROOT, "deploy", "samples", "articles.jsonl"))]
t = Topics("routing", partitions=2, out_partitions=5)
tmpl = f"{t.events}-{{type}}"
produce(t.input, [l.strip() for l in samples])
d = Daemon(t, "alert.calls.types=call", f"topic.events.template={tmpl}", "replay.alert.max.age.ms=0")
wait_settled(t, timeout=120)
check(d.stop() == 0, "clean shutdown")
events = read_all(t.events, idle=3)
check(len(events) >= 4, f"the samples yield records ({len(events)})")
for m in events:
    v = json.loads(m.value())
    h = {k: x.decode() for k, x in m.headers()}
    countries = sorted({a["country"] for a in v["actors"] if a.get("country")})
    want_key = "-".join(countries[:2]) if countries else "-"
    check(m.key().decode() == want_key, f"key {m.key().decode()} is the dyad {want_key}")
    check(m.partition() == java_partition(m.key(), 5),
          f"key {m.key().decode()} in partition {m.partition()} as murmur2 gives")
    check(h["ce_specversion"] == "1.0" and h["ce_id"] == v["event_id"]
          and h["ce_type"] == f"org.parley.contact.v1.{v['type']}.{v['status']}"
          and h["ce_source"] == "parleyd" and h["content-type"] == "application/json"
          and h.get("ce_time") == v["article"]["published_at"], "CloudEvents headers agree with the record")
alerts = read_all(t.alerts, idle=2)
calls = [json.loads(m.value()) for m in events if json.loads(m.value())["type"] == "call"]
check(len(alerts) == len(calls) and all(dict(m.headers())["parley_alert_rule"] == b"calls" for m in alerts),
      f"{len(calls)} call record(s) -> as many alerts, each naming rule 'calls'")
by_type = {}
for m in events:
    by_type.setdefault(json.loads(m.value())["type"], []).append(json.loads(m.value())["event_id"])
for typ, ids in by_type.items():
    routed = [json.loads(m.value())["event_id"] for m in read_all(tmpl.replace("{type}", typ), idle=2)]
    check(sorted(routed) == sorted(ids), f"topic {tmpl.replace('{type}', typ)} holds the {len(ids)} {typ} record(s)")

t2 = Topics("routing-ce", partitions=1)
produce(t2.input, [l.strip() for l in samples])
d = Daemon(t2, "output.cloudevents=structured", "output.key=event_id")
wait_settled(t2, timeout=120)
check(d.stop() == 0, "clean shutdown (structured mode)")
for m in read_all(t2.events, idle=2):
    env = json.loads(m.value())
    check(dict(m.headers())["content-type"] == b"application/cloudevents+json"
          and env["specversion"] == "1.0" and env["id"] == env["data"]["event_id"]
          and m.key().decode() == env["data"]["event_id"]
          and env["type"].startswith("org.parley.contact.v1."), "structured CloudEvent keyed by event_id")
