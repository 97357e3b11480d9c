import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Finding } from '../../src/model.js'
import { SEVERITIES, severityRank } from '../../src/model.js'
import {
  byTool,
  compareJudged,
  countedOf,
  firstOf,
  mergeSort,
  orderJudged
} from '../../src/policy/order.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import type { Judged } from '../../src/policy/verdict.js'
import { decide } from '../../src/policy/verdict.js'
import { checkAnnotations } from '../../src/report/check-run.js'
import { finding } from '../helpers/findings.js'

// The one order of judged findings (ARCHITECTURE.md, "Scan memory"): sorted once by decide,
// parts of it taken in order, and the bounded top-N of the check run's ranking.

const arbitraryFinding = fc.record({
  severity: fc.constantFrom(...SEVERITIES),
  tool: fc.constantFrom('A', 'B', 'C'),
  path: fc.constantFrom('a.js', 'b.js', undefined, 'outside'),
  line: fc.integer({ min: 1, max: 4 }),
  suppressed: fc.boolean(),
  ruleId: fc.constantFrom('r1', 'r2', 'deny-me')
})

type Spec = typeof arbitraryFinding extends fc.Arbitrary<infer T> ? T : never

function toFinding(spec: Spec): Finding {
  const { path, line, ...rest } = spec
  return finding({
    ...rest,
    location:
      path === undefined
        ? undefined
        : { path, outsideWorkspace: path === 'outside', startLine: line, endLine: line + 1 }
  } as Partial<Finding>)
}

const policy = { ...defaultPolicy(), failOn: 'medium' as const, denyRules: ['deny-me'] }

/** How the check run ranked before the one order: a full sort of the placeable findings. */
function sortedRanking(judged: readonly Judged[], changed: Map<string, Set<number>>, max: number) {
  const onChanged = (e: Judged) => {
    const l = e.finding.location!
    return [...(changed.get(l.path) ?? [])].some(n => n >= l.startLine && n <= l.endLine)
  }
  return judged
    .filter(e => e.finding.location && !e.finding.location.outsideWorkspace)
    .map(entry => ({ entry, changed: onChanged(entry) ? 0 : 1 }))
    .sort(
      (a, b) =>
        a.changed - b.changed ||
        severityRank(a.entry.finding.severity) - severityRank(b.entry.finding.severity) ||
        Number(b.entry.disposition === 'counted') - Number(a.entry.disposition === 'counted') ||
        compareJudged(a.entry, b.entry)
    )
    .slice(0, max)
    .map(r => r.entry.finding.fingerprint)
}

