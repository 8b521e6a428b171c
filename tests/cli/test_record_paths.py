"""The daemon's two record paths give the same records: extraction writes each record as
JSON text (px_extract_text) unless enrichment or structured CloudEvents need a jansson
tree (px_extract). The samples go through the embedded pipeline both ways, with and
without cross-article dedup, with each output key and with alert rules; the records,
their keys, their order of members and the alerts' rule headers must agree. The runs
are separate processes, four at a time: each waits ~3 s for the mock cluster's first
group join (librdkafka 2.0's fixed initial rebalance delay) and needs well under 1 s of CPU."""
import json
from concurrent.futures import ThreadPoolExecutor

from samples import run

RULES = ["alert.calls.types=call", "alert.near.countries=USA,CHN,RUS,UKR,FRA,DEU,IND"]


def outputs(structured, *xs):
    """(topic, key, record, rule headers) of every event and alert, in a stable order."""
    rows = []
    for m in run(*(("output.cloudevents=structured",) if structured else ()), *xs):
        if m["topic"] not in ("contact-events", "contact-alerts"):
            continue
        v = m["value"]
        rec = v["data"] if structured else v
        rules = sorted(h for k, h in m["headers"].items() if k == "parley_alert_rule")
        rows.append((m["topic"], m["key"], json.dumps(rec), rules))
    return sorted(rows)


total = 0
cases = [(dedup, key) for dedup in ("false", "true")
         for key in ("dyad", "source_country", "event_id", "cluster_key")]
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {}
    for dedup, key in cases:
        xs = [f"dedup.enabled={dedup}", f"output.key={key}"] + RULES
        futures[dedup, key] = (pool.submit(outputs, False, *xs), pool.submit(outputs, True, *xs))
    for dedup, key in cases:
        text, tree = (f.result() for f in futures[dedup, key])
        assert text, "the samples yield records"
        assert any(r[0] == "contact-alerts" for r in text), "the rules raise alerts"
        assert len(text) == len(tree), (dedup, key, len(text), len(tree))
        for a, b in zip(text, tree):
            assert a == b, f"dedup={dedup} key={key}:\n text {a}\n tree {b}"
        total += len(text)
        print(f"ok: dedup.enabled={dedup} output.key={key}: {len(text)} events and alerts agree")
print(f"ok: {total} outputs, text and tree paths identical")
