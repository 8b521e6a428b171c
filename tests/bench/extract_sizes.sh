#!/usr/bin/env bash
# extract_sizes.sh - extraction alone by article size (1 KB to 1 MB): what a long article
# costs per byte against a short one. For each size, ~1 MB of article text made by
# make_articles.py (deterministic) is run through bench_extract (one thread, -n 3); with
# --callgrind also counted in instructions per byte of text (px_extract_text inclusive),
# which a noisy machine does not move. Several build directories compare builds.
#
#   bash tests/bench/extract_sizes.sh [--callgrind] BUILD_DIR [BUILD_DIR...]
#
# BUILD_DIR is a CMake build with the bench_extract target built (Release; -g is harmless).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cg=0
if [ "${1:-}" = "--callgrind" ]; then
    cg=1
    shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [--callgrind] BUILD_DIR [BUILD_DIR...]" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes="1000 10000 100000 1000000"
for s in $sizes; do
    python3 "$here/make_articles.py" --size "$s" --count $((1000000 / s)) --tag "size$s" \
        > "$work/s$s.jsonl"
done
printf '| build | article text | sentences/s | MB/s |%s\n' "$([ $cg = 1 ] && echo ' instructions per byte |')"
printf '|---|---|---|---|%s\n' "$([ $cg = 1 ] && echo '---|')"
for b in "$@"; do
    bin="$b/tests/bench/bench_extract"
    [ -x "$bin" ] || { echo "no $bin (cmake --build $b --target bench_extract)" >&2; exit 2; }
    for s in $sizes; do
        out=$("$bin" -n 3 --threads 1 "$work/s$s.jsonl" 2>&1)
        sps=$(awk '/^sentences\/s/ {print $2}' <<<"$out")
        mbs=$(awk '/^MB\/s/ {print $2}' <<<"$out")
        ipb=""
        if [ $cg = 1 ]; then
            valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
                --toggle-collect=px_extract_text "$bin" -n 1 --no-warmup "$work/s$s.jsonl" \
                > "$work/cg.log" 2>&1
            ir=$(callgrind_annotate "$work/cg.out" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
            bytes=$(python3 -c 'import json,sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$work/s$s.jsonl")
            ipb=" $(python3 -c "print(f'{$ir / $bytes:,.0f}')") |"
        fi
        printf '| %s | %s B | %s | %s |%s\n' "$b" "$s" "$sps" "$mbs" "$ipb"
    done
done
