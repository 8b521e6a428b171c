#!/usr/bin/env python3
"""run_golden.py - golden extraction cases as data.

Each tests/golden/cases/<case>/ holds article.json (one article message) and expected.json:
  {"must": [pattern...], "must_not": [pattern...], "at_most": [{"n": N, "pattern": {...}}], "notes": "..."}
Runs `$PARLEYD extract` (default build/parleyd) on every case, validates every record with
the JSON Schema (schema_check.py), and checks that each `must` pattern matches at least one
record, no `must_not` pattern matches any, and no two records share an event_id.

A pattern (every key optional; {} matches any record):
  "type" / "status" / "cameo":  a value or a list of accepted values (cameo may be null)
  "actors":   [{"name": "substring of the full name, case-insensitive",
                "role": "source|target|participant|mediator" or a list, "country": "ISO3" or null}]
              every actor pattern must match a different actor of the record
  "location": {"name": substring, "country": ISO3, "venue": substring}, or null (no location)
  "time":     {"start": "prefix of time.start", "precision": "..."}, or null (no time)
  "min_mentions": N

tests/golden/known_failures.json {case: reason} lists cases expected to fail against the
current engine. Exit 1 when a case not listed fails, or a listed case passes (keep the list
honest). `golden: P/N cases pass` ends the output.
usage: run_golden.py [-v] [--parleyd PATH] [CASE...]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from schema_check import validate  # noqa: E402

CASES = os.path.join(HERE, "cases")
KNOWN = os.path.join(HERE, "known_failures.json")


def _one_of(want, got):
    if isinstance(want, list):
        return got in want
    return got == want


def _actor_ok(p, a):
    if "name" in p and p["name"].lower() not in (a.get("name") or "").lower():
        return False
    if "role" in p and not _one_of(p["role"], a.get("role")):
        return False
    if "country" in p and p["country"] != a.get("country"):
        return False
    return True


def _assign(pats, actors, used):
    """Every actor pattern matches a different actor (backtracking; lists are tiny)."""
    if not pats:
        return True
    for i, a in enumerate(actors):
        if i not in used and _actor_ok(pats[0], a):
            if _assign(pats[1:], actors, used | {i}):
                return True
    return False


def matches(p, r):
    for key in ("type", "status", "cameo"):
        if key in p and not _one_of(p[key], r.get(key)):
            return False
    if "actors" in p and not _assign(p["actors"], r.get("actors") or [], frozenset()):
        return False
    if "location" in p:
        want, loc = p["location"], r.get("location")
        if want is None:
            if loc is not None:
                return False
        else:
            if not isinstance(loc, dict):
                return False
            for k in ("name", "venue"):
                if k in want and want[k].lower() not in (loc.get(k) or "").lower():
                    return False
            if "country" in want and want["country"] != loc.get("country"):
                return False
    if "time" in p:
        want, t = p["time"], r.get("time")
        if want is None:
            if t is not None:
                return False
        else:
            if not isinstance(t, dict):
                return False
            if "start" in want and not (t.get("start") or "").startswith(want["start"]):
                return False
            if "precision" in want and want["precision"] != t.get("precision"):
                return False
    if "min_mentions" in p and (r.get("mentions") or 0) < p["min_mentions"]:
        return False
    return True


def summary(r):
    acts = ", ".join("%s:%s/%s" % (a.get("role"), a.get("name"), a.get("country"))
                     for a in r.get("actors") or [])
    loc = r.get("location") or {}
    t = r.get("time") or {}
    return "%s/%s cameo=%s [%s] loc=%s/%s time=%s/%s sent=%s" % (
        r.get("type"), r.get("status"), r.get("cameo"), acts, loc.get("name"), loc.get("country"),
        t.get("start"), t.get("precision"), (r.get("evidence") or {}).get("sentence_index"))


def run_case(parleyd, name):
    d = os.path.join(CASES, name)
    with open(os.path.join(d, "article.json"), encoding="utf-8") as f:
        article = json.load(f)
    with open(os.path.join(d, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    line = json.dumps(article, ensure_ascii=False) + "\n"
    p = subprocess.run([parleyd, "extract", "-"], input=line.encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    problems, records = [], []
    if p.returncode != 0:
        problems.append("parleyd exited %d: %s" % (p.returncode, p.stderr.decode(errors="replace")[-300:]))
    for n, out in enumerate(p.stdout.decode("utf-8", errors="replace").splitlines(), 1):
        if not out.strip():
            continue
        try:
            r = json.loads(out)
        except ValueError as e:
            problems.append("output line %d is not JSON: %s" % (n, e))
            continue
        records.append(r)
        for err in validate(r, article.get("text")):
            problems.append("record %d schema: %s" % (n, err))
        if (r.get("article") or {}).get("id") != article.get("id"):
            problems.append("record %d: article.id %r != %r" % (n, (r.get("article") or {}).get("id"), article.get("id")))
    ids = [r.get("event_id") for r in records]
    for eid in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append("event_id %s is shared by %d records of the article" % (eid, ids.count(eid)))
    for i, pat in enumerate(expected.get("must", [])):
        if not any(matches(pat, r) for r in records):
            problems.append("must[%d] unmatched: %s" % (i, json.dumps(pat, ensure_ascii=False)))
    for i, lim in enumerate(expected.get("at_most", [])):
        hits = [r for r in records if matches(lim["pattern"], r)]
        if len(hits) > lim["n"]:
            problems.append("at_most[%d]: %d records match %s (at most %d)" % (
                i, len(hits), json.dumps(lim["pattern"], ensure_ascii=False), lim["n"]))
    for i, pat in enumerate(expected.get("must_not", [])):
        for r in records:
            if matches(pat, r):
                problems.append("must_not[%d] matched: %s <- %s" % (i, json.dumps(pat, ensure_ascii=False), summary(r)))
    return problems, records


def main():
    ap = argparse.ArgumentParser(description="golden extraction cases")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every record of failing cases")
    ap.add_argument("--parleyd", default=os.environ.get("PARLEYD", os.path.join(ROOT, "build", "parleyd")))
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    if not os.access(args.parleyd, os.X_OK):
        print("run_golden: no executable parleyd at %s (set PARLEYD)" % args.parleyd)
        return 2
    with open(KNOWN, encoding="utf-8") as f:
        known = json.load(f)
    names = sorted(n for n in os.listdir(CASES) if os.path.isdir(os.path.join(CASES, n)))
    stale = sorted(set(known) - set(names))
    if args.cases:
        names = [n for n in names if n in args.cases]
    passed, unexpected, xpass = 0, [], []
    for name in names:
        problems, records = run_case(args.parleyd, name)
        if not problems:
            passed += 1
            if name in known:
                xpass.append(name)
                print("XPASS %s (listed in known_failures.json: %s)" % (name, known[name]))
            else:
                print("PASS  %s (%d records)" % (name, len(records)))
            continue
        tag = "XFAIL" if name in known else "FAIL "
        if name not in known:
            unexpected.append(name)
        print("%s %s%s" % (tag, name, " (known: %s)" % known[name] if name in known else ""))
        for pr in problems:
            print("      - " + pr)
        if args.verbose or name not in known:
            for r in records:
                print("      got: " + summary(r))
    print("golden: %d/%d cases pass" % (passed, len(names)))
    if unexpected:
        print("golden: unexpected failures: " + ", ".join(unexpected))
    if xpass:
        print("golden: listed in known_failures.json but passing (remove them): " + ", ".join(xpass))
    if stale:
        print("golden: known_failures.json names cases that do not exist: " + ", ".join(stale))
    return 1 if unexpected or xpass or stale else 0


if __name__ == "__main__":
    sys.exit(main())
