"""Helpers for Parley's integration tests against a real Kafka broker.

The broker is started by tests/run.sh (deploy/kafka.sh); KAFKA_TEST_BOOTSTRAP names it.
Every test uses its own topics and consumer group (a random suffix), so tests can share
one broker. parleyd runs as a real subprocess; outputs are read back with
confluent-kafka consumers (read_committed where exactly-once is checked).
"""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

BOOTSTRAP = os.environ.get("KAFKA_TEST_BOOTSTRAP", "127.0.0.1:19092")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PARLEYD = os.environ.get("PARLEYD") or os.path.join(os.getcwd(), "parleyd")
if not os.path.exists(PARLEYD):
    PARLEYD = os.path.join(ROOT, "build", "parleyd")


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def fail(msg):
    print("FAIL:", msg, flush=True)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    log("ok:", msg)


class Topics:
    """A fresh set of topic names and a group id for one test."""

    def __init__(self, name, partitions=3, out_partitions=3):
        sfx = uuid.uuid4().hex[:8]
        self.input = f"{name}-in-{sfx}"
        self.events = f"{name}-events-{sfx}"
        self.alerts = f"{name}-alerts-{sfx}"
        self.dlq = f"{name}-dlq-{sfx}"
        self.group = f"{name}-g-{sfx}"
        admin = AdminClient({"bootstrap.servers": BOOTSTRAP})
        fs = admin.create_topics([NewTopic(t, num_partitions=partitions if t == self.input else out_partitions,
                                           replication_factor=1)
                                  for t in (self.input, self.events, self.alerts, self.dlq)])
        for f in fs.values():
            f.result(30)

    def args(self, *extra):
        xs = [f"topic.input={self.input}", f"topic.events={self.events}",
              f"topic.alerts={self.alerts}", f"topic.dlq={self.dlq}",
              f"kafka.bootstrap.servers={BOOTSTRAP}", f"consumer.group.id={self.group}",
              "log.level=info", *extra]
        out = []
        for x in xs:
            out += ["-X", x]
        return out


def article(i, text=None):
    return json.dumps({"id": f"a{i:06d}", "title": f"t{i}", "published_at": "2023-05-29T20:00:00Z",
                       "language": "en", "text": text or f"Article number {i}."})


def produce(topic, values, keys=None, headers=None):
    p = Producer({"bootstrap.servers": BOOTSTRAP, "linger.ms": 20, "enable.idempotence": True})
    for n, v in enumerate(values):
        while True:
            try:
                p.produce(topic, value=v, key=(keys[n] if keys else None), headers=headers)
                break
            except BufferError:
                p.poll(0.1)
        p.poll(0)
    left = p.flush(60)
    if left:
        fail(f"{left} input messages not delivered to {topic}")


class Daemon:
    """parleyd run as a subprocess; stderr goes to a log file."""

    def __init__(self, topics, *extra, name="parleyd", env=None):
        self.logpath = f"/tmp/{topics.group}-{name}-{uuid.uuid4().hex[:4]}.log"
        self.logf = open(self.logpath, "wb")
        e = dict(os.environ)
        e.setdefault("ASAN_OPTIONS", "detect_leaks=0")
        if env:
            e.update(env)
        self.p = subprocess.Popen([PARLEYD, "run", *topics.args(*extra)], stdout=subprocess.DEVNULL,
                                  stderr=self.logf, env=e)
        log(f"started {name} pid {self.p.pid}, log {self.logpath}")

    def kill(self, sig=signal.SIGKILL):
        self.p.send_signal(sig)

    def wait(self, timeout=60):
        try:
            return self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            fail(f"parleyd did not exit within {timeout}s; log {self.logpath}")

    def alive(self):
        return self.p.poll() is None

    def log_text(self):
        self.logf.flush()
        with open(self.logpath, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def stop(self, timeout=60):
        # A SIGTERM that arrives before parleyd has installed its handlers (while the
        # loader or ASan start up) ends it by the signal, not by a clean drain: wait for
        # its first log line, written once it is running (at most 10 s).
        deadline = time.time() + 10
        while self.alive() and os.path.getsize(self.logpath) == 0 and time.time() < deadline:
            time.sleep(0.02)
        if self.alive():
            self.kill(signal.SIGTERM)
        return self.wait(timeout)


def read_all(topic, isolation="read_committed", idle=5.0, max_wait=180, expect=None):
    """Reads a topic from the beginning until `expect` messages were read (when given) and
    nothing new arrived for `idle` seconds. Returns a list of confluent_kafka Messages."""
    c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": "reader-" + uuid.uuid4().hex,
                  "auto.offset.reset": "earliest", "enable.auto.commit": False,
                  "isolation.level": isolation})
    md = c.list_topics(topic, timeout=10).topics[topic]
    c.assign([TopicPartition(topic, p, 0) for p in md.partitions])
    msgs, last, start = [], time.time(), time.time()
    while time.time() - start < max_wait:
        m = c.poll(0.5)
        if m is None:
            if time.time() - last > idle and (expect is None or len(msgs) >= expect):
                break
            continue
        if m.error():
            continue
        msgs.append(m)
        last = time.time()
    c.close()
    return msgs


