"""Reports of one meeting by several outlets, for the cross-article tests (test_dedup,
test_dedup_local): each phrasing yields one meet record of the same event."""
import datetime
import json

from harness import check, read_all

PHRASES = [
    "{a_title} {a} met {b_title} {b} in {city} on Monday, officials said.",
    "{CITY} (Wire) - {b_title} {b} met {a_title} {a} in {city} on Monday to discuss trade.",
    "On Monday {a_title} {a} met with {b_title} {b} in {city}, according to a statement.",
    "{b_title} {b} met {a_title} {a} in {city} on Monday.",
    "{a_title} {a} and {b_title} {b} met in {city} on Monday, their ministries said.",
    "{a_title} {a} met {b_title} {b} in {city} on Monday, a spokesman confirmed.",
    "{b_title} {b} met {a_title} {a} in {city} on Monday after weeks of preparation.",
]
PAIRS = [
    ("French Foreign Minister", "Claire Dumont", "Brazilian Foreign Minister", "Paulo Ribeiro", "Geneva"),
    ("Kenyan President", "Daniel Mwangi", "Norwegian Prime Minister", "Ingrid Haugland", "Oslo"),
    ("Chilean Foreign Minister", "Sofia Araya", "Peruvian Foreign Minister", "Luis Pardo", "Lima"),
]
now = datetime.datetime.now(datetime.timezone.utc)
monday = now - datetime.timedelta(days=(now.weekday() or 7))  # a recent Monday


def reports(pair, n, tag, hours=0):
    a_title, a, b_title, b, city = pair
    out = []
    for i in range(n):
        text = PHRASES[i % len(PHRASES)].format(a_title=a_title, a=a, b_title=b_title, b=b,
                                               city=city, CITY=city.upper())
        pub = (monday + datetime.timedelta(hours=20 + hours + i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append(json.dumps({"id": f"{tag}-{i}", "source": f"outlet{i}", "published_at": pub,
                               "language": "en", "text": text}))
    return out


def values(topic, **kw):
    return [json.loads(m.value()) for m in read_all(topic, **kw)]


def check_cluster(events, ids_prefix, n):
    recs = sorted([e for e in events if e["article"]["id"].startswith(ids_prefix)],
                  key=lambda e: e["report_count"])
    check(len(recs) == n, f"{ids_prefix}: {n} records on the events topic (got {len(recs)})")
    check(len({r["cluster_key"] for r in recs}) == 1, f"{ids_prefix}: one cluster_key")
    firsts = [r for r in recs if r["first_report"]]
    check(len(firsts) == 1, f"{ids_prefix}: exactly one first_report ({len(firsts)})")
    dups = [r for r in recs if not r["first_report"]]
    check(all(r["duplicate_of"] == firsts[0]["event_id"] for r in dups),
          f"{ids_prefix}: the other {len(dups)} are duplicate_of the first")
    counts = [r["report_count"] for r in recs]
    got = ", ".join(f'{r["article"]["id"]}={r["report_count"]}' for r in recs)
    check(counts == list(range(1, n + 1)), f"{ids_prefix}: report counts 1..{n} (got {got})")
    return firsts[0]
