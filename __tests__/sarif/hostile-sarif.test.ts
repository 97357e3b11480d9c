import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { orderJudged } from '../../src/policy/order.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import { decide } from '../../src/policy/verdict.js'
import { planReviewComments } from '../../src/report/review-comments.js'
import { writeReportFiles } from '../../src/report/files.js'
import { collectFindings } from '../../src/sarif/collect.js'
import { expandInputs } from '../../src/sarif/inputs.js'
import { MAX_UNUSABLE_PATH_CHARS } from '../../src/sarif/locations.js'
import { MAX_MESSAGE_CHARS } from '../../src/sarif/message.js'
import { MAX_NOTES_PER_RUN } from '../../src/sarif/notes.js'
import { readSarifFile } from '../../src/sarif/read-file.js'
import { MAX_NESTING_DEPTH, MAX_VALUE_BYTES, SarifScanner } from '../../src/sarif/scanner.js'
import { buildVerdictRecord } from '../../src/verdict/record.js'
import {
  BASELINE_STATES,
  baselineCopies,
  disagreeingRuleIndex,
  finding,
  hugeRange,
  laterNestingBomb,
  log,
  MESSAGE_CASES,
  ODD_LEVELS,
  ODD_SCORES,
  oddKinds,
  oddLevels,
  oddScores,
  PROTOTYPE_NAMES,
  prototypeNames,
  templateBomb,
  tool,
  uriBaseCycle
} from '../helpers/hostile-sarif.js'
import { readFindings, tempDir } from '../helpers/sarif.js'

// Each class of hostile SARIF from __tests__/helpers/hostile-sarif.ts, read the way a scan
// reads it; the bundled CLI on the same inputs (exit codes, memory, bytes written) is in
// __tests__/e2e/hostile-sarif.test.ts.

const IDENTITY = { commitSha: 'abc', ref: 'refs/heads/main', repository: 'o/r' }

async function scanDir(dir: string, patterns: string[], outputDir?: string) {
  const expanded = await expandInputs(patterns, dir, outputDir ? { outputDir } : {})
  const collection = await collectFindings(expanded.files, dir)
  return { expanded, collection }
}

