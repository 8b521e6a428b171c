#!/usr/bin/env python3
"""score_wire.py - precision, recall and F1 of `parleyd extract` on the wire-style sets.

tests/golden/wire/set*.jsonl (set1: 120 passages of 1-3 sentences, set2: 100 of 3-6, set3:
100 of 1-5, set4: 100 of 1-4, set5 to set16: 100 of 1-5) were written by helper sessions that saw only a description of the record
conventions, never the rules, the golden cases or the peer sets (see wire/README.md). Each
line: {"id", "published", "text", "events": [{"type", "status", "parties": [ISO3 or
"IGO:<name>"], "source", "location", "note"}]}.

An expected event is matched by an unused record of the same type and status whose set of
party countries (an actor without a country counts as "IGO") equals the event's, else by one
of the same type and status that shares a party. Unmatched events are misses, unmatched
records extras.

usage: score_wire.py [--parleyd PATH] [--min-f1 SET=F ...] [-v] [SET.jsonl ...]
Exit 1 when a set's F1 falls below its --min-f1 floor (the ctest golden.wire sets floors a
little under the figures measured when the sets were added, so a regression fails).
"""
import argparse
import glob
import json
import os
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def party(actor):
    return actor.get("country") or "IGO"


def expected_party(p):
    return "IGO" if p.startswith("IGO") else p


def score(parleyd, path, verbose):
    cases = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    articles = "".join(json.dumps({"id": c["id"], "published_at": c["published"],
                                   "text": c["text"], "language": "en"}) + "\n" for c in cases)
    p = subprocess.run([parleyd, "extract", "-"], input=articles.encode("utf-8"),
                       capture_output=True, check=False)
    if p.returncode != 0:
        sys.exit("score_wire: parleyd exited %d: %s" % (p.returncode, p.stderr.decode()[-300:]))
    records = defaultdict(list)
    for line in p.stdout.decode("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            records[r["article"]["id"]].append(r)
    tp = fp = fn = 0
    for c in cases:
        got = records.get(c["id"], [])
        gs = [(r["type"], r["status"], frozenset(party(a) for a in r["actors"])) for r in got]
        used, missed = set(), []
        for e in c["events"]:
            want = (e["type"], e["status"], frozenset(expected_party(x) for x in e["parties"]))
            hit = next((i for i, g in enumerate(gs) if i not in used and g == want), None)
            if hit is None:
                hit = next((i for i, g in enumerate(gs) if i not in used and g[:2] == want[:2]
                            and g[2] & want[2]), None)
            if hit is None:
                missed.append(want)
            else:
                used.add(hit)
                tp += 1
        extra = [i for i in range(len(gs)) if i not in used]
        fn += len(missed)
        fp += len(extra)
        if verbose and (missed or extra):
            print("== %s: %s" % (c["id"], c["text"]))
            for t, s, ps in missed:
                print("   MISS  %s/%s %s" % (t, s, sorted(ps)))
            for i in extra:
                r = got[i]
                print("   EXTRA %s/%s %s trigger=%r rule=%s" % (gs[i][0], gs[i][1], sorted(gs[i][2]),
                                                            r["evidence"]["trigger"],
                                                            r["extractor"]["rule"]))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return len(cases), tp, fp, fn, prec, rec, f1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parleyd", default=os.environ.get("PARLEYD", "build/parleyd"))
    ap.add_argument("--min-f1", action="append", default=[], metavar="SET=F")
    ap.add_argument("-v", action="store_true", help="print each passage's misses and extras")
    ap.add_argument("sets", nargs="*")
    a = ap.parse_args()
    sets = a.sets or sorted(glob.glob(os.path.join(HERE, "wire", "set*.jsonl")))
    floors = dict(x.split("=", 1) for x in a.min_f1)
    bad = False
    for path in sets:
        name = os.path.splitext(os.path.basename(path))[0]
        n, tp, fp, fn, prec, rec, f1 = score(a.parleyd, path, a.v)
        print("%s: %d passages, tp %d fp %d fn %d, P %.3f R %.3f F1 %.3f" %
              (name, n, tp, fp, fn, prec, rec, f1))
        if name in floors and f1 < float(floors[name]):
            print("score_wire: %s F1 %.3f is below its floor %s" % (name, f1, floors[name]))
            bad = True
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
