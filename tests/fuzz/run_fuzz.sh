#!/bin/sh
# run_fuzz.sh - builds Parley's libFuzzer targets (clang, ASan/UBSan, coverage on the
# libraries) in build-fuzz/ and fuzzes each one for a bounded time, starting from its
# seed corpus in tests/fuzz/corpus/<target>/. Exits 1 if any target crashes, leaks,
# times out or hits undefined behaviour; the reproducer is left in
# build-fuzz/fuzz-artifacts/.
#
#   tests/fuzz/run_fuzz.sh                      every target, 30 s each (fuzz_extract 90 s)
#   FUZZ_SECONDS=600 tests/fuzz/run_fuzz.sh fuzz_article
#   build-fuzz/tests/fuzz/fuzz_article build-fuzz/fuzz-artifacts/fuzz_article-crash-...   reproduce
#
# Environment: FUZZ_SECONDS (default 30), FUZZ_BUILD_DIR (default build-fuzz),
# FUZZ_JOBS (parallel build jobs, default 2), FUZZ_LANES (targets fuzzed at once, default
# the number of CPUs up to 2). New interesting inputs are kept in
# $FUZZ_BUILD_DIR/fuzz-corpus/<target>/ (not in the repository) and reused next run.
set -eu

cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-30}
build=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=${FUZZ_JOBS:-2}
all="fuzz_lexicon fuzz_article fuzz_bundle fuzz_clusters fuzz_config fuzz_corrections fuzz_extract fuzz_jsonw fuzz_wikidata_search fuzz_wikidata_entities fuzz_nominatim fuzz_html"
targets=${*:-$all}

command -v clang >/dev/null 2>&1 || { echo "run_fuzz.sh: clang is required" >&2; exit 2; }

cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DPARLEY_FUZZ=ON -DPARLEY_SANITIZE=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" -j"$jobs" --target $targets

# max_len per target: past the parsers' own limits, small enough to fuzz quickly.
max_len() {
    case $1 in
    fuzz_article) echo 8192 ;;   # the small decoder's 4096-byte limit is reachable
    fuzz_config) echo 20000 ;;   # past the 8 KiB line and value limits
    fuzz_extract) echo 16384 ;;  # a long article
    *) echo 4096 ;;
    esac
}

# Seconds per target: fuzz_extract gets three times as long, since its engine's rules and
# actors (frames.c, actors.c) are built at -O0 here (tests/fuzz/CMakeLists.txt): frames.c
# at -O0 halves its executions, actors.c at -O0 costs ~28 % more.
secs() {
    case $1 in
    fuzz_extract) echo $((seconds * 3)) ;;
    *) echo "$seconds" ;;
    esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed_file="$build/fuzz-failed"
: >"$failed_file"

# fuzz_one TARGET: fuzzes one target for its seconds; a failure is appended to $failed_file.
fuzz_one() {
    t=$1
    corpus="$build/fuzz-corpus/$t"
    artifacts="$build/fuzz-artifacts"
    mkdir -p "$corpus" "$artifacts"
    bin=$(find "$build/tests" -type f -name "$t" -perm -u+x | head -n 1)
    seeds="tests/fuzz/corpus/$t"
    [ -d "$seeds" ] || seeds="tests/enrich/fixtures"
    if "$bin" "$corpus" "$seeds" \
        -max_total_time="$(secs "$t")" -max_len="$(max_len "$t")" -timeout=20 \
        -rss_limit_mb=2048 -artifact_prefix="$artifacts/$t-" -print_final_stats=1 \
        >"$build/fuzz-$t.log" 2>&1; then
        stats=$(tail -n 12 "$build/fuzz-$t.log" |
                grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' | tr -s ' \n' ' ')
        echo "== $t: $(secs "$t")s, max_len $(max_len "$t"): Done $stats"
    else
        {
            echo "!! $t failed; log: $build/fuzz-$t.log"
            grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$build/fuzz-$t.log" | head -n 20 || true
        } >&2
        echo "$t" >>"$failed_file"
    fi
}

# FUZZ_LANES targets fuzz at once (default: the number of CPUs, at most 2), each on its
# own CPU, so every target still gets its full seconds of one CPU. Targets go to the lane
# with the fewest seconds queued.
lanes=${FUZZ_LANES:-$(nproc 2>/dev/null || echo 1)}
[ "$lanes" -ge 1 ] 2>/dev/null || lanes=1
[ "$lanes" -le 2 ] || lanes=2
lane0="" lane1="" q0=0 q1=0
for t in $targets; do
    if [ "$lanes" -eq 1 ] || [ "$q0" -le "$q1" ]; then
        lane0="$lane0 $t"; q0=$((q0 + $(secs "$t")))
    else
        lane1="$lane1 $t"; q1=$((q1 + $(secs "$t")))
    fi
done
(for t in $lane0; do fuzz_one "$t"; done) &
pid0=$!
if [ -n "$lane1" ]; then
    (for t in $lane1; do fuzz_one "$t"; done) &
    pid1=$!
    wait "$pid1" || true
fi
wait "$pid0" || true

failed=$(tr '\n' ' ' <"$failed_file")
if [ -n "$failed" ]; then
    echo "run_fuzz.sh: failing targets: $failed" >&2
    exit 1
fi
echo "run_fuzz.sh: no crash in $targets (${seconds}s each, fuzz_extract $(secs fuzz_extract)s; $lanes at once)"
