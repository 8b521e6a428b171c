"""exactly_once with cross-article state and alerts: 20 meetings each reported by 10
articles, parleyd killed with SIGKILL at random moments and restarted; a read_committed
consumer sees every record once, exactly one first report per meeting, and exactly one
alert per meeting: no alert is lost or repeated across the crashes."""
import datetime
import random
from harness import *  # noqa: F401,F403

random.seed(int(os.environ.get("TEST_SEED", "3")))
FIRST = ["Anna", "Boris", "Chen", "Dalia", "Emre", "Farah", "Goran", "Hana", "Ivo", "Jana",
         "Kemal", "Lina", "Marco", "Nadia", "Oskar", "Petra", "Rafael", "Sara", "Tomas", "Vera"]
LAST = ["Kovac", "Lindqvist", "Moreau", "Nakamura", "Oliveira", "Petrov", "Quist", "Rahman",
        "Santos", "Tanaka", "Ulloa", "Varga", "Weber", "Xavier", "Yilmaz", "Zeman", "Adeyemi",
        "Bauer", "Costa", "Dubois"]
COUNTRIES = [("French", "Paris"), ("German", "Berlin"), ("Italian", "Rome"), ("Spanish", "Madrid"),
             ("Polish", "Warsaw"), ("Swedish", "Stockholm"), ("Greek", "Athens"), ("Turkish", "Ankara"),
             ("Egyptian", "Cairo"), ("Kenyan", "Nairobi"), ("Indian", "New Delhi"), ("Japanese", "Tokyo"),
             ("Brazilian", "Brasilia"), ("Mexican", "Mexico City"), ("Canadian", "Ottawa"),
             ("Australian", "Canberra"), ("Nigerian", "Abuja"), ("Chilean", "Santiago"),
             ("Vietnamese", "Hanoi"), ("Indonesian", "Jakarta")]
PHRASES = ["{a_adj} Foreign Minister {a} met {b_adj} Foreign Minister {b} in {city} on Monday, officials said.",
           "{b_adj} Foreign Minister {b} met {a_adj} Foreign Minister {a} in {city} on Monday.",
           "On Monday {a_adj} Foreign Minister {a} met with {b_adj} Foreign Minister {b} in {city}."]
now = datetime.datetime.now(datetime.timezone.utc)
monday = now - datetime.timedelta(days=(now.weekday() or 7))
arts, MEETINGS, REPORTS = [], 20, 10
for m in range(MEETINGS):
    a_adj, city = COUNTRIES[m]
    b_adj, _ = COUNTRIES[(m + 7) % len(COUNTRIES)]
    a, b = f"{FIRST[m]} {LAST[m]}", f"{FIRST[(m + 3) % 20]} {LAST[(m + 11) % 20]}"
    for r in range(REPORTS):
        text = PHRASES[r % 3].format(a_adj=a_adj, a=a, b_adj=b_adj, b=b, city=city)
        pub = (monday + datetime.timedelta(hours=20 + r)).strftime("%Y-%m-%dT%H:%M:%SZ")
        arts.append(json.dumps({"id": f"m{m}-r{r}", "published_at": pub, "language": "en", "text": text}))
random.shuffle(arts)
chunks = [arts[:70], arts[70:140], arts[140:]]
t = Topics("dedupeos", partitions=3)
opts = ("processing.guarantee=exactly_once", f"producer.transactional.id={t.group}-tx",
        "processing.transaction.max.messages=10", "processing.transaction.max.ms=50",
        "consumer.session.timeout.ms=6000", "alert.watch.types=meet")
kills = 0
for round_ in range(2):
    start = produced_total(t.events)
    produce(t.input, chunks[round_])  # fresh work for this run, so the kill lands mid-stream
    d = Daemon(t, *opts, name=f"run{round_}")
    wait_for(lambda: produced_total(t.events) >= start + 15 or not d.alive(), 120,
             "progress before the kill", poll=0.02)
    time.sleep(random.uniform(0.0, 0.3))
    d.kill()
    d.wait()
    kills += 1
    log(f"killed parleyd (round {round_})")
produce(t.input, chunks[2])
d = Daemon(t, *opts, name="final")
wait_settled(t, timeout=240, eos=True)
check(d.stop() == 0, "final run drains and exits 0")
events = [json.loads(m.value()) for m in read_all(t.events, expect=MEETINGS * REPORTS)]
ids = [e["article"]["id"] for e in events]
check(len(ids) == len(set(ids)) == MEETINGS * REPORTS,
      f"read_committed: {MEETINGS * REPORTS} records exactly once after {kills} kills (got {len(ids)}, {len(set(ids))} distinct)")
by_cluster = {}
for e in events:
    by_cluster.setdefault(e["cluster_key"], []).append(e)
check(len(by_cluster) == MEETINGS, f"{MEETINGS} clusters (got {len(by_cluster)})")
check(all(sum(e["first_report"] for e in v) == 1 for v in by_cluster.values()),
      "exactly one first report per meeting")
alerts = [json.loads(m.value()) for m in read_all(t.alerts, idle=3)]
per = {}
for a in alerts:
    per[a["cluster_key"]] = per.get(a["cluster_key"], 0) + 1
check(len(alerts) == MEETINGS and all(v == 1 for v in per.values()),
      f"exactly one alert per meeting across the crashes (got {len(alerts)} alerts for {len(per)} meetings)")
unc = read_all(t.alerts, isolation="read_uncommitted", idle=2)
print(f"dedup_eos: {len(arts)} articles, {kills} kills, {len(events)} records, {len(alerts)} alerts "
      f"(read_uncommitted alerts incl. aborted: {len(unc)})")
