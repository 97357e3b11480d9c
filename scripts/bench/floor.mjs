// The least a process must do to write the scan's two largest per-finding reports from a
// SARIF file, with nothing of the scan's own: `JSON.parse(readFileSync(file))`, then for each
// result its identity (SHA-256 of the result as JSON, as `sarif/identity.ts` hashes it) and one
// JUnit test case and one GitLab Code Quality issue, written to two files in large pieces.
// No de-duplication, policy, order, escaping, path resolution, merged SARIF or bound on
// memory. The bench prints it beside the scan: what is left of the scan's ratio to
// `JSON.parse` once this much work is done.
//   node floor.mjs <file.sarif> <out-dir>
import { hash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const [file, out] = process.argv.slice(2)
mkdirSync(out, { recursive: true })
const log = JSON.parse(readFileSync(file, 'utf8'))
const junit = openSync(join(out, 'junit.xml'), 'w')
const quality = openSync(join(out, 'gl-code-quality-report.json'), 'w')
let cases = []
let issues = []
const flush = () => {
  writeSync(junit, cases.join(''))
  writeSync(quality, issues.join(''))
  cases = []
  issues = []
}
writeSync(quality, '[')
let first = true
for (const run of log.runs) {
  const tool = run.tool.driver.name
  for (const result of run.results ?? []) {
    const fingerprint = hash('sha256', JSON.stringify([tool, result]), 'hex').slice(0, 32)
    const physical = result.locations?.[0]?.physicalLocation
    const path = physical?.artifactLocation?.uri ?? '.'
    const line = physical?.region?.startLine ?? 1
    const message = result.message?.text ?? ''
    cases.push(
      `<testcase classname="${tool}.${result.ruleId}" name="${result.ruleId} at ${path}:${line}" file="${path}" line="${line}"><skipped message="counted"/></testcase>\n`
    )
    const issue = {
      type: 'issue',
      description: message,
      check_name: `${tool}:${result.ruleId}`,
      fingerprint,
      severity: 'major',
      location: { path, lines: { begin: line } }
    }
    issues.push(`${first ? '' : ','}\n${JSON.stringify(issue)}`)
    first = false
    if (cases.length === 4096) flush()
  }
}
flush()
writeSync(quality, '\n]\n')
closeSync(junit)
closeSync(quality)
