import { describe, expect, it } from '@jest/globals'
import { normaliseResult } from '../../src/sarif/normalize.js'
import type { RunContext } from '../../src/sarif/run-context.js'
import { applyRunMember, cweFromText, emptyRunContext } from '../../src/sarif/run-context.js'
import { result, WORKSPACE } from '../helpers/sarif.js'

const ENV = { workspace: WORKSPACE, file: 'x.sarif', run: 0 }

function context(tool: unknown, extra: Record<string, unknown> = {}): RunContext {
  const ctx = emptyRunContext()
  applyRunMember(ctx, 'tool', tool)
  for (const [key, value] of Object.entries(extra)) applyRunMember(ctx, key, value)
  return ctx
}

const RULES = [
  {
    id: 'A',
    name: 'RuleA',
    shortDescription: { text: 'A short' },
    helpUri: 'https://x/a',
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['security', 'external/cwe/cwe-079'] }
  },
  {
    id: 'B',
    properties: { 'security-severity': '9.8', tags: ['CWE-89: SQL Injection'] },
    messageStrings: { m: { text: 'Value {0} flows to {1}.' } }
  }
]
const TOOL = {
  driver: { name: 'Scanner', semanticVersion: '3.1.0', rules: RULES },
  extensions: [
    {
      name: 'pack',
      rules: [
        {
          id: 'E',
          defaultConfiguration: { level: 'error' },
          properties: { 'security-severity': '5.0' }
        }
      ]
    }
  ]
}

function normalise(overrides: Record<string, unknown>, ctx = context(TOOL)) {
  return normaliseResult(result({ level: undefined, ...overrides }), ctx, ENV)
}

