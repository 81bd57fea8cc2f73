#!/usr/bin/env bash
# Lints cypher/, every statement the C# store can emit and the scripts `export --format cypher` writes, with Neo4j's own parser (language-support 2.0.0-next.38).
# Any error fails. Usage: bash tools/cypher-lint/run.sh   (from anywhere; needs node 20+ and the .NET SDK)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export_dir="${CYPHER_EXPORT_DIR:-$root/tests/artifacts/cypher-statements}"

if [ ! -d "$here/node_modules/@neo4j-cypher/language-support" ]; then
  # The package declares node >= 24 but runs on node 20; the engine warning is expected.
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

# The export test writes one .cypher file per statement text Neo4jStatements.All() yields.
CYPHER_EXPORT_DIR="$export_dir" dotnet test "$root/tests/GraphStore.Tests" --nologo -v quiet \
  --filter "FullyQualifiedName~Neo4jStatementsTests.Exports_every_statement" >/dev/null
# The export test writes `export --format cypher` scripts (the seeds' graph, names full of quotes) into exports/.
CYPHER_EXPORT_DIR="$export_dir" dotnet test "$root/tests/Queries.Tests" --nologo -v quiet \
  --filter "FullyQualifiedName~CypherScriptExportTests.Exports_scripts_for_the_linter" >/dev/null

cd "$root"
node "$here/lint.mjs" cypher "$export_dir"