describe('no finding is silently dropped or demoted', () => {
  it.each([
    ['absent', 'new'],
    ['new', 'absent'],
    ['unchanged', 'new'],
    ['absent', 'unchanged', 'new', 'updated'],
    ['absent', undefined]
  ])('copies %p: the finding is counted, not fixed', async (...states) => {
    const dir = tempDir()
    baselineCopies(dir, states)
    const { collection } = await scanDir(dir, ['*.sarif'])
    expect(collection.store.all()).toHaveLength(1)
    expect(collection.duplicates).toBe(states.length - 1)
    const decision = decide(collection.store, [], { ...defaultPolicy(), newOnly: true })
    expect(decision.dispositions).toMatchObject({ counted: 1, fixed: 0, existing: 0 })
    expect(decision.verdict).toBe('blocked')
    const expected = states.includes('new') ? 'new' : undefined
    expect(collection.store.all()[0]!.baselineState).toBe(expected)
  })

  it('a finding is fixed only when every copy says absent', async () => {
    const dir = tempDir()
    baselineCopies(dir, ['absent', 'absent'])
    const { collection } = await scanDir(dir, ['*.sarif'])
    expect(decide(collection.store, [], defaultPolicy()).dispositions.fixed).toBe(1)
  })

  it('new-only: unchanged and updated copies stay existing, whatever their order', async () => {
    for (const states of [
      ['unchanged', 'updated'],
      ['updated', 'unchanged', 'absent']
    ]) {
      const dir = tempDir()
      baselineCopies(dir, states)
      const { collection } = await scanDir(dir, ['*.sarif'])
      const decision = decide(collection.store, [], { ...defaultPolicy(), newOnly: true })
      expect(decision.dispositions).toMatchObject({ existing: 1, counted: 0, fixed: 0 })
    }
    expect(BASELINE_STATES).toContain(undefined)
  })

  it('reads a kind that is not SARIF as fail and says so; null is absent', async () => {
    const { findings, summary } = await readFindings(oddKinds())
    expect(findings).toHaveLength(4)
    const notes = summary.runs[0]!.notes
    expect(notes).toHaveLength(3)
    expect(notes[0]).toMatch(
      /^kind "FAIL" \(first on rule "R1"\) is not one of SARIF's result kinds .*: read as fail, a finding$/
    )
    expect(notes.join('\n')).toMatch(/kind 7 /)
    expect(notes.join('\n')).toMatch(/kind "Pass" /)
    expect(notes.join('\n')).not.toMatch(/kind null/)
  })

  it('reads security-severity that is not a plain number no lower than any reading, once per rule', async () => {
    const { findings, summary } = await readFindings(oddScores())
    expect(findings).toHaveLength(ODD_SCORES.length * 2)
    ODD_SCORES.forEach(([, severity], i) => {
      for (const f of findings.filter(f => f.ruleId === `S${i}`)) expect(f.severity).toBe(severity)
    })
    const notes = summary.runs[0]!.notes
    expect(notes).toHaveLength(ODD_SCORES.length)
    expect(notes[0]).toBe(
      'rule "S0": security-severity "9.8abc" is not a plain number from 0.0 to 10.0: read as 9.8 (critical); with level note, the finding is critical'
    )
    expect(notes[3]).toMatch(/"-1" .*: read as no score; with level note, the finding is low/)
    expect(findings.find(f => f.ruleId === 'S2')!.securitySeverity).toBe(10)
  })

  it('reads a level that is not SARIF by what it spells, else error, never below warning', async () => {
    const { findings, summary } = await readFindings(oddLevels())
    ODD_LEVELS.forEach(([, level], i) =>
      expect(findings.find(f => f.location?.path === `src/level${i}.js`)!.level).toBe(level)
    )
    const notes = summary.runs[0]!.notes
    expect(notes).toHaveLength(4)
    expect(notes).toContain(
      'rule "L": level "fatal" is not one of SARIF\'s levels (error, warning, note, none): read as error'
    )
    expect(notes).toContain(
      'rule "L": level 3 is not one of SARIF\'s levels (error, warning, note, none): read as error'
    )
  })

  it('a rule default level that is not SARIF is reported once', async () => {
    const { findings, summary } = await readFindings(
      log({
        tool: tool('T', [{ id: 'D', defaultConfiguration: { level: 'Critical' } }]),
        results: [finding({ ruleId: 'D' }), finding({ ruleId: 'D' }, 'src/b.js')]
      })
    )
    expect(findings.map(f => f.level)).toEqual(['error', 'error'])
    expect(summary.runs[0]!.notes).toEqual([
      'rule "D": defaultConfiguration.level "Critical" is not one of SARIF\'s levels (error, warning, note, none): read as error'
    ])
  })

  it('reports a ruleIndex that names another rule (read with the higher severity) or none', async () => {
    const { findings, summary } = await readFindings(disagreeingRuleIndex())
    expect(findings.map(f => [f.ruleId, f.severity])).toEqual([
      ['LOW', 'critical'],
      ['CRIT', 'critical']
    ])
    expect(summary.runs[0]!.notes).toEqual([
      'ruleIndex 1 names rule "CRIT", but ruleId is "LOW": read as "LOW", with the higher severity of the two',
      'ruleIndex 9 points past the 2 rule(s) of the driver: read as "CRIT"'
    ])
  })

  it('keeps at most MAX_NOTES_PER_RUN notes and counts the rest', async () => {
    const results = Array.from({ length: 100 }, (_, i) => finding({ kind: `odd-${i}` }))
    const { findings, summary } = await readFindings(log({ tool: tool('T'), results }))
    expect(findings).toHaveLength(100)
    expect(summary.runs[0]!.notes).toHaveLength(MAX_NOTES_PER_RUN)
    expect(summary.runs[0]!.notesOmitted).toBe(100 - MAX_NOTES_PER_RUN)
  })

  it('takes Object.prototype names as ordinary strings in every channel', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    const dir = tempDir()
    writeFileSync(join(dir, 'proto.sarif'), prototypeNames())
    const { expanded, collection } = await scanDir(dir, ['proto.sarif'])
    expect(collection.files[0]!.status).toBe('read')
    expect(collection.tools.map(t => t.tool).sort()).toEqual([...PROTOTYPE_NAMES].sort())
    expect(collection.store.all()).toHaveLength(PROTOTYPE_NAMES.length * 2)
    for (const name of PROTOTYPE_NAMES) {
      const f = collection.store
        .all()
        .find(f => f.tool === name && f.location?.path.endsWith(`${name}.js`))!
      expect(f.message).toBe(`rule message of ${name}: ${name}`)
      // The base names a directory elsewhere: the path is outside the workspace.
      expect(f.location).toMatchObject({
        path: `/elsewhere/src/${name}.js`,
        outsideWorkspace: true
      })
    }
    // A message id that names no string is shown as the id; the rule of the tool named
    // toString does have one by that name.
    for (const name of PROTOTYPE_NAMES) {
      const second = collection.store.all().find(f => f.location?.path === `src/${name}-2.js`)!
      expect(second.message).toBe(
        name === 'toString' ? 'rule message of toString: {0}' : 'toString'
      )
    }
    const decision = decide(collection.store, [], defaultPolicy())
    const record = buildVerdictRecord({
      decision,
      collection,
      unmatched: expanded.unmatched,
      policy: defaultPolicy(),
      identity: IDENTITY,
      now: new Date(0)
    })
    expect(Object.keys(record.byTool).sort()).toEqual([...PROTOTYPE_NAMES].sort())
    for (const name of PROTOTYPE_NAMES) expect(record.byTool[name]!.high).toBe(2)
    const out = join(dir, 'report')
    mkdirSync(out)
    await writeReportFiles(out, record, decision.judged)
    const written = JSON.parse(readFileSync(join(out, 'verdict.json'), 'utf8')) as {
      byTool: Record<string, unknown>
    }
    expect(Object.keys(written.byTool).sort()).toEqual([...PROTOTYPE_NAMES].sort())
    const merged = JSON.parse(readFileSync(join(out, 'merged.sarif'), 'utf8')) as {
      runs: { tool: { driver: { name: string } } }[]
    }
    expect(merged.runs.map(r => r.tool.driver.name).sort()).toEqual([...PROTOTYPE_NAMES].sort())
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('<testsuite name="__proto__"')
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('the nesting limit holds on every path', () => {
  function scanText(text: string, resultsWanted = true): Error | undefined {
    const scanner = new SarifScanner({
      wantsRootMember: () => true,
      rootMember: () => {},
      runStart: () => {},
      wantsRunMember: () => false,
      runMember: () => {},
      resultsStart: () => resultsWanted,
      result: () => {},
      resultsEnd: () => {},
      runEnd: () => {}
    })
    try {
      const bytes = Buffer.from(text)
      for (let i = 0; i < bytes.length; i += 64 * 1024)
        scanner.push(bytes.subarray(i, i + 64 * 1024))
      scanner.end()
      return undefined
    } catch (error) {
      return error as Error
    }
  }

  it.each([MAX_NESTING_DEPTH + 1, 300, 50_000])(
    'refuses %d levels in a result read in a batch, at the result',
    depth => {
      const error = scanText(laterNestingBomb(depth))
      expect(error?.message).toMatch(
        new RegExp(
          `^nesting deeper than ${MAX_NESTING_DEPTH} levels \\(at byte \\d+, \\$\\.runs\\[0\\]\\.results\\[200\\]`
        )
      )
    }
  )

  it('refuses it in results that are skipped too', () => {
    expect(scanText(laterNestingBomb(300), false)?.message).toMatch(
      /^nesting deeper than 256 levels \(at byte \d+, \$\.runs\[0\]\.results\[200\]\)/
    )
  })

  it('accepts exactly the limit, batched or not', () => {
    expect(scanText(laterNestingBomb(MAX_NESTING_DEPTH - 3))).toBeUndefined()
    expect(scanText(laterNestingBomb(MAX_NESTING_DEPTH - 3), false)).toBeUndefined()
  })
})

describe('memory and disk bounded by the input', () => {
  it('a template that repeats {0} ten thousand times fills to at most the message cap', async () => {
    const { findings } = await readFindings(templateBomb(5))
    for (const f of findings) {
      expect(f.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS)
      // Filled, it was cut: the merged SARIF does not get the template to fill again.
      expect(f.messageTemplate).toBeUndefined()
    }
  })

  it('a cycle of uriBaseIds and long bases give capped paths, outside the workspace, each problem said once', async () => {
    const { findings, summary } = await readFindings(uriBaseCycle(10, 10_000))
    expect(findings).toHaveLength(10)
    for (const f of findings) {
      expect(f.location!.outsideWorkspace).toBe(true)
      expect(f.location!.path.length).toBeLessThanOrEqual(MAX_UNUSABLE_PATH_CHARS)
    }
    const notes = summary.runs[0]!.notes
    expect(notes.filter(n => /a cycle of uriBaseIds \("A" → "B" → "A"\)/.test(n))).toHaveLength(1)
    expect(notes.some(n => /a URI of more than 12288 characters with its uriBaseIds/.test(n))).toBe(
      true
    )
    expect(notes.some(n => /a path of \d+ characters \(at most 4096 are kept\)/.test(n))).toBe(true)
    // Cut paths do not make distinct results one.
    expect(new Set(findings.map(f => f.fingerprint)).size).toBe(10)
  })

  it('refuses a value over the cap before holding more of it', async () => {
    const big = 'x'.repeat(MAX_VALUE_BYTES + 1024)
    const error = await readFindings(
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"message":{"text":"${big}"}}]}]}`
    ).catch((e: Error) => e)
    expect((error as Error).message).toMatch(
      /a value larger than 64 MiB: refused .*\(at byte 70, \$\.runs\[0\]\.results\[0\]\)/
    )
  })

  it('plans a review comment for a range of a billion lines from the diff, not the range', async () => {
    const { findings } = await readFindings(hugeRange('src/app.js'))
    expect(findings[0]!.location).toMatchObject({ startLine: 5, endLine: 1_000_000_000 })
    const judged = orderJudged([{ finding: findings[0]!, disposition: 'counted', blocking: true }])
    const diff = { added: new Set([7, 3]), inHunks: new Set([1, 2, 3, 7, 9]) }
    const planned = planReviewComments(judged, new Map([['src/app.js', diff]]), 'added', new Set())
    expect(planned.map(p => p.line)).toEqual([7])
  })
})

describe('a re-run reads only what it should', () => {
  it('never takes a file from the output directory by a directory or glob', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.sarif'), JSON.stringify(log({ tool: tool('T'), results: [] })))
    mkdirSync(join(dir, 'known-good-report'))
    writeFileSync(join(dir, 'known-good-report', 'merged.sarif'), '{}')
    const out = join(dir, 'known-good-report')
    const expanded = await expandInputs(['.', '**/*.sarif'], dir, { outputDir: out })
    expect(expanded.files.map(f => f.display)).toEqual(['a.sarif'])
    expect(expanded.ownOutput).toEqual(['known-good-report/merged.sarif'])
    const only = await expandInputs(['known-good-report'], dir, { outputDir: out })
    expect(only.unmatched).toEqual(['known-good-report'])
    expect(only.why.get('known-good-report')).toMatch(/only files in output-dir/)
  })

  it('with the workspace as output directory, leaves out only our own SARIF, by content', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.sarif'), JSON.stringify(log({ tool: tool('T'), results: [] })))
    const expanded = await expandInputs(['.'], dir, { outputDir: dir })
    expect(expanded.files.map(f => f.display)).toEqual(['a.sarif'])
  })

  it('recognises merged.sarif anywhere by properties.mergedBy on every run, and skips it', async () => {
    const dir = tempDir()
    const ours = log(
      { tool: tool('A'), properties: { mergedBy: 'known-good 0.1.0' }, results: [finding()] },
      { tool: tool('B'), properties: { mergedBy: 'known-good 0.0.9' }, results: [] }
    )
    writeFileSync(join(dir, 'copy.sarif'), JSON.stringify(ours))
    const mixed = log(
      { tool: tool('A'), properties: { mergedBy: 'known-good 0.1.0' }, results: [finding()] },
      { tool: tool('C'), results: [] }
    )
    writeFileSync(join(dir, 'mixed.sarif'), JSON.stringify(mixed))
    const { collection } = await scanDir(dir, ['*.sarif'])
    expect(collection.files.map(f => [f.file, f.status])).toEqual([
      ['copy.sarif', 'skipped'],
      ['mixed.sarif', 'read']
    ])
    expect(collection.files[0]!.skipped).toMatch(/is known-good's own merged SARIF/)
    expect(collection.store.all()).toHaveLength(1)
  })
})

describe('clear messages', () => {
  it.each(MESSAGE_CASES.map(c => [c.name, c] as const))('%s', async (_name, hostile) => {
    const dir = tempDir()
    const given = hostile.make(dir)
    const { expanded, collection } = await scanDir(dir, [given])
    const reasons = [
      ...collection.files.map(f => f.error ?? ''),
      ...expanded.unmatched.map(p => `${p}: matched no file (${expanded.why.get(p) ?? ''})`)
    ].join('\n')
    expect(reasons).toContain(given)
    expect(reasons).toMatch(hostile.problem)
    expect(reasons.length).toBeLessThan(1000)
  })

  it('a long version is not recorded whole', async () => {
    const dir = tempDir()
    const hostile = MESSAGE_CASES.find(c => c.name === 'a 2 MB version string')!
    const given = hostile.make(dir)
    const file = await readSarifFile(join(dir, given), given, dir, {
      finding: () => {},
      retractRun: () => {}
    }).catch((e: Error) => e)
    expect((file as Error).message.length).toBeLessThan(200)
  })
})
