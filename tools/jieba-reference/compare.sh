#!/usr/bin/env bash
# Fidelity on any UTF-8 text: the C# `segment` CLI against @node-rs/jieba 2.0.3 (cut and, with --pos, tag).
# Usage: tools/jieba-reference/compare.sh FILE [--pos] [--no-hmm]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
file=$(realpath "$1")
shift
[ -d "$here/node_modules/@node-rs/jieba" ] || (cd "$here" && npm_config_yes=true npm install --no-audit --no-fund)
out=$(mktemp)
dotnet run -c Release --project "$repo/src/Ingest" -- segment "$file" "$@" > "$out"
(cd "$here" && node compare.mjs "$file" "$out" "$@")
rm -f "$out"
