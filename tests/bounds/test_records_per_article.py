"""Bound: records per article. An article of 20,000 sentences each reporting a different
contact (distinct pairs of states and dates) yields at most extract.max.records records
(default 200, and 5 when set so); raising the cap to 100,000 is still bounded in memory."""
import json
from boundslib import article, bound, check, done, extract

STATES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Italy",
          "Spain", "Egypt", "Turkey", "Poland", "Nigeria", "Argentina", "Indonesia", "Vietnam",
          "Chile", "Peru", "Norway", "Sweden", "Ghana", "Qatar", "Australia", "Morocco"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
sents = []
for i in range(20_000):
    a = STATES[i % len(STATES)]
    b = STATES[(i // len(STATES) + 1 + i) % len(STATES)]
    if a == b:
        b = STATES[(STATES.index(a) + 1) % len(STATES)]
    sents.append(f"The president of {a} met the president of {b} in Geneva on {1 + i % 28} "
                 f"{MONTHS[(i // 28) % 12]} {2000 + (i // 336) % 24}.")
text = " ".join(sents)
for cap in (None, 5, 100_000):
    xs = ["article.max.bytes=8388608"] + ([f"extract.max.records={cap}"] if cap else [])
    rc, out, err, rss, dt = extract(article(text), *xs, timeout=900)
    recs = [json.loads(l) for l in out.splitlines()]
    limit = cap or 200
    check(rc == 0, f"cap {limit}: exit 0 ({rc})")
    check(len(recs) <= limit, f"cap {limit}: {len(recs)} records <= {limit}")
    if limit <= 200:
        check(len(recs) == limit, f"cap {limit}: the cap is reached ({len(recs)}), so it is what bounds")
    bound(f"records per article, cap {limit}", rss, dt, 512, 60,
          f"{len(text) / 1e6:.1f} MB, 20,000 contact sentences, {len(recs)} records")
done()
