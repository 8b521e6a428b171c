"""Secure transport on a real broker: `deploy/kafka.sh start --secure` (test CA, SASL_SSL
listener, SCRAM-SHA-512 user) in a private directory on free ports.
1. parleyd over SASL_SSL with the password taken from the environment through ${ENV} in a
   properties file processes articles end to end (records = what `parleyd extract` gives);
2. with a CA that did not sign the broker's certificate it is refused: a certificate error
   is logged, nothing is consumed or produced;
3. with a wrong password it is refused: an authentication error is logged, nothing done;
4. in all three runs (log.level=debug, kafka.debug=security,broker) and in check-config's
   output the password never appears.
Inputs are produced and outputs read over the broker's PLAINTEXT listener."""
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "chaos"))
from kbroker import ROOT, Broker, log  # noqa: E402

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition  # noqa: E402
from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402

PARLEYD = os.environ.get("PARLEYD") or os.path.join(ROOT, "build", "parleyd")
ENV_NAME = "PARLEY_TLS_TEST_SECRET"[len("PARLEY_"):]  # not PARLEY_*: those are config keys
FAILED = []


def check(cond, msg):
    print(("ok: " if cond else "FAIL: ") + msg, flush=True)
    if not cond:
        FAILED.append(msg)


def topic_count(bs, topic):
    c = Consumer({"bootstrap.servers": bs, "group.id": "tls-eo-" + uuid.uuid4().hex})
    md = c.list_topics(topic, timeout=10).topics[topic]
    n = sum(c.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in md.partitions)
    c.close()
    return n


def committed_sum(bs, group, topic, tries=20):
    """Sum of the group's committed offsets; retried while the coordinator is loading."""
    for i in range(tries):
        c = Consumer({"bootstrap.servers": bs, "group.id": group, "enable.auto.commit": False})
        try:
            md = c.list_topics(topic, timeout=10).topics[topic]
            tps = c.committed([TopicPartition(topic, p) for p in md.partitions], timeout=10)
            return sum(max(tp.offset, 0) for tp in tps)
        except KafkaException as e:
            if i == tries - 1:
                raise
            log(f"committed offsets not available yet ({e}); retrying")
            time.sleep(0.5)
        finally:
            c.close()


def read_events(bs, topic, n, max_wait=60):
    c = Consumer({"bootstrap.servers": bs, "group.id": "tls-r-" + uuid.uuid4().hex,
                  "auto.offset.reset": "earliest", "isolation.level": "read_committed"})
    c.subscribe([topic])
    out, t0 = [], time.time()
    while len(out) < n and time.time() - t0 < max_wait:
        for m in c.consume(500, 0.5):
            if not m.error():
                out.append(json.loads(m.value()))
    c.close()
    return out


def loud(text):
    """Log lines at warn or error level (what an operator sees without debug)."""
    return [ln for ln in text.splitlines() if '"level":"warn"' in ln or '"level":"error"' in ln]


def make_other_ca(d):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    os.path.join(d, "other-ca.key"), "-out", os.path.join(d, "other-ca.pem"), "-days", "2",
                    "-subj", "/CN=Not the broker's CA"], check=True, capture_output=True)
    return os.path.join(d, "other-ca.pem")


def main():
    broker = Broker("tls", secure=True)
    broker.start()
    work = tempfile.mkdtemp(prefix="parley-tls-test.")
    try:
        run_tests(broker, work)
    finally:
        broker.ok = not FAILED
        broker.stop()
        if not FAILED:
            import shutil
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"logs kept in {work}", flush=True)
    if FAILED:
        print(f"FAIL: {len(FAILED)} check(s) failed", flush=True)
        return 1
    return 0


