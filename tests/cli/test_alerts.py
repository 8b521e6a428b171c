"""Alert rules end to end on the embedded pipeline: records matching a rule are also
published to the alerts topic with the rule's name in a parley_alert_rule header;
records matching none are not; a bad rule stops start-up with its origin."""
import subprocess

from samples import PARLEYD, run

out = run("alert.calls.types=call", "alert.visits.types=visit", "alert.visits.statuses=cancelled")
events = [m for m in out if m["topic"] == "contact-events"]
alerts = [m for m in out if m["topic"] == "contact-alerts"]
assert events, "the samples yield event records"
want = [e for e in events if e["value"]["type"] == "call"
        or (e["value"]["type"] == "visit" and e["value"]["status"] == "cancelled")]
assert len(alerts) == len(want), (len(alerts), len(want))
for a in alerts:
    v = a["value"]
    rule = a["headers"]["parley_alert_rule"]
    assert (rule == "calls" and v["type"] == "call") or \
        (rule == "visits" and v["type"] == "visit" and v["status"] == "cancelled"), (rule, v["type"], v["status"])
    assert a["headers"]["ce_id"] == v["event_id"]
    assert any(e["value"]["event_id"] == v["event_id"] for e in events), "an alert is also an event"
print(f"ok: {len(events)} events, {len(alerts)} alerts, each with the rule that matched")

none = run("alert.nothing.countries=ATA")
assert not [m for m in none if m["topic"] == "contact-alerts"], "no record mentions Antarctica"
print("ok: a rule that matches nothing raises no alert")

p = subprocess.run([PARLEYD, "run", "--embedded", "-X", "alert.bad.statuses=happened"],
                   input=b"", capture_output=True, timeout=60)
assert p.returncode == 2 and b"-X alert.bad.statuses: alert rule 'bad': statuses:" in p.stderr, p.stderr
print("ok: a bad rule stops start-up with exit 2 naming its origin")
