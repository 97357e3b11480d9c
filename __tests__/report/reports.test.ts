import { describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type AjvDraft04 from 'ajv-draft-04'
import type AjvFormats from 'ajv-formats'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import type { Finding, Severity } from '../../src/model.js'
import { SEVERITIES } from '../../src/model.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import { decide } from '../../src/policy/verdict.js'
import { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js'
import { escapeMarkdown, escapeXml } from '../../src/text/escape.js'
import { writeJUnitAndCodeQuality, writeReportFiles } from '../../src/report/files.js'
import { writeGitLabCodeQuality } from '../../src/report/gitlab-code-quality.js'
import { writeJUnit } from '../../src/report/junit.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { SARIF_UPLOAD_LIMITS, writeMergedSarif } from '../../src/report/merged-sarif.js'
import { buildVerdictRecord } from '../../src/verdict/record.js'
import { checkAnnotations } from '../../src/report/check-run.js'
import { stickyComment } from '../../src/report/pr-comment.js'
import { finding } from '../helpers/findings.js'
import { log, readFindings, result, run, tempDir } from '../helpers/sarif.js'
import { FindingStore } from '../../src/sarif/store.js'

const require = createRequire(import.meta.url)
// CommonJS packages whose default export TypeScript's NodeNext view does not see as callable.
const Ajv = require('ajv-draft-04') as typeof AjvDraft04.default
const addFormats = require('ajv-formats') as typeof AjvFormats.default

function judge(findings: Finding[]) {
  return decide(findings, [], defaultPolicy())
}

function record(findings: Finding[]) {
  const decision = judge(findings)
  return {
    decision,
    record: buildVerdictRecord({
      decision,
      collection: { files: [], store: FindingStore.of(findings), duplicates: 0, tools: [] },
      unmatched: [],
      policy: defaultPolicy(),
      identity: { commit: 'a'.repeat(40), runUrl: 'https://github.com/o/r/actions/runs/1' },
      now: new Date('2026-01-01T00:00:00Z')
    })
  }
}

function many(count: number, severity: Severity): Finding[] {
  return Array.from({ length: count }, () => finding({ severity }))
}

const sarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')
) as Record<string, unknown>

function validateSarif(path: string): unknown[] {
  // The schema's language pattern is not valid in Unicode mode.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats(ajv)
  const validate = ajv.compile(sarifSchema)
  validate(JSON.parse(readFileSync(path, 'utf8')))
  return validate.errors ?? []
}

describe('annotations', () => {
  it(`keeps at most ${MAX_ANNOTATIONS_PER_LEVEL} per level, most severe first, and counts the rest`, () => {
    const findings = [
      ...many(4, 'low'),
      ...many(13, 'high'),
      ...many(2, 'critical'),
      ...many(11, 'medium'),
      ...many(3, 'note')
    ]
    const plan = planAnnotations(judge(findings).judged)
    const byLevel = (level: string) => plan.annotations.filter(a => a.level === level)
    expect(byLevel('error')).toHaveLength(10)
    expect(byLevel('warning')).toHaveLength(10)
    expect(byLevel('notice')).toHaveLength(7)
    expect(plan.omitted).toEqual({ error: 5, warning: 1, notice: 0 })
    expect(
      byLevel('error')
        .slice(0, 2)
        .every(a => a.title.startsWith('critical'))
    ).toBe(true)
  })

  it('drops columns on multi-line annotations and paths outside the workspace', () => {
    const plan = planAnnotations(
      judge([
        finding({
          location: {
            path: 'a.js',
            outsideWorkspace: false,
            startLine: 1,
            endLine: 3,
            startColumn: 2,
            endColumn: 5
          }
        }),
        finding({ location: { path: '/etc/x', outsideWorkspace: true, startLine: 1, endLine: 1 } })
      ]).judged
    )
    expect(plan.annotations.map(a => a.file)).toEqual([undefined, 'a.js'])
    expect(plan.annotations[1]).toMatchObject({ file: 'a.js', startLine: 1, endLine: 3 })
    expect(plan.annotations[1]!.startColumn).toBeUndefined()
  })
})

describe('escaping', () => {
  it('neutralises Markdown, HTML, mentions and autolinks', () => {
    const out = escapeMarkdown('@octocat <b>x</b> `code` [a](b) | pipe\nnext https://x.y')
    expect(out).not.toMatch(/@octocat|<b>|`code`|\[a\]\(b\)| \| |\n|https:\/\//)
    expect(out).toContain('&lt;b&gt;')
  })

  it('cuts long text', () => {
    expect(escapeMarkdown('x'.repeat(5000), 100).length).toBeLessThan(110)
  })

  it('removes characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u001bc<&>"\'')).toBe('abc&lt;&amp;&gt;&quot;&apos;')
  })
})

