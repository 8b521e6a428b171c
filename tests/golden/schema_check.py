#!/usr/bin/env python3
"""schema_check.py - validate parley.contact.v1 records against the JSON Schema shipped in
docs/schema/ (plus the few rules a schema cannot say: span start <= end, time start <= end).

As a library:   from schema_check import validate; errors = validate(record)  # [] when valid
As a command:   schema_check.py [FILE.jsonl|-]...   (records, one per line; exit 1 on any error)
"""
import json
import os
import sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA_PATH = os.path.join(ROOT, "docs", "schema", "parley.contact.v1.schema.json")

_validator = None


def _get_validator():
    global _validator
    if _validator is None:
        with open(SCHEMA_PATH, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.Draft202012Validator
        cls.check_schema(schema)
        _validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return _validator


def _spans(record):
    """Yields (where, span) for every span in a record."""
    ev = record.get("evidence")
    if isinstance(ev, dict):
        yield "evidence.span", ev.get("span")
    loc = record.get("location")
    if isinstance(loc, dict):
        yield "location.span", loc.get("span")
    for i, a in enumerate(record.get("actors") or []):
        if isinstance(a, dict):
            yield "actors[%d].span" % i, a.get("span")


def validate(record, text=None):
    """Returns a list of human-readable errors (empty when the record is valid).
    With `text` (the article text), spans are also checked to lie inside it."""
    errors = []
    for e in sorted(_get_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in e.absolute_path) or "(record)"
        errors.append("%s: %s" % (where, e.message))
    if not isinstance(record, dict):
        return errors
    nbytes = len(text.encode("utf-8")) if text is not None else None
    for where, sp in _spans(record):
        if isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp):
            if sp[0] > sp[1]:
                errors.append("%s: start %d > end %d" % (where, sp[0], sp[1]))
            if nbytes is not None and sp[1] > nbytes:
                errors.append("%s: end %d beyond the text (%d bytes)" % (where, sp[1], nbytes))
    t = record.get("time")
    if isinstance(t, dict) and isinstance(t.get("start"), str) and isinstance(t.get("end"), str):
        if t["start"] > t["end"]:
            errors.append("time: start %s after end %s" % (t["start"], t["end"]))
    return errors


def main(argv):
    bad = 0
    n = 0
    for path in argv[1:] or ["-"]:
        f = sys.stdin if path == "-" else open(path, encoding="utf-8")
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                rec = json.loads(line)
            except ValueError as e:
                print("%s:%d: not JSON: %s" % (path, lineno, e))
                bad += 1
                continue
            for err in validate(rec):
                print("%s:%d: %s" % (path, lineno, err))
                bad += 1
    print("schema_check: %d record(s), %d error(s)" % (n, bad), file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
