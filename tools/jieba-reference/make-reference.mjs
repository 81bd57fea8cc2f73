// Writes the committed references the C# fidelity tests read (they never run node):
//   tests/Ingest.Tests/Segmentation/seeds.reference.jsonl      one JSON array of cut(line, true) per seed line
//   tests/Ingest.Tests/Segmentation/seeds.tags.reference.jsonl one JSON array of [word, tag] per seed line (tag(line, true))
//   tests/Ingest.Tests/Segmentation/rare.reference.jsonl       every non-empty seed line with one rare character inserted
//     (a Han char of U+4E00..U+9FD5 in no word of dict.txt and in none of the HMM's emission tables, so Viterbi meets
//     ties), as {"text", "cut", "tags"}; the char and its position come from a fixed-seed generator, so reruns agree.
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

/** Han chars U+4E00..U+9FD5 that no dictionary word contains and the HMM never emits, in code point order. */
function rareChars() {
  const known = new Set()
  const dictText = readFileSync(join(repo, 'src', 'Ingest', 'resources', 'jieba', 'dict.txt'), 'utf8')
  for (const line of dictText.split('\n')) for (const ch of line.split(' ')[0]) known.add(ch)
  const hmm = readFileSync(join(repo, 'src', 'Ingest', 'resources', 'jieba', 'hmm_model.utf8'), 'utf8')
  for (const m of hmm.matchAll(/([^\s,#]):-?[0-9.e+-]+/gu)) known.add(m[1])
  const chars = []
  for (let c = 0x4e00; c <= 0x9fd5; c++) if (!known.has(String.fromCodePoint(c))) chars.push(String.fromCodePoint(c))
  return chars
}

/** Each line with one rare char inserted before a code point (or at the end), chosen by a fixed-seed LCG. */
function rareLines(lines) {
  const chars = rareChars()
  let state = 20240917
  const next = (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return (state >>> 8) % n
  }
  return lines.map((line) => {
    const points = Array.from(line)
    const at = next(points.length + 1)
    points.splice(at, 0, chars[next(chars.length)])
    return points.join('')
  })
}

const jieba = Jieba.withDict(dict)
const lines = seedLines(seedDir)
const cuts = lines.map((line) => JSON.stringify(line.length === 0 ? [] : jieba.cut(line, true)))
const tags = lines.map((line) =>
  JSON.stringify(line.length === 0 ? [] : jieba.tag(line, true).map((t) => [t.word, t.tag])),
)
const rare = rareLines(lines.filter((line) => line.length > 0)).map((text) =>
  JSON.stringify({ text, cut: jieba.cut(text, true), tags: jieba.tag(text, true).map((t) => [t.word, t.tag]) }),
)
writeFileSync(join(outDir, 'rare.reference.jsonl'), rare.join('\n') + '\n')
writeFileSync(join(outDir, 'seeds.reference.jsonl'), cuts.join('\n') + '\n')
writeFileSync(join(outDir, 'seeds.tags.reference.jsonl'), tags.join('\n') + '\n')
console.log(`wrote ${lines.length} lines of reference and ${rare.length} rare-character lines to ${outDir}`)
