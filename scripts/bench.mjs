// npm run bench: the whole `scan` command as a user runs it (a process, every report file
// written) against `JSON.parse(readFileSync(file))` as a process, on the same generated
// CodeQL-shaped files, side by side in one run; and the fixed cost of a process (an empty
// SARIF, --help) against `node -e 0`. Beside them, the floor (scripts/bench/floor.mjs): a
// process that parses the file whole and writes only the identities' hashes and the JUnit and
// GitLab Code Quality lines: work that every scan of these files does too.
//
// Targets (issue "Scan performance of the whole command"):
//   whole scan ≤ 1.5 × the JSON.parse wall time, from 10 MB up
//   peak RSS ≤ 160 MB at every size and key order (JSON.parse cannot read the largest file)
//   fixed cost: ≤ 100 ms wall and ≤ 80 MB peak RSS for an empty SARIF and for --help
//
// The fixed cost is printed twice: as a process starts by default (every chunk compiled from
// its source), and with NODE_COMPILE_CACHE set, where Node keeps V8's code for the chunks
// (https://nodejs.org/api/module.html#module-compile-cache; a directory of the bench's own,
// filled by one run first). The bundle never turns the cache on itself: it writes nothing
// outside its report directory.
//
// Each figure is the median of BENCH_REPEAT runs (default 3; 1 for files over 300 MB), each a
// process of its own; peak RSS is the maximum. CPU time is printed beside wall time: it is
// steadier on a busy machine. MB is 10^6 bytes, RSS included (getrusage gives KiB). Files are
// generated once into .bench/ (git-ignored).
//   BENCH_SIZES=1000,10000,100000,1000000   results per file (the largest is over 512 MiB)
//   BENCH_VARIANTS=codeql,sorted            key orders (sorted: results before tool)
//   BENCH_READER=1                          also the reader alone and the per-file pipeline
//   BENCH_HEAP=1                            also the heap kept per finding (scripts/bench/heap.mjs)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { generate } from './bench/generate.mjs'

const DIR = resolve('.bench')
const DIST = join(DIR, 'dist')
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number)
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'codeql,sorted').split(',')
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3)
const TARGET = { ratio: 1.5, fromMb: 10, rssMb: 160, fixedMs: 100, fixedRssMb: 80 }
/** V8's maximum string length (2^29 − 24 characters): a larger file cannot be one string. */
const MAX_STRING_BYTES = 2 ** 29 - 24

mkdirSync(DIR, { recursive: true })
const COMPILE_CACHE = join(DIR, 'compile-cache')
// The bundle of the sources as they are now, as the CLI runs it.
execFileSync(process.execPath, ['scripts/bundle.mjs', '--out', DIST], { stdio: 'inherit' })

/** Runs `args` with this Node in a process of its own: wall ms, CPU ms, peak RSS MB, exit code. */
function measure(args, cwd = DIR, env = process.env) {
  const rssFile = join(DIR, `rss-${process.pid}.json`)
  rmSync(rssFile, { force: true })
  const started = performance.now()
  const child = spawnSync(
    process.execPath,
    [resolve('scripts/bench/probe.mjs'), rssFile, ...args],
    { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 }
  )
  const ms = performance.now() - started
  if (!existsSync(rssFile))
    return { error: (child.stderr || child.stdout).trim().split('\n').pop()?.slice(0, 100) }
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'))
  return { ms, cpuMs: usage.cpuMs, rssMb: (usage.maxRssKb * 1024) / 1e6, code: child.status }
}

function median(args, runs, cwd, env) {
  const all = Array.from({ length: runs }, () => measure(args, cwd, env))
  const failed = all.find(m => m.error)
  if (failed) return failed
  const mid = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  return {
    ms: mid(all.map(m => m.ms)),
    cpuMs: mid(all.map(m => m.cpuMs)),
    rssMb: Math.max(...all.map(m => m.rssMb)),
    code: all[0].code
  }
}

const scan = (file, out) => [
  join(DIST, 'index.js'),
  'scan',
  '--sarif',
  file,
  '--output-dir',
  out,
  '--workspace',
  DIR,
  '--fail-on',
  'none'
]
const parse = file => [
  '--eval',
  `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`
]
const floor = (file, out) => [resolve('scripts/bench/floor.mjs'), file, out]

