import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectFindings } from '../../src/sarif/collect.js'
import { tempDir } from '../helpers/sarif.js'

type Json = Record<string, unknown>

/**
 * What describes a finding, written here from the rule in the README rather than taken from
 * the code: every member except these judgements and bookkeeping members.
 */
const NOT_DESCRIBING = [
  'guid',
  'kind',
  'level',
  'rank',
  'rule',
  'ruleIndex',
  'suppressions',
  'baselineState',
  'provenance',
  'occurrenceCount'
]

/** JSON with sorted keys: equal text means equal content, whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Json)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function description(result: Json): string {
  const rest: Json = {}
  for (const [key, value] of Object.entries(result))
    if (!NOT_DESCRIBING.includes(key)) rest[key] = value
  return canonical(rest)
}

const region = fc.record({
  startLine: fc.integer({ min: 1, max: 3 }),
  endLine: fc.option(fc.integer({ min: 3, max: 4 }), { nil: undefined }),
  startColumn: fc.option(fc.constantFrom(1, 5), { nil: undefined }),
  endColumn: fc.option(fc.constantFrom(9, 20), { nil: undefined })
})
const location = fc.record({
  physicalLocation: fc.record({
    artifactLocation: fc.record({ uri: fc.constantFrom('a.js', 'src/b.py') }),
    region
  })
})
const threadFlowLocation = fc.record({ location })
/** The members that describe a finding, from small pools so that equal ones are common. */
const members = {
  ruleId: fc.constantFrom('r0', 'r1'),
  message: fc.oneof(
    fc.record({ text: fc.constantFrom('tainted', 'tainted {0}') }),
    fc.record({
      text: fc.constant('{0} reaches {1}'),
      arguments: fc.constantFrom(['a', 'b'], ['a', 'c'])
    })
  ),
  locations: fc.array(location, { minLength: 1, maxLength: 3 }),
  relatedLocations: fc.option(fc.array(location, { minLength: 1, maxLength: 2 }), {
    nil: undefined
  }),
  codeFlows: fc.option(
    fc.array(
      fc.record({
        threadFlows: fc.array(
          fc.record({ locations: fc.array(threadFlowLocation, { minLength: 1, maxLength: 2 }) }),
          { minLength: 1, maxLength: 1 }
        )
      }),
      { minLength: 1, maxLength: 2 }
    ),
    { nil: undefined }
  ),
  logicalLocations: fc.option(
    fc.array(fc.record({ fullyQualifiedName: fc.constantFrom('A.f', 'A.g') }), {
      minLength: 1,
      maxLength: 1
    }),
    { nil: undefined }
  ),
  fingerprints: fc.option(
    fc.constantFrom({ 'matchBasedId/v1': 'requires login' }, { v1: '1' }, { v1: '2' }),
    { nil: undefined }
  ),
  properties: fc.option(fc.record({ confidence: fc.constantFrom('HIGH', 'LOW') }), {
    nil: undefined
  })
}
/**
 * A few findings of one run: one, and variants of it that differ in one member (a later
 * location, a code flow, a region's end…): the near-duplicates that must not be merged.
 */
const oneMember = fc.oneof(
  ...Object.entries(members).map(([name, arbitrary]) =>
    (arbitrary as fc.Arbitrary<unknown>).map(value => ({ [name]: value }))
  )
)
const findingsOfARun = fc
  .tuple(fc.record(members), fc.array(oneMember, { maxLength: 4 }))
  .map(([first, variants]) => [first, ...variants.map(variant => ({ ...first, ...variant }))])

/** How a copy of the finding may differ without being another finding. */
const judgement = fc.record({
  guid: fc.option(fc.uuid(), { nil: undefined }),
  kind: fc.constantFrom('fail', undefined),
  level: fc.constantFrom('error', 'warning', 'note', undefined),
  rank: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  suppressions: fc.option(fc.constant([{ kind: 'inSource' }]), { nil: undefined }),
  baselineState: fc.constantFrom('new', 'unchanged', undefined),
  provenance: fc.option(fc.record({ firstDetectionTimeUtc: fc.constant('2026-01-01T00:00:00Z') }), {
    nil: undefined
  })
})
const runOf = fc
  .record({
    tool: fc.constantFrom('A', 'B'),
    pool: findingsOfARun,
    picks: fc.array(fc.record({ pick: fc.nat(), judgement }), { maxLength: 12 })
  })
  .map(({ tool, pool, picks }) => ({
    tool: { driver: { name: tool } },
    results: picks.map(({ pick, judgement }) => ({ ...pool[pick % pool.length]!, ...judgement }))
  }))
const sarifLog = fc.record({
  version: fc.constant('2.1.0'),
  runs: fc.array(runOf, { minLength: 1, maxLength: 3 })
})

async function counted(...texts: string[]) {
  const dir = tempDir()
  const inputs = texts.map((text, i) => {
    const path = join(dir, `${i}.sarif`)
    writeFileSync(path, text)
    return { path, display: `${i}.sarif` }
  })
  return collectFindings(inputs, dir)
}

describe('finding identity, for random logs', () => {
  it('counts a log given twice as the log once, and never fewer than its distinct results', async () => {
    await fc.assert(
      fc.asyncProperty(sarifLog, async value => {
        const text = JSON.stringify(value)
        const once = await counted(text)
        const twice = await counted(text, text)
        const doubled = await counted(
          JSON.stringify({ ...value, runs: [...value.runs, ...value.runs] })
        )
        expect(twice.store.all().length).toBe(once.store.all().length)
        expect(doubled.store.all().length).toBe(once.store.all().length)
        const results = value.runs.flatMap(r => r.results)
        expect(once.store.all().length).toBeLessThanOrEqual(results.length)
        for (const run of value.runs) {
          const distinct = new Set(run.results.map(r => description(r as Json))).size
          const alone = await counted(JSON.stringify({ ...value, runs: [run] }))
          expect(alone.store.all().length).toBeGreaterThanOrEqual(distinct)
        }
      }),
      { numRuns: 120 }
    )
  }, 120_000)
})
