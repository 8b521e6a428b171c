#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds with ASan+UBSan, starts a real
# Kafka broker (deploy/kafka.sh), runs every ctest test (labels unit, integration) and
# stops the broker again, also when a test fails.
#   tests/run.sh                 everything
#   CTEST_ARGS="-L unit" tests/run.sh   a subset
#   TEST_JOBS=1 tests/run.sh             one test at a time (default 2)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

bash deploy/install-deps.sh --test

build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON -DPARLEY_WERROR=ON >/dev/null
cmake --build "$build" -j2

# (a broker directory made here is removed again at the end: ~800 MB a run)
own_dir=""
if [ -z "${KAFKA_TEST_DIR:-}" ]; then
    KAFKA_TEST_DIR=$(mktemp -d /tmp/parley-test-kafka.XXXXXX)
    own_dir=$KAFKA_TEST_DIR
fi
export KAFKA_TEST_DIR
export KAFKA_TEST_PORT=${KAFKA_TEST_PORT:-19092}
export KAFKA_TEST_BOOTSTRAP=127.0.0.1:$KAFKA_TEST_PORT
stop_broker() {
    bash "$here/deploy/kafka.sh" stop --dir "$KAFKA_TEST_DIR" >/dev/null 2>&1 || true
    if [ -n "$own_dir" ]; then
        rm -rf "$own_dir"
    fi
}
trap stop_broker EXIT
bash deploy/kafka.sh fetch
bash deploy/kafka.sh start --fresh --dir "$KAFKA_TEST_DIR" --port "$KAFKA_TEST_PORT"

# ASan: leaks are reported by the unit tests; the daemon under test exits via signals.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$build"
# (bounds.test_daemon_bounds measures the daemon's peak RSS: the whole suite runs it below,
# on the binary as shipped, where its limits are not scaled for ASan's shadow memory)
asan_skip=()
if [ -z "${CTEST_ARGS:-}" ]; then
    asan_skip=(-E '^bounds\.test_daemon_bounds$')
fi
# Two tests at a time (TEST_JOBS): most wait on a broker or a child most of the time. The
# tests of the shared broker take turns (RESOURCE_LOCK kafka) and those that assert
# durations run alone (RUN_SERIAL); see tests/CMakeLists.txt.
jobs=${TEST_JOBS:-2}
# shellcheck disable=SC2086
ctest --output-on-failure --timeout 900 -j "$jobs" "${asan_skip[@]}" ${CTEST_ARGS:-}
cd "$here"

# The unit tests again under valgrind (memcheck), in a build without sanitizers.
if [ -z "${CTEST_ARGS:-}" ] && command -v valgrind >/dev/null 2>&1; then
    cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug >/dev/null
    cmake --build build-valgrind -j2 --target test_config test_article test_offsets test_output test_clusters test_corrections test_jsonw test_bundle \
        test_log test_metrics >/dev/null
    (cd build-valgrind && ctest -L valgrind --output-on-failure --timeout 900 -j "$jobs")
fi

# The daemon as shipped is linked with jemalloc, which the sanitizer build above cannot be:
# that binary (no sanitizers) runs the allocator check, the golden cases, the record
# schema, the embedded pipeline and the daemon's memory bounds on the broker.
if [ -z "${CTEST_ARGS:-}" ]; then
    cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug >/dev/null
    cmake --build build-valgrind -j2 --target parleyd >/dev/null
    (cd build-valgrind && ctest -R '^(allocator|golden|golden\.schema|golden\.wire|cli\.test_embedded|bounds\.test_daemon_bounds)$' \
        --output-on-failure --timeout 900 -j "$jobs")
fi

# Every parser under libFuzzer (clang, ASan+UBSan) for a bounded time; a crash fails.
if [ -z "${CTEST_ARGS:-}" ] && [ "${FUZZ_SECONDS:-15}" != 0 ]; then
    FUZZ_SECONDS=${FUZZ_SECONDS:-15} bash tests/fuzz/run_fuzz.sh
fi
