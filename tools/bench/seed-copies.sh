#!/usr/bin/env bash
# The seed-copy corpus of issue 12: the five seed pages copied N times, each copy with a unique first line (第N期)
# so that the ledger sees distinct documents. Usage: tools/bench/seed-copies.sh COPIES OUT_DIR
set -euo pipefail
copies=${1:?copies}; out=${2:?out dir}
repo=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out"; mkdir -p "$out"
for ((n = 1; n <= copies; n++)); do
  for f in "$repo"/seeds/*.txt; do
    { echo "第${n}期"; cat "$f"; } > "$out/$(printf '%05d' "$n")_$(basename "$f")"
  done
done
echo "$out: $(ls "$out" | wc -l) files, $(du -sb "$out" | cut -f1) bytes"