describe('markdown', () => {
  it('stays under its byte limit by listing fewer findings, and says so', () => {
    const findings = many(3000, 'high').map(f => ({ ...f, message: 'x'.repeat(400) }))
    const { record: r, decision } = record(findings)
    const text = renderMarkdown(r, decision.judged, { maxFindings: 3000, maxBytes: 200_000 })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200_000)
    expect(text).toMatch(/_\d+ more counted findings are in the report files/)
    expect(text).toContain('known-good: ⛔ blocked')
  })

  it('says how many findings were not shown as annotations', () => {
    const { record: r, decision } = record(many(25, 'critical'))
    const text = renderMarkdown(r, decision.judged, {
      maxFindings: 50,
      maxBytes: 1e6,
      annotations: planAnnotations(decision.judged)
    })
    expect(text).toContain('15 errors, 0 warnings and 0 notices more')
  })
})

describe('merged SARIF', () => {
  it('is checked by a validator that does reject invalid SARIF', () => {
    const path = join(tempDir(), 'bad.sarif')
    writeFileSync(
      path,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          { tool: { driver: { name: 'x' } }, results: [{ level: 'bogus', message: { text: 'm' } }] }
        ]
      })
    )
    expect(validateSarif(path).length).toBeGreaterThan(0)
  })

  it('is valid SARIF 2.1.0 with one run and one category per tool', async () => {
    const path = join(tempDir(), 'merged.sarif')
    const findings = [
      ...many(3, 'high'),
      finding({
        tool: 'Other',
        ruleId: 'X',
        cwes: ['CWE-79'],
        securitySeverity: 8.1,
        suppressed: true,
        baselineState: 'new'
      }),
      finding({ location: undefined })
    ]
    const summary = await writeMergedSarif(path, judge(findings).judged)
    expect(validateSarif(path)).toEqual([])
    const log = JSON.parse(readFileSync(path, 'utf8')) as {
      runs: {
        tool: { driver: { name: string } }
        automationDetails: { id: string }
        results: unknown[]
      }[]
    }
    expect(
      log.runs.map(r => [r.tool.driver.name, r.automationDetails.id, r.results.length])
    ).toEqual([
      ['Other', 'known-good/other/', 1],
      ['Tool', 'known-good/tool/', 4]
    ])
    expect(summary.cuts).toEqual([])
  })

  it(`keeps at most ${SARIF_UPLOAD_LIMITS.resultsPerRun} results per run, most severe first, and names the cut`, async () => {
    const path = join(tempDir(), 'merged.sarif')
    const findings = [...many(SARIF_UPLOAD_LIMITS.resultsPerRun, 'low'), ...many(5, 'critical')]
    const summary = await writeMergedSarif(path, judge(findings).judged)
    const log = JSON.parse(readFileSync(path, 'utf8')) as {
      runs: { results: { properties: { severity: string } }[] }[]
    }
    expect(log.runs[0]!.results).toHaveLength(SARIF_UPLOAD_LIMITS.resultsPerRun)
    expect(log.runs[0]!.results.slice(0, 5).every(r => r.properties.severity === 'critical')).toBe(
      true
    )
    expect(summary.cuts).toEqual([
      'Tool: 5 of 25005 results left out (at most 25000 results and 25000 rules per run; most severe kept)'
    ])
  })

  it(`keeps at most ${SARIF_UPLOAD_LIMITS.runs} runs`, async () => {
    const path = join(tempDir(), 'merged.sarif')
    const findings = Array.from({ length: 23 }, (_, i) =>
      finding({ tool: `tool-${String(i).padStart(2, '0')}` })
    )
    const summary = await writeMergedSarif(path, judge(findings).judged)
    expect(summary.runs).toBe(20)
    expect(summary.cuts).toContain('3 tools left out (at most 20 runs per file)')
  })

  it('stays under 10 MB gzipped by keeping fewer results per run', async () => {
    const path = join(tempDir(), 'merged.sarif')
    // Incompressible messages: 25,000 × ~600 random bytes ≈ 15 MB even gzipped.
    let state = 7
    const random = () => {
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      return (state >>> 0) % 90
    }
    const noise = () =>
      Array.from({ length: 600 }, () => String.fromCharCode(33 + random())).join('')
    const findings = Array.from({ length: SARIF_UPLOAD_LIMITS.resultsPerRun }, () =>
      finding({ message: noise() })
    )
    const summary = await writeMergedSarif(path, judge(findings).judged)
    expect(summary.gzipBytes).toBeLessThanOrEqual(SARIF_UPLOAD_LIMITS.gzipBytes)
    expect(summary.results).toBeLessThan(SARIF_UPLOAD_LIMITS.resultsPerRun)
    expect(summary.cuts.some(c => /reduced to \d+ to stay under 10 MB gzipped/.test(c))).toBe(true)
  }, 60_000)
})

