// Writes the committed references the C# fidelity tests read (they never run node):
//   tests/Ingest.Tests/Segmentation/seeds.reference.jsonl      one JSON array of cut(line, true) per seed line
//   tests/Ingest.Tests/Segmentation/seeds.tags.reference.jsonl one JSON array of [word, tag] per seed line (tag(line, true))
// Lines are every line of seeds/*.txt (files sorted by name, split on "\n", a final empty piece after the last "\n" dropped).
// Usage: cd tools/jieba-reference && npm install && node make-reference.mjs [seedDir] [outDir]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, '..', '..')
const seedDir = process.argv[2] ?? join(repo, 'seeds')
const outDir = process.argv[3] ?? join(repo, 'tests', 'Ingest.Tests', 'Segmentation')

export function seedLines(dir) {
  const lines = []
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const parts = readFileSync(join(dir, name), 'utf8').split('\n')
    if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
    lines.push(...parts)
  }
  return lines
}

const jieba = Jieba.withDict(dict)
const lines = seedLines(seedDir)
const cuts = lines.map((line) => JSON.stringify(line.length === 0 ? [] : jieba.cut(line, true)))
const tags = lines.map((line) =>
  JSON.stringify(line.length === 0 ? [] : jieba.tag(line, true).map((t) => [t.word, t.tag])),
)
writeFileSync(join(outDir, 'seeds.reference.jsonl'), cuts.join('\n') + '\n')
writeFileSync(join(outDir, 'seeds.tags.reference.jsonl'), tags.join('\n') + '\n')
console.log(`wrote ${lines.length} lines of reference to ${outDir}`)
