#!/usr/bin/env python3
"""make_articles.py - realistic English article messages of a chosen size for the
end-to-end benchmarks (tests/bench/bench.py), built like the extraction corpus
(make_corpus.py): the golden articles (tests/golden/cases/*/article.json) and the shipped
samples (deploy/samples/articles.jsonl) varied by substitution (people, cities, weekdays,
months, dates), then several varied pieces joined as paragraphs until the article reaches
the target size (cut at a sentence end near it). Deterministic for a given seed.

usage: make_articles.py --size 3000 --count 1000 [--seed 7] [--tag t] [--out FILE]
       (JSONL, one article message per line; sizes are bytes of article text)"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_corpus  # noqa: E402  (templates() and vary() from the extraction corpus)

_POOL = {}


def pool(seed=20240601, n=3000):
    """n varied pieces (dicts with id/title/published_at/text...), cached per seed."""
    if seed not in _POOL:
        rng = random.Random(seed)
        tpl = make_corpus.templates()
        _POOL[seed] = [make_corpus.vary(rng, *tpl[i % len(tpl)], i) for i in range(n)]
    return _POOL[seed]


class ArticleMaker:
    """make(i) -> dict article of about `size` bytes of text with id '<tag>-<i>'."""

    def __init__(self, size, seed=7, tag="b"):
        self.size = size
        self.tag = tag
        self.pieces = pool()
        self.rng = random.Random(seed * 1000003 + size)

    def text(self):
        parts, n = [], 0
        j = self.rng.randrange(len(self.pieces))
        first = self.pieces[j]
        while n < self.size:
            t = self.pieces[j % len(self.pieces)]["text"].strip()
            parts.append(t)
            n += len(t.encode("utf-8")) + 2
            j += 1 + self.rng.randrange(7)
        text = "\n\n".join(parts)
        b = text.encode("utf-8")
        if len(b) > self.size * 1.02:
            cut = b[:self.size]
            k = max(cut.rfind(b". "), cut.rfind(b".\n"))
            if k >= self.size * 0.8:
                cut = cut[:k + 1]
            text = cut.decode("utf-8", "ignore")
        return first, text

    def make(self, i):
        first, text = self.text()
        return {"id": "%s-%07d" % (self.tag, i), "url": "https://example.invalid/%s/%d" % (self.tag, i),
                "source": first.get("source") or "Bench Wire", "title": first.get("title") or "",
                "published_at": first.get("published_at") or "2024-01-01T00:00:00Z",
                "language": "en", "text": text}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, required=True, help="bytes of article text")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tag", default="b")
    ap.add_argument("--out", default="-")
    a = ap.parse_args()
    mk = ArticleMaker(a.size, a.seed, a.tag)
    f = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    for i in range(a.count):
        f.write(json.dumps(mk.make(i), ensure_ascii=False) + "\n")
    if f is not sys.stdout:
        f.close()


if __name__ == "__main__":
    main()
