// One measurement in a process of its own, so that peak RSS belongs to that reader alone.
// Prints {ms, cpuMs, maxRssMb, results}: wall time and CPU time of the reading alone.
import { readFileSync } from 'node:fs'

const [mode, file, lib] = process.argv.slice(2)
const reader = mode === 'json' ? undefined : await import(`${lib}/sarif/read-file.js`)
/** The reader alone: every result parsed and handed over, nothing else done with it. */
const counting = {
  wantsRootMember: key => key === 'version',
  rootMember: () => {},
  runStart: () => {},
  wantsRunMember: (_run, key) => key === 'tool',
  runMember: () => {},
  resultsStart: () => true,
  result: () => results++,
  resultsEnd: () => {},
  runEnd: () => {}
}
const start = performance.now()
const cpuStart = process.cpuUsage()
let results = 0
if (mode === 'json') {
  // What SARIF actions commonly do: the whole file as one string, then JSON.parse.
  const log = JSON.parse(readFileSync(file, 'utf8'))
  for (const run of log.runs) results += run.results?.length ?? 0
} else if (mode === 'stream') {
  await reader.scanFile(file, counting)
} else {
  // 'pipeline': reading plus normalisation, fingerprints and the file's SHA-256, as a scan does.
  await reader.readSarifFile(file, 'bench.sarif', '/workspace', {
    finding: () => results++,
    retractRun: () => {}
  })
}
const ms = performance.now() - start
const cpu = process.cpuUsage(cpuStart)
const cpuMs = (cpu.user + cpu.system) / 1000
console.log(
  JSON.stringify({ ms, cpuMs, maxRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6, results })
)