describe('normaliseResult', () => {
  it('finds the rule by ruleIndex in the driver', () => {
    const f = normalise({ ruleId: undefined, ruleIndex: 0 })!
    expect(f).toMatchObject({
      ruleId: 'A',
      ruleName: 'RuleA',
      ruleDescription: 'A short',
      helpUri: 'https://x/a',
      cwes: ['CWE-79'],
      level: 'note',
      severity: 'low',
      tool: 'Scanner',
      toolVersion: '3.1.0'
    })
  })

  it('finds the rule by rule.index in the extension named by toolComponent', () => {
    const f = normalise({ ruleId: 'E', rule: { id: 'E', index: 0, toolComponent: { index: 0 } } })!
    expect(f).toMatchObject({
      ruleId: 'E',
      level: 'error',
      securitySeverity: 5,
      severity: 'medium'
    })
  })

  it('finds the rule by id in an extension when the driver lacks it', () => {
    expect(normalise({ ruleId: 'E' })!.level).toBe('error')
  })

  it('takes ruleId from rule.id when ruleId is absent', () => {
    expect(normalise({ ruleId: undefined, rule: { id: 'B' } })!).toMatchObject({
      ruleId: 'B',
      severity: 'critical'
    })
  })

  it.each([
    ['the result level', { ruleId: 'A', level: 'error' }, 'error'],
    ["the rule's default configuration", { ruleId: 'A' }, 'note'],
    ['warning when neither says', { ruleId: 'unknown' }, 'warning']
  ])('takes the level from %s', (_what, overrides, level) => {
    expect(normalise(overrides)!.level).toBe(level)
  })

  it.each([
    ['9.0', 'critical'],
    ['8.9', 'high'],
    ['7.0', 'high'],
    ['6.9', 'medium'],
    ['4.0', 'medium'],
    ['3.9', 'low'],
    ['0.1', 'low'],
    ['0.0', 'note']
  ])('maps security-severity %s to %s, whatever the level', (score, severity) => {
    const ctx = context({
      driver: { name: 'T', rules: [{ id: 'S', properties: { 'security-severity': score } }] }
    })
    expect(normalise({ ruleId: 'S', level: 'note' }, ctx)!.severity).toBe(severity)
  })

  it.each([
    ['error', 'high'],
    ['warning', 'medium'],
    ['note', 'low'],
    ['none', 'note']
  ])('maps level %s to %s without a security-severity', (level, severity) => {
    expect(normalise({ ruleId: 'zzz', level })!.severity).toBe(severity)
  })

  it('falls back to the level for a security-severity that gives no number', () => {
    const ctx = context({
      driver: { name: 'T', rules: [{ id: 'S', properties: { 'security-severity': 'undefined' } }] }
    })
    expect(normalise({ ruleId: 'S', level: 'error' }, ctx)!).toMatchObject({ severity: 'high' })
    expect(normalise({ ruleId: 'S', level: 'error' }, ctx)!.securitySeverity).toBeUndefined()
  })

  it.each(['pass', 'open', 'informational', 'notApplicable', 'review'])(
    'drops results of kind %s',
    kind => {
      expect(normalise({ kind })).toBeUndefined()
    }
  )

  it('keeps results of kind fail', () => {
    expect(normalise({ kind: 'fail' })).toBeDefined()
  })

  it.each([
    [[{ kind: 'inSource' }], true],
    [[{ kind: 'external', status: 'accepted' }], true],
    [[{ kind: 'external', status: 'underReview' }], false],
    [[{ kind: 'external', status: 'rejected' }], false],
    [[{ status: 'rejected' }, { status: 'accepted' }], true],
    [[], false]
  ])('suppressions %j → suppressed %s', (suppressions, suppressed) => {
    expect(normalise({ suppressions })!.suppressed).toBe(suppressed)
  })

  it.each(['new', 'unchanged', 'updated', 'absent'])('keeps baselineState %s', state => {
    expect(normalise({ baselineState: state })!.baselineState).toBe(state)
  })

  it('builds the message from message.id and arguments', () => {
    expect(
      normalise({ ruleId: 'B', message: { id: 'm', arguments: ['req.query', 'db.exec'] } })!.message
    ).toBe('Value req.query flows to db.exec.')
  })

  it('applies region defaults: startLine 1, endLine = startLine', () => {
    const f = normalise({
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startColumn: 4 } } }
      ]
    })!
    expect(f.location).toEqual({
      path: 'a.js',
      outsideWorkspace: false,
      startLine: 1,
      endLine: 1,
      startColumn: 4
    })
    const g = normalise({
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 9 } } }
      ]
    })!
    expect(g.location).toMatchObject({ startLine: 9, endLine: 9 })
  })

  it('resolves index-only artifact references through run.artifacts', () => {
    const ctx = context(TOOL, {
      artifacts: [{ location: { uri: 'pkg/main.go', uriBaseId: '%SRCROOT%' } }]
    })
    const f = normalise(
      { locations: [{ physicalLocation: { artifactLocation: { index: 0 } } }] },
      ctx
    )!
    expect(f.location?.path).toBe('pkg/main.go')
  })

  it('has no location when the result has none', () => {
    expect(normalise({ locations: undefined })!.location).toBeUndefined()
  })

  it('uses the category of the run', () => {
    const ctx = context(TOOL, { automationDetails: { id: 'codeql/js/' } })
    expect(normalise({}, ctx)!.source).toEqual({ file: 'x.sarif', run: 0, category: 'codeql/js/' })
  })

  it('gives results that differ in anything describing the finding different identities', () => {
    const base = normalise({})!
    expect(base.fingerprint).toMatch(/^[0-9a-f]{32}$/)
    const variants: Record<string, unknown>[] = [
      { message: { text: 'something else is wrong' } },
      { fingerprints: { v1: 'abc' } },
      { partialFingerprints: { primaryLocationLineHash: 'h:1' } },
      { properties: { member: 'x' } },
      {
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'src/app.js' },
              region: { startLine: 3, endLine: 9 }
            }
          }
        ]
      },
      { logicalLocations: [{ fullyQualifiedName: 'Foo.bar' }] }
    ]
    const identities = variants.map(v => normalise(v)!.fingerprint)
    expect(new Set([base.fingerprint, ...identities]).size).toBe(variants.length + 1)
  })

  it('keeps the identity of one finding however it is judged or referenced', () => {
    const base = normalise({ ruleId: 'B' })!
    const judged = normalise({
      ruleId: 'B',
      ruleIndex: 1,
      rule: { id: 'B', index: 1 },
      guid: '8d2f7a3e-0000-4000-8000-000000000001',
      kind: 'fail',
      level: 'note',
      rank: 10,
      suppressions: [{ kind: 'inSource' }],
      baselineState: 'unchanged',
      provenance: { firstDetectionTimeUtc: '2026-01-01T00:00:00Z' }
    })!
    expect(judged.fingerprint).toBe(base.fingerprint)
  })

  it('does not merge results that share a placeholder fingerprint (Semgrep)', () => {
    const placeholder = { 'matchBasedId/v1': 'requires login' }
    const line = (n: number) => [
      { physicalLocation: { artifactLocation: { uri: 'a.py' }, region: { startLine: n } } }
    ]
    const one = normalise({ fingerprints: placeholder, locations: line(1) })!
    const two = normalise({ fingerprints: placeholder, locations: line(2) })!
    expect(one.fingerprint).not.toBe(two.fingerprint)
  })

  it('still normalises a result whose run has no tool', () => {
    expect(normaliseResult(result(), emptyRunContext(), ENV)).toMatchObject({
      tool: 'unknown-tool',
      ruleId: 'R1'
    })
  })
})

describe('cweFromText', () => {
  it.each([
    ['external/cwe/cwe-079', 'CWE-79'],
    ['CWE-89: Improper Neutralization', 'CWE-89'],
    ['cwe_22', 'CWE-22'],
    ['security', undefined]
  ])('%s → %s', (tag, cwe) => {
    expect(cweFromText(tag)).toBe(cwe)
  })

  it('reads CWE relationships to a CWE taxonomy (gosec)', () => {
    const ctx = context({
      driver: {
        name: 'gosec',
        rules: [
          { id: 'G101', relationships: [{ target: { id: '798', toolComponent: { name: 'CWE' } } }] }
        ]
      }
    })
    expect(normalise({ ruleId: 'G101' }, ctx)!.cwes).toEqual(['CWE-798'])
  })
})
