"""One alert per real-world event: the same meeting reported by 5 articles yields 5
records on the events topic (the first with first_report true, the others with
duplicate_of = its event_id and the count so far) and 1 alert; a later status of the
same event alerts again; the state survives a restart (changelog) and holds across two
instances in one group (repartition by cluster_key); a replayed old article raises no
alert."""
import datetime
from harness import *  # noqa: F401,F403

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
    check([r["report_count"] for r in recs] == list(range(1, n + 1)),
          f"{ids_prefix}: report counts 1..{n}")
    return firsts[0]


# 1. five reports, one alert; restart; a sixth report is still a duplicate, no alert
t = Topics("dedup", partitions=3)
rule = ("alert.watch.types=meet",)
produce(t.input, reports(PAIRS[0], 5, "one"))
d = Daemon(t, *rule, name="first")
wait_settled(t, timeout=120)
check(d.stop() == 0, "clean shutdown")
first = check_cluster(values(t.events, expect=5), "one-", 5)
alerts = values(t.alerts, idle=2)
check(len(alerts) == 1 and alerts[0]["event_id"] == first["event_id"],
      f"5 reports of one meeting raise 1 alert, for the first report (got {len(alerts)})")
produce(t.input, reports(PAIRS[0], 6, "one")[5:])
d = Daemon(t, *rule, name="restarted")
wait_settled(t, timeout=120)
check(d.stop() == 0, "clean shutdown after the restart")
check("restored" in d.log_text(), "the state was restored from the changelog")
check_cluster(values(t.events, expect=6), "one-", 6)
check(len(values(t.alerts, idle=2)) == 1, "after a restart a sixth report raises no alert")

# 2. two instances in one group share the state by partition. exactly_once, so that the
# rebalance while the second instance joins cannot repeat a record (under at_least_once a
# record processed again gets the same first_report / duplicate_of answer, but is a
# second copy).
t2 = Topics("dedup2", partitions=6)
eos = ("processing.guarantee=exactly_once", "processing.transaction.max.ms=100")
a = Daemon(t2, *rule, *eos, f"producer.transactional.id={t2.group}-A", name="A")
b = Daemon(t2, *rule, *eos, f"producer.transactional.id={t2.group}-B", name="B")
time.sleep(3)
produce(t2.input, reports(PAIRS[1], 5, "two") + reports(PAIRS[2], 5, "three"))
wait_settled(t2, timeout=120, eos=True)
check(a.stop() == 0 and b.stop() == 0, "both instances stop cleanly")
ev2 = values(t2.events, expect=10)
check_cluster(ev2, "two-", 5)
check_cluster(ev2, "three-", 5)
al2 = values(t2.alerts, idle=2)
check(len(al2) == 2, f"two instances: 2 events reported 5 times each raise 2 alerts (got {len(al2)})")

# 3. a replay of old articles publishes records but raises no alert
t3 = Topics("dedup3", partitions=1)
old = [json.loads(x) for x in reports(PAIRS[2], 2, "old")]
for o in old:
    o["published_at"] = "2019-03-04T10:00:00Z"
produce(t3.input, [json.dumps(o) for o in old])
d = Daemon(t3, *rule, name="replay")
wait_settled(t3, timeout=120)
check(d.stop() == 0, "clean shutdown (replay)")
check(len(values(t3.events, expect=2)) == 2, "the replayed articles are published")
check(len(values(t3.alerts, idle=2)) == 0, "an article older than replay.alert.max.age.ms raises no alert")
