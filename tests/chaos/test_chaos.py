"""Chaos on a real broker: articles (plus ~0.5% poison of several kinds) are fed into a
private Kafka 3.9 broker at a steady rate while parleyd is killed with SIGKILL at random
moments and restarted, the broker is restarted (data kept), and a metadata HTTP service is
stalled and killed. Two runs on their own topics: at_least_once, then exactly_once.

Checked against the input (the expected records come from `parleyd extract` on the same
articles, the same extraction the daemon runs):
  at_least_once  every expected event record and alert is on its topic (duplicates allowed),
                 every poison message is in the DLQ with the right reason, nothing else is;
  exactly_once   the same on read_committed consumers, and nothing twice.
One summary line per guarantee: input, outputs read, unique, duplicates, missing, DLQ.

Forms: the default (ctest label chaos) is short and bounded (~2-3 min): 6,000 articles per
run, 3 kills per run, one broker restart per run (two in all). CHAOS_LONG=1 is the full
form: 100,000 articles per run, 10 kills and 2 broker restarts per run.
Environment: CHAOS_SEED (default 1; printed), CHAOS_N, CHAOS_KILLS, CHAOS_BROKER_RESTARTS,
CHAOS_RATE (articles/s fed), CHAOS_ONLY=alos|eos, CHAOS_KEEP_LOGS=1, PARLEYD.
"""
import collections
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbroker import ROOT, Broker, log  # noqa: E402

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition  # noqa: E402
from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402

PARLEYD = os.environ.get("PARLEYD") or os.path.join(ROOT, "build", "parleyd")
LONG = os.environ.get("CHAOS_LONG", "") not in ("", "0")
SEED = int(os.environ.get("CHAOS_SEED", "1"))
N = int(os.environ.get("CHAOS_N", 100_000 if LONG else 6_000))
KILLS = int(os.environ.get("CHAOS_KILLS", 10 if LONG else 3))
BROKER_RESTARTS = int(os.environ.get("CHAOS_BROKER_RESTARTS", 2 if LONG else 1))
RATE = float(os.environ.get("CHAOS_RATE", 1000 if LONG else 200))
ONLY = os.environ.get("CHAOS_ONLY", "")
ALERT_TYPES = "meet,visit,host,call,negotiate,attend"
MAX_BYTES = 65536
FAILURES = []


def fail(msg):
    print("FAIL:", msg, flush=True)
    FAILURES.append(msg)


def check(cond, msg):
    if cond:
        log("ok:", msg)
    else:
        fail(msg)


# ------------------------------------------------------------------ input

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Italy",
             "Spain", "Egypt", "Turkey", "Poland", "Nigeria", "Argentina", "Indonesia", "Vietnam",
             "Chile", "Peru", "Norway", "Sweden", "Ghana", "Qatar", "Australia", "South Korea",
             "Morocco", "Ethiopia", "Thailand", "Colombia", "Greece"]
CITIES = ["Geneva", "Nairobi", "Vienna", "Singapore", "Doha", "Oslo", "Jakarta", "Lima", "Accra",
          "Rome", "Madrid", "Hanoi", "Cairo", "Bogota"]
WHEN = ["on Monday", "on Tuesday", "on Friday", "last week", "in May", "on Sunday", "last month"]
TITLES = ["foreign minister", "defence minister", "prime minister", "president", "trade minister"]
VERBS = ["met", "held talks with", "spoke by phone with", "met with"]
FILLER = ["Officials said the talks covered trade and security.",
          "Markets were little changed after the announcement.",
          "No joint statement was issued.", ""]


def sentence(rnd):
    a, b = rnd.sample(COUNTRIES, 2)
    return (f"The {rnd.choice(TITLES)} of {a} {rnd.choice(VERBS)} the {rnd.choice(TITLES)} of {b} "
            f"in {rnd.choice(CITIES)} {rnd.choice(WHEN)}.")


def make_articles(rnd, n, prefix):
    out = []
    for i in range(n):
        parts = [sentence(rnd), rnd.choice(FILLER)]
        if rnd.random() < 0.05:  # some articles report two contacts
            parts.append(sentence(rnd))
        aid = f"{prefix}{i:06d}"
        out.append((aid, json.dumps({"id": aid, "title": f"Talks {i}", "source": "chaos",
                                     "published_at": "2024-05-29T20:00:00Z", "language": "en",
                                     "text": " ".join(p for p in parts if p)}).encode()))
    return out


