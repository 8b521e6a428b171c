"""SIGHUP under load reloads alert rules (and dictionaries) without dropping or
repeating a message; a bad reload keeps the old rules and says why."""
import signal
import subprocess
from harness import *  # noqa: F401,F403

samples = [json.loads(l) for l in open(os.path.join(ROOT, "deploy", "samples", "articles.jsonl"))]


def batch(tag, copies):
    out = []
    for k in range(copies):
        for a in samples:
            b = dict(a, id=f"{tag}-{k}-{a['id']}")
            out.append(json.dumps(b))
    return out


b1, b2, b3 = batch("one", 150), batch("two", 50), batch("three", 20)
# what each article must yield, from the offline extractor
proc = subprocess.run([PARLEYD, "extract", "-"], input="\n".join(b1 + b2 + b3).encode(),
                      capture_output=True, check=True)
expected = [json.loads(l)["event_id"] for l in proc.stdout.decode().splitlines()]
t = Topics("reload", partitions=3)
conf = f"/tmp/{t.group}.properties"
with open(conf, "w") as f:
    f.write("alert.r.types=call\nreplay.alert.max.age.ms=0\ndedup.alert.mode=every_report\n")  # 2024 samples alert as news
d = subprocess.Popen([PARLEYD, "run", "-c", conf, *t.args()], stderr=open(conf + ".log", "wb"))
produce(t.input, b1)
wait_for(lambda: produced_total(t.events) > 50, 60, "some progress", poll=0.05)
with open(conf, "w") as f:
    f.write("alert.r.types=visit\nreplay.alert.max.age.ms=0\ndedup.alert.mode=every_report\n")
d.send_signal(signal.SIGHUP)
wait_for(lambda: "rules and extraction dictionaries reloaded" in open(conf + ".log").read(), 30,
         "the reload to be logged")
log("ok: reload logged")
produce(t.input, b2)
with open(conf, "w") as f:
    f.write("alert.r.types=dance\nreplay.alert.max.age.ms=0\ndedup.alert.mode=every_report\n")  # invalid: refused, old rules kept
d.send_signal(signal.SIGHUP)
wait_for(lambda: "keeping the current rules" in open(conf + ".log").read(), 30, "the bad reload")
check(d.poll() is None, "a bad reload keeps the daemon running")
produce(t.input, b3)
wait_settled(t, timeout=180)
d.send_signal(signal.SIGTERM)
check(d.wait(60) == 0, "clean shutdown")
events = [json.loads(m.value())["event_id"] for m in read_all(t.events, expect=len(expected))]
check(sorted(events) == sorted(expected),
      f"every record exactly once across two reloads ({len(events)} of {len(expected)})")
alerts = [json.loads(m.value()) for m in read_all(t.alerts, idle=3)]
late = [a for a in alerts if a["article"]["id"].startswith(("two-", "three-"))]
check(late and all(a["type"] == "visit" for a in late),
      f"after the reload only the new rule fires ({len(late)} alerts, all visits)")
check(any(a["type"] == "call" for a in alerts if a["article"]["id"].startswith("one-")),
      "before the reload the old rule fired")
