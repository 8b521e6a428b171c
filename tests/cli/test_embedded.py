"""`parleyd run --embedded` on the shipped samples: exits 0 once stdin is done, prints
one JSON record per line (passthrough: one per article; --envelope: topic, partition,
key, headers, value for every output message, dead letters included)."""
import json
import os
import subprocess
import sys

PARLEYD = os.environ.get("PARLEYD", "build/parleyd")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
samples = open(os.path.join(ROOT, "deploy", "samples", "articles.jsonl"), "rb").read()
n = len([l for l in samples.splitlines() if l.strip()])
env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1")

p = subprocess.run([PARLEYD, "run", "--embedded", "-X", "processing.processor=passthrough"],
                   input=samples, capture_output=True, timeout=120, env=env)
assert p.returncode == 0, p.stderr.decode()[-2000:]
lines = [json.loads(l) for l in p.stdout.decode().splitlines()]
assert len(lines) == n, (len(lines), n)
assert sorted(l["article"]["id"] for l in lines) == sorted(json.loads(l)["id"] for l in samples.splitlines())
assert b"at_least_once" in p.stderr
print(f"ok: {n} samples -> {len(lines)} passthrough records")

bad = samples + b"this is not json\n"
p = subprocess.run([PARLEYD, "run", "--embedded", "--envelope", "-X", "processing.processor=passthrough"],
                   input=bad, capture_output=True, timeout=120, env=env)
assert p.returncode == 0, p.stderr.decode()[-2000:]
env_lines = [json.loads(l) for l in p.stdout.decode().splitlines()]
dlq = [e for e in env_lines if e["topic"] == "articles.dlq"]
ev = [e for e in env_lines if e["topic"] == "contact-events"]
assert len(dlq) == 1 and dlq[0]["headers"]["__parley.errors.reason"] == "not_json", dlq
assert dlq[0]["value"] == "this is not json"
assert len(ev) == n and all(e["headers"]["ce_specversion"] == "1.0" for e in ev)
print(f"ok: envelope mode: {len(ev)} events, {len(dlq)} dead letter")

p = subprocess.run([PARLEYD, "run", "--embedded"], input=samples, capture_output=True, timeout=120, env=env)
assert p.returncode == 0, p.stderr.decode()[-2000:]
recs = [json.loads(l) for l in p.stdout.decode().splitlines()]
assert all(r["schema"] == "parley.contact.v1" for r in recs)
print(f"ok: extraction on the embedded pipeline: {len(recs)} records from {n} samples")
