// Times jieba implementations on FILE exactly as `Graph.Ingest bench segment FILE` does: line by line (split on "\n"),
// single thread, HMM on, one warm-up pass, best of 3. Prints one JSON line per implementation.
// Usage: node bench.mjs FILE   (nodejieba is timed too when it is installed: npm install nodejieba@3.5.8)
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const file = process.argv[2]
if (!file) {
  console.error('usage: node bench.mjs FILE')
  process.exit(2)
}

const bytes = readFileSync(file)
const lines = bytes.toString('utf8').split('\n')
if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
const megabytes = bytes.length / 1e6

function bench(name, loadMs, cut) {
  const pass = () => {
    let tokens = 0
    for (const line of lines) tokens += cut(line).length
    return tokens
  }
  let tokens = pass()
  let best = Infinity
  let bestCpu = Infinity
  for (let run = 1; run <= 3; run++) {
    const cpu0 = process.cpuUsage()
    const t0 = process.hrtime.bigint()
    tokens = pass()
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9
    const cpu = process.cpuUsage(cpu0)
    best = Math.min(best, seconds)
    // CPU time beside wall time: on a shared machine the wall figure includes waiting for a core.
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6)
  }
  const rss = process.memoryUsage().rss / 1e6
  console.log(JSON.stringify({
    impl: name,
    mbPerS: +(megabytes / best).toFixed(2),
    mbPerCpuS: +(megabytes / bestCpu).toFixed(2),
    tokens,
    loadMs: Math.round(loadMs),
    rssMb: Math.round(rss),
  }))
}

{
  const t0 = performance.now()
  const { Jieba } = require('@node-rs/jieba')
  const { dict } = require('@node-rs/jieba/dict')
  const jieba = Jieba.withDict(dict)
  const loadMs = performance.now() - t0
  bench('@node-rs/jieba 2.0.3', loadMs, (line) => jieba.cut(line, true))
}

let nodejieba = null
try {
  nodejieba = require('nodejieba')
} catch {
  console.log(JSON.stringify({ impl: 'nodejieba 3.5.8', skipped: 'not installed' }))
}
if (nodejieba) {
  const t0 = performance.now()
  nodejieba.load()
  const loadMs = performance.now() - t0
  bench('nodejieba 3.5.8', loadMs, (line) => nodejieba.cut(line, true))
}
