"""A private Kafka broker for one test: deploy/kafka.sh in a temporary directory on free
ports, so that restarting it (chaos) or securing it (tls) never disturbs the broker other
tests share. The broker is stopped when the test ends, also on failure, SIGTERM (ctest
timeout) or SIGINT; its directory is removed on success and kept (path printed) on failure.
"""
import atexit
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KAFKA_SH = os.path.join(ROOT, "deploy", "kafka.sh")


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def _port_free(p):
    s = socket.socket()
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", p))
        return True
    except OSError:
        return False
    finally:
        s.close()


def _ephemeral_range():
    """The kernel's range for ports it picks itself (outgoing connections, bind to 0)."""
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            lo, hi = (int(x) for x in f.read().split())
        return lo, hi
    except (OSError, ValueError):
        return 32768, 60999


def free_ports(n):
    """First of n consecutive free TCP ports on 127.0.0.1 (not seeded by the test seed),
    outside the kernel's ephemeral range: while the chaos test restarts its broker the
    ports are unbound, and a port in that range could meanwhile become the local port of
    any connection (or another test's bind to port 0), so that the broker could not bind
    it again (seen with ctest -j2: "Socket server failed to bind to 127.0.0.1:50104")."""
    lo, hi = _ephemeral_range()
    spans = [(a, b) for a, b in ((20000, lo - n), (hi + 1, 65535 - n)) if a < b]
    if not spans:
        spans = [(1024, 65535 - n)]
    rnd = random.Random(os.getpid() ^ time.time_ns())
    for _ in range(200):
        a, b = rnd.choice(spans)
        p = rnd.randrange(a, b)
        if all(_port_free(p + i) for i in range(n)):
            return p
    raise RuntimeError("no free ports")


class Broker:
    def __init__(self, name, secure=False):
        self.dir = tempfile.mkdtemp(prefix=f"parley-{name}-kafka.")
        self.secure = secure
        base = free_ports(3 if secure else 2)
        self.port, self.ctrl_port = base, base + 1
        self.secure_port = base + 2 if secure else None
        self.bootstrap = f"127.0.0.1:{self.port}"
        self.secure_bootstrap = f"127.0.0.1:{self.secure_port}" if secure else None
        self.ok = False
        self._stopped = False
        atexit.register(self.stop)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum, frame):
        log(f"signal {signum}: stopping the test's broker")
        self.stop()
        os._exit(128 + signum)

    def _sh(self, *args, timeout=240):
        cmd = ["bash", KAFKA_SH, *args, "--dir", self.dir, "--port", str(self.port)]
        t0 = time.time()
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if p.returncode != 0:
            sys.stderr.write(p.stdout + p.stderr)
            raise RuntimeError(f"kafka.sh {' '.join(args)} failed ({p.returncode})")
        return p.stdout.strip(), time.time() - t0

    def _watchdog(self):
        """A detached watcher that stops the broker if this process dies without doing so
        itself (SIGKILL, e.g. a ctest timeout), so no broker outlives its test."""
        script = ('while kill -0 "$0" 2>/dev/null; do sleep 2; done; '
                  '[ -d "$2" ] && bash "$1" stop --dir "$2" >/dev/null 2>&1')
        subprocess.Popen(["bash", "-c", script, str(os.getpid()), KAFKA_SH, self.dir],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)

    def start(self):
        self._watchdog()
        extra = ["--controller-port", str(self.ctrl_port)]
        if self.secure:
            extra += ["--secure", "--secure-port", str(self.secure_port)]
        out, dt = self._sh("start", "--fresh", *extra)
        log(f"broker: {out.splitlines()[-1] if out else ''} in {dt:.1f}s")
        return dt

    def restart(self):
        out, dt = self._sh("restart")
        log(f"broker restarted in {dt:.1f}s (data kept)")
        return dt

    def path(self, *p):
        return os.path.join(self.dir, *p)

    def stop(self):
        if self._stopped:
            return
        self._stopped = True
        try:
            subprocess.run(["bash", KAFKA_SH, "stop", "--dir", self.dir], capture_output=True, timeout=60)
        except Exception as e:  # noqa: BLE001 - best effort at exit
            log(f"broker stop: {e}")
        if self.ok and not os.environ.get("KEEP_BROKER_DIR"):
            shutil.rmtree(self.dir, ignore_errors=True)
        else:
            log(f"broker directory kept for inspection: {self.dir}")
