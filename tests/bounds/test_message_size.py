"""Bound: message size. Lines over article.max.bytes are refused (reason too_large) and the
peak RSS does not grow with how many there are: 20 and 200 over-size messages of 2 MB
(400 MB in all) cost the same memory, and a good article after them is still extracted."""
from boundslib import article, bound, check, done, extract

good = article("The president of France met the president of Kenya in Geneva on Monday.", "good")
big = article("x" * 2_000_000, "big")  # over the default article.max.bytes (1 MiB)

rc, out, err, rss0, t0 = extract(good)
check(rc == 0 and out.count(b"\n") == 1, "baseline: one record")
print(f"baseline: peak RSS {rss0:.1f} MB")
peaks = {}
for n in (20, 200):
    rc, out, err, rss, dt = extract(big * n + good)
    check(rc == 0, f"{n} over-size lines: exit 0 ({rc})")
    check(err.count("too_large") == n and f"{n} line(s) skipped" in err,
          f"{n} over-size lines reported as too_large and skipped")
    check(out.count(b"\n") == 1 and b'"id":"good"' in out, "the good article after them is extracted")
    bound(f"message_size x{n} (2 MB each, limit 1 MiB)", rss, dt, 96, 30,
          f"{n * 2} MB of over-size input")
    peaks[n] = rss
check(peaks[200] - peaks[20] <= 16, f"peak RSS flat in the number of over-size messages "
      f"(20: {peaks[20]:.1f} MB, 200: {peaks[200]:.1f} MB)")

# One 64 MB line: the reader must not need memory proportional to a line it refuses.
rc, out, err, rss, dt = extract(article("y" * 64_000_000, "huge") + good)
check(rc == 0 and "too_large" in err and out.count(b"\n") == 1, "a 64 MB line is refused, the next one extracted")
bound("message_size one 64 MB line", rss, dt, 160, 30, "reads at most what it needs")
done()
