#!/usr/bin/env bash
# Side-by-side speed on the seeds repeated to 20 MB, in one run:
#   @node-rs/jieba 2.0.3 (Rust), nodejieba 3.5.8 (C++, if it builds here) and the C# segmenter (Graph.Ingest bench segment),
#   then the whole C# extraction on the same file (Graph.Ingest bench extract), and a last line with both ratios.
# Usage: tools/jieba-reference/bench.sh [FILE]   (FILE defaults to a temp file; it is (re)written)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
file=${1:-${TMPDIR:-/tmp}/graph-seeds-20mb.txt}

# Seeds, each file ending in a newline, repeated until the file reaches 20 MB (10^6 bytes each).
once=$(mktemp)
for f in "$repo"/seeds/*.txt; do
  cat "$f"
  [ -z "$(tail -c1 "$f")" ] || echo
done > "$once"
: > "$file"
while [ "$(stat -c %s "$file")" -lt 20000000 ]; do cat "$once" >> "$file"; done
rm -f "$once"
echo "input: $file, $(stat -c %s "$file") bytes"

# nodejieba has no prebuilt binary reachable here: npm builds it from source (node-gyp), which needs npx to say yes.
if [ ! -d "$here/node_modules/@node-rs/jieba" ] || [ ! -d "$here/node_modules/nodejieba/build" ]; then
  (cd "$here" && npm_config_yes=true npm install --no-audit --no-fund)
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "== node (one process, both libraries) =="
node "$here/bench.mjs" "$file" | tee -a "$out"

echo "== C# =="
cd "$repo"
dotnet build -c Release src/Ingest -v quiet -nologo > /dev/null
# The build has compiled jieba's data (resources/jieba/*.compiled, target PrepareSegmenterData), so loadMs is the fast path.
dotnet run -c Release --no-build --project src/Ingest -- bench segment "$file" | tee -a "$out"
echo "== C# extraction (bench extract: the whole pipeline, single thread, no store) =="
dotnet run -c Release --no-build --project src/Ingest -- bench extract "$file" | tee -a "$out"

# One line: each C# figure over @node-rs/jieba's segmentation speed, measured above in the same run.
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l))
const rs = rows.find((r) => r.impl && r.impl.startsWith("@node-rs/jieba")).mbPerS
const [segment, extract] = rows.filter((r) => !r.impl)
console.log(JSON.stringify({ nodeRsJiebaMbPerS: rs, segmentMbPerS: segment.mbPerS, segmentRatio: +(segment.mbPerS / rs).toFixed(2),
  extractMbPerS: extract.mbPerS, extractRatio: +(extract.mbPerS / rs).toFixed(3) }))' "$out"
