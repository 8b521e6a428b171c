"""Bound: name candidates. 100,000 capitalised tokens (possible actor names) in sentences
of ordinary length, and the same as one run of title-case names: bounded memory and time."""
from boundslib import NL, article, bound, check, done, extract

sentences = " ".join(f"Alpha{i} Beta{i} met Gamma{i} Delta{i} in Epsilon{i}." for i in range(20_000))
run_on = " ".join(f"Name{i}" for i in range(100_000))
for name, text in (("100k capitalised tokens in 20k sentences", sentences),
                   ("100k capitalised tokens in one run", run_on)):
    rc, out, err, rss, dt = extract(article(text), "article.max.bytes=8388608", timeout=900)
    check(rc == 0 and "0 line(s) skipped" in err, f"{name}: processed (exit {rc})")
    bound(name, rss, dt, 384, 60, f"{len(text) / 1e6:.1f} MB text, {out.count(NL)} records")
done()
