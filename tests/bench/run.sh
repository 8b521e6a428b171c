#!/usr/bin/env bash
# Parley's benchmark harness (issue 8): one command, one machine, one report.
#
#   bash tests/bench/run.sh [--quick] [--phases extract,e2e,latency,memory,profile]
#                           [--bootstrap HOST:PORT] [-- extra bench.py options]
#
# Builds a Release tree (BENCH_BUILD_DIR, default build-bench; its engine profile-guided
# as shipped, deploy/pgo-build.sh; BENCH_PGO=0 without), starts its own Kafka 3.9
# broker with deploy/kafka.sh (BENCH_KAFKA_PORT, default 49092, data in
# BENCH_KAFKA_DIR, default /tmp/parley-bench-kafka; --bootstrap uses a running broker
# instead), runs tests/bench/bench.py, writes tests/bench/RESULTS.md, deletes its topics
# and stops the broker, also on failure or Ctrl-C. --quick: under ~10 minutes; the full
# run: under ~30 minutes. Never a ctest test: the figures depend on the machine.
# Scratch files (logs, perf.data, callgrind.out, results.json; ~0.5 GB): BENCH_WORK,
# default /tmp/parley-bench. The broker's data directory is removed after the run
# (BENCH_KEEP_KAFKA=1 keeps it). The broker runs with Kafka's default log.segment.bytes
# (BENCH_KAFKA_SEGMENT_BYTES, default 1073741824).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"

quick=
phases=
bootstrap=
extra=()
cmdline="bash tests/bench/run.sh${*:+ $*}"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) quick=--quick ;;
        --phases) phases=$2; shift ;;
        --bootstrap) bootstrap=$2; shift ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

build=${BENCH_BUILD_DIR:-build-bench}
work=${BENCH_WORK:-/tmp/parley-bench}
kdir=${BENCH_KAFKA_DIR:-/tmp/parley-bench-kafka}
kport=${BENCH_KAFKA_PORT:-49092}

for tool in cmake kcat java; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing: bash deploy/install-deps.sh --test" >&2; exit 2; }
done
command -v valgrind >/dev/null || echo "run.sh: valgrind not found: the callgrind figures are skipped" >&2
command -v perf >/dev/null || echo "run.sh: perf not found: the profile phase is skipped" >&2

# A Python with confluent-kafka: BENCH_PYTHON, the test suite's venv, or make that venv.
py=${BENCH_PYTHON:-}
if [[ -z "$py" ]]; then
    for c in "$here/build/venv/bin/python" /tmp/tvenv/bin/python python3; do
        if command -v "$c" >/dev/null && "$c" -c "import confluent_kafka" 2>/dev/null; then py=$c; break; fi
    done
fi
if [[ -z "$py" ]]; then
    bash deploy/install-deps.sh --test
    py="$here/build/venv/bin/python"
fi

# The shipped build: Release with a profile-guided engine (deploy/pgo-build.sh, as the
# container image). BENCH_PGO=0: a plain Release build, for comparison.
if [[ "${BENCH_PGO:-1}" = 0 ]]; then
    echo "run.sh: building $build (Release, no profile)" >&2
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_PGO= >/dev/null
    cmake --build "$build" -j2 --target parleyd bench_extract bench_state bench_corpus >/dev/null
else
    echo "run.sh: building $build (Release, profile-guided engine)" >&2
    PGO_JOBS=2 bash deploy/pgo-build.sh "$build" parleyd bench_extract bench_state bench_corpus
fi

mkdir -p "$work"
started=
cleanup() {
    if [[ -n "$started" ]]; then
        bash deploy/kafka.sh stop --dir "$kdir" >/dev/null 2>&1 || true
        # the broker's log segments (GBs after a full run); BENCH_KEEP_KAFKA=1 keeps them
        [[ -n "${BENCH_KEEP_KAFKA:-}" ]] || rm -rf "$kdir/data"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [[ -z "$bootstrap" ]]; then
    bash deploy/kafka.sh fetch
    started=1
    # Kafka's own log.segment.bytes (1 GiB), not the tests' 64 MiB: at 1,000 articles/s the
    # internal topics' partitions filled 64 MiB segments within each 30 s latency run, and
    # each roll stalled the broker's appends on this machine's shared disk for up to a second
    # (tests/bench/README.md, findings).
    KAFKA_TEST_SEGMENT_BYTES=${BENCH_KAFKA_SEGMENT_BYTES:-1073741824} \
        KAFKA_TEST_DIR=$kdir bash deploy/kafka.sh start --fresh --dir "$kdir" --port "$kport"
    bootstrap=127.0.0.1:$kport
    extra=(--broker-pid "$(cat "$kdir/kafka.pid")" "${extra[@]}")
fi

"$py" tests/bench/bench.py --bootstrap "$bootstrap" --parleyd "$build/parleyd" \
    --bench-extract "$build/tests/bench/bench_extract" --corpus "$build/tests/bench/corpus.jsonl" \
    --work "$work" --out tests/bench/RESULTS.md --command "$cmdline" \
    ${quick} ${phases:+--phases "$phases"} "${extra[@]}"