describe('report files', () => {
  it('writes JUnit XML, GitLab Code Quality, Markdown and the verdict record', async () => {
    const dir = tempDir()
    const findings = [
      finding({ severity: 'critical', message: 'a <b> & "c"' }),
      finding({ severity: 'low', tool: 'T2' })
    ]
    const { record: r, decision } = record(findings)
    const files = await writeReportFiles(dir, r, decision.judged)
    const junit = readFileSync(files.junit, 'utf8')
    expect(XMLValidator.validate(junit)).toBe(true)
    expect(junit).toMatch(/<testsuites name="known-good" tests="3" failures="2">/)
    expect(junit).toContain('<skipped message="low: counted, within the policy"/>')
    const quality = JSON.parse(readFileSync(files.codeQuality, 'utf8')) as {
      severity: string
      fingerprint: string
      location: { path: string }
    }[]
    expect(quality.map(q => q.severity)).toEqual(['blocker', 'minor'])
    expect(new Set(quality.map(q => q.fingerprint)).size).toBe(2)
    const verdict = JSON.parse(readFileSync(files.verdict, 'utf8')) as {
      verdict: string
      counts: { counted: Record<Severity, number> }
    }
    expect(verdict.verdict).toBe('blocked')
    expect(SEVERITIES.map(s => verdict.counts.counted[s])).toEqual([1, 0, 0, 1, 0])
  })
})

