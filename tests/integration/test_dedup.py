"""One alert per real-world event: the same meeting reported by 5 articles yields 5
records on the events topic (the first with first_report true, the others with
duplicate_of = its event_id and the count so far) and 1 alert; a later status of the
same event alerts again; the state survives a restart (changelog) and holds across two
instances in one group (repartition by cluster_key); a replayed old article raises no
alert."""
from dedup_reports import PAIRS, check_cluster, reports, values
from harness import *  # noqa: F401,F403

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
