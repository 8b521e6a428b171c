"""Configuration errors stop start-up with exit code 2 and name where the bad setting
came from (file:line, environment variable or -X); a good configuration passes
check-config with exit 0 and secrets masked."""
import os
import subprocess
import sys
import tempfile

PARLEYD = os.environ.get("PARLEYD", "build/parleyd")
failures = 0


def run(args, env=None, files=None):
    e = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}
    e.update(env or {})
    p = subprocess.run([PARLEYD, *args], capture_output=True, text=True, env=e, timeout=30)
    return p.returncode, p.stdout, p.stderr


def expect(name, args, code, needle, env=None, stream="stderr"):
    global failures
    rc, out, err = run(args, env)
    text = err if stream == "stderr" else out
    ok = rc == code and needle in text
    print(f"{'ok  ' if ok else 'FAIL'} {name}: rc={rc} {text.strip()[:160]!r}")
    failures += not ok


d = tempfile.mkdtemp()
def conf(name, body):
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(body)
    return path

good = conf("good.properties", "# comment\n\ntopic.input = in-${PT_SUFFIX:-x}\n"
            "kafka.sasl.password=hunter2\nprocessing.threads=2\n")
expect("good file", ["check-config", "-c", good], 0, "topic.input=in-x", stream="stdout")
expect("secret masked", ["check-config", "-c", good], 0, "kafka.sasl.password=***", stream="stdout")
rc, out, _ = run(["check-config", "-c", good])
if "hunter2" in out:
    print("FAIL secret printed by check-config"); failures += 1
expect("env expansion", ["check-config", "-c", good], 0, "topic.input=in-y", env={"PT_SUFFIX": "y"},
       stream="stdout")
expect("unknown key", ["check-config", "-c", conf("a.properties", "topic.input=x\nno.such.key=1\n")],
       2, "a.properties:2: unknown configuration key 'no.such.key'")
expect("bad integer", ["check-config", "-c", conf("b.properties", "\n\nprocessing.threads=two\n")],
       2, "b.properties:3: processing.threads: 'two' is not an integer")
expect("out of range", ["check-config", "-c", conf("c.properties", "processing.threads=999\n")],
       2, "c.properties:1: processing.threads: 999 is out of range")
expect("bad enum", ["check-config", "-c", conf("e.properties", "processing.guarantee=maybe\n")],
       2, "e.properties:1: processing.guarantee: 'maybe' is not one of")
expect("unresolvable ${VAR}", ["check-config", "-c", conf("v.properties", "# x\ntopic.input=${PT_NOPE}\n")],
       2, "v.properties:2: topic.input: environment variable 'PT_NOPE' is not set")
expect("missing file", ["check-config", "-c", os.path.join(d, "nope.properties")], 2,
       "nope.properties:0: cannot open")
expect("librdkafka rejects", ["check-config", "-c", conf("k.properties", "kafka.acks=banana\n")],
       2, "k.properties:1: kafka.acks:")
expect("librdkafka unknown", ["check-config", "-X", "consumer.no.such.prop=1"], 2,
       "-X consumer.no.such.prop: consumer.no.such.prop: No such configuration property")
expect("not key=value", ["check-config", "-c", conf("n.properties", "just words\n")], 2,
       "n.properties:1: expected key=value")
expect("env variable", ["check-config"], 2, "environment PARLEY_PROCESSING_THREADS: processing.threads",
       env={"PARLEY_PROCESSING_THREADS": "0"})
expect("env unknown", ["check-config"], 2, "environment PARLEY_NO_SUCH: unknown configuration key",
       env={"PARLEY_NO_SUCH": "1"})
expect("env passthrough", ["check-config"], 0, "kafka.client.id=abc",
       env={"PARLEY_KAFKA_CLIENT_ID": "abc"}, stream="stdout")
expect("-X wins over env", ["check-config", "-X", "topic.input=fromx"], 0, "topic.input=fromx  # -X",
       env={"PARLEY_TOPIC_INPUT": "fromenv"}, stream="stdout")
expect("run refuses bad config", ["run", "-X", "topic.dlq.bogus=1"], 2, "unknown configuration key")
# The user actor dictionary is configuration too: a file exported as Latin-1 (its names
# would never match UTF-8 text) stops check-config, run and run --embedded with file:line.
latin1 = os.path.join(d, "actors-latin1.tsv")
with open(latin1, "wb") as f:
    f.write(b"# name\taliases\tcountry\tsector\tvalid_from\tvalid_to\ttitle\n"
            b"Ingrid Haugland\tHaugland\tNOR\tGOV\t\t\tforeign minister\n"
            b"Jos\xe9 Garc\xeda\tGarc\xeda\tESP\tGOV\t\t\tforeign minister\n")
for cmd in (["check-config"], ["run"], ["run", "--embedded"], ["extract", "--text", "/dev/null"]):
    expect(f"{' '.join(cmd)}: actors file not UTF-8", [*cmd, "-X", f"extract.actors.file={latin1}"],
           2, f"{latin1}:3: not UTF-8")
expect("check-config: actors file missing",
       ["check-config", "-X", f"extract.actors.file={os.path.join(d, 'none.tsv')}"], 2, "none.tsv")
expect("usage error", ["frobnicate"], 2, "unknown command")
sys.exit(1 if failures else 0)
