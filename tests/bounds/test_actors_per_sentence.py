"""Bound: actors per sentence. One sentence naming 3,000 states, one naming 5,000 persons,
and an article of 2,000 such sentences: bounded memory and time, and records stay within
extract.max.records."""
import json
from boundslib import article, bound, check, done, extract

STATES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Italy",
          "Spain", "Egypt", "Turkey", "Poland", "Nigeria", "Argentina", "Indonesia", "Vietnam",
          "Chile", "Peru", "Norway", "Sweden", "Ghana", "Qatar", "Australia", "Morocco"]
states = "The presidents of " + ", ".join(STATES[i % len(STATES)] for i in range(3000)) + \
    " and Peru met in Geneva on Monday."
persons = "President Emmanuel Macron met " + ", ".join(f"Minister Alan{i} Smith{i}" for i in range(5000)) + \
    " in Geneva on Monday."
many = " ".join("The leaders of " + ", ".join(STATES) + " met in Vienna on Friday." for _ in range(2000))
for name, text in (("3,000 states in one sentence", states), ("5,000 persons in one sentence", persons),
                   ("2,000 sentences of 25 states each", many)):
    rc, out, err, rss, dt = extract(article(text), "article.max.bytes=8388608", timeout=900)
    recs = [json.loads(l) for l in out.splitlines()]
    check(rc == 0 and "0 line(s) skipped" in err, f"{name}: processed (exit {rc})")
    check(len(recs) <= 200, f"{name}: {len(recs)} records <= extract.max.records (200)")
    nact = max((len(r["actors"]) for r in recs), default=0)
    bound(name, rss, dt, 384, 60, f"{len(recs)} records, at most {nact} actors in one")
done()
