import type { OrderedJudged } from '../policy/order.js'
import { byTool as groupByTool, countedOf } from '../policy/order.js'
import type { Judged } from '../policy/verdict.js'
import { escapeXml } from '../text/escape.js'
import { writeFileAtomically } from './file-writer.js'
import type { VerdictRecord } from '../verdict/record.js'

function locationName(entry: Judged): string {
  const l = entry.finding.location
  return l ? `${l.path}:${l.startLine}` : '(no location)'
}

function testcase(entry: Judged): string {
  const f = entry.finding
  const attrs = [
    `classname="${escapeXml(`${f.tool}.${f.ruleId}`)}"`,
    `name="${escapeXml(`${f.ruleId} at ${locationName(entry)}`)}"`
  ]
  if (f.location && !f.location.outsideWorkspace)
    attrs.push(`file="${escapeXml(f.location.path)}"`, `line="${f.location.startLine}"`)
  const detail = escapeXml(
    `${f.severity} ${f.ruleId} (${f.tool}) at ${locationName(entry)}\n${f.message}${f.helpUri ? `\n${f.helpUri}` : ''}`
  )
  const body = entry.blocking
    ? `<failure type="${f.severity}" message="${escapeXml(f.message.slice(0, 500))}">${detail}</failure>`
    : `<skipped message="${escapeXml(`${f.severity}: counted, within the policy`)}"/>`
  return `<testcase ${attrs.join(' ')}>${body}</testcase>\n`
}

/**
 * JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins `junit`): one
 * suite per tool with a case per counted finding — a failure when it blocks, skipped when it is
 * within the policy — and a `verdict` suite whose single case fails unless the verdict is clean.
 * `each` is given every counted finding as its case is written: the tools in turn, each in the
 * one order.
 */
export function writeJUnit(
  path: string,
  record: VerdictRecord,
  judged: OrderedJudged,
  each?: (entry: Judged) => void
): number {
  const counted = countedOf(judged)
  const byTool = groupByTool(counted)
  const verdictFails = record.verdict !== 'clean'
  const blocking = counted.blocking
  const failures = blocking + (verdictFails ? 1 : 0)
  return writeFileAtomically(path, out => {
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(
      `<testsuites name="known-good" tests="${counted.length + 1}" failures="${failures}">\n`
    )
    const verdictCase = verdictFails
      ? `<failure type="${record.verdict}" message="verdict ${record.verdict}">${escapeXml(record.reasons.join('\n'))}</failure>`
      : ''
    out.write(`<testsuite name="verdict" tests="1" failures="${verdictFails ? 1 : 0}">\n`)
    out.write(
      `<testcase classname="known-good" name="verdict is clean">${verdictCase}</testcase>\n</testsuite>\n`
    )
    for (const [tool, entries] of [...byTool.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const toolFailures = entries.blocking
      const skipped = entries.length - toolFailures
      out.write(
        `<testsuite name="${escapeXml(tool)}" tests="${entries.length}" failures="${toolFailures}" skipped="${skipped}">\n`
      )
      for (const entry of entries) {
        out.write(testcase(entry))
        each?.(entry)
      }
      out.write('</testsuite>\n')
    }
    out.write('</testsuites>\n')
  })
}
