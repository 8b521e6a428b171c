#!/usr/bin/env bash
# pgo-build.sh - a Release build whose extraction engine is compiled with GCC's
# profile-guided optimisation (the build the container image and the benchmarks use).
#
#   bash deploy/pgo-build.sh BUILD_DIR [TARGET...]      (default target: parleyd)
#
# Three steps in one build directory: build px-dev instrumented (PARLEY_PGO=generate),
# run it over the training texts, rebuild with the profile (PARLEY_PGO=use). The training
# texts are the engine's own test sentences (service/extract/tests/cases.jsonl) and the
# sample articles (deploy/samples/articles.jsonl), never the benchmark corpus, each through
# both ways of writing records: jansson trees (px_extract: enrichment, structured
# CloudEvents) and text (px_extract_text: the daemon's default path). The profile
# changes code layout and branch order only; the records are the same as any build's
# (tests/deploy/test_pgo_build.sh checks that). Extra cmake arguments: PGO_CMAKE_ARGS.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ $# -lt 1 ]]; then
    echo "usage: pgo-build.sh BUILD_DIR [TARGET...]" >&2
    exit 2
fi
build=$1
shift
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(parleyd)
jobs=${PGO_JOBS:-$(nproc 2>/dev/null || echo 2)}
read -r -a extra <<<"${PGO_CMAKE_ARGS:-}"

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_PGO=generate \
      "${extra[@]}" >/dev/null
cmake --build "$build" -j"$jobs" --target px-dev >/dev/null
find "$build" -name '*.gcda' -delete
for f in "$here/service/extract/tests/cases.jsonl" "$here/deploy/samples/articles.jsonl"; do
    "$build/service/extract/px-dev" "$f" >/dev/null 2>&1
    "$build/service/extract/px-dev" --text-records "$f" >/dev/null 2>&1
done
n=$(find "$build" -name '*.gcda' | wc -l)
if [[ $n -eq 0 ]]; then
    echo "pgo-build.sh: the training run wrote no profile" >&2
    exit 1
fi
cmake -S "$here" -B "$build" -DPARLEY_PGO=use >/dev/null
cmake --build "$build" -j"$jobs" --target "${targets[@]}" >/dev/null
echo "pgo-build.sh: $build (Release, extractor with profile from $n files): ${targets[*]}" >&2
