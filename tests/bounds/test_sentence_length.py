"""Bound: sentence length. A 5 MB article that is one sentence (no full stop), once of
lower-case words and once of capitalised tokens, with article.max.bytes raised to 8 MB:
extraction finishes in bounded time and memory."""
from boundslib import NL, article, bound, check, done, extract

cases = {
    "5 MB one sentence, lower case": "word " * 1_000_000,
    "5 MB one sentence, capitalised": " ".join(f"Xq{i % 100000}" for i in range(600_000)),
    "5 MB one sentence, contact verbs": " ".join(
        f"France met Kenya and Japan visited Brazil" for _ in range(120_000)),
}
for name, text in cases.items():
    data = article(text[:5_000_000])
    rc, out, err, rss, dt = extract(data, "article.max.bytes=8388608", timeout=900)
    check(rc == 0 and "0 line(s) skipped" in err, f"{name}: processed (exit {rc})")
    bound(name, rss, dt, 512, 60, f"{len(data) / 1e6:.1f} MB input, {out.count(NL)} records")
done()
