#!/usr/bin/env python3
"""make_corpus.py - builds the extraction benchmark corpus (article JSONL with >= 6 MB of
article text by default) deterministically from the golden articles (tests/golden/cases/*/article.json)
and the shipped samples (deploy/samples/articles.jsonl): each output article is one of
those templates with its people, cities, weekdays, months and publication date varied by
substitution (random.Random with a fixed seed: same inputs => byte-identical corpus).
usage: make_corpus.py [--out FILE] [--mb 6] [--seed 20240601]"""
import argparse
import datetime as dt
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

SURNAMES = ["Andersen", "Baptiste", "Castellanos", "Dimitrov", "Eklund", "Fonseca", "Gashi", "Halloran",
            "Ivanova", "Jaramillo", "Kowalski", "Lindahl", "Mbeki", "Novak", "Okonkwo", "Petrakis",
            "Quintero", "Rasmussen", "Sato", "Takahashi", "Umarov", "Varga", "Wojcik", "Xavier",
            "Yilmaz", "Zeller", "Abdi", "Brennan", "Chaudhry", "Delacroix", "Esposito", "Farouk",
            "Grigoryan", "Horvat", "Iqbal", "Jensen", "Kaur", "Lemaire", "Moreau", "Nakamura"]
GIVEN = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas",
         "Katarina", "Luis", "Maya", "Nikolai", "Olga", "Pedro", "Rania", "Stefan", "Tomas", "Yuki"]
CITIES = ["Geneva", "Nairobi", "Vienna", "Oslo", "Lima", "Jakarta", "Manila", "Cairo", "Brussels",
          "Ottawa", "Tokyo", "Canberra", "Rabat", "Astana", "Colombo", "Muscat", "Belgrade", "Madrid",
          "Berlin", "Beijing", "Seoul", "New Delhi", "Chisinau", "Kyiv", "Vilnius", "Abuja", "Accra",
          "Brasilia", "Santiago", "Hanoi", "Bangkok", "Doha", "Ankara", "Warsaw", "Prague", "Dublin"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def templates():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "cases", "*", "article.json"))):
        with open(path, encoding="utf-8") as f:
            art = json.load(f)
        with open(os.path.join(os.path.dirname(path), "expected.json"), encoding="utf-8") as f:
            exp = json.load(f)
        names = set()
        for group in ("must", "must_not"):
            for p in exp.get(group, []):
                for a in p.get("actors", []):
                    n = a.get("name", "")
                    if len(n) >= 4 and n[0].isupper():
                        names.add(n.split()[-1])
        out.append((art, sorted(names)))
    samples = os.path.join(ROOT, "deploy", "samples", "articles.jsonl")
    if os.path.exists(samples):
        with open(samples, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.append((json.loads(line), []))
    return out


def vary(rng, art, names, n):
    text = art.get("text") or ""
    subst = {}
    for s in names:
        subst[s] = rng.choice(SURNAMES)
    for c in CITIES:
        if c in text and rng.random() < 0.5:
            subst[c] = rng.choice(CITIES)
    for w in WEEKDAYS:
        subst[w] = rng.choice(WEEKDAYS)
    for m in MONTHS:
        if m != "May":  # "may" is also a verb
            subst[m] = rng.choice(MONTHS)
    if subst:
        rx = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(subst, key=len, reverse=True)) + r")\b")
        text = rx.sub(lambda m: subst[m.group(1)], text)
    # An occasional extra person sentence keeps the name pool growing.
    if rng.random() < 0.3:
        text += "\n%s %s, a spokesperson, said the talks would continue." % (rng.choice(GIVEN), rng.choice(SURNAMES))
    pub = art.get("published_at") or "2024-01-01T00:00:00Z"
    try:
        d = dt.datetime.strptime(pub[:19], "%Y-%m-%dT%H:%M:%S") + dt.timedelta(days=rng.randrange(-400, 400))
        pub = d.strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        pass
    out = dict(art)
    out.update({"id": "bench-%06d" % n, "url": "https://example.invalid/bench/%d" % n,
                "published_at": pub, "text": text})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench", "corpus.jsonl"))
    ap.add_argument("--mb", type=float, default=6.0, help="minimum article text in MB (default 6)")
    ap.add_argument("--seed", type=int, default=20240601)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tpl = templates()
    if not tpl:
        raise SystemExit("make_corpus: no templates found under %s" % ROOT)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    size = total = n = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        while size < target:
            art, names = tpl[n % len(tpl)]
            a = vary(rng, art, names, n)
            line = json.dumps(a, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(a["text"].encode("utf-8"))
            total += len(line.encode("utf-8"))
            n += 1
    print("make_corpus: %s: %d articles, %.2f MB of article text, %.2f MB of JSONL (%d templates, seed %d)"
          % (args.out, n, size / 1048576.0, total / 1048576.0, len(tpl), args.seed))


if __name__ == "__main__":
    main()