const fmt = (value, width) => String(value).padStart(width)
const cell = (m, mb) =>
  m.error
    ? m.error.padEnd(30)
    : `${fmt((m.ms / 1000).toFixed(2), 6)} s ${fmt((m.cpuMs / 1000).toFixed(2), 6)} s ${fmt(mb ? (mb / (m.ms / 1000)).toFixed(0) : '', 4)} MB/s ${fmt(m.rssMb.toFixed(0), 5)} MB`

const rows = []
console.log(
  '\nwhole scan (all reports) vs JSON.parse(readFileSync), each a process: wall, CPU, throughput, peak RSS'
)
console.log(
  'variant  results |      MB |        scan: wall    cpu     MB/s    RSS |   JSON.parse: wall    cpu  MB/s    RSS | ratio wall (cpu) | floor: wall ratio'
)
for (const variant of VARIANTS) {
  for (const count of SIZES) {
    const file = join(DIR, `${variant}-${count}.sarif`)
    if (!existsSync(file)) await generate(file, count, { sorted: variant === 'sorted' })
    const bytes = statSync(file).size
    const mb = bytes / 1e6
    const runs = mb > 300 ? 1 : REPEAT
    const out = join(DIR, `out-${variant}-${count}`)
    const s = median(scan(file, out), runs)
    const j =
      bytes > MAX_STRING_BYTES
        ? { error: 'cannot: over the 512 MiB string limit' }
        : median(parse(file), runs)
    const least =
      bytes > MAX_STRING_BYTES
        ? { error: 'cannot' }
        : median(floor(file, join(DIR, `out-floor-${variant}-${count}`)), runs)
    rows.push({ variant, count, mb, scan: s, json: j, floor: least })
    const ratio =
      s.error || j.error ? '—' : `${(s.ms / j.ms).toFixed(2)} (${(s.cpuMs / j.cpuMs).toFixed(2)})`
    const floorCell =
      least.error || j.error
        ? fmt('—', 17)
        : `${fmt((least.ms / 1000).toFixed(2), 6)} s ${fmt((least.ms / j.ms).toFixed(2), 7)}`
    console.log(
      `${variant.padEnd(7)} ${fmt(count, 8)} | ${fmt(mb.toFixed(1), 7)} | ${cell(s, mb)} | ${cell(j, mb)} | ${ratio.padEnd(16)} | ${floorCell}`
    )
    rmSync(out, { recursive: true, force: true })
    rmSync(join(DIR, `out-floor-${variant}-${count}`), { recursive: true, force: true })
  }
}

// Fixed cost: what a process costs before any finding is read.
const empty = join(DIR, 'empty.sarif')
writeFileSync(
  empty,
  JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'none' } }, results: [] }] })
)
const fixed = [
  ['node -e 0', ['--eval', '0']],
  ['scan of an empty SARIF', scan(empty, join(DIR, 'out-empty'))],
  ['--help', [join(DIST, 'index.js'), '--help']]
].map(([what, args]) => {
  const m = median(args, Math.max(REPEAT, 5))
  rmSync(COMPILE_CACHE, { recursive: true, force: true })
  const cached = { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE }
  measure(args, DIR, cached)
  return { what, m, cache: median(args, Math.max(REPEAT, 5), DIR, cached) }
})
const fixedCell = m =>
  m.error ??
  `${fmt(m.ms.toFixed(0), 5)} ms ${fmt(m.cpuMs.toFixed(0), 5)} ms CPU ${fmt(m.rssMb.toFixed(0), 4)} MB`
console.log(
  '\nfixed cost, each a process: wall, CPU, peak RSS; by default, and with NODE_COMPILE_CACHE set (filled by a run before)'
)
for (const { what, m, cache } of fixed)
  console.log(`  ${what.padEnd(24)} ${fixedCell(m)} | cache ${fixedCell(cache)}`)

