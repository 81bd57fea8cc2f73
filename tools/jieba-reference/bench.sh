#!/usr/bin/env bash
# Side-by-side segmentation speed on the seeds repeated to 20 MB, in one run:
#   @node-rs/jieba 2.0.3 (Rust), nodejieba 3.5.8 (C++, if it builds here) and the C# segmenter (Graph.Ingest bench segment).
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
echo "== node (one process, both libraries) =="
node "$here/bench.mjs" "$file"

echo "== C# =="
cd "$repo"
dotnet build -c Release src/Ingest -v quiet -nologo > /dev/null
# The build has compiled jieba's data (resources/jieba/*.compiled, target PrepareSegmenterData), so loadMs is the fast path.
dotnet run -c Release --no-build --project src/Ingest -- bench segment "$file"
