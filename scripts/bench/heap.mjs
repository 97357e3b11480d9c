// What stays in memory per finding (README, "What grows with the number of findings"): the
// scan's own steps in this process on one file, with a full garbage collection before each
// reading of `heapUsed` + `arrayBuffers` (the store's columns are typed arrays; run with
// --expose-gc). Prints bytes per finding after reading (the store of findings), after judging
// (the one order beside it) and after every report file is written, and the peak RSS after
// each step.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'

const [file, lib, out] = process.argv.slice(2)
const { memoryPlan } = await import(`${lib}/commands/scan.js`)
// As the scan command does for inputs this large (commands/scan.ts, `memoryPlan`).
const plan = memoryPlan([{ path: file, display: 'bench.sarif' }])
if (plan.saverMode) setFlagsFromString('--memory-saver-mode')
const { collectFindings } = await import(`${lib}/sarif/collect.js`)
const { decide } = await import(`${lib}/policy/verdict.js`)
const { defaultPolicy } = await import(`${lib}/policy/policy.js`)
const { buildVerdictRecord } = await import(`${lib}/verdict/record.js`)
const { writeReportFiles } = await import(`${lib}/report/files.js`)
const { planAnnotations } = await import(`${lib}/report/annotations.js`)

const heap = () => {
  globalThis.gc()
  globalThis.gc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}
const rssMb = () => Math.round((process.resourceUsage().maxRSS * 1024) / 1e6)
const base = heap()
const policy = { ...defaultPolicy(), failOn: 'none' }
const collection = await collectFindings(
  [{ path: file, display: 'bench.sarif' }],
  join(out, '..'),
  plan.inMemory === undefined ? {} : { inMemory: plan.inMemory }
)
const n = collection.store.size
const read = { bytes: heap() - base, rssMb: rssMb() }
const decision = decide(collection.store, [], policy)
const judged = { bytes: heap() - base, rssMb: rssMb() }
const record = buildVerdictRecord({
  decision,
  collection,
  unmatched: [],
  policy,
  identity: {},
  now: new Date()
})
await writeReportFiles(out, record, decision.judged, planAnnotations(decision.judged))
const reports = { bytes: heap() - base, rssMb: rssMb() }
collection.store.close()
rmSync(out, { recursive: true, force: true })
const per = step => ({ bytesPerFinding: Math.round(step.bytes / n), rssMb: step.rssMb })
console.log(
  JSON.stringify({ findings: n, read: per(read), judged: per(judged), reports: per(reports) })
)
