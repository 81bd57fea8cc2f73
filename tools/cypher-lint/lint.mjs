// Lints Cypher files with Neo4j's own parser and semantic analysis (the language server's linter), each file as a
// whole, the way Browser reads a Favorite: console commands (":param x => 1;", ":play url") are on, so a ":param"
// line must end in ";" like any statement.
// Usage: node lint.mjs <file-or-folder>...   Exit code 1 when any file has an error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery, isNotParamError, _internalFeatureFlags } from '@neo4j-cypher/language-support';

const ERROR = 1;

// Older releases of the language support read the flag; this one takes the option below. Both say the same.
_internalFeatureFlags.consoleCommands = true;

function cypherFiles(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((name) => cypherFiles(join(path, name)));
  }
  return path.endsWith('.cypher') ? [path] : [];
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: node lint.mjs <file-or-folder>...');
  process.exit(2);
}

let files = 0;
let errors = 0;
let warnings = 0;
for (const target of targets) {
  for (const file of cypherFiles(target)) {
    files++;
    const { diagnostics } = lintCypherQuery(readFileSync(file, 'utf8'), {}, { consoleCommandsEnabled: true });
    for (const d of diagnostics.filter(isNotParamError)) {
      const where = `${relative(process.cwd(), file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      if (d.severity === ERROR) {
        errors++;
        console.error(`${where}: error: ${d.message}`);
      } else {
        warnings++;
        console.warn(`${where}: warning: ${d.message}`);
      }
    }
  }
}

console.log(`cypher-lint: ${files} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 || files === 0 ? 1 : 0);
