#!/usr/bin/env bash
# The whole test suite: every xunit project, then Neo4j's own Cypher linter over cypher/ and every
# statement the code can emit. Installs what it needs (npm packages) itself. Ends with the plain line
# "N passed, N failed, N skipped" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0; failed=0; skipped=0; status=0
log=$(mktemp)

dotnet build Graph.sln -c Debug -nologo -v q 2>&1 | tail -n 3
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# The HTML export's test drives a headless Chromium (and a CJK font for its screenshot): installed when missing.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei; } >/dev/null 2>&1 \
    || echo "could not install chromium: the HTML export test will be skipped"
fi

dotnet test Graph.sln --no-build -nologo 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# "Passed!  - Failed:     0, Passed:    14, Skipped:     0, Total: ..." — one line per test project.
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -nE 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/p' "$log")
rm -f "$log"

if [ -f tools/cypher-lint/run.sh ]; then
  if bash tools/cypher-lint/run.sh; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
  fi
fi

[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
