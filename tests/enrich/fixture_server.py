#!/usr/bin/env python3
"""Fixture HTTP server for the enrichment tests: Wikidata-shaped (/w/api.php), Nominatim-
shaped (/search) and article HTML (/article/<name>) answers from tests/enrich/fixtures, with
fault modes selected by a path prefix /f/<mode>[,<mode>...]/ (see FAULTS below).

Usage: fixture_server.py [--port N] [--port-file FILE]   (port 0 = pick a free one)
Control: GET /_stats (request counts, max concurrency per route, log), GET /_reset,
GET /_dyn?ms=N (delay of the dyn fault mode, 0 after a reset).
"""
import argparse
import json
import os
import re
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")

FAULTS = """
slow<ms>       sleep before answering
dyn            sleep the current /_dyn delay before answering (a backend that gets slow/fast)
500 / 503      always that status (503x<N>, 500x<N>: only the first N requests with that prefix)
429            429 with Retry-After: 1 (429x<N>: first N times)
maxlag         MediaWiki maxlag error JSON (HTTP 200, Retry-After: 1) (maxlagx<N>)
reset          close the connection with a TCP RST, no response
truncated      the JSON cut in half (Content-Length matches what is sent)
garbage        an HTML page where JSON is expected
huge           a 64 MiB body
loop           302 redirect to itself
"""


def load(name):
    with open(os.path.join(FIX, name), encoding="utf-8") as f:
        return json.load(f)


SEARCH = load("wikidata_search.json")
ENTITIES = load("wikidata_entities.json")
NOMINATIM = load("nominatim.json")

LOCK = threading.Lock()
STATE = {"counts": {}, "active": {}, "max_active": {}, "log": [], "nth": {}, "dyn_ms": 0}


def reset():
    with LOCK:
        for k in ("counts", "active", "max_active", "nth"):
            STATE[k] = {}
        STATE["log"] = []
        STATE["dyn_ms"] = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: lets the client reuse connections

    def log_message(self, fmt, *args):  # quiet
        pass

    def send_body(self, status, body, ctype="application/json; charset=utf-8", headers=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.leave()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def leave(self):
        # a request stops being active once its answer starts: a serial client sends the
        # next one as soon as it has read this one, which can be before this handler returns
        route = getattr(self, "active_route", None)
        if route is not None:
            with LOCK:
                STATE["active"][route] -= 1
            self.active_route = None

    def route_of(self, path):
        if path.startswith("/w/api.php"):
            q = parse_qs(urlsplit(path).query)
            return "wd_" + (q.get("action", ["?"])[0])
        if path.startswith("/search"):
            return "nominatim"
        if path.startswith("/article") or path.startswith("/redirect"):
            return "article"
        return "other"

    def do_GET(self):
        raw = self.path
        if raw.startswith("/_stats"):
            with LOCK:
                return self.send_body(200, json.dumps(STATE))
        if raw.startswith("/_reset"):
            reset()
            return self.send_body(200, "{}")
        if raw.startswith("/_dyn"):
            ms = int(parse_qs(urlsplit(raw).query).get("ms", ["0"])[0])
            with LOCK:
                STATE["dyn_ms"] = ms
            return self.send_body(200, "{}")
        modes = []
        m = re.match(r"^/f/([^/]+)(/.*)$", raw)
        path = raw
        if m:
            modes = m.group(1).split(",")
            path = m.group(2)
        route = self.route_of(path)
        with LOCK:
            STATE["counts"][route] = STATE["counts"].get(route, 0) + 1
            STATE["counts"][raw] = STATE["counts"].get(raw, 0) + 1
            STATE["active"][route] = STATE["active"].get(route, 0) + 1
            STATE["max_active"][route] = max(STATE["max_active"].get(route, 0),
                                             STATE["active"][route])
            STATE["log"].append({"t": time.time(), "route": route, "path": raw,
                                 "ua": self.headers.get("User-Agent", "")})
            # x<N> faults count per fault prefix: "the first N requests that carry it"
            fkey = m.group(1) if m else ""
            nth = STATE["nth"][fkey] = STATE["nth"].get(fkey, 0) + 1
        self.active_route = route
        try:
            self.serve(path, route, modes, nth)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.leave()

    def serve(self, path, route, modes, nth):
        for mode in modes:
            mm = re.match(r"^([a-z0-9]+?)(?:x(\d+))?$", mode)
            name, times = (mm.group(1), int(mm.group(2))) if mm and mm.group(2) else (mode, None)
            if name.startswith("slow"):
                time.sleep(int(name[4:]) / 1000.0)
                continue
            if name == "dyn":
                with LOCK:
                    ms = STATE["dyn_ms"]
                time.sleep(ms / 1000.0)
                continue
            if times is not None and nth > times:
                continue
            if name in ("500", "503"):
                return self.send_body(int(name), '{"error":"unavailable"}')
            if name == "429":
                return self.send_body(429, '{"error":"too many requests"}',
                                      headers={"Retry-After": "1"})
            if name == "maxlag":
                return self.send_body(200, json.dumps({"error": {
                    "code": "maxlag", "info": "Waiting for 10.64.48.23: 7 seconds lagged.",
                    "host": "10.64.48.23", "lag": 7}}), headers={"Retry-After": "1"})
            if name == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
                return None
            if name == "loop":
                self.send_response(302)
                self.send_header("Location", self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if name == "huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(64 << 20))
                self.end_headers()
                chunk = b"<p>" + b"x" * 65530 + b"</p>"
                for _ in range(1024):
                    self.wfile.write(chunk[:65536])
                return None
        status, body, ctype, headers = self.answer(path, route)
        if "truncated" in modes:
            body = body[: len(body) // 2]
        if "garbage" in modes:
            body = "<html><body>502 Bad Gateway (nginx)</body></html>"
        return self.send_body(status, body, ctype, headers)

    def answer(self, path, route):
        u = urlsplit(path)
        q = parse_qs(u.query)
        js = "application/json; charset=utf-8"
        if route == "wd_wbsearchentities":
            name = q.get("search", [""])[0].lower()
            hits = SEARCH.get(name, [])
            return 200, json.dumps({"searchinfo": {"search": name}, "search": hits,
                                    "success": 1}), js, {}
        if route == "wd_wbgetentities":
            ids = q.get("ids", [""])[0].split("|")
            ents = {i: ENTITIES.get(i, {"id": i, "missing": ""}) for i in ids if i}
            return 200, json.dumps({"entities": ents, "success": 1}), js, {}
        if route == "nominatim":
            name = q.get("q", [""])[0].lower()
            return 200, json.dumps(NOMINATIM.get(name, [])), js, {}
        if u.path.startswith("/redirect"):
            return 302, "", "text/plain", {"Location": q.get("to", ["/"])[0]}
        if u.path.startswith("/article/"):
            name = os.path.basename(u.path)
            fn = os.path.join(FIX, "articles", name + ".html")
            if os.path.exists(fn):
                with open(fn, encoding="utf-8") as f:
                    return 200, f.read(), "text/html; charset=utf-8", {}
        return 404, '{"error":"not found"}', js, {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    ap.add_argument("--tls-cert", help="serve HTTPS with this PEM certificate (chain)")
    ap.add_argument("--tls-key", help="and this PEM private key")
    a = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    srv.daemon_threads = True
    if a.tls_cert:
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a.tls_cert, a.tls_key)
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    port = srv.server_address[1]
    if a.port_file:
        tmp = a.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(str(port))
        os.replace(tmp, a.port_file)
    print(f"PORT {port}", flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
