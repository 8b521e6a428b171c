#!/usr/bin/env python3
"""bench_enrich_daemon.py - the daemon's cost of enrichment against a slow backend: the
same articles (the benchmark corpus) drained by `parleyd run` (at_least_once, 2 threads,
cross-article state on) with enrichment off, then with Wikidata and Nominatim on the
fixture server answering every request in SLOW_MS (300) and enrich.budget.ms=500.
Prints articles/s (start to committed offsets at the end of the input), parleyd's CPU
seconds, and the ratios slow/off (the target: >= 0.9). Needs a broker
(KAFKA_TEST_BOOTSTRAP) and the fixture server:
  KAFKA_TEST_BOOTSTRAP=127.0.0.1:19092 python3 tests/enrich/with_fixture.py -- \\
      build/venv/bin/python tests/bench/bench_enrich_daemon.py build/parleyd \\
      build-bench/tests/bench/corpus.jsonl [N]"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
fixture = os.environ.pop("PARLEY_ENRICH_FIXTURE")  # parleyd refuses unknown PARLEY_* names
import harness as H  # noqa: E402


def cpu_s(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def drain(lines, extra, name):
    t = H.Topics(f"benr-{name}", partitions=4)
    H.produce(t.input, lines)
    t0 = time.time()
    d = H.Daemon(t, "processing.threads=2", *extra, name=name)
    H.wait_settled(t, timeout=900)
    dt = time.time() - t0
    c = cpu_s(d.p.pid)
    if d.stop() != 0:
        H.fail(f"{name}: parleyd did not exit cleanly; log {d.logpath}")
    return dt, c


def main():
    parleyd, corpus = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 8000
    H.PARLEYD = parleyd
    with open(corpus, "rb") as f:
        lines = [x.rstrip(b"\n") for _, x in zip(range(n), f)]
    slow = int(os.environ.get("SLOW_MS", "300"))
    fault = f"/f/slow{slow}"
    on = (f"enrich.wikidata.url={fixture}{fault}/w/api.php",
          f"enrich.nominatim.url={fixture}{fault}/search", "enrich.budget.ms=500")
    off_t, off_c = drain(lines, (), "off")
    slow_t, slow_c = drain(lines, on, "slow")
    print(f"articles: {len(lines)} from {os.path.basename(corpus)}; parleyd run, at_least_once, 2 threads")
    print(f"enrichment off         : {len(lines) / off_t:7.1f} articles/s ({off_t:.1f} s), CPU {off_c:.1f} s")
    print(f"slow backend ({slow} ms): {len(lines) / slow_t:7.1f} articles/s ({slow_t:.1f} s), CPU {slow_c:.1f} s")
    print(f"ratio slow/off: wall {off_t / slow_t:.2f}, CPU {off_c / slow_c:.2f} (target >= 0.90)")


if __name__ == "__main__":
    main()
