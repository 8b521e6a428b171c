"""Corrections: an article id that arrives again with changed text yields its current
records and a retraction record (same event_id and status, retracted: true) for each
event the new text no longer supports; an unchanged redelivery retracts nothing; a
retraction of an event that raised an alert is also sent to the alerts topic; the
article state survives a restart (changelog), also under exactly_once; /metrics tells how
many articles and bytes the state holds."""
import datetime
import os
import sys
from harness import *  # noqa: F401,F403

sys.path.insert(0, os.path.join(ROOT, "tests", "golden"))
from schema_check import validate  # noqa: E402

now = datetime.datetime.now(datetime.timezone.utc)
pub = (now - datetime.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
MEET = ("French Foreign Minister Claire Dumont met Brazilian Foreign Minister Paulo Ribeiro "
        "in Geneva on Monday.")
VISIT = "Kenyan President Daniel Mwangi will visit Norway next week, his office said."
OTHER = "Chilean Foreign Minister Sofia Araya met Peruvian Foreign Minister Luis Pardo in Lima."


def art(id_, text):
    return json.dumps({"id": id_, "source": "wire", "published_at": pub, "language": "en",
                       "text": text})


def values(topic, **kw):
    return [json.loads(m.value()) for m in read_all(topic, **kw)]


def of(recs, id_):
    return [r for r in recs if r["article"]["id"] == id_]


port = free_port()


t = Topics("corr", partitions=3)
rule = ("alert.watch.types=meet,visit",)

# 1. first versions: c-1 has a meeting and a planned visit, c-2 one meeting
produce(t.input, [art("c-1", MEET + " " + VISIT), art("c-2", OTHER)])
d = Daemon(t, *rule, f"metrics.listen=127.0.0.1:{port}", name="v1")
wait_settled(t, timeout=120)
ev = values(t.events, expect=3)
v1 = {r["type"]: r for r in of(ev, "c-1")}
check(set(v1) == {"meet", "visit"}, f"c-1 v1: a meeting and a visit ({sorted(v1)})")
check(not any(r.get("retracted") for r in ev), "no retraction for first versions")
check(len(values(t.alerts, expect=3)) == 3, "3 alerts (one per event)")

# 2. a corrected c-1 without the visit, and c-2 delivered again unchanged
produce(t.input, [art("c-1", MEET + " The story was corrected."), art("c-2", OTHER)])
wait_settled(t, timeout=120)
ev = values(t.events, expect=6)
check(len(ev) == 6, f"3 + 2 current records + 1 retraction on the events topic (got {len(ev)})")
retr = [r for r in ev if r.get("retracted")]
check(len(retr) == 1, f"exactly one retraction (got {len(retr)})")
r = retr[0]
check(r["event_id"] == v1["visit"]["event_id"], "the retraction carries the visit's event_id")
check(r["status"] == v1["visit"]["status"] == "planned", "status unchanged (planned)")
check(r["article"]["id"] == "c-1" and r["type"] == "visit", "retraction of c-1's visit")
check(validate(r) == [], f"the retraction is a valid parley.contact.v1 record {validate(r)}")
meets = [x for x in of(ev, "c-1") if x["type"] == "meet"]
check(len(meets) == 2 and all(not x.get("retracted") for x in meets)
      and meets[1]["event_id"] == meets[0]["event_id"],
      "the meeting the correction still supports is published again with the same event_id")
check(len([x for x in of(ev, "c-2")]) == 2 and not any(x.get("retracted") for x in of(ev, "c-2")),
      "an unchanged redelivery retracts nothing")
al = values(t.alerts, expect=4)
ral = [a for a in al if a.get("retracted")]
check(len(ral) == 1 and ral[0]["event_id"] == r["event_id"],
      f"the alerted visit's retraction goes to the alerts topic too ({len(ral)})")
check(len(al) == 4, f"no other new alert (got {len(al)})")
text = http_get(port, "/metrics")[1]
n, b = metric(text, "parley_corrections_articles"), metric(text, "parley_corrections_bytes")
check(n == 2, f"parley_corrections_articles: the state holds c-1 and c-2 ({n})")
check(0 < b < 4096, f"parley_corrections_bytes: a few hundred bytes ({b})")
k, keys = metric(text, "parley_dedup_clusters"), {x["cluster_key"] for x in ev}
check(k == len(keys), f"parley_dedup_clusters: one per cluster key published ({k}, {len(keys)})")
check(d.stop() == 0, "clean shutdown")

# 3. after a restart, under exactly_once: c-1 loses its meeting too
eos = ("processing.guarantee=exactly_once", "processing.transaction.max.ms=100",
       f"producer.transactional.id={t.group}-eos")
d = Daemon(t, *rule, *eos, name="v3")
produce(t.input, [art("c-1", "Officials in Geneva said on Monday that trade figures had improved.")])
wait_settled(t, timeout=120, eos=True)
check(d.stop() == 0, "clean shutdown (exactly_once)")
check("restored" in d.log_text(), "the state was restored from the changelog")
ev = values(t.events, expect=7)
retr = [r for r in ev if r.get("retracted")]
check(len(ev) == 7 and len(retr) == 2, f"one more record: the meeting's retraction ({len(ev)}, {len(retr)})")
mretr = [r for r in retr if r["type"] == "meet"]
check(len(mretr) == 1 and mretr[0]["event_id"] == v1["meet"]["event_id"],
      "after a restart the meeting is retracted from the restored state")
check(validate(mretr[0]) == [], "that retraction is a valid record too")
check(not values(t.dlq, idle=1), "nothing dead-lettered")
log("PASS")