POISON_KINDS = {  # kind -> (value factory, DLQ reason)
    "not_json": (lambda k: b"not json %d" % k, "not_json"),
    "empty": (lambda k: b"", "not_json"),
    "invalid_utf8": (lambda k: b'{"id":"u%d","text":"caf\xc3 \xed\xa0\x80"}' % k, "invalid_utf8"),
    "too_large": (lambda k: json.dumps({"id": f"big{k}", "text": "x" * (MAX_BYTES + 1000)}).encode(),
                  "too_large"),
    "null": (lambda k: None, "null_value"),
    "no_text": (lambda k: json.dumps({"id": f"nt{k}", "title": "no text"}).encode(), "no_text"),
    "too_deep": (lambda k: b'{"a":' * 100 + b"1" + b"}" * 100, "too_deep"),
    "not_object": (lambda k: b"[1,2,%d]" % k, "not_object"),
    "bad_field": (lambda k: b'{"id":"bf%d","text":42}' % k, "bad_field"),
}


def make_input(rnd, prefix):
    arts = make_articles(rnd, N, prefix)
    n_poison = max(len(POISON_KINDS), round(N * 0.005))
    kinds = sorted(POISON_KINDS)
    poison = []
    for k in range(n_poison):
        kind = kinds[k % len(kinds)]
        poison.append((f"{prefix}poison-{k:04d}-{kind}", POISON_KINDS[kind][0](k), POISON_KINDS[kind][1]))
    msgs = [(aid, v) for aid, v in arts]
    for key, v, _ in poison:
        msgs.insert(rnd.randrange(len(msgs) + 1), (key, v))
    return arts, {key: (v, reason) for key, v, reason in poison}, msgs


def oracle(arts):
    """Expected records: `parleyd extract` on the good articles (same extraction as the daemon)."""
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as f:
        for _, v in arts:
            f.write(v + b"\n")
    p = subprocess.run([PARLEYD, "extract", "-X", f"article.max.bytes={MAX_BYTES}", f.name],
                       capture_output=True, timeout=900)
    os.unlink(f.name)
    if p.returncode != 0:
        raise RuntimeError(f"parleyd extract failed: {p.stderr.decode()[-2000:]}")
    recs = [json.loads(line) for line in p.stdout.splitlines()]
    events = collections.Counter(rid(r) for r in recs)
    alerts = collections.Counter(rid(r) for r in recs if r["type"] in ALERT_TYPES.split(","))
    no_record = len({a for a, _ in arts} - {r["article"]["id"] for r in recs})
    by_eid = collections.Counter(r["event_id"] for r in recs)
    collisions = sum(1 for n in by_eid.values() if n > 1)
    if collisions:
        ex = next(e for e, n in by_eid.items() if n > 1)
        print(f"NOTE: {collisions} event_id(s) are shared by distinct records of one article "
              f"(e.g. {ex} in {[r['article']['id'] for r in recs if r['event_id'] == ex][0]}); "
              "records are therefore identified here by event_id + evidence span", flush=True)
    return events, alerts, no_record


def rid(r):
    """A record's identity: its event_id and the evidence span (event_id alone can collide)."""
    return f"{r['event_id']}@{r['evidence']['span'][0]}-{r['evidence']['span'][1]}"


# ------------------------------------------------------------------ kafka helpers

def create_topics(bs, names, partitions):
    admin = AdminClient({"bootstrap.servers": bs})  # must outlive the futures
    fs = admin.create_topics([NewTopic(t, num_partitions=partitions[t], replication_factor=1)
                              for t in names])
    for f in fs.values():
        f.result(60)


