"""Secrets never appear in logs or in check-config output: a SASL password given on
the command line, from the environment and through ${VAR} in a properties file, with
librdkafka's debug logging on (it dumps its configuration), and credentials in a URL."""
import os
import signal
import subprocess
import sys
import tempfile
import time

PARLEYD = os.environ.get("PARLEYD", "build/parleyd")
SECRETS = ["S3cr3t-cli", "S3cr3t-env", "S3cr3t-file"]
failures = 0

d = tempfile.mkdtemp()
conf = os.path.join(d, "p.properties")
with open(conf, "w") as f:
    f.write("kafka.security.protocol=SASL_PLAINTEXT\nkafka.sasl.mechanisms=PLAIN\n"
            "kafka.sasl.username=parley\nproducer.sasl.password=${PT_SECRET}\n"
            "kafka.bootstrap.servers=127.0.0.1:1\nlog.level=debug\nkafka.debug=all\n")
env = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}
env.update({"PT_SECRET": SECRETS[2], "PARLEY_CONSUMER_SASL_PASSWORD": SECRETS[1]})

out = subprocess.run([PARLEYD, "check-config", "-c", conf, "-X", f"kafka.sasl.password={SECRETS[0]}",
                      "-X", "extract.actors.file="], capture_output=True, text=True, env=env)
assert out.returncode == 0, out.stderr
for s in SECRETS:
    if s in out.stdout or s in out.stderr:
        print(f"FAIL: check-config printed {s}"); failures += 1
print("ok: check-config masks every password" if not failures else "")

p = subprocess.Popen([PARLEYD, "run", "-c", conf, "-X", f"kafka.sasl.password={SECRETS[0]}"],
                     stderr=subprocess.PIPE, env=env)
time.sleep(4)  # librdkafka dumps its configuration and tries to connect
p.send_signal(signal.SIGTERM)
_, err = p.communicate(timeout=60)
err = err.decode("utf-8", "replace")
lines = err.count("\n")
assert lines > 50 and "sasl.password" in err, "debug logging produced the configuration dump"
for s in SECRETS:
    if s in err:
        print(f"FAIL: the daemon logged {s}"); failures += 1
print(f"ok: {lines} debug log lines, no password among them" if not failures else "")

# URL credentials and other key/value forms are unit-tested in tests/unit/test_log.c.
sys.exit(1 if failures else 0)
