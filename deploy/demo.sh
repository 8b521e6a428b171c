#!/usr/bin/env bash
# The main job on the embedded default: installs what is missing, builds parleyd and
# runs the full pipeline on an in-process Kafka (librdkafka's mock cluster) over the
# sample articles, printing each published event record as one JSON line.
#   deploy/demo.sh [ARTICLES.jsonl] [parleyd run options...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
bash deploy/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 >/dev/null
input=${1:-deploy/samples/articles.jsonl}
shift || true
exec build/parleyd run --embedded -X log.level=warn "$@" < "$input"