def committed_vs_end(bs, group, topic):
    """(committed sum, end sum, caught up?) or None when the broker does not answer."""
    try:
        c = Consumer({"bootstrap.servers": bs, "group.id": group, "enable.auto.commit": False,
                      "log_level": 2})
        try:
            md = c.list_topics(topic, timeout=5).topics[topic]
            tps = [TopicPartition(topic, p) for p in md.partitions]
            com = {tp.partition: tp.offset for tp in c.committed(tps, timeout=5)}
            end = {tp.partition: c.get_watermark_offsets(tp, timeout=5)[1] for tp in tps}
        finally:
            c.close()
    except Exception:  # noqa: BLE001 - broker restarting
        return None
    return (sum(max(v, 0) for v in com.values()), sum(end.values()),
            all(com[p] >= end[p] for p in end))


def repartition_pending(bs, group):
    """Records of the internal repartition topic (cross-article state, stage B) at or after
    the group's committed offsets, read_committed; 0 when stage B has caught up (the
    topic's end may be past the last record by transaction markers). None: no answer."""
    topic = f"{group}.repartition"
    try:
        c = Consumer({"bootstrap.servers": bs, "group.id": group, "enable.auto.commit": False,
                      "log_level": 2})
        try:
            md = c.list_topics(topic, timeout=5).topics.get(topic)
            if md is None or not md.partitions:
                return 0
            tps = [TopicPartition(topic, p) for p in md.partitions]
            com = {tp.partition: max(tp.offset, 0) for tp in c.committed(tps, timeout=5)}
            end = {tp.partition: c.get_watermark_offsets(tp, timeout=5)[1] for tp in tps}
        finally:
            c.close()
        todo = [TopicPartition(topic, p, com[p]) for p in end if end[p] > com[p]]
        if not todo:
            return 0
        r = Consumer({"bootstrap.servers": bs, "group.id": "chaos-settle-" + uuid.uuid4().hex,
                      "enable.auto.commit": False, "isolation.level": "read_committed",
                      "enable.partition.eof": True, "log_level": 2})
        r.assign(todo)
        found, eofs, t0 = 0, 0, time.time()
        while eofs < len(todo) and time.time() - t0 < 10:
            m = r.poll(0.5)
            if m is None:
                continue
            if m.error():
                eofs += m.error().code() == KafkaError._PARTITION_EOF
                continue
            found += 1
        r.close()
        return found if eofs == len(todo) else max(found, 1)
    except Exception:  # noqa: BLE001 - broker restarting
        return None


def read_topic(bs, topic, max_wait=600):
    """Every message of a topic on a read_committed consumer, until each partition's end."""
    c = Consumer({"bootstrap.servers": bs, "group.id": "chaos-reader-" + uuid.uuid4().hex,
                  "auto.offset.reset": "earliest", "enable.auto.commit": False,
                  "isolation.level": "read_committed", "enable.partition.eof": True})
    md = c.list_topics(topic, timeout=10).topics[topic]
    parts = set(md.partitions)
    c.assign([TopicPartition(topic, p, 0) for p in parts])
    out, eof, t0 = [], set(), time.time()
    while eof != parts and time.time() - t0 < max_wait:
        for m in c.consume(1000, 0.5):
            if m.error():
                if m.error().code() == KafkaError._PARTITION_EOF:
                    eof.add(m.partition())
                continue
            eof.discard(m.partition())
            out.append((m.key(), m.value(), dict((k, v) for k, v in (m.headers() or []))))
    c.close()
    if eof != parts:
        fail(f"reading {topic}: partitions {sorted(parts - eof)} not read to the end in {max_wait}s")
    return out


class Feeder(threading.Thread):
    """Produces the input at a steady rate; the idempotent producer rides out broker restarts."""

    def __init__(self, bs, topic, msgs, rate):
        super().__init__(daemon=True)
        self.bs, self.topic, self.msgs, self.rate = bs, topic, msgs, rate
        self.errors, self.delivered = [], 0

    def _cb(self, err, msg):
        if err:
            self.errors.append(str(err))
        else:
            self.delivered += 1

    def run(self):
        p = Producer({"bootstrap.servers": self.bs, "enable.idempotence": True, "linger.ms": 20,
                      "message.timeout.ms": 600000, "message.max.bytes": 2000000,
                      "log_level": 2})  # connection errors while the broker restarts are expected
        t0 = time.time()
        for i, (key, v) in enumerate(self.msgs):
            ahead = t0 + i / self.rate - time.time()
            if ahead > 0:
                time.sleep(ahead)
            while True:
                try:
                    p.produce(self.topic, key=key.encode(), value=v, on_delivery=self._cb)
                    break
                except BufferError:
                    p.poll(0.1)
            p.poll(0)
        left = p.flush(600)
        if left:
            self.errors.append(f"{left} messages not flushed")


