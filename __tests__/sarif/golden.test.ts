import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../../src/model.js'
import { FindingCollector } from '../../src/sarif/collect.js'
import { readSarifFile } from '../../src/sarif/read-file.js'

/**
 * Golden tests on SARIF written by real scanners (Bandit, gosec, ESLint, Semgrep, hadolint,
 * Checkov) for the sample app in __tests__/fixtures/sample-app (see the README beside them).
 * They were generated in /work/main, so that is the workspace their absolute URIs resolve in.
 * `UPDATE_GOLDEN=1` writes the expectations (and only then); review the diff before committing
 * it. A missing expectation fails the test.
 */
const REAL = '__tests__/fixtures/sarif/real'
const GOLDEN = '__tests__/fixtures/golden'
const WORKSPACE = '/work/main'

function summary(f: Finding) {
  return {
    tool: f.tool,
    ruleId: f.ruleId,
    severity: f.severity,
    level: f.level,
    path: f.location?.path ?? null,
    outsideWorkspace: f.location?.outsideWorkspace ?? null,
    line: f.location?.startLine ?? null,
    suppressed: f.suppressed,
    cwes: f.cwes,
    fingerprint: f.fingerprint
  }
}

async function read(file: string) {
  const findings: Finding[] = []
  const collector = new FindingCollector()
  const result = await readSarifFile(join(REAL, file), file, WORKSPACE, {
    finding: f => {
      findings.push(f)
      collector.finding(f)
    },
    retractRun: () => {}
  })
  collector.commitFile()
  const rows = findings
    .map(summary)
    .sort((a, b) =>
      `${a.path}:${String(a.line).padStart(6)}:${a.ruleId}`.localeCompare(
        `${b.path}:${String(b.line).padStart(6)}:${b.ruleId}`
      )
    )
  return {
    passes: result.passes,
    runs: result.runs.map(r => ({
      tool: r.tool,
      version: r.toolVersion ?? null,
      results: r.results,
      findings: r.findings,
      placeholderFingerprints: r.placeholderFingerprints
    })),
    /** Findings after de-duplication within the file. */
    distinct: collector.findings().length,
    findings: rows
  }
}

const files = readdirSync(REAL)
  .filter(f => f.endsWith('.sarif'))
  .sort()

describe('golden: SARIF from real scanners', () => {
  it('has output of at least three tools', () => {
    expect(new Set(files.map(f => f.split('-')[0])).size).toBeGreaterThanOrEqual(3)
  })

  it.each(files)('%s reads as recorded', async file => {
    const actual = await read(file)
    const golden = join(GOLDEN, file.replace(/\.sarif$/, '.json'))
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN, { recursive: true })
      writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`)
    }
    if (!existsSync(golden))
      throw new Error(`${golden} is missing: run with UPDATE_GOLDEN=1 and review what it writes`)
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
  })

  // Checkov is left out: run from elsewhere it writes `work/main/…`, an absolute path without
  // its leading slash, which no reader can tell from a relative one. Semgrep's rule ids embed
  // the directory it ran from, so only places and severities are compared.
  it.each(files.filter(f => f.includes('-absolute') && !f.startsWith('checkov')))(
    '%s finds the same places as its repository-relative twin',
    async file => {
      const absolute = await read(file)
      const relative = await read(file.replace('-absolute', ''))
      const places = (rows: ReturnType<typeof summary>[]) =>
        rows.map(({ path, line, severity, outsideWorkspace }) => ({
          path,
          line,
          severity,
          outsideWorkspace
        }))
      expect(places(absolute.findings)).toEqual(places(relative.findings))
    }
  )
})
