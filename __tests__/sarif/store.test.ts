import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import type { Finding } from '../../src/model.js'
import { SEVERITIES } from '../../src/model.js'
import { OrderedJudged, compareJudged } from '../../src/policy/order.js'
import { decide } from '../../src/policy/verdict.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import { FindingStore, release } from '../../src/sarif/store.js'
import { finding } from '../helpers/findings.js'

const HEX = (n: number): string => n.toString(16).padStart(32, '0')

/** A finding with every member of `Finding` set. */
function full(overrides: Partial<Finding> = {}): Finding {
  return {
    fingerprint: HEX(7),
    tool: 'CodeQL',
    toolVersion: '2.20.0',
    ruleId: 'js/sql-injection',
    ruleName: 'SqlInjection',
    ruleDescription: 'Database query built from user-controlled sources',
    helpUri: 'https://codeql.github.com/',
    cwes: ['CWE-89'],
    level: 'error',
    severity: 'high',
    securitySeverity: 8.8,
    message: 'This query depends on a \u{1F600} user value \ud800 (lone) é',
    messageTemplate: 'This query depends on {0}',
    messageArguments: ['a user value'],
    location: {
      path: 'src/db.js',
      outsideWorkspace: false,
      startLine: 3,
      endLine: 4,
      startColumn: 5,
      endColumn: 9
    },
    suppressed: false,
    baselineState: 'new',
    source: { file: 'codeql.sarif', run: 1, category: 'js' },
    ...overrides
  }
}

