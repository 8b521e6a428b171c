#!/usr/bin/env python3
"""test_schema_samples.py - every record `parleyd extract` prints for the seed article and
for deploy/samples/articles.jsonl validates against docs/schema/parley.contact.v1.schema.json,
and the schema itself rejects what DESIGN.md forbids and accepts added fields.
usage: test_schema_samples.py [--seed FILE] [--samples FILE]   (PARLEYD names the binary)
A missing --seed file (no ../shared checkout) is skipped with a message."""
import argparse
import copy
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from schema_check import validate  # noqa: E402


def extract(parleyd, path):
    with open(path, encoding="utf-8") as f:
        texts = {}
        for line in f:
            if line.strip():
                a = json.loads(line)
                texts[a.get("id")] = a.get("text") or a.get("body") or a.get("content")
    p = subprocess.run([parleyd, "extract", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    if p.returncode != 0:
        raise SystemExit("FAIL: parleyd extract %s exited %d: %s" % (path, p.returncode, p.stderr.decode(errors="replace")))
    recs = [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()]
    return recs, texts


def self_test(sample):
    """The schema is not vacuous: mutations DESIGN.md forbids are rejected."""
    bad = 0
    ok = copy.deepcopy(sample)
    ok["some_future_field"] = {"x": 1}
    ok["actors"][0]["another_field"] = True
    if validate(ok):
        print("FAIL: added fields must be allowed: %s" % validate(ok))
        bad += 1
    mutations = [
        ("type", lambda r: r.__setitem__("type", "lunch")),
        ("status", lambda r: r.__setitem__("status", "happened")),
        ("role", lambda r: r["actors"][0].__setitem__("role", "host")),
        ("country alpha-2", lambda r: r["actors"][0].__setitem__("country", "US")),
        ("span order", lambda r: r["evidence"].__setitem__("span", [10, 2])),
        ("span shape", lambda r: r["evidence"].__setitem__("span", [1, 2, 3])),
        ("cameo", lambda r: r.__setitem__("cameo", "04a")),
        ("event_id", lambda r: r.__setitem__("event_id", "not-hex")),
        ("enrichment", lambda r: r["enrichment"].__setitem__("status", "done")),
        ("time date", lambda r: r.__setitem__("time", {"text": "x", "start": "2023-6-1", "end": "2023-06-30", "precision": "month"})),
        ("precision", lambda r: r.__setitem__("time", {"text": "x", "start": "2023-06-01", "end": "2023-06-30", "precision": "fortnight"})),
        ("missing actors", lambda r: r.pop("actors")),
        ("schema name", lambda r: r.__setitem__("schema", "parley.contact.v2")),
        ("cameo for postponed", lambda r: (r.__setitem__("status", "postponed"), r.__setitem__("cameo", "036"))),
    ]
    for name, mut in mutations:
        r = copy.deepcopy(sample)
        mut(r)
        if not validate(r):
            print("FAIL: schema accepts a record with a bad %s" % name)
            bad += 1
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default=os.path.join(ROOT, "..", "shared", "seed", "article.json"))
    ap.add_argument("--samples", default=os.path.join(ROOT, "deploy", "samples", "articles.jsonl"))
    args = ap.parse_args()
    parleyd = os.environ.get("PARLEYD", os.path.join(ROOT, "build", "parleyd"))
    inputs = []
    if os.path.exists(args.seed):
        inputs.append(args.seed)
    else:
        print("SKIP: seed article %s not found (no ../shared checkout)" % args.seed)
    inputs.append(args.samples)
    bad, total, sample = 0, 0, None
    for path in inputs:
        recs, texts = extract(parleyd, path)
        if not recs:
            print("FAIL: %s yielded no records" % path)
            bad += 1
        for i, r in enumerate(recs):
            total += 1
            sample = sample or r
            for e in validate(r, texts.get((r.get("article") or {}).get("id"))):
                print("FAIL: %s record %d: %s" % (os.path.basename(path), i + 1, e))
                bad += 1
        print("%s: %d record(s) checked" % (path, len(recs)))
    if sample is not None:
        bad += self_test(sample)
    print("schema: %d record(s), %d problem(s)" % (total, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
