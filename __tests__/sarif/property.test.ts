import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Finding } from '../../src/model.js'
import { normaliseResult } from '../../src/sarif/normalize.js'
import { applyRunMember, CONTEXT_MEMBERS, emptyRunContext } from '../../src/sarif/run-context.js'
import { readFindings, WORKSPACE } from '../helpers/sarif.js'

/** JSON text with every object's keys in an order drawn from `seed`: producers use any order. */
function stringifyShuffled(value: unknown, seed: number): string {
  let state = seed >>> 0 || 1
  const next = (): number => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined)
      for (let i = entries.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[entries[i], entries[j]] = [entries[j]!, entries[i]!]
      }
      return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`).join(',')}}`
    }
    return JSON.stringify(v)
  }
  return write(value)
}

const level = fc.constantFrom('error', 'warning', 'note', 'none', undefined)
const rule = fc.record({
  id: fc.constantFrom('r0', 'r1', 'r2', 'r3'),
  defaultConfiguration: fc.option(fc.record({ level }), { nil: undefined }),
  properties: fc.option(
    fc.record({ 'security-severity': fc.constantFrom('9.5', '7.1', '4.0', '1.0', '0', 'x') }),
    { nil: undefined }
  )
})
const location = fc.record({
  physicalLocation: fc.record({
    artifactLocation: fc.oneof(
      fc.record({
        uri: fc.constantFrom('a.js', 'src/b%20c.py', '../out.go', 'file:///elsewhere/x.c'),
        uriBaseId: fc.option(fc.constantFrom('SRC', '%SRCROOT%'), { nil: undefined })
      }),
      fc.record({ index: fc.integer({ min: 0, max: 2 }) })
    ),
    region: fc.option(
      fc.record({
        startLine: fc.integer({ min: 1, max: 50 }),
        endLine: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined })
      }),
      { nil: undefined }
    )
  })
})
const result = fc.record({
  ruleId: fc.option(fc.constantFrom('r0', 'r1', 'r2', 'r3', 'other'), { nil: undefined }),
  ruleIndex: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  level,
  kind: fc.option(fc.constantFrom('fail', 'pass', 'review'), { nil: undefined }),
  message: fc.record({ text: fc.string({ maxLength: 20 }) }),
  locations: fc.option(fc.array(location, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  suppressions: fc.option(
    fc.array(fc.record({ status: fc.constantFrom('accepted', 'rejected', undefined) }), {
      maxLength: 2
    }),
    { nil: undefined }
  ),
  baselineState: fc.option(fc.constantFrom('new', 'unchanged', 'absent'), { nil: undefined }),
  partialFingerprints: fc.option(fc.record({ h: fc.constantFrom('1', '2') }), { nil: undefined })
})
const run = fc.record({
  tool: fc.record({
    driver: fc.record({
      name: fc.constantFrom('A', 'B', 'C'),
      rules: fc.array(rule, { maxLength: 5 })
    })
  }),
  results: fc.array(result, { maxLength: 15 }),
  originalUriBaseIds: fc.option(
    fc.constant({ SRC: { uri: 'file:///home/runner/work/app/app/lib/' } }),
    { nil: undefined }
  ),
  artifacts: fc.option(
    fc.constant([
      { location: { uri: 'art0.js' } },
      { location: { uri: 'art1.js', uriBaseId: 'SRC' } }
    ]),
    { nil: undefined }
  ),
  automationDetails: fc.option(fc.record({ id: fc.constantFrom('cat/a/', 'cat/b/') }), {
    nil: undefined
  })
})
const sarifLog = fc.record({ version: fc.constant('2.1.0'), runs: fc.array(run, { maxLength: 3 }) })

/** The obvious whole-file reading, for small inputs: every member known before any result. */
function naive(text: string): Finding[] {
  const parsed = JSON.parse(text) as { runs: Record<string, unknown>[] }
  return parsed.runs.flatMap((run, index) => {
    const context = emptyRunContext()
    for (const key of CONTEXT_MEMBERS)
      if (run[key] !== undefined) applyRunMember(context, key, run[key])
    const results = (run.results as unknown[]) ?? []
    return results.flatMap(
      r =>
        normaliseResult(r, context, { workspace: WORKSPACE, file: 'input.sarif', run: index }) ?? []
    )
  })
}

const key = (f: Finding): string =>
  `${f.source.run}|${f.fingerprint}|${f.severity}|${f.location?.path}|${f.suppressed}`

describe('streaming reader against a whole-file reading', () => {
  it('never crashes on valid logs in any key order, and finds exactly what JSON.parse + normalise finds', async () => {
    await fc.assert(
      fc.asyncProperty(sarifLog, fc.integer(), async (value, seed) => {
        const text = stringifyShuffled(value, seed)
        const { findings } = await readFindings(text)
        expect(findings.map(key).sort()).toEqual(naive(text).map(key).sort())
      }),
      { numRuns: 150 }
    )
  }, 60_000)
})
