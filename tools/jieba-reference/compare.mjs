// Compares the C# CLI's output with @node-rs/jieba 2.0.3 on any text, line by line, as issue 3 measures fidelity:
// non-empty lines whose token sequences are equal once whitespace tokens are dropped.
// Usage: node compare.mjs FILE CSHARP_OUTPUT [--pos] [--no-hmm]   (CSHARP_OUTPUT from `Graph.Ingest segment FILE` with the same flags)
import { readFileSync } from 'node:fs'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

const [file, ours, ...flags] = process.argv.slice(2)
if (!file || !ours) {
  console.error('usage: node compare.mjs FILE CSHARP_OUTPUT [--pos] [--no-hmm]')
  process.exit(2)
}
const pos = flags.includes('--pos')
const hmm = !flags.includes('--no-hmm')
const jieba = Jieba.withDict(dict)
const split = (text) => {
  const lines = text.split('\n')
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}
const lines = split(readFileSync(file, 'utf8'))
const output = split(readFileSync(ours, 'utf8')).map((l) => JSON.parse(l))
if (output.length !== lines.length) {
  console.error(`line counts differ: ${lines.length} input lines, ${output.length} output lines`)
  process.exit(1)
}
const key = (token) => (pos ? `${token[0]}/${token[1]}` : token)
const visible = (tokens) => tokens.filter((t) => (pos ? t[0] : t).trim() !== '').map(key)
let compared = 0
let equal = 0
const shown = []
lines.forEach((line, i) => {
  if (line.length === 0) return
  compared++
  const theirs = visible(pos ? jieba.tag(line, hmm).map((t) => [t.word, t.tag]) : jieba.cut(line, hmm))
  const mine = visible(output[i])
  if (theirs.length === mine.length && theirs.every((t, k) => t === mine[k])) equal++
  else if (shown.length < 10) shown.push(`line ${i + 1}:\n  ours      ${mine.join('|')}\n  reference ${theirs.join('|')}`)
})
shown.forEach((s) => console.log(s))
console.log(JSON.stringify({ file, pos, hmm, nonEmptyLines: compared, equal, agreement: +(equal / compared).toFixed(5) }))
