// npm run bench: throughput and peak RSS of the streaming SARIF reader against
// JSON.parse(readFileSync(file)) on the same generated CodeQL-shaped files, in the same run.
// Targets: ratio (reader MB/s ÷ JSON.parse MB/s) ≥ 1.0; reader peak RSS ≤ 128 MB at any size.
// Also shown: the whole per-file pipeline of a scan (reader + normalisation + fingerprints +
// SHA-256). Each figure is the median of BENCH_REPEAT runs, each in a process of its own; CPU
// time is printed beside wall time because it is steadier on a busy machine.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { generate } from './bench/generate.mjs'

const DIR = resolve('.bench')
const LIB = resolve(DIR, 'lib')
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number)
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3)
const RSS_TARGET_MB = 128
/** V8's maximum string length (2^29 − 24 characters): a larger file cannot be one string. */
const MAX_STRING_BYTES = 2 ** 29 - 24

mkdirSync(DIR, { recursive: true })
execFileSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', LIB],
  { stdio: 'inherit' }
)

function measure(mode, file) {
  const child = spawnSync(process.execPath, ['scripts/bench/measure.mjs', mode, file, LIB], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (child.status !== 0) {
    const line = child.stderr.split('\n').find(l => /Error|error/.test(l)) ?? child.stderr.trim()
    return { error: line.trim().slice(0, 100) }
  }
  return JSON.parse(child.stdout)
}

function median(mode, file, runs) {
  const all = Array.from({ length: runs }, () => measure(mode, file))
  const failed = all.find(m => m.error)
  if (failed) return failed
  const mid = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
  return {
    ms: mid(all.map(m => m.ms)),
    cpuMs: mid(all.map(m => m.cpuMs)),
    maxRssMb: Math.max(...all.map(m => m.maxRssMb)),
    results: all[0].results
  }
}

const fmt = (value, width) => String(value).padStart(width)
const rows = []
console.log(
  'results |      MB | reader MB/s (cpu) RSS | pipeline MB/s (cpu) RSS | JSON.parse MB/s (cpu) RSS | ratio wall (cpu)'
)
for (const count of SIZES) {
  const file = resolve(DIR, `codeql-${count}.sarif`)
  if (!existsSync(file)) await generate(file, count)
  const bytes = statSync(file).size
  const mb = bytes / 1e6
  const runs = mb > 300 ? 1 : REPEAT
  const stream = median('stream', file, runs)
  const pipeline = median('pipeline', file, runs)
  const json =
    bytes > MAX_STRING_BYTES
      ? { error: 'cannot: file exceeds the 512 MiB string limit' }
      : median('json', file, runs)
  rows.push({ results: count, mb, stream, pipeline, json })
  const cell = m =>
    m.error
      ? m.error
      : `${fmt((mb / (m.ms / 1000)).toFixed(0), 4)} (${fmt((mb / (m.cpuMs / 1000)).toFixed(0), 4)}) ${fmt(m.maxRssMb.toFixed(0), 4)} MB`
  const ratio =
    stream.error || json.error
      ? '—'
      : `${(json.ms / stream.ms).toFixed(2)} (${(json.cpuMs / stream.cpuMs).toFixed(2)})`
  const mismatch =
    !json.error && !stream.error && stream.results !== json.results
      ? ` COUNT MISMATCH ${stream.results}/${json.results}`
      : ''
  console.log(
    `${fmt(count, 7)} | ${fmt(mb.toFixed(1), 7)} | ${cell(stream)} | ${cell(pipeline)} | ${cell(json)} | ${ratio}${mismatch}`
  )
}
const compared = rows.filter(r => !r.stream.error && !r.json.error)
const minRatio = Math.min(...compared.map(r => r.json.ms / r.stream.ms))
const minCpuRatio = Math.min(...compared.map(r => r.json.cpuMs / r.stream.cpuMs))
const peak = Math.max(...rows.filter(r => !r.stream.error).map(r => r.stream.maxRssMb))
console.log(
  `\nratio reader ÷ JSON.parse throughput: min ${minRatio.toFixed(2)} wall, ${minCpuRatio.toFixed(2)} CPU; target ≥ 1.0 → ${minRatio >= 1 ? 'met' : 'NOT met'} (wall)`
)
console.log(
  `reader peak RSS: ${peak.toFixed(0)} MB at most; target ≤ ${RSS_TARGET_MB} MB → ${peak <= RSS_TARGET_MB ? 'met' : 'NOT met'}`
)
writeFileSync(
  resolve(DIR, 'results.json'),
  `${JSON.stringify({ node: process.version, rows }, null, 2)}\n`
)