class Daemon:
    def __init__(self, args, logdir, name):
        self.logpath = os.path.join(logdir, f"{name}.log")
        self.logf = open(self.logpath, "wb")
        env = dict(os.environ)
        env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
        self.p = subprocess.Popen([PARLEYD, "run", *args], stdout=subprocess.DEVNULL,
                                  stderr=self.logf, env=env)

    def alive(self):
        return self.p.poll() is None

    def kill(self):
        self.p.send_signal(signal.SIGKILL)
        self.p.wait()
        self.logf.close()

    def stop(self, timeout=120):
        if self.alive():
            self.p.send_signal(signal.SIGTERM)
        try:
            rc = self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            rc = self.p.wait()
            fail(f"parleyd did not exit within {timeout}s of SIGTERM ({self.logpath})")
        self.logf.close()
        return rc


# ------------------------------------------------------------------ metadata service

class MetadataService:
    """The stub metadata service; whether parleyd uses it depends on the build (see note())."""

    def __init__(self):
        self.p = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__),
                                                                 "metadata_stub.py")],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.port = int(self.p.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}"

    def stall(self):
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGUSR1)

    def kill(self):
        if self.p.poll() is None:
            self.p.kill()
            self.p.wait()


def enrichment_keys(url):
    """-X settings pointing parleyd's enrichment at the stub, or None when this build has
    no enrichment configuration keys."""
    xs = [f"enrich.wikidata.url={url}/w/api.php", f"enrich.nominatim.url={url}/search"]
    args = [PARLEYD, "check-config"]
    for x in xs:
        args += ["-X", x]
    p = subprocess.run(args, capture_output=True, timeout=30)
    return xs if p.returncode == 0 else None


# ------------------------------------------------------------------ one run

