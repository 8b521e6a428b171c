"""dedup.local.enabled (the default): stage A's records and manifests bound for a partition
of <group.id>.repartition that this instance owns are decided in-process, in the article's
job, instead of through the topic.

1. One instance: nothing goes through the repartition topic, every record and manifest is
   decided in-process (parley_dedup_local_total), and the answers are the topic path's (one
   first report per event, the others duplicates, one alert per event); the state still goes
   to the changelog.
2. The state is the same either way: restarted with dedup.local.enabled=false, a further
   report goes through the topic and is a duplicate of the first, with no second alert.
3. The identity of an article's message (parley_origin) is the same either way: the message
   processed again (its offset committed back, as after a crash before the commit) raises its
   alert again whether its records come back through the topic or in-process, and the same
   article delivered again in a new message does not. (With the repartition offset as the
   identity, as before the in-process path, the second way would not know the first.)"""
from confluent_kafka import Consumer, TopicPartition
from dedup_reports import PAIRS, check_cluster, reports, values
from harness import *  # noqa: F401,F403

RULE = ("alert.watch.types=meet", "internal.purge.interval.ms=0")


def rep_total(t):
    return sum(hi for lo, hi in watermarks(f"{t.group}.repartition").values())


def run(t, *extra, name):
    port = free_port()
    d = Daemon(t, *RULE, f"metrics.listen=127.0.0.1:{port}", *extra, name=name)
    wait_settled(t, timeout=120)
    _, text = http_get(port, "/metrics")
    check(d.stop() == 0, f"{name}: clean shutdown")
    return metric(text, "parley_dedup_local_total")


# 1. one instance: everything in-process, the same answers
t = Topics("dlocal", partitions=3)
arts = reports(PAIRS[0], 4, "one") + reports(PAIRS[1], 3, "two")
produce(t.input, arts)
local = run(t, name="local")
ev = values(t.events, expect=7)
check_cluster(ev, "one-", 4)
check_cluster(ev, "two-", 3)
al = values(t.alerts, idle=2)
check(len(al) == 2, f"two events reported 7 times raise 2 alerts (got {len(al)})")
check(rep_total(t) == 0, "one instance: nothing went through the repartition topic")
check(local == len(ev) + len(arts),
      f"every record and manifest was decided in-process ({local:.0f} = {len(ev)} + {len(arts)})")
check(sum(hi for lo, hi in watermarks(f"{t.group}.clusters").values()) > 0,
      "the state changes went to the changelog")

# 2. the topic path finds the state the in-process path left
produce(t.input, reports(PAIRS[0], 5, "one")[4:])
local = run(t, "dedup.local.enabled=false", name="topic")
check(local == 0, "dedup.local.enabled=false: nothing decided in-process")
check(rep_total(t) > 0, "dedup.local.enabled=false: the records went through the repartition topic")
check_cluster(values(t.events, expect=8), "one-", 5)
check(len(values(t.alerts, idle=2)) == 2, "the fifth report, through the topic, raises no alert")


# 3. the message processed again raises its alert again, either way round
def rewind(t):
    c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": t.group, "enable.auto.commit": False})
    c.commit(offsets=[TopicPartition(t.input, 0, 0)], asynchronous=False)
    c.close()
    check(committed(t.group, t.input)[0] == 0, "the input offset is back at 0, as after a crash")


for first, second in ((("dedup.local.enabled=false",), ()), ((), ("dedup.local.enabled=false",))):
    how = "topic then in-process" if first else "in-process then topic"
    t3 = Topics("dlocal3", partitions=1)
    produce(t3.input, reports(PAIRS[2], 1, "three"))
    run(t3, *first, name="first")
    al = values(t3.alerts, idle=2)
    check(len(al) == 1, f"{how}: the report raises an alert ({len(al)})")
    rewind(t3)
    run(t3, *second, name="again")
    al2 = values(t3.alerts, idle=2)
    check(len(al2) == 2 and al2[1]["event_id"] == al[0]["event_id"],
          f"{how}: the same message processed again raises its alert again ({len(al2)})")
    ev3 = values(t3.events, expect=2)
    check(len(ev3) == 2 and all(e["first_report"] for e in ev3),
          f"{how}: and gets the same answer (first report)")
    produce(t3.input, reports(PAIRS[2], 1, "three"))  # the article again, a new message
    run(t3, *second, name="redelivered")
    check(len(values(t3.alerts, idle=2)) == 2, f"{how}: the article in a new message raises none")
    ev3 = values(t3.events, expect=3)
    check(len(ev3) == 3 and ev3[2]["event_id"] == ev3[0]["event_id"] and ev3[2]["first_report"],
          f"{how}: and keeps its answer (the same event_id, first report)")