def committed(group, topic):
    """Committed offsets of a group on a topic: {partition: offset}."""
    c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": group, "enable.auto.commit": False})
    md = c.list_topics(topic, timeout=10).topics[topic]
    for attempt in range(50):  # a fresh broker may still be loading __consumer_offsets
        try:
            tps = c.committed([TopicPartition(topic, p) for p in md.partitions], timeout=10)
            break
        except Exception:
            if attempt == 49:
                raise
            time.sleep(0.2)
    c.close()
    return {tp.partition: tp.offset for tp in tps}


def watermarks(topic):
    """{partition: (low, high)} as the broker has them now."""
    c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": "eo-" + uuid.uuid4().hex})
    md = c.list_topics(topic, timeout=10).topics[topic]
    out = {}
    for p in md.partitions:
        for attempt in range(50):  # a fresh topic's leaders may still be settling
            try:
                out[p] = c.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
                break
            except Exception:
                if attempt == 49:
                    raise
                time.sleep(0.2)
    c.close()
    return out


def end_offsets(topic):
    return {p: hi for p, (lo, hi) in watermarks(topic).items()}


def produced_total(topic):
    """Sum of the topic's high watermarks: a cheap progress signal (counts aborted and
    uncommitted writes too)."""
    return sum(end_offsets(topic).values())


def wait_for(pred, timeout, what, poll=0.5):
    start = time.time()
    while time.time() - start < timeout:
        if pred():
            return
        time.sleep(poll)
    fail(f"timed out after {timeout}s waiting for {what}")


def wait_caught_up(topics, timeout=180):
    """Waits until the group's committed offsets reach the end of the input topic."""
    def done():
        ends = end_offsets(topics.input)
        com = committed(topics.group, topics.input)
        return all(e == 0 or com.get(p, -1) >= e for p, e in ends.items())  # empty: nothing to commit
    wait_for(done, timeout, "committed offsets to reach the end of the input")


def ids_of(msgs):
    out = []
    for m in msgs:
        v = json.loads(m.value())
        out.append(v["article"]["id"])
    return out


def wait_settled(topics, timeout=180, eos=False):
    """wait_caught_up, then the same for the internal repartition topic of cross-article
    state (<group>.repartition), whose records become events only in the second stage:
    settled when no committed (read_committed) record lies at or after the group's
    committed offset (transaction markers occupy offsets but are not records)."""
    wait_caught_up(topics, timeout)
    rep = f"{topics.group}.repartition"
    md = AdminClient({"bootstrap.servers": BOOTSTRAP}).list_topics(timeout=10).topics
    if rep not in md:
        return

    def pending():
        ends, com = end_offsets(rep), committed(topics.group, rep)
        todo = [TopicPartition(rep, p, max(com.get(p, -1), 0)) for p, e in ends.items()
                if e > max(com.get(p, -1), 0)]
        if not todo:
            return 0
        c = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": "settle-" + uuid.uuid4().hex,
                      "enable.auto.commit": False, "isolation.level": "read_committed",
                      "enable.partition.eof": True})
        c.assign(todo)
        found, eofs, start = 0, 0, time.time()
        while eofs < len(todo) and time.time() - start < 10:
            m = c.poll(0.5)
            if m is None:
                continue
            if m.error():
                eofs += m.error().code() == KafkaError._PARTITION_EOF
                continue
            found += 1
        c.close()
        return found if eofs == len(todo) else max(found, 1)
    wait_for(lambda: pending() == 0, timeout, "the repartition topic to be processed too", poll=1.0)


def free_port():
    """A TCP port free on 127.0.0.1 (for metrics.listen)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def http_get(port, path):
    """(status, body) of GET http://127.0.0.1:port/path; (None, "") when nothing answers."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
    except OSError:
        return None, ""


def metric(text, name, labels=""):
    """The sum of a metric's samples in a Prometheus text document (with labels: only the
    series whose labels start so); 0.0 when absent."""
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + (labels if labels else "")) and not line.startswith("#"):
            if labels or line.startswith(name + " ") or line.startswith(name + "{"):
                total += float(line.rsplit(" ", 1)[1])
    return total
