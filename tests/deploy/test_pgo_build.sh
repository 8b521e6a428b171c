#!/usr/bin/env bash
# test_pgo_build.sh - deploy/pgo-build.sh (the profile-guided Release build the container
# image and the benchmarks use) builds, trains on its texts, and its engine writes the
# same records as this build's: the profile may change speed, never output.
#   test_pgo_build.sh SOURCE_DIR PX_DEV_OF_THIS_BUILD
set -euo pipefail
src=$1
ref_px=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/parley-pgo.XXXXXX")
trap 'rm -rf "$work"' EXIT

PGO_JOBS=2 bash "$src/deploy/pgo-build.sh" "$work/build" px-dev
grep -q '^PARLEY_PGO:STRING=use$' "$work/build/CMakeCache.txt" || {
    echo "FAIL: the build directory is not left in PARLEY_PGO=use" >&2; exit 1; }
n=$(find "$work/build" -name '*.gcda' | wc -l)
[[ $n -ge 8 ]] || { echo "FAIL: $n profile files (want one per engine source)" >&2; exit 1; }

# (the golden articles are pretty-printed; JSON strings hold no raw newline)
for f in "$src"/tests/golden/cases/*/article.json; do tr -d '\n' <"$f"; echo; done >"$work/golden.jsonl"
inputs=("$src/service/extract/tests/cases.jsonl" "$src/deploy/samples/articles.jsonl"
        "$work/golden.jsonl")
records=0
for f in "${inputs[@]}"; do
    # both ways of writing records (jansson trees; text, the daemon's default)
    for way in "" --text-records; do
        "$work/build/service/extract/px-dev" $way "$f" >"$work/pgo.jsonl" 2>/dev/null
        "$ref_px" $way "$f" >"$work/ref.jsonl" 2>/dev/null
        if ! cmp -s "$work/pgo.jsonl" "$work/ref.jsonl"; then
            echo "FAIL: records differ for $f ${way:-(trees)}" >&2
            diff "$work/ref.jsonl" "$work/pgo.jsonl" | head -20 >&2
            exit 1
        fi
        records=$((records + $(wc -l <"$work/ref.jsonl")))
    done
done
[[ $records -gt 1000 ]] || { echo "FAIL: only $records records compared" >&2; exit 1; }
echo "ok: PGO build ($n profiles) wrote the same $records records as this build"