describe('JUnit and GitLab Code Quality', () => {
  const severities: Severity[] = ['low', 'critical', 'medium', 'high', 'note', 'critical']

  function findingsOf(tools: string[]): Finding[] {
    return severities.map((severity, i) =>
      finding({ severity, tool: tools[i % tools.length]!, message: `finding ${i} <&>` })
    )
  }

  /** Both files, and how many findings were read from the store for them. */
  function written(findings: Finding[], together: boolean) {
    const { record: r, decision } = record(findings)
    const dir = tempDir()
    const paths = { junit: join(dir, 'junit.xml'), codeQuality: join(dir, 'quality.json') }
    const reads = jest.spyOn(FindingStore.prototype, 'finding')
    try {
      if (together) writeJUnitAndCodeQuality(paths, r, decision.judged)
      else {
        writeJUnit(paths.junit, r, decision.judged)
        writeGitLabCodeQuality(paths.codeQuality, decision.judged)
      }
      return {
        junit: readFileSync(paths.junit, 'utf8'),
        quality: readFileSync(paths.codeQuality, 'utf8'),
        reads: reads.mock.calls.length
      }
    } finally {
      reads.mockRestore()
    }
  }

  it('read each finding once for both when the findings come from one tool', () => {
    const findings = findingsOf(['Solo'])
    const apart = written(findings, false)
    const together = written(findings, true)
    expect(apart.reads).toBe(2 * severities.length)
    expect(together.reads).toBe(severities.length)
    expect(together.junit).toBe(apart.junit)
    expect(together.quality).toBe(apart.quality)
    expect(JSON.parse(together.quality)).toHaveLength(severities.length)
  })

  it('are the same as written apart when the findings come from several tools', () => {
    const findings = findingsOf(['Beta', 'Alpha'])
    const apart = written(findings, false)
    const together = written(findings, true)
    expect(together.junit).toBe(apart.junit)
    expect(together.quality).toBe(apart.quality)
    expect(together.junit.indexOf('name="Alpha"')).toBeLessThan(
      together.junit.indexOf('name="Beta"')
    )
  })

  it('leave no GitLab Code Quality file when JUnit cannot be written', () => {
    const findings = [finding({ severity: 'high', tool: 'Solo' })]
    const { record: r, decision } = record(findings)
    const dir = tempDir()
    // A directory where the JUnit file should be: its rename fails.
    const paths = { junit: join(dir, 'junit.xml'), codeQuality: join(dir, 'quality.json') }
    mkdirSync(join(paths.junit, 'in-the-way'), { recursive: true })
    expect(() => writeJUnitAndCodeQuality(paths, r, decision.judged)).toThrow()
    expect(existsSync(paths.codeQuality)).toBe(false)
    expect(readdirSync(dir).sort()).toEqual(['junit.xml'])
  })
})

describe('messages with arguments (SARIF 2.1.0 §3.11.5)', () => {
  it('are shown filled in every channel, and the merged SARIF keeps the arguments', async () => {
    const { findings } = await readFindings(
      log(
        run([
          result({
            message: { text: 'User input {0} reaches {1} ({{sink}})', arguments: ['q', 'exec()'] }
          }),
          result({ ruleId: 'R2', message: { text: 'no arguments, a lone { brace' } })
        ])
      )
    )
    const filled = 'User input q reaches exec() ({sink})'
    expect(findings[0]!.message).toBe(filled)
    const { record: r, decision } = record(findings)
    const dir = tempDir()
    const files = await writeReportFiles(dir, r, decision.judged, planAnnotations(decision.judged))
    const raw = /\{0\}|\{1\}/
    for (const path of [files.junit, files.codeQuality, files.markdown]) {
      const text = readFileSync(path, 'utf8')
      expect(text).not.toMatch(raw)
    }
    expect(readFileSync(files.junit, 'utf8')).toContain(escapeXml(filled))
    const quality = JSON.parse(readFileSync(files.codeQuality, 'utf8')) as { description: string }[]
    expect(quality.map(q => q.description)).toContain(`${filled} (blocks the release)`)
    expect(readFileSync(files.markdown, 'utf8')).toContain(escapeMarkdown(filled, 500))
    expect(checkAnnotations(decision.judged).annotations.map(a => a.message)).toContain(filled)
    expect(planAnnotations(decision.judged).annotations.map(a => a.message)).toContain(filled)
    expect(stickyComment(r, decision.judged, 'known-good', {})).toContain(
      escapeMarkdown(filled, 300)
    )
    expect(validateSarif(files.sarif)).toEqual([])
    const merged = JSON.parse(readFileSync(files.sarif, 'utf8')) as {
      runs: { results: { ruleId: string; message: unknown }[] }[]
    }
    const messages = merged.runs[0]!.results.map(x => [x.ruleId, x.message])
    expect(messages).toEqual(
      expect.arrayContaining([
        ['R1', { text: 'User input {0} reaches {1} ({{sink}})', arguments: ['q', 'exec()'] }],
        ['R2', { text: 'no arguments, a lone {{ brace' }]
      ])
    )
  })
})