const compared = rows.filter(r => !r.scan.error && !r.json.error && r.mb >= TARGET.fromMb)
const worst = Math.max(...compared.map(r => r.scan.ms / r.json.ms))
const worstCpu = Math.max(...compared.map(r => r.scan.cpuMs / r.json.cpuMs))
const peak = Math.max(...rows.filter(r => !r.scan.error).map(r => r.scan.rssMb))
const failed = rows.filter(r => r.scan.error || r.scan.code !== 0)
const fixedScan = fixed.slice(1)
const fixedMs = Math.max(...fixedScan.map(f => f.m.ms ?? Infinity))
const fixedRss = Math.max(...fixedScan.map(f => f.m.rssMb ?? Infinity))
const cacheMs = Math.max(...fixedScan.map(f => f.cache.ms ?? Infinity))
const cacheRss = Math.max(...fixedScan.map(f => f.cache.rssMb ?? Infinity))
const verdict = ok => (ok ? 'met' : 'NOT met')
console.log('')
if (compared.length > 0) {
  console.log(
    `whole scan ÷ JSON.parse, from ${TARGET.fromMb} MB up: at most ${worst.toFixed(2)} wall (${worstCpu.toFixed(2)} CPU); target ≤ ${TARGET.ratio} → ${verdict(worst <= TARGET.ratio)}`
  )
  const floors = compared.filter(r => !r.floor.error).map(r => r.floor.ms / r.json.ms)
  if (floors.length > 0)
    console.log(
      `floor (scripts/bench/floor.mjs: JSON.parse, identities, JUnit and Code Quality lines, nothing else) ÷ JSON.parse: ${Math.min(...floors).toFixed(2)} to ${Math.max(...floors).toFixed(2)}`
    )
}
console.log(
  `scan peak RSS: ${peak.toFixed(0)} MB at most; target ≤ ${TARGET.rssMb} MB → ${verdict(peak <= TARGET.rssMb)}`
)
const fixedVerdict = (ms, rss) =>
  `${ms.toFixed(0)} ms, ${rss.toFixed(0)} MB at most; target ≤ ${TARGET.fixedMs} ms and ≤ ${TARGET.fixedRssMb} MB → ${verdict(ms <= TARGET.fixedMs && rss <= TARGET.fixedRssMb)}`
console.log(`fixed cost: ${fixedVerdict(fixedMs, fixedRss)}`)
console.log(`fixed cost with NODE_COMPILE_CACHE: ${fixedVerdict(cacheMs, cacheRss)}`)
if (failed.length > 0)
  console.log(
    `scan failed on: ${failed.map(r => `${r.variant}-${r.count} (${r.scan.error ?? `exit ${r.scan.code}`})`).join(', ')}`
  )

const lib = join(DIR, 'lib')
if (process.env.BENCH_READER === '1' || process.env.BENCH_HEAP === '1') {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', lib],
    {
      stdio: 'inherit'
    }
  )
}

if (process.env.BENCH_READER === '1') {
  console.log(
    '\nin-process, one file: the reader alone and the per-file pipeline (wall, CPU, peak RSS)'
  )
  for (const r of rows) {
    const file = join(DIR, `${r.variant}-${r.count}.sarif`)
    const runs = r.mb > 300 ? 1 : REPEAT
    const reader = median([resolve('scripts/bench/measure.mjs'), 'stream', file, lib], runs)
    const pipeline = median([resolve('scripts/bench/measure.mjs'), 'pipeline', file, lib], runs)
    console.log(
      `  ${r.variant.padEnd(7)} ${fmt(r.count, 8)}  reader ${cell(reader, r.mb)}  pipeline ${cell(pipeline, r.mb)}`
    )
  }
}

const heapRows = []
if (process.env.BENCH_HEAP === '1') {
  console.log(
    '\nmemory kept per finding (heap + typed arrays), in-process (full GC before each reading): after reading, judging, reports'
  )
  for (const r of rows) {
    const file = join(DIR, `${r.variant}-${r.count}.sarif`)
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        resolve('scripts/bench/heap.mjs'),
        file,
        lib,
        join(DIR, `out-heap-${r.variant}-${r.count}`)
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20 }
    )
    const line = child.stdout.trim().split('\n').pop() ?? ''
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`  ${r.variant.padEnd(7)} ${fmt(r.count, 8)}  failed: ${child.stderr.trim()}`)
      continue
    }
    const h = JSON.parse(line)
    heapRows.push({ variant: r.variant, count: r.count, ...h })
    const step = s => `${fmt(s.bytesPerFinding, 5)} B (RSS ${fmt(s.rssMb, 4)} MB)`
    console.log(
      `  ${r.variant.padEnd(7)} ${fmt(r.count, 8)}  read ${step(h.read)}  judged ${step(h.judged)}  reports ${step(h.reports)}`
    )
  }
}

writeFileSync(
  join(DIR, 'results.json'),
  `${JSON.stringify({ node: process.version, rows, fixed, heap: heapRows }, null, 2)}\n`
)
