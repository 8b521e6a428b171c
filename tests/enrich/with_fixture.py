#!/usr/bin/env python3
"""Runs a command with the enrichment fixture server up: starts fixture_server.py on a free
127.0.0.1 port, exports PARLEY_ENRICH_FIXTURE=http://127.0.0.1:<port>, runs the command,
stops the server. Usage: with_fixture.py -- CMD [ARGS...]"""
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    argv = sys.argv[1:]
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as d:
        pf = os.path.join(d, "port")
        srv = subprocess.Popen([sys.executable, os.path.join(HERE, "fixture_server.py"),
                                "--port", "0", "--port-file", pf],
                               stdout=subprocess.DEVNULL)
        try:
            deadline = time.time() + 10
            while not os.path.exists(pf):
                if srv.poll() is not None or time.time() > deadline:
                    print("fixture server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.02)
            with open(pf) as f:
                port = f.read().strip()
            env = dict(os.environ, PARLEY_ENRICH_FIXTURE=f"http://127.0.0.1:{port}")
            # the tests talk to 127.0.0.1 directly: keep proxies out of the way
            for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
                env.pop(k, None)
            return subprocess.call(argv, env=env)
        finally:
            srv.terminate()
            try:
                srv.wait(5)
            except subprocess.TimeoutExpired:
                srv.kill()


if __name__ == "__main__":
    sys.exit(main())
