#!/usr/bin/env bash
# Every benchmark figure in one run, one table: @node-rs/jieba's segmentation speed (node) and then `bench all`
# (segmentation, extraction on 1 and all cores, ingest of generated corpora into SQLite with peak RSS, canned query
# latency on the stores they make). Usage: tools/bench/all.sh [bench all options, e.g. --articles 1000,10000,100000]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${GRAPH_BENCH_WORK:-${TMPDIR:-/tmp}/graph-bench}
mkdir -p "$work"
text="$work/seeds-20mb.txt"

# The seeds, each file ending in a newline, repeated to 20 MB: the text both sides segment.
once=$(mktemp)
for f in "$repo"/seeds/*.txt; do
  cat "$f"
  [ -z "$(tail -c1 "$f")" ] || echo
done > "$once"
: > "$text"
while [ "$(stat -c %s "$text")" -lt 20000000 ]; do cat "$once" >> "$text"; done
rm -f "$once"

ref="$repo/tools/jieba-reference"
if [ ! -d "$ref/node_modules/@node-rs/jieba" ]; then
  (cd "$ref" && npm install --no-audit --no-fund >/dev/null)
fi
node_mbps=$(node "$ref/bench.mjs" "$text" | node -e '
  const rows = require("fs").readFileSync(0, "utf8").split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l))
  console.log(rows.find((r) => r.impl && r.impl.startsWith("@node-rs/jieba")).mbPerS)')

cd "$repo"
dotnet build -c Release bench -nologo -v q > /dev/null
dotnet run -c Release --no-build --project bench -- all --text "$text" --work "$work" --node-jieba-mbps "$node_mbps" "$@"
