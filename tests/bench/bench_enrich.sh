#!/bin/sh
# bench_enrich.sh - runs the enrichment benchmark against the fixture server.
# Usage: tests/bench/bench_enrich.sh [BUILD_DIR]   (env: BENCH_WARM_N, BENCH_SLOW_MS,
# BENCH_BUDGET_MS, BENCH_THREADS, BENCH_SLOW_N, BENCH_POOL, BENCH_STABLE_N, BENCH_POOL_LIMIT_S)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build-enrich}
bin=$(find "$build" -name bench-enrich -type f | head -n 1)
[ -n "$bin" ] || { echo "bench-enrich not built in $build" >&2; exit 2; }
exec "${PARLEY_TEST_PYTHON:-python3}" "$here/../enrich/with_fixture.py" -- "$bin"
