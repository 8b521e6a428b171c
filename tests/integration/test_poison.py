"""A poison corpus ends in the dead-letter topic, unchanged, with reason headers, and
the daemon keeps running and processing good messages after it."""
import os
import random
from harness import *  # noqa: F401,F403

t = Topics("poison", partitions=1)
random.seed(7)
corpus = {
    "random": bytes(random.getrandbits(8) for _ in range(300)),
    "utf8": b'{"id":"u","text":"caf\xc3 \xed\xa0\x80"}',
    "large": json.dumps({"id": "big", "text": "x" * 300_000}).encode(),
    "null": None,
    "notext": b'{"id":"nt","title":"no text here"}',
    "deep": b"[" * 10000 + b"]" * 10000,
    "array": b"[1,2,3]",
    "empty": b"",
}
expected_reason = {"random": "invalid_utf8", "utf8": "invalid_utf8", "large": "too_large",
                   "null": "null_value", "notext": "no_text", "deep": "too_deep",
                   "array": "not_object", "empty": "not_json"}
p = Producer({"bootstrap.servers": BOOTSTRAP, "message.max.bytes": 2000000})
for name, v in corpus.items():
    p.produce(t.input, value=v, key=name.encode(), headers=[("origin", b"poison-test")])
p.flush(30)
d = Daemon(t, "processing.processor=passthrough", "article.max.bytes=200000")
dlq = read_all(t.dlq, expect=len(corpus), idle=3, max_wait=90)
check(d.alive(), "daemon still running after the poison corpus")
got = {}
for m in dlq:
    h = {k: (v.decode() if v is not None else None) for k, v in (m.headers() or [])}
    got[m.key().decode()] = (h, m.value())
for name, v in corpus.items():
    check(name in got, f"{name}: dead-lettered")
    h, value = got[name]
    check(h.get("__parley.errors.reason") == expected_reason[name],
          f"{name}: reason {h.get('__parley.errors.reason')} == {expected_reason[name]}")
    check(h.get("__parley.errors.topic") == t.input and h.get("__parley.errors.stage") == "decode"
          and h.get("__parley.errors.partition") == "0" and h.get("__parley.errors.offset") is not None,
          f"{name}: source topic, partition, offset and stage headers")
    check(h.get("origin") == "poison-test", f"{name}: original headers kept")
    check(value == v, f"{name}: original value unchanged (null stays null, empty stays empty)")
produce(t.input, [article(1)])
ev = read_all(t.events, expect=1, idle=2, max_wait=60)
check(len(ev) == 1 and ids_of(ev) == ["a000001"], "a good article after the poison is processed")
check(d.stop() == 0, "clean shutdown")
