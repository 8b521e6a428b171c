"""A tiny stand-in for the enrichment metadata services (Wikidata- and Nominatim-shaped
JSON) that the chaos test can stall and kill: SIGUSR1 toggles the stall (every request
then hangs 60 s before answering), SIGKILL kills it. Prints its port on stdout.
Usage: metadata_stub.py [PORT]   (0 = any free port)"""
import json
import signal
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

stalled = False
requests = 0


def toggle(signum, frame):
    global stalled
    stalled = not stalled
    sys.stderr.write(f"metadata_stub: stalled={stalled}\n")
    sys.stderr.flush()


class H(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        global requests
        requests += 1
        if stalled:
            time.sleep(60)
        if self.path.startswith("/search"):
            body = [{"place_id": 1, "lat": "1.29", "lon": "103.85", "display_name": "Singapore",
                     "address": {"country_code": "sg"}}]
        else:
            body = {"entities": {"Q1": {"id": "Q1", "labels": {"en": {"value": "stub"}}}},
                    "search": [{"id": "Q1", "label": "stub"}]}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


signal.signal(signal.SIGUSR1, toggle)
srv = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), H)
srv.daemon_threads = True
print(srv.server_address[1], flush=True)
srv.serve_forever()
