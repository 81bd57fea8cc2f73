// Lints Cypher files with Neo4j's own parser and semantic analysis (the language server's linter).
// Usage: node lint.mjs <file-or-folder>...   Exit code 1 when any statement has an error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const ERROR = 1;

function cypherFiles(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((name) => cypherFiles(join(path, name)));
  }
  return path.endsWith('.cypher') ? [path] : [];
}

// Browser client commands (":param x => 1", ":play url") are not Cypher: blank them, keeping line numbers.
function stripClientCommands(text) {
  return text.split(/\r?\n/).map((line) => (line.trimStart().startsWith(':') ? '' : line));
}

// Splits on ';' that ends a line (outside strings it is the only place our files use it), keeping start lines.
function statements(lines) {
  const result = [];
  let current = [];
  let startLine = 1;
  lines.forEach((line, index) => {
    if (current.length === 0) startLine = index + 1;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(';')) {
      current.push(trimmed.slice(0, -1));
      result.push({ text: current.join('\n'), line: startLine });
      current = [];
    } else {
      current.push(line);
    }
  });
  result.push({ text: current.join('\n'), line: startLine });
  return result.filter((s) => s.text.replace(/\/\/.*$/gm, '').trim().length > 0);
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: node lint.mjs <file-or-folder>...');
  process.exit(2);
}

let count = 0;
let errors = 0;
let warnings = 0;
for (const target of targets) {
  for (const file of cypherFiles(target)) {
    for (const statement of statements(stripClientCommands(readFileSync(file, 'utf8')))) {
      count++;
      const { diagnostics } = lintCypherQuery(statement.text, {});
      for (const d of diagnostics.filter(isNotParamError)) {
        const line = statement.line + d.range.start.line;
        const where = `${relative(process.cwd(), file)}:${line}:${d.range.start.character + 1}`;
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
}

console.log(`cypher-lint: ${count} statements, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 || count === 0 ? 1 : 0);