const previousTmpdir = process.env.TMPDIR
afterEach(() => {
  if (previousTmpdir === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = previousTmpdir
})

describe('FindingStore', () => {
  it.each([0, 1, 100])(
    'gives back every member of a finding, spilled or not (first %d in memory)',
    inMemory => {
      const store = new FindingStore(inMemory)
      const a = full()
      const b = full({ fingerprint: HEX(8), ruleName: 'Other', cwes: [], location: undefined })
      delete b.location
      const c = full({ fingerprint: 'by-hand', source: { file: 'other.sarif', run: 0 } })
      for (const f of [a, b, c]) store.add(structuredClone(f))
      store.commitFile()
      expect(store.all()).toEqual([a, b, c])
      store.close()
    }
  )

  it('merges a copy read later: most severe form, suppressed only if every copy is', () => {
    const store = new FindingStore(0)
    store.add(
      full({ severity: 'medium', suppressed: true, message: 'first', baselineState: 'absent' })
    )
    store.commitFile()
    store.add(
      full({
        severity: 'critical',
        suppressed: false,
        message: 'second',
        baselineState: 'unchanged'
      })
    )
    store.add(full({ fingerprint: HEX(9) }))
    store.commitFile()
    store.add(full({ severity: 'low', suppressed: true, message: 'third' }))
    store.commitFile()
    const [merged, other] = store.all()
    expect(store.size).toBe(2)
    expect(store.duplicates).toBe(2)
    expect(store.duplicatesOf('CodeQL')).toBe(2)
    expect(merged).toMatchObject({ severity: 'critical', message: 'second', suppressed: false })
    // new (the third copy's) counts most
    expect(merged!.baselineState).toBe('new')
    expect(other!.fingerprint).toBe(HEX(9))
    store.close()
  })

  it('forgets an aborted file and a retracted run, and reuses their room in the spill file', () => {
    const store = new FindingStore(0)
    store.add(full({ fingerprint: HEX(1), message: 'kept' }))
    store.commitFile()
    store.add(full({ fingerprint: HEX(2), message: 'aborted' }))
    store.add(full({ fingerprint: HEX(1), severity: 'critical', message: 'aborted copy' }))
    store.abortFile()
    store.add(full({ fingerprint: HEX(3), source: { file: 'b', run: 0 }, message: 'run 0' }))
    store.add(full({ fingerprint: HEX(4), source: { file: 'b', run: 1 }, message: 'run 1' }))
    store.retractRun(1)
    store.add(full({ fingerprint: HEX(5), source: { file: 'b', run: 1 }, message: 'run 1 again' }))
    store.commitFile()
    expect(store.all().map(f => [f.message, f.severity])).toEqual([
      ['kept', 'high'],
      ['run 0', 'high'],
      ['run 1 again', 'high']
    ])
    expect(store.duplicates).toBe(0)
    store.close()
  })

  it('takes no finding once judged', () => {
    const store = new FindingStore(0)
    store.add(full())
    store.commitFile()
    expect(decide(store, [], defaultPolicy()).judged).toHaveLength(1)
    expect(() => store.add(full({ fingerprint: HEX(2) }))).toThrow(/already judged/)
    store.close()
  })

  it('makes the order in the memory of the de-duplication table, then keeps it at its own size', () => {
    const store = new FindingStore(0)
    const count = 3000
    for (let i = 0; i < count; i++) store.add(full({ fingerprint: HEX(i + 1) }))
    store.commitFile()
    const seal = store.seal.bind(store)
    let table: Uint32Array | undefined
    let tableLength = 0
    store.seal = () => {
      table = seal()
      tableLength = table.length
      return table
    }
    const digests = (store as unknown as { digest: { blocks: Uint32Array[] } }).digest.blocks
    const digestBlocks = [...digests]
    const ordered = OrderedJudged.of(store)
    // Made at once for the file's 3000 findings, at most half full: 8192 entries.
    expect(tableLength).toBe(8192)
    const list = (ordered as unknown as { list: Uint32Array }).list
    expect(list).toHaveLength(count)
    // The table held the rows and the sort's scratch; the order keeps neither half of it, and
    // its memory and the digests' are given back at once (detached), not at a later collection.
    expect(list.buffer).not.toBe(table!.buffer)
    expect(list.buffer.byteLength).toBe(count * 4)
    expect((table!.buffer as ArrayBuffer).detached).toBe(true)
    expect(digestBlocks.length).toBeGreaterThan(0)
    expect(digestBlocks.every(block => (block.buffer as ArrayBuffer).detached)).toBe(true)
    expect([...ordered].map(entry => entry.finding.fingerprint)).toEqual(
      Array.from({ length: count }, (_, i) => HEX(i + 1)).sort()
    )
    store.close()
  })

  it('frees only a typed array that owns its whole buffer', () => {
    const owner = new Uint32Array(8)
    expect(() => release(owner.subarray(2))).toThrow(/owns its whole buffer/)
    expect(owner.buffer.detached).toBe(false)
    release(owner)
    expect(owner.buffer.detached).toBe(true)
    expect(owner).toHaveLength(0)
  })

  it('gives back the de-duplication table before ordering and the digests once ordered', () => {
    const store = new FindingStore(0)
    store.add(full({ fingerprint: HEX(2) }))
    store.add(full({ fingerprint: 'by hand', location: undefined }))
    store.add(full({ fingerprint: HEX(1) }))
    store.commitFile()
    expect(() => store.arrange(new Uint32Array([0, 1, 2]))).toThrow(/only once sealed/)
    const steps: string[] = []
    const seal = store.seal.bind(store)
    const compare = store.compareFingerprints.bind(store)
    store.seal = () => {
      steps.push('seal')
      return seal()
    }
    store.compareFingerprints = (a, b) => {
      if (steps.at(-1) !== 'compare') steps.push('compare')
      return compare(a, b)
    }
    const ordered = OrderedJudged.of(store)
    expect(steps).toEqual(['seal', 'compare'])
    expect([...ordered].map(entry => entry.finding.fingerprint)).toEqual([
      HEX(1),
      HEX(2),
      'by hand'
    ])
    // The digests are gone: no second order can be made from them.
    expect(() => compare(0, 2)).toThrow(TypeError)
    expect(() => OrderedJudged.of(store)).toThrow(/ordered already/)
    store.close()
  })

  it('leaves no file behind: the spill file has no name once open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-spill-'))
    process.env.TMPDIR = dir
    const store = new FindingStore(0)
    store.add(full())
    store.commitFile()
    expect(readdirSync(dir)).toEqual([])
    expect(store.all()).toHaveLength(1)
    store.close()
  })

  it('names the temporary directory when it cannot hold the spill file', () => {
    process.env.TMPDIR = join(tmpdir(), 'kg-missing', 'nowhere')
    const store = new FindingStore(0)
    let error: unknown
    try {
      store.add(full())
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toContain(join(tmpdir(), 'kg-missing', 'nowhere'))
    expect((error as Error).message).toMatch(/set TMPDIR \(RUNNER_TEMP on a runner\)/)
  })

  it('property: spilled or not, decide gives the same judged list, in the order of compareJudged', () => {
    const spec = fc.record({
      fp: fc.integer({ min: 0, max: 40 }),
      severity: fc.constantFrom(...SEVERITIES),
      path: fc.option(fc.constantFrom('a.js', 'b.js', 'B.js', 'é.js', '\uffff'), {
        nil: undefined
      }),
      line: fc.integer({ min: 0, max: 5 }),
      tool: fc.constantFrom('T1', 'T2'),
      rule: fc.constantFrom('R1', 'R2', 'R3'),
      file: fc.constantFrom('x.sarif', 'y.sarif'),
      run: fc.integer({ min: 0, max: 2 }),
      suppressed: fc.boolean(),
      hex: fc.boolean()
    })
    fc.assert(
      fc.property(fc.uniqueArray(spec, { selector: s => `${s.fp}${s.hex}` }), specs => {
        const findings = specs.map(s => {
          const f = finding({
            fingerprint: s.hex ? HEX(s.fp * 977) : `fp-${s.fp}`,
            severity: s.severity,
            tool: s.tool,
            ruleId: s.rule,
            suppressed: s.suppressed,
            source: { file: s.file, run: s.run }
          })
          if (s.path === undefined) delete f.location
          else
            f.location = {
              path: s.path,
              outsideWorkspace: false,
              startLine: s.line,
              endLine: s.line
            }
          return f
        })
        const policy = { ...defaultPolicy(), failOn: 'medium' as const, denyRules: ['T2:R3'] }
        const inMemory = [...decide(findings, [], policy).judged]
        expect(inMemory).toEqual([...inMemory].sort(compareJudged))
        for (const spilled of [0, 2]) {
          const store = FindingStore.of(
            findings.map(f => structuredClone(f)),
            spilled
          )
          expect([...decide(store, [], policy).judged]).toEqual(inMemory)
          store.close()
        }
      }),
      { numRuns: 200 }
    )
  })
})