def run_tests(broker, work):
    bs = broker.bootstrap  # PLAINTEXT: the test's own producer and readers
    password = open(broker.path("tls", "scram-password")).read().strip()
    ca = broker.path("tls", "ca.pem")
    check(len(password) >= 12, "the broker has a SCRAM user with a generated password")
    sfx = uuid.uuid4().hex[:6]
    t_in, t_ev, t_al, t_dlq = (f"tls-{x}-{sfx}" for x in ("in", "events", "alerts", "dlq"))
    admin = AdminClient({"bootstrap.servers": bs})
    for f in admin.create_topics([NewTopic(t, num_partitions=2, replication_factor=1)
                                  for t in (t_in, t_ev, t_al, t_dlq)]).values():
        f.result(30)
    countries = ["France", "Kenya", "Japan", "Brazil", "India", "Canada", "Norway", "Chile"]
    arts = [json.dumps({"id": f"tls{i:04d}", "published_at": "2024-05-29T20:00:00Z", "language": "en",
                        "text": f"The foreign minister of {countries[i % 8]} met the foreign minister of "
                                f"{countries[(i + 3) % 8]} in Geneva on Monday."}).encode() for i in range(300)]
    p = Producer({"bootstrap.servers": bs})
    for a in arts:
        p.produce(t_in, a)
    p.flush(30)
    del p  # no client of ours outlives the broker
    oracle = subprocess.run([PARLEYD, "extract", "-"], input=b"\n".join(arts) + b"\n",
                            capture_output=True, timeout=120)
    expected = {json.loads(line)["event_id"] for line in oracle.stdout.splitlines()}
    check(len(expected) > 0, f"`parleyd extract` expects {len(expected)} distinct records")

    def props(name, ca_path, group):
        path = os.path.join(work, f"{name}.properties")
        with open(path, "w") as f:
            f.write(f"""# secure transport: the password comes from the environment
kafka.bootstrap.servers={broker.secure_bootstrap}
kafka.security.protocol=SASL_SSL
kafka.sasl.mechanisms=SCRAM-SHA-512
kafka.sasl.username=parley
kafka.sasl.password=${{{ENV_NAME}}}
kafka.ssl.ca.location={ca_path}
kafka.debug=security,broker
log.level=debug
topic.input={t_in}
topic.events={t_ev}
topic.alerts={t_al}
topic.dlq={t_dlq}
consumer.group.id={group}
consumer.session.timeout.ms=6000
""")
        return path

    def start(name, ca_path, secret, group):
        logpath = os.path.join(work, f"{name}.log")
        env = dict(os.environ)
        env[ENV_NAME] = secret
        env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
        d = subprocess.Popen([PARLEYD, "run", "-c", props(name, ca_path, group)], env=env,
                             stdout=subprocess.DEVNULL, stderr=open(logpath, "wb"))
        log(f"{name}: parleyd pid {d.pid}, log {logpath}")
        return d, logpath

    def stop(d, timeout=60):
        if d.poll() is None:
            d.terminate()
        try:
            return d.wait(timeout)
        except subprocess.TimeoutExpired:
            d.kill()
            return d.wait()

    def no_secret(logpath, secret, what):
        data = open(logpath, "rb").read()
        check(secret.encode() not in data, f"{what}: the password is not in parleyd's stderr "
                                           f"({len(data)} bytes of debug log)")
        return data.decode("utf-8", "replace")

    # check-config prints the effective configuration: the secret must be masked there too.
    env = dict(os.environ, **{ENV_NAME: password})
    cc = subprocess.run([PARLEYD, "check-config", "-c", props("check", ca, "g")], env=env,
                        capture_output=True, timeout=30)
    check(cc.returncode == 0, f"check-config accepts the SASL_SSL configuration ({cc.stderr.decode()[-300:]})")
    check(password.encode() not in cc.stdout + cc.stderr, "check-config does not print the password")

    # 1. End to end over SASL_SSL.
    group = f"tls-g-{sfx}"
    t0 = time.time()
    d, logpath = start("good", ca, password, group)
    deadline = time.time() + 120
    while time.time() < deadline and committed_sum(bs, group, t_in) < len(arts):
        if d.poll() is not None:
            break
        time.sleep(0.5)
    done = committed_sum(bs, group, t_in)
    rc = stop(d)
    secs = time.time() - t0
    check(done == len(arts), f"over SASL_SSL: all {len(arts)} input offsets committed ({done}) in {secs:.1f}s")
    check(rc == 0, f"over SASL_SSL: clean exit on SIGTERM ({rc})")
    got = read_events(bs, t_ev, len(expected))
    ids = {r["event_id"] for r in got}
    check(ids == expected, f"over SASL_SSL: the events topic holds the {len(expected)} expected records "
                           f"({len(ids)} distinct, {len(expected - ids)} missing)")
    text = no_secret(logpath, password, "good run")
    check("SASL" in text and ("SSL" in text or "TLS" in text),
          "the debug log shows the SASL/SSL handshake (so the check above is meaningful)")
    n_events = topic_count(bs, t_ev)

    # 2. Wrong CA: the broker's certificate does not verify.
    other = make_other_ca(work)
    g2 = f"tls-g2-{sfx}"
    d, logpath = start("wrong-ca", other, password, g2)
    time.sleep(15)
    alive = d.poll() is None
    rc = stop(d)
    text = no_secret(logpath, password, "wrong CA")
    check(committed_sum(bs, g2, t_in) == 0 and topic_count(bs, t_ev) == n_events,
          "wrong CA: nothing consumed, committed or produced")
    cert_err = [ln for ln in loud(text) if "certificate verify failed" in ln]
    check(bool(cert_err), "wrong CA: 'certificate verify failed' is logged at warn or error level"
          + (f": {cert_err[0][:240]}" if cert_err else ""))
    print(f"wrong CA: parleyd {'kept retrying' if alive else 'exited by itself'}; exit code after "
          f"SIGTERM {rc}", flush=True)

    # 3. Wrong password: SCRAM authentication fails.
    g3 = f"tls-g3-{sfx}"
    wrong = "wrong-" + uuid.uuid4().hex[:12]
    d, logpath = start("wrong-password", ca, wrong, g3)
    time.sleep(15)
    alive = d.poll() is None
    rc = stop(d)
    text = no_secret(logpath, wrong, "wrong password")
    check(password.encode() not in text.encode(), "wrong password: the real password is not logged either")
    check(committed_sum(bs, g3, t_in) == 0 and topic_count(bs, t_ev) == n_events,
          "wrong password: nothing consumed, committed or produced")
    auth_err = [ln for ln in loud(text) if "uthentication" in ln and "fail" in ln.lower()]
    check(bool(auth_err), "wrong password: an authentication failure is logged at warn or error level"
          + (f": {auth_err[0][:240]}" if auth_err else ""))
    print(f"wrong password: parleyd {'kept retrying' if alive else 'exited by itself'}; exit code "
          f"after SIGTERM {rc}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
