import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Severity } from '../../src/model.js'
import { SEVERITIES } from '../../src/model.js'
import type { Policy } from '../../src/policy/policy.js'
import { defaultPolicy, FAIL_ON_VALUES } from '../../src/policy/policy.js'
import { allowance, decide } from '../../src/policy/verdict.js'
import { finding } from '../helpers/findings.js'

function policy(overrides: Partial<Policy> = {}): Policy {
  return { ...defaultPolicy(), ...overrides }
}

describe('decide', () => {
  it('is clean with no findings and no input problems', () => {
    const d = decide([], [], policy())
    expect(d.verdict).toBe('clean')
    expect(d.blocking).toBe(0)
  })

  it('is unknown, never clean, when an input could not be judged', () => {
    const d = decide(
      [finding({ severity: 'low' })],
      [{ message: 'pattern matched no file' }],
      policy()
    )
    expect(d.verdict).toBe('unknown')
    expect(d.reasons).toContain('pattern matched no file')
  })

  it('is blocked when blocking findings exist, even with input problems', () => {
    const d = decide(
      [finding({ severity: 'critical' })],
      [{ file: 'b.sarif', message: 'truncated' }],
      policy()
    )
    expect(d.verdict).toBe('blocked')
    expect(d.reasons).toEqual([
      '1 critical finding (fail-on high allows none)',
      'b.sarif: truncated'
    ])
  })

  // Every fail-on threshold against every severity.
  for (const failOn of FAIL_ON_VALUES) {
    for (const severity of SEVERITIES) {
      const blocks =
        failOn !== 'none' && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn as Severity)
      it(`fail-on ${failOn}: one ${severity} finding → ${blocks ? 'blocked' : 'clean'}`, () => {
        const d = decide([finding({ severity })], [], policy({ failOn }))
        expect(d.verdict).toBe(blocks ? 'blocked' : 'clean')
        expect(d.judged.first(1)[0]!.blocking).toBe(blocks)
      })
    }
  }

  it('max-counts allows up to N of a severity and overrides fail-on for it', () => {
    const highs = [finding(), finding(), finding()]
    expect(decide(highs, [], policy({ maxCounts: { high: 3 } })).verdict).toBe('clean')
    const d = decide([...highs, finding()], [], policy({ maxCounts: { high: 3 } }))
    expect(d.verdict).toBe('blocked')
    expect(d.reasons[0]).toBe('4 high findings (max-counts allows 3)')
  })

  it('max-counts also limits severities below fail-on', () => {
    const lows = [finding({ severity: 'low' }), finding({ severity: 'low' })]
    expect(decide(lows, [], policy({ maxCounts: { low: 1 } })).verdict).toBe('blocked')
    expect(decide(lows, [], policy({ failOn: 'none', maxCounts: { low: 2 } })).verdict).toBe(
      'clean'
    )
  })

  it('does not count suppressed findings unless count-suppressed', () => {
    const f = [finding({ suppressed: true })]
    expect(decide(f, [], policy()).dispositions.suppressed).toBe(1)
    expect(decide(f, [], policy()).verdict).toBe('clean')
    expect(decide(f, [], policy({ countSuppressed: true })).verdict).toBe('blocked')
  })

  it('never counts fixed (baseline absent) findings', () => {
    const d = decide([finding({ baselineState: 'absent' })], [], policy({ countSuppressed: true }))
    expect(d).toMatchObject({ verdict: 'clean', dispositions: { fixed: 1 } })
  })

  it('new-only counts new findings and findings without a baseline state', () => {
    const f = [finding({ baselineState: 'unchanged' }), finding({ baselineState: 'updated' })]
    expect(decide(f, [], policy({ newOnly: true })).verdict).toBe('clean')
    expect(decide(f, [], policy({ newOnly: true })).dispositions.existing).toBe(2)
    expect(decide([finding({ baselineState: 'new' })], [], policy({ newOnly: true })).verdict).toBe(
      'blocked'
    )
    expect(decide([finding()], [], policy({ newOnly: true })).verdict).toBe('blocked')
    expect(decide(f, [], policy()).verdict).toBe('blocked')
  })

  it('include-paths and exclude-paths filter by repository path', () => {
    const test = finding({
      location: { path: 'test/a.spec.js', outsideWorkspace: false, startLine: 1, endLine: 1 }
    })
    const src = finding({
      location: { path: 'src/b.js', outsideWorkspace: false, startLine: 1, endLine: 1 }
    })
    expect(decide([test], [], policy({ exclude: ['test/**'] })).verdict).toBe('clean')
    expect(decide([test, src], [], policy({ exclude: ['test/**'] })).blocking).toBe(1)
    const judged = decide([test, src], [], policy({ include: ['src/**'] })).judged
    expect([...judged].map(j => [j.finding.location?.path, j.disposition])).toEqual([
      ['src/b.js', 'counted'],
      ['test/a.spec.js', 'excluded']
    ])
    expect(
      decide([test], [], policy({ include: ['src/**'], exclude: ['test/**'] })).dispositions
        .excluded
    ).toBe(1)
  })

  it('counts findings outside the workspace and without a location whatever the path filters say', () => {
    const outside = finding({
      location: { path: '/etc/x', outsideWorkspace: true, startLine: 1, endLine: 1 }
    })
    const nowhere = finding({ location: undefined })
    const d = decide([outside, nowhere], [], policy({ include: ['src/**'], exclude: ['**'] }))
    expect(d.blocking).toBe(2)
  })

  it('allow-rules never block; tool:rule patterns name the tool', () => {
    const f = [finding({ ruleId: 'js/xss' }), finding({ ruleId: 'G101', tool: 'gosec' })]
    expect(decide(f, [], policy({ allowRules: ['js/*', 'gosec:G1*'] })).verdict).toBe('clean')
    expect(decide(f, [], policy({ allowRules: ['other:G101'] })).blocking).toBe(2)
  })

  it('deny-rules block any counted finding of the rule, whatever its severity', () => {
    const note = finding({ ruleId: 'secrets/leak', severity: 'note' })
    const d = decide([note], [], policy({ failOn: 'critical', denyRules: ['secrets/*'] }))
    expect(d.verdict).toBe('blocked')
    expect(d.reasons).toEqual(['1 finding of denied rules (deny-rules)'])
    expect(
      decide([{ ...note, suppressed: true }], [], policy({ denyRules: ['secrets/*'] })).verdict
    ).toBe('clean')
  })

  it('allowance follows fail-on unless max-counts names the severity', () => {
    expect(allowance(policy({ failOn: 'medium' }), 'medium')).toBe(0)
    expect(allowance(policy({ failOn: 'medium' }), 'low')).toBe(Infinity)
    expect(allowance(policy({ failOn: 'none' }), 'critical')).toBe(Infinity)
    expect(allowance(policy({ failOn: 'none', maxCounts: { critical: 0 } }), 'critical')).toBe(0)
  })

  it('property: blocked exactly when a counted severity exceeds its allowance or a denied rule is counted', () => {
    const arbitraryFinding = fc.record({
      severity: fc.constantFrom(...SEVERITIES),
      suppressed: fc.boolean(),
      ruleId: fc.constantFrom('a', 'b', 'deny-me'),
      baselineState: fc.constantFrom(undefined, 'new', 'unchanged', 'absent' as const)
    })
    const arbitraryPolicy = fc.record({
      failOn: fc.constantFrom(...FAIL_ON_VALUES),
      maxCounts: fc.dictionary(fc.constantFrom(...SEVERITIES), fc.integer({ min: 0, max: 3 })),
      newOnly: fc.boolean(),
      countSuppressed: fc.boolean(),
      denyRules: fc.constantFrom<string[]>([], ['deny-me'])
    })
    fc.assert(
      fc.property(
        fc.array(arbitraryFinding, { maxLength: 20 }),
        arbitraryPolicy,
        fc.boolean(),
        (specs, p, problem) => {
          const findings = specs.map(s => finding(s))
          const full = policy(p)
          const d = decide(findings, problem ? [{ message: 'x' }] : [], full)
          const counted = [...d.judged].filter(j => j.disposition === 'counted')
          const over = SEVERITIES.some(
            s => counted.filter(j => j.finding.severity === s).length > allowance(full, s)
          )
          const denied = counted.some(j => full.denyRules.includes(j.finding.ruleId))
          const expected = over || denied ? 'blocked' : problem ? 'unknown' : 'clean'
          expect(d.verdict).toBe(expected)
          expect(d.verdict === 'clean').toBe(!over && !denied && !problem)
        }
      ),
      { numRuns: 500 }
    )
  })
})