def run_phase(broker, guarantee, rnd, logdir):
    tag = "alos" if guarantee == "at_least_once" else "eos"
    bs = broker.bootstrap
    sfx = uuid.uuid4().hex[:6]
    t_in, t_ev, t_al, t_dlq = (f"chaos-{tag}-{x}-{sfx}" for x in ("in", "events", "alerts", "dlq"))
    group = f"chaos-{tag}-g-{sfx}"
    create_topics(bs, [t_in, t_ev, t_al, t_dlq], {t_in: 4, t_ev: 3, t_al: 3, t_dlq: 2})
    arts, poison, msgs = make_input(rnd, f"{tag}-")
    exp_events, exp_alerts, no_record = oracle(arts)
    log(f"[{tag}] input: {len(arts)} articles + {len(poison)} poison; expected "
        f"{sum(exp_events.values())} event records, {sum(exp_alerts.values())} alerts "
        f"({no_record} articles yield no record)")

    meta = MetadataService()
    enrich = enrichment_keys(meta.url)
    xs = [f"topic.input={t_in}", f"topic.events={t_ev}", f"topic.alerts={t_al}", f"topic.dlq={t_dlq}",
          f"kafka.bootstrap.servers={bs}", f"consumer.group.id={group}", "log.level=info",
          "processing.processor=extract", f"alert.all.types={ALERT_TYPES}",
          f"article.max.bytes={MAX_BYTES}", "consumer.session.timeout.ms=6000",
          f"processing.guarantee={guarantee}", *(enrich or []),
          # delivery accounting: every matching record alerts (not once per event), and the
          # generated articles are dated 2024, news rather than a replay, for alerting
          "dedup.alert.mode=every_report", "replay.alert.max.age.ms=0", "enrich.budget.ms=300"]
    if guarantee == "exactly_once":
        xs.append(f"producer.transactional.id=chaos-{sfx}")
    args = []
    for x in xs:
        args += ["-X", x]

    duration = len(msgs) / RATE
    plan = [(rnd.uniform(0.05, 0.95) * duration, "kill") for _ in range(KILLS)]
    plan += [(rnd.uniform(0.15, 0.85) * duration, "broker") for _ in range(BROKER_RESTARTS)]
    plan += [(rnd.uniform(0.1, 0.4) * duration, "meta-stall"), (rnd.uniform(0.5, 0.8) * duration, "meta-kill")]
    plan.sort()
    log(f"[{tag}] plan over ~{duration:.0f}s of feed: " +
        ", ".join(f"{k}@{t:.1f}s" for t, k in plan))

    n_run, exits, kills, restarts, outage = 0, [], 0, 0, 0.0

    def start():
        nonlocal n_run
        n_run += 1
        return Daemon(args, logdir, f"{tag}-run{n_run}")

    t0 = time.time()
    feeder = Feeder(bs, t_in, msgs, RATE)
    feeder.start()
    d = start()

    def supervise():
        nonlocal d
        if not d.alive():  # exited by itself: note it and restart, as an orchestrator would
            exits.append((d.p.returncode, d.logpath))
            log(f"[{tag}] parleyd exited by itself with {d.p.returncode} ({d.logpath}); restarting")
            d.logf.close()
            d = start()

    for at, kind in plan:
        while time.time() - t0 < at:
            supervise()
            time.sleep(0.05)
        supervise()
        if kind == "kill":
            d.kill()
            kills += 1
            log(f"[{tag}] SIGKILL parleyd #{kills} at {time.time() - t0:.1f}s")
            time.sleep(rnd.uniform(0, 1.0))
            d = start()
        elif kind == "broker":
            restarts += 1
            outage += broker.restart()
        elif kind == "meta-stall":
            meta.stall()
            log(f"[{tag}] metadata service stalled")
        elif kind == "meta-kill":
            meta.kill()
            log(f"[{tag}] metadata service killed")
    meta.kill()
    feeder.join(900)
    check(not feeder.errors and feeder.delivered == len(msgs),
          f"[{tag}] all {len(msgs)} input messages delivered to the broker ({feeder.errors[:3]})")

    # Drain: until the group's committed offsets reach the end of the input.
    deadline = time.time() + (900 if LONG else 240)
    state = None
    while time.time() < deadline:
        supervise()
        state = committed_vs_end(bs, group, t_in)
        if state and state[2]:
            break
        time.sleep(1)
    check(bool(state and state[2]), f"[{tag}] committed offsets reach the end of the input ({state})")
    # and the records the input became wait in the repartition topic for stage B
    pending = None
    while time.time() < deadline:
        supervise()
        pending = repartition_pending(bs, group)
        if pending == 0:
            break
        time.sleep(1)
    check(pending == 0, f"[{tag}] the repartition topic is processed too ({pending} pending)")
    rc = d.stop()
    check(rc == 0, f"[{tag}] final parleyd drains and exits 0 on SIGTERM (got {rc})")
    elapsed = time.time() - t0

    def tally(name, got_ids, expected):
        c = collections.Counter(got_ids)
        missing = sum((expected - c).values())
        unexpected = sum(n for k, n in c.items() if k not in expected)
        dup = sum(max(0, n - expected[k]) for k, n in c.items() if k in expected)
        return {"name": name, "read": sum(c.values()), "unique": len(c), "dup": dup,
                "missing": missing, "unexpected": unexpected}

    ev = read_topic(bs, t_ev)
    al = read_topic(bs, t_al)
    dl = read_topic(bs, t_dlq)
    r_ev = tally("events", [rid(json.loads(v)) for _, v, _ in ev], exp_events)
    r_al = tally("alerts", [rid(json.loads(v)) for _, v, _ in al], exp_alerts)
    def dkey(k):
        return k.decode(errors="replace") if k is not None else "<no key>"

    r_dl = tally("dlq", [dkey(k) for k, _, _ in dl], collections.Counter(poison.keys()))
    bad_rule = sum(1 for _, _, h in al if h.get("parley_alert_rule") != b"all")
    bad_dlq = 0
    for k, v, h in dl:
        want_v, want_reason = poison.get(dkey(k), (None, None))
        if h.get("__parley.errors.reason", b"").decode() != want_reason or v != want_v \
                or h.get("__parley.errors.topic", b"").decode() != t_in:
            bad_dlq += 1
            if bad_dlq <= 5:  # say what it is: stage, reason, detail, source and the value's start
                print(f"[{tag}] unexpected dead letter key={dkey(k)} "
                      f"stage={h.get('__parley.errors.stage', b'').decode(errors='replace')} "
                      f"reason={h.get('__parley.errors.reason', b'').decode(errors='replace')} "
                      f"detail={h.get('__parley.errors.message', b'').decode(errors='replace')[:200]} "
                      f"topic={h.get('__parley.errors.topic', b'').decode(errors='replace')} "
                      f"value={(v or b'')[:160]!r}", flush=True)

    def fmt(r):
        return (f"{r['name']}: read={r['read']} unique={r['unique']} duplicates={r['dup']} "
                f"missing={r['missing']} unexpected={r['unexpected']}")
    summary = (f"CHAOS {guarantee}: seed={SEED} input={len(arts)} articles + {len(poison)} poison; "
               f"expected events={sum(exp_events.values())} alerts={sum(exp_alerts.values())} "
               f"dlq={len(poison)}; {fmt(r_ev)}; {fmt(r_al)}; {fmt(r_dl)}; "
               f"kills={kills} self_exits={len(exits)} broker_restarts={restarts} "
               f"(outage {outage:.0f}s) runs={n_run} elapsed={elapsed:.0f}s")
    print(summary, flush=True)

    for r in (r_ev, r_al, r_dl):
        check(r["missing"] == 0, f"[{tag}] {r['name']}: nothing lost ({r['missing']} missing)")
        check(r["unexpected"] == 0, f"[{tag}] {r['name']}: nothing unexpected ({r['unexpected']})")
        if guarantee == "exactly_once":
            check(r["dup"] == 0, f"[{tag}] {r['name']}: read_committed sees each once ({r['dup']} duplicates)")
    check(bad_rule == 0, f"[{tag}] every alert carries parley_alert_rule=all ({bad_rule} without)")
    check(bad_dlq == 0, f"[{tag}] every dead letter is an original poison message, unchanged, "
                        f"with its reason and source topic ({bad_dlq} not)")
    check(not [e for e in exits if e[0] not in (0, 1)],
          f"[{tag}] parleyd never died by itself other than with exit code 1 ({exits})")
    if enrich is None:
        print(f"CHAOS {guarantee}: metadata service: a stub HTTP service was stalled and killed, but "
              "this build has no enrichment configuration (check-config refuses "
              "enrich.wikidata.url), so parleyd was not pointed at it; that part of the chaos "
              "awaits the enrichment wiring.", flush=True)
    else:
        print(f"CHAOS {guarantee}: metadata service: parleyd's enrichment pointed at the stub "
              f"({meta.url}), which was stalled then killed mid-run.", flush=True)
    return summary


