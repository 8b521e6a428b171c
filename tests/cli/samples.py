"""The shipped samples (deploy/samples/articles.jsonl) through `parleyd run --embedded
--envelope`, for the command-line tests: run(*settings) returns the output envelopes."""
import json
import os
import subprocess

PARLEYD = os.environ.get("PARLEYD", "build/parleyd")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = open(os.path.join(ROOT, "deploy", "samples", "articles.jsonl"), "rb").read()


def run(*xs):
    # the samples are dated 2024: as news, not as a replay, for alert tests
    args = [PARLEYD, "run", "--embedded", "--envelope", "-X", "replay.alert.max.age.ms=0"]
    for x in xs:
        args += ["-X", x]
    p = subprocess.run(args, input=SAMPLES, capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode()[-2000:]
    return [json.loads(l) for l in p.stdout.decode().splitlines()]
