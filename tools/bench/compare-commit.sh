#!/usr/bin/env bash
# `ingest` of the seed-copy corpus (the five seed pages × COPIES, each with a unique first line) by an older commit
# and by this checkout, both Release builds, timed by this one script into fresh SQLite stores, one after the other.
# Usage: tools/bench/compare-commit.sh [COMMIT (default a45f75e)] [COPIES (default 400 = 2,000 files)]
set -euo pipefail
base=${1:-a45f75e}; copies=${2:-400}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${GRAPH_COMPARE_WORK:-${TMPDIR:-/tmp}/graph-compare}
rm -rf "$work/base" "$work"/*.db*; mkdir -p "$work/base"
git -C "$repo" archive "$base" | tar -x -C "$work/base"
"$repo/tools/bench/seed-copies.sh" "$copies" "$work/corpus"
echo "building $base and this checkout (Release); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release "$work/base/src/Ingest" -nologo -v q > /dev/null
dotnet build -c Release "$repo/src/Ingest" -nologo -v q > /dev/null

run() { # name dll
  local store="$work/$1.db" out="$work/$1.out"
  /usr/bin/time -f "%e %M %U %S" -o "$work/$1.time" dotnet "$2" ingest "$work/corpus" --store "$store" > "$out" 2>&1 || { tail -5 "$out"; exit 1; }
  read -r seconds kb user system < "$work/$1.time"
  echo "$1 $seconds $((kb / 1024)) $(sqlite3 "$store" 'select count(*) from relations' 2>/dev/null || echo '?') $(python3 -c "print(round($user + $system, 1))")"
}
base_line=$(run "$base" "$work/base/src/Ingest/bin/Release/net10.0/Graph.Ingest.dll")
head_line=$(run "$(git -C "$repo" rev-parse --short HEAD)" "$repo/src/Ingest/bin/Release/net10.0/Graph.Ingest.dll")
echo
echo "| build | ingest of $((copies * 5)) files (wall) | CPU (user + sys) | peak RSS | relationships |"
echo "|---|---|---|---|---|"
for line in "$base_line" "$head_line"; do
  set -- $line; echo "| $1 | $2 s | $5 s | $3 MB | $4 |"
done
set -- $base_line; b=$2; bc=$5; set -- $head_line; h=$2; hc=$5
echo "speed-up: $(python3 -c "print(f'{$b / $h:.1f}x wall, {$bc / $hc:.1f}x CPU')")  (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
