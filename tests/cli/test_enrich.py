"""Enrichment wired into `parleyd extract` and the embedded daemon, against the local
fixture server (Wikidata- and Nominatim-shaped answers, article HTML, fault modes):
actors get Wikidata metadata; a slow service costs at most the time budget and marks
records partial or failed, never dropping them; an article with only a URL is fetched;
fetching from a private address is refused unless allowed; with nothing configured no
request is made."""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

PARLEYD = os.environ.get("PARLEYD", "build/parleyd")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "..", "shared", "seed", "article.json")
failures = 0


def check(cond, msg):
    global failures
    print(("ok: " if cond else "FAIL: ") + msg, flush=True)
    failures += not cond


portfile = os.path.join(tempfile.mkdtemp(), "port")
srv = subprocess.Popen([sys.executable, os.path.join(ROOT, "tests", "enrich", "fixture_server.py"),
                        "--port", "0", "--port-file", portfile], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
for _ in range(100):
    if os.path.exists(portfile) and open(portfile).read().strip():
        break
    time.sleep(0.05)
base = f"http://127.0.0.1:{open(portfile).read().strip()}"


def stats():
    with urllib.request.urlopen(base + "/_stats", timeout=5) as r:
        return json.load(r)


def extract(articles, *xs, timeout=60):
    args = [PARLEYD, "extract"]
    for x in xs:
        args += ["-X", x]
    data = "".join(json.dumps(a) + "\n" for a in articles)
    t0 = time.time()
    p = subprocess.run(args + ["-"], input=data.encode(), capture_output=True, timeout=timeout)
    return [json.loads(l) for l in p.stdout.decode().splitlines()], p.stderr.decode(), time.time() - t0


try:
    seed = json.load(open(SEED)) if os.path.exists(SEED) else {
        "id": "s", "published_at": "2023-05-29T20:00:00Z", "language": "en",
        "text": "US defence secretary Lloyd Austin met China's defence minister Li Shangfu in Vienna on Monday."}
    on = (f"enrich.wikidata.url={base}/w/api.php", f"enrich.nominatim.url={base}/search")

    before = sum(stats()["counts"].values())
    recs, _, _ = extract([seed, dict(seed, id="u", text=None, url=f"{base}/article/news1")])
    check(recs and all(r["enrichment"]["status"] == "none" for r in recs), "enrichment off: status none")
    check(sum(stats()["counts"].values()) == before, "enrichment off: no request reaches the server")

    recs, err, _ = extract([seed], *on)
    ids = {a["name"]: (a.get("metadata") or {}).get("wikidata") for r in recs for a in r["actors"]}
    check(ids.get("Lloyd Austin", "").startswith("Q"), f"Lloyd Austin gets a Wikidata id ({ids.get('Lloyd Austin')})")
    check(ids.get("Li Shangfu", "").startswith("Q"), f"Li Shangfu gets a Wikidata id ({ids.get('Li Shangfu')})")
    check(all(r["enrichment"]["status"] in ("complete", "partial") for r in recs),
          "records say how enrichment went")

    slow = (f"enrich.wikidata.url={base}/f/slow3000/w/api.php", f"enrich.nominatim.url={base}/f/slow3000/search",
            "enrich.budget.ms=400", "enrich.cache.ttl.s=1")
    recs2, _, took = extract([dict(seed, id="slow")], *slow)
    check(len(recs2) == len(recs), f"a slow service drops no record ({len(recs2)} of {len(recs)})")
    check(all(r["enrichment"]["status"] in ("partial", "failed") for r in recs2)
          and all(r["enrichment"].get("reason") for r in recs2), "a slow service: partial/failed with a reason")
    check(took < 8, f"a slow service costs about the budget, not the delay ({took:.1f} s for one article)")

    url_only = {"id": "fetched", "url": f"{base}/article/news1", "language": "en"}
    recs3, err3, _ = extract([url_only], "enrich.fetch.enabled=true", "enrich.fetch.allow.private=true")
    check("0 line(s) skipped" in err3 and recs3 and recs3[0]["article"]["id"] == "fetched",
          f"a URL-only article is fetched and yields records ({len(recs3)})")
    recs4, err4, _ = extract([url_only], "enrich.fetch.enabled=true")
    check("1 line(s) skipped" in err4 and "fetch" in err4, "fetching from 127.0.0.1 is refused by default (SSRF)")
    print(f"fetched article yielded {len(recs3)} record(s)")

    # The daemon: enrichment in the embedded pipeline, and a URL-only article it cannot fetch
    # goes to the dead-letter topic with the reason.
    lines = json.dumps(dict(seed, id="emb")) + "\n" + json.dumps({"id": "nofetch", "url": "http://10.255.255.1/x"}) + "\n"
    p = subprocess.run([PARLEYD, "run", "--embedded", "--envelope", "-X", on[0], "-X", on[1],
                        "-X", "enrich.fetch.enabled=true"], input=lines.encode(), capture_output=True, timeout=120)
    out = [json.loads(l) for l in p.stdout.decode().splitlines()]
    ev = [m for m in out if m["topic"] == "contact-events"]
    dl = [m for m in out if m["topic"] == "articles.dlq"]
    check(p.returncode == 0 and ev and any((a.get("metadata") or {}).get("wikidata")
                                           for m in ev for a in m["value"]["actors"]),
          "the daemon publishes enriched records")
    check(len(dl) == 1 and dl[0]["headers"]["__parley.errors.reason"] == "no_text"
          and "fetch" in dl[0]["headers"].get("__parley.errors.message", ""),
          "an article it cannot fetch is dead-lettered with the fetch error")
finally:
    srv.terminate()
sys.exit(1 if failures else 0)