describe('the one order', () => {
  it('property: decide orders the same findings the same way, whatever order they came in', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 30 }), fc.integer(), (specs, seed) => {
        const findings = specs.map(toFinding)
        const shuffled = fc.sample(fc.shuffledSubarray(findings, { minLength: findings.length }), {
          numRuns: 1,
          seed
        })[0]!
        const a = [...decide(findings, [], policy).judged]
        const b = [...decide(shuffled, [], policy).judged]
        expect(b.map(e => e.finding.fingerprint)).toEqual(a.map(e => e.finding.fingerprint))
        for (let i = 1; i < a.length; i++) expect(compareJudged(a[i - 1]!, a[i]!)).toBeLessThan(0)
      }),
      { numRuns: 300 }
    )
  })

  it('property: orderJudged sorts into exactly the order of compareJudged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ spec: arbitraryFinding, blocking: fc.boolean() }), { maxLength: 60 }),
        entries => {
          const judged: Judged[] = entries.map(({ spec, blocking }, i) => ({
            finding: { ...toFinding(spec), fingerprint: `f${i % 7}` },
            disposition: 'counted',
            blocking
          }))
          const expected = [...judged].sort(compareJudged)
          expect([...orderJudged([...judged])]).toEqual(expected)
        }
      ),
      { numRuns: 500 }
    )
  })

  it('is total: findings that differ only in tool or source are still in a fixed order', () => {
    const base = finding()
    const entries = [
      { ...base, tool: 'B' },
      { ...base, tool: 'A', source: { file: 'y.sarif', run: 0 } },
      { ...base, tool: 'A', source: { file: 'x.sarif', run: 1 } },
      { ...base, tool: 'A', source: { file: 'x.sarif', run: 0 } }
    ].map(f => ({ finding: f, disposition: 'counted' as const, blocking: false }))
    const sorted = [...entries].sort(compareJudged)
    expect(
      sorted.map(e => `${e.finding.tool} ${e.finding.source.file} ${e.finding.source.run}`)
    ).toEqual(['A x.sarif 0', 'A x.sarif 1', 'A y.sarif 0', 'B x.sarif 0'])
    expect(compareJudged(entries[0]!, entries[0]!)).toBe(0)
  })

  it('parts in order: counted, by tool, the first n', () => {
    const judged = decide(
      [finding({ tool: 'B', severity: 'low' }), finding({ tool: 'A' }), finding({ tool: 'B' })],
      [],
      { ...policy, exclude: [] }
    ).judged
    expect([...countedOf(judged)]).toEqual([...judged])
    expect([...byTool(judged).keys()]).toEqual(['A', 'B'])
    expect([...byTool(judged).get('B')!].map(e => e.finding.severity)).toEqual(['high', 'low'])
    const top = firstOf(
      judged.where(e => e.finding.tool === 'B'),
      1
    )
    expect(top.total).toBe(2)
    expect(top.first.map(e => e.finding.severity)).toEqual(['high'])
  })

  it('takes no copy for a part that is the whole list: every entry counts, or one tool', () => {
    const judged = decide(
      [finding({ tool: 'A', severity: 'low' }), finding({ tool: 'A' }), finding({ tool: 'A' })],
      [],
      { ...policy, exclude: [] }
    ).judged
    expect(countedOf(judged)).toBe(judged)
    expect(byTool(judged).get('A')).toBe(judged)
    expect([...byTool(judged).keys()]).toEqual(['A'])
    const mixed = decide([finding({ tool: 'A' }), finding({ tool: 'B', suppressed: true })], [], {
      ...policy,
      exclude: []
    }).judged
    expect(countedOf(mixed)).not.toBe(mixed)
    expect([...countedOf(mixed)].map(e => e.finding.tool)).toEqual(['A'])
    expect(byTool(countedOf(mixed)).get('A')).toBe(countedOf(mixed))
  })

  it('property: the check run ranks, in one pass, as a full sort of the placeable findings did', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryFinding, { maxLength: 40 }),
        fc.integer({ min: 0, max: 45 }),
        fc.subarray([1, 2, 3, 4, 5]),
        (specs, max, lines) => {
          const judged = decide(specs.map(toFinding), [], policy).judged
          const changed = new Map([['a.js', new Set(lines)]])
          const plan = checkAnnotations(judged, { max, changed })
          expect(plan.annotations.map(a => a.raw_details.split(' ').pop())).toEqual(
            sortedRanking([...judged], changed, max)
          )
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('mergeSort', () => {
  it('property: the stable order of Array.prototype.sort, with ties, at every length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (values, buckets) => {
          // Ties: values equal modulo `buckets` compare equal, so only a stable sort keeps them
          // in the order they came.
          const compare = (a: number, b: number) => (a % buckets) - (b % buckets)
          const list = Uint32Array.from(values)
          mergeSort(list, new Uint32Array(list.length), compare)
          expect([...list]).toEqual([...values].sort(compare))
        }
      ),
      { numRuns: 500 }
    )
  })

  it('sorts a part of a larger array with the part beside it as scratch, touching nothing else', () => {
    const space = Uint32Array.from([9, 7, 5, 3, 1, 8, 6, 4, 2, 0, 77, 77])
    const list = space.subarray(0, 5)
    mergeSort(list, space.subarray(5, 10), (a, b) => a - b)
    expect([...list]).toEqual([1, 3, 5, 7, 9])
    expect([...space.subarray(10)]).toEqual([77, 77])
  })

  it('refuses a scratch shorter than the list', () => {
    expect(() => mergeSort(new Uint32Array(3), new Uint32Array(2), (a, b) => a - b)).toThrow(
      /scratch/
    )
  })
})