def main():
    print(f"chaos: seed={SEED} form={'long' if LONG else 'short'} N={N} kills={KILLS} "
          f"broker_restarts={BROKER_RESTARTS} rate={RATE}/s parleyd={PARLEYD}", flush=True)
    if not os.path.exists(PARLEYD):
        print(f"FAIL: no parleyd at {PARLEYD}")
        return 1
    rnd = random.Random(SEED)
    logdir = tempfile.mkdtemp(prefix="parley-chaos-logs.")
    broker = Broker("chaos")
    t0 = time.time()
    broker.start()
    summaries = []
    try:
        for g in ("at_least_once", "exactly_once"):
            if ONLY and not g.startswith({"alos": "at_least", "eos": "exactly"}[ONLY]):
                continue
            summaries.append(run_phase(broker, g, rnd, logdir))
    finally:
        broker.ok = not FAILURES
        broker.stop()
    for s in summaries:
        print(s, flush=True)
    print(f"chaos: total {time.time() - t0:.0f}s", flush=True)
    if FAILURES:
        print(f"FAIL: {len(FAILURES)} check(s) failed; parleyd logs kept in {logdir}", flush=True)
        return 1
    if os.environ.get("CHAOS_KEEP_LOGS"):
        print(f"chaos: parleyd logs kept in {logdir}", flush=True)
    else:
        import shutil
        shutil.rmtree(logdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
