#!/usr/bin/env python3
"""bench_enrich_e2e.py - end-to-end cost of enrichment against a slow backend: runs
`parleyd extract` (decode + extract + enrich + serialize, one thread) on the benchmark
corpus with enrichment off, then with Wikidata and Nominatim pointed at the fixture
server answering every request after SLOW_MS (default 300) with enrich.budget.ms=500,
and prints articles/s of both and their ratio (the target: slow >= 0.9 x off).
Run through the fixture wrapper:
  python3 tests/enrich/with_fixture.py -- python3 tests/bench/bench_enrich_e2e.py \\
      BUILD_DIR/parleyd BUILD_DIR/tests/bench/corpus.jsonl [N]
(tests/bench/run.sh writes the corpus; N articles, default 3000)."""
import json
import os
import resource
import subprocess
import sys
import time


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(parleyd, data, extra):
    c0 = cpu()
    t0 = time.time()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}
    p = subprocess.run([parleyd, "extract", *extra], input=data, capture_output=True, env=env)
    dt = time.time() - t0
    if p.returncode != 0:
        sys.exit(f"parleyd extract failed: {p.stderr.decode()[-2000:]}")
    run.cpu = cpu() - c0
    recs = [json.loads(x) for x in p.stdout.splitlines() if x.strip()]
    return dt, recs


def main():
    parleyd, corpus = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 17000
    base = os.environ["PARLEY_ENRICH_FIXTURE"]
    slow = int(os.environ.get("SLOW_MS", "300"))
    with open(corpus, "rb") as f:
        lines = [x for _, x in zip(range(n), f)]
    n = len(lines)
    half = n // 2
    fault = f"/f/slow{slow}"
    on = ["-X", f"enrich.wikidata.url={base}{fault}/w/api.php",
          "-X", f"enrich.nominatim.url={base}{fault}/search",
          "-X", "enrich.budget.ms=500"]
    res = {}
    for name, extra in (("off", []), ("slow", on)):
        # the whole run, and its first half: the second half's rate is the steady state
        # (after the one-off wait that puts each backend in slow-backend mode)
        t_all, recs = run(parleyd, b"".join(lines), extra)
        c_all = run.cpu
        t_half, _ = run(parleyd, b"".join(lines[:half]), extra)
        res[name] = (t_all, t_half, recs, c_all)
    st = {}
    for r in res["slow"][2]:
        s = r.get("enrichment", {}).get("status")
        st[s] = st.get(s, 0) + 1
    mb = sum(len(x) for x in lines) / 1e6
    print(f"articles: {n} ({mb:.1f} MB), records: {len(res['off'][2])}; parleyd extract, one thread")
    for name in ("off", "slow"):
        t_all, t_half, _, c_all = res[name]
        steady = (n - half) / max(t_all - t_half, 1e-6)
        label = "enrichment off" if name == "off" else f"slow backend ({slow} ms, budget 500 ms)"
        print(f"{label:38s}: {n / t_all:8.1f} articles/s whole run ({t_all:.2f} s), "
              f"{steady:8.1f} articles/s second half, {n / c_all:8.1f} articles per CPU-second")
    print(f"slow-backend enrichment status: {st}")
    off_all, off_half, _, off_c = res["off"]
    sl_all, sl_half, _, sl_c = res["slow"]
    print(f"ratio slow/off: whole run {off_all / sl_all:.2f} (includes the one-off waits that "
          f"put each backend in slow mode), second half "
          f"{(off_all - off_half) / max(sl_all - sl_half, 1e-6):.2f}, per CPU-second "
          f"{off_c / sl_c:.2f} (target >= 0.90)")


if __name__ == "__main__":
    main()
