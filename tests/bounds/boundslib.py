"""Helpers for the resource-bound tests: run parleyd on adversarial input, measure its peak
RSS (the kernel's ru_maxrss of the child, i.e. VmHWM) and wall time, and assert both stay
under generous fixed bounds. These are bounds, not benchmarks: a limit is several times
what a correct build needs, so only unbounded growth (or a hang) trips it.

Sanitizer builds need more memory and time: when the binary contains ASan, the limits are
scaled (RSS x3 + 256 MB, time x15). Each measurement prints one line:
  BOUND <name>: peak RSS <MB> (limit <MB>), <s> s (limit <s>), <detail>
"""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PARLEYD = os.environ.get("PARLEYD") or os.path.join(ROOT, "build", "parleyd")


def _is_asan(path):
    try:
        with open(path, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


ASAN = _is_asan(PARLEYD)
NL = b"\n"
FAILED = []


def rss_limit(mb):
    return mb * 3 + 256 if ASAN else mb


def time_limit(s):
    return s * 15 if ASAN else s


def article(text, aid="x", **extra):
    import json
    d = {"id": aid, "published_at": "2024-05-29T20:00:00Z", "language": "en", "text": text}
    d.update(extra)
    return json.dumps(d).encode() + b"\n"


# Linux reports a child's peak RSS (ru_maxrss) as at least the RSS of the process that
# forked it (the pre-exec mm counts), so a test holding 400 MB of input would inflate every
# figure. Children are therefore started by a small helper process launched at import time,
# while this process is still small; its own footprint (~10 MB) is the floor of every figure.
_HELPER_SRC = r"""
import json, os, subprocess, sys, time
for line in sys.stdin:
    q = json.loads(line)
    with open(q["stdin"], "rb") as fi, open(q["stdout"], "wb") as fo, open(q["stderr"], "wb") as fe:
        t0 = time.time()
        p = subprocess.Popen(q["args"], stdin=fi, stdout=fo, stderr=fe, env=q["env"])
        killed = False
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if not killed and time.time() - t0 > q["timeout"]:
                p.kill()
                killed = True
            time.sleep(0.005)
        rc = -9 if killed else os.waitstatus_to_exitcode(status)
        p.returncode = rc
    print(json.dumps({"rc": rc, "maxrss_kb": ru.ru_maxrss, "secs": time.time() - t0}), flush=True)
"""
_helper = subprocess.Popen([sys.executable, "-c", _HELPER_SRC], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True)


def run(args, stdin_data=b"", timeout=600, env=None):
    """Runs parleyd ARGS with stdin_data on stdin; returns
    (rc, stdout bytes, stderr text, peak RSS MB, seconds). rc -9: killed at the timeout."""
    import json
    with tempfile.TemporaryDirectory(prefix="parley-bounds.") as d:
        paths = {k: os.path.join(d, k) for k in ("stdin", "stdout", "stderr")}
        with open(paths["stdin"], "wb") as f:
            f.write(stdin_data)
        e = dict(os.environ)
        e.setdefault("ASAN_OPTIONS", "detect_leaks=0")
        if env:
            e.update(env)
        _helper.stdin.write(json.dumps({"args": [PARLEYD, *args], "env": e, "timeout": timeout,
                                        **paths}) + "\n")
        _helper.stdin.flush()
        r = json.loads(_helper.stdout.readline())
        with open(paths["stdout"], "rb") as f:
            out = f.read()
        with open(paths["stderr"], "rb") as f:
            err = f.read().decode("utf-8", "replace")
    return r["rc"], out, err, r["maxrss_kb"] / 1024.0, r["secs"]


def extract(stdin_data, *xs, timeout=600):
    args = ["extract"]
    for x in xs:
        args += ["-X", x]
    args.append("-")
    return run(args, stdin_data, timeout=timeout)


def check(cond, msg):
    if cond:
        print("ok:", msg, flush=True)
    else:
        print("FAIL:", msg, flush=True)
        FAILED.append(msg)


def bound(name, rss, secs, rss_mb, secs_max, detail=""):
    lim_r, lim_t = rss_limit(rss_mb), time_limit(secs_max)
    print(f"BOUND {name}: peak RSS {rss:.1f} MB (limit {lim_r} MB), {secs:.2f} s (limit {lim_t} s)"
          f"{', ' + detail if detail else ''}", flush=True)
    check(rss <= lim_r, f"{name}: peak RSS {rss:.1f} MB <= {lim_r} MB")
    check(secs <= lim_t, f"{name}: finished in {secs:.2f} s <= {lim_t} s")


def done():
    print(f"parleyd {PARLEYD}{' (ASan build: limits scaled)' if ASAN else ''}", flush=True)
    if FAILED:
        print(f"FAIL: {len(FAILED)} check(s) failed", flush=True)
        sys.exit(1)
    sys.exit(0)
