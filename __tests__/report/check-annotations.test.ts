import { describe, expect, it } from '@jest/globals'
import type { Finding, Severity } from '../../src/model.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import { decide } from '../../src/policy/verdict.js'
import { checkAnnotations, notAnnotatedNote } from '../../src/report/check-run.js'
import { finding } from '../helpers/findings.js'

function at(path: string, line: number, severity: Severity, extra: Partial<Finding> = {}) {
  return finding({
    severity,
    location: { path, outsideWorkspace: false, startLine: line, endLine: line },
    ...extra
  })
}

const judged = (findings: Finding[]) => decide(findings, [], defaultPolicy()).judged
const titles = (plan: ReturnType<typeof checkAnnotations>) =>
  plan.annotations.map(a => `${a.path}:${a.start_line}`)

describe('check run annotations under max-annotations', () => {
  const findings = [
    at('other.js', 1, 'critical'),
    at('changed.js', 5, 'low'),
    at('other.js', 2, 'high'),
    at('changed.js', 9, 'medium'),
    at('changed.js', 30, 'critical'),
    at('other.js', 3, 'high', { suppressed: true }),
    finding({ location: undefined })
  ]
  const changed = new Map([['changed.js', new Set([5, 6, 7, 8, 9])]])

  it('puts findings on changed lines first, then the most severe, counted before not counted', () => {
    const plan = checkAnnotations(judged(findings), { changed })
    expect(titles(plan)).toEqual([
      'changed.js:9',
      'changed.js:5',
      'changed.js:30',
      'other.js:1',
      'other.js:2',
      'other.js:3'
    ])
    expect(plan.placeable).toBe(6)
  })

  it('sends at most max, and without changed lines orders by severity only', () => {
    expect(titles(checkAnnotations(judged(findings), { max: 3, changed }))).toEqual([
      'changed.js:9',
      'changed.js:5',
      'changed.js:30'
    ])
    expect(titles(checkAnnotations(judged(findings), { max: 3 }))).toEqual([
      'changed.js:30',
      'other.js:1',
      'other.js:2'
    ])
  })

  it('counts a multi-line finding as changed when any of its lines is', () => {
    const long = finding({
      severity: 'note',
      location: { path: 'changed.js', outsideWorkspace: false, startLine: 1, endLine: 1e9 }
    })
    const plan = checkAnnotations(judged([at('x.js', 1, 'critical'), long]), { max: 1, changed })
    expect(titles(plan)).toEqual(['changed.js:1'])
  })

  it('max 0 sends none, and the note says so and where the findings are', () => {
    const plan = checkAnnotations(judged(findings), { max: 0 })
    expect(plan.annotations).toEqual([])
    const note = notAnnotatedNote(plan, 0, {
      sarifPath: 'known-good-report/merged.sarif',
      artifactName: 'known-good-report',
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(note).toContain('**No finding is annotated on this check run** (max-annotations: 0)')
    expect(note).toContain('the 6 findings with a place in the repository are in')
    expect(note).toContain(
      'report artifact known\\-good\\-report of [this run](https://github.com/o/r/actions/runs/1)'
    )
  })

  it('the note counts what is left out, and is empty when nothing is', () => {
    const places = { sarifPath: 'out/merged.sarif', codeScanning: true }
    const cut = checkAnnotations(judged(findings), { max: 2 })
    expect(notAnnotatedNote(cut, 2, places)).toMatch(
      /^\*\*4 of 6 findings are not annotated here\*\* \(max-annotations: 2; .*\)\. The full list is in the merged SARIF `out\/merged\\\.sarif` this step wrote and in code scanning\.$/
    )
    expect(notAnnotatedNote(checkAnnotations(judged(findings), { max: 6 }), 6, places)).toBe('')
  })
})
