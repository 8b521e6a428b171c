"""HTTPS enrichment verifies certificates: against a fixture server with a certificate
from a test CA, lookups fail (records say why, none is dropped) unless enrich.ca.file
names that CA; a certificate from another CA is refused even with a CA file given."""
import json
import os
import subprocess
import sys
import tempfile
import time

PARLEYD = os.environ.get("PARLEYD", "build/parleyd")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
d = tempfile.mkdtemp()
failures = 0


def check(cond, msg):
    global failures
    print(("ok: " if cond else "FAIL: ") + msg, flush=True)
    failures += not cond


def sh(*args):
    subprocess.run(args, check=True, capture_output=True, cwd=d)


for ca in ("ca", "other"):
    sh("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
       f"/CN=Parley test {ca}", "-keyout", f"{ca}.key", "-out", f"{ca}.pem")
with open(os.path.join(d, "san.cnf"), "w") as f:
    f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
sh("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
   "-keyout", "server.key", "-out", "server.csr")
sh("openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
   "-CAcreateserial", "-days", "2", "-extfile", "san.cnf", "-out", "server.pem")

portfile = os.path.join(d, "port")
srv = subprocess.Popen([sys.executable, os.path.join(ROOT, "tests", "enrich", "fixture_server.py"),
                        "--port", "0", "--port-file", portfile, "--tls-cert",
                        os.path.join(d, "server.pem"), "--tls-key", os.path.join(d, "server.key")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        if os.path.exists(portfile):
            break
        time.sleep(0.05)
    url = f"https://127.0.0.1:{open(portfile).read().strip()}/w/api.php"
    art = {"id": "tls", "published_at": "2023-05-29T20:00:00Z", "language": "en",
           "text": "US defence secretary Lloyd Austin met China's defence minister Li Shangfu in Vienna on Monday."}

    def run(*xs):
        args = [PARLEYD, "extract", "-X", f"enrich.wikidata.url={url}", "-X", "enrich.retries=0"]
        for x in xs:
            args += ["-X", x]
        p = subprocess.run(args + ["-"], input=(json.dumps(art) + "\n").encode(),
                           capture_output=True, timeout=60)
        return [json.loads(l) for l in p.stdout.decode().splitlines()]

    def wikidata_ids(recs):
        return [(a.get("metadata") or {}).get("wikidata") for r in recs for a in r["actors"]
                if (a.get("metadata") or {}).get("wikidata")]

    recs = run()
    check(recs and not wikidata_ids(recs) and all(r["enrichment"]["status"] == "failed" for r in recs),
          "an unknown CA is refused: no metadata, status failed, the record still published")
    print("  reason:", recs[0]["enrichment"].get("reason") if recs else None)
    recs = run(f"enrich.ca.file={os.path.join(d, 'ca.pem')}")
    check(len(wikidata_ids(recs)) >= 2, "with enrich.ca.file naming the test CA the lookups succeed")
    recs = run(f"enrich.ca.file={os.path.join(d, 'other.pem')}")
    check(recs and not wikidata_ids(recs), "a CA file that did not sign the server's certificate is refused")
finally:
    srv.terminate()
sys.exit(1 if failures else 0)
