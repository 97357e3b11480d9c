import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { VerdictName } from '../../src/policy/verdict.js'
import type { VerdictRecord } from '../../src/verdict/record.js'
import { VERDICT_SCHEMA } from '../../src/verdict/record.js'
import { tempDir } from './sarif.js'

/** A verdict.json as a scan writes it, for the label-backup stage. */
export function writeVerdictFile(
  verdict: VerdictName,
  commit?: string,
  counted: Partial<VerdictRecord['counts']['counted']> = {}
): string {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, note: 0, ...counted }
  const record: VerdictRecord = {
    schema: VERDICT_SCHEMA,
    verdict,
    reasons: [],
    counts: {
      counted: counts,
      all: counts,
      findings: 0,
      blocking: 0,
      suppressed: 0,
      excluded: 0,
      allowed: 0,
      existing: 0,
      fixed: 0,
      duplicates: 0
    },
    byTool: {},
    toolTotals: [],
    policy: {
      failOn: 'high',
      maxCounts: {},
      newOnly: false,
      include: [],
      exclude: [],
      allowRules: [],
      denyRules: [],
      countSuppressed: false
    },
    inputs: [],
    unmatchedPatterns: [],
    tools: [],
    sarifSha256: 'ab'.repeat(32),
    identity: commit ? { commit } : {},
    scannedAt: '2026-11-25T08:00:00.000Z',
    producer: { name: 'known-good', version: '0.1.0' }
  }
  const path = join(tempDir(), 'verdict.json')
  writeFileSync(path, JSON.stringify(record))
  return path
}
