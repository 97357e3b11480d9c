import { beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ProcessRun } from '../helpers/dist.js'
import { runAction } from '../helpers/dist.js'
import { tempDir } from '../helpers/sarif.js'

/** The workflow commands we write on purpose; anything else in the log is an injection. */
const ALLOWED_COMMANDS = new Set(['error', 'warning', 'notice', 'debug'])

function commandLines(stdout: string): { name: string; line: string }[] {
  return stdout
    .split('\n')
    .filter(line => line.trimStart().startsWith('::'))
    .map(line => ({ name: /^\s*::([^\s:]+)/.exec(line)?.[1] ?? '', line }))
}

describe('the bundled action on hostile SARIF', () => {
  let workspace: string
  let result: ProcessRun

  beforeAll(() => {
    workspace = tempDir('kg-hostile-')
    cpSync(resolve('__tests__/fixtures/hostile'), join(workspace, 'sarif'), { recursive: true })
    result = runAction(
      { sarif: 'sarif/*.sarif', 'fail-on': 'high', 'output-dir': 'report' },
      { cwd: workspace }
    )
  })

  it('fails the step and still reports the verdict', () => {
    expect(result.status).toBe(1)
    expect(result.outputs.verdict).toBe('blocked')
    expect(result.stdout).toMatch(/::error::known-good verdict: blocked/)
  })

  it('writes no workflow command other than its own annotations', () => {
    const commands = commandLines(result.stdout)
    expect(commands.length).toBeGreaterThan(0)
    // The runner reads a command only at the start of a line; what follows `::` is data.
    expect(commands.map(c => c.name).filter(name => !ALLOWED_COMMANDS.has(name))).toEqual([])
    expect(result.stdout).not.toMatch(
      /^\s*::(add-mask|set-output|stop-commands|add-path|set-env|save-state)/m
    )
    expect(result.stdout).not.toContain('\u001b')
  })

  it('escapes the data of its annotations', () => {
    const annotation = commandLines(result.stdout).find(c =>
      c.line.includes('pwned from a message')
    )
    expect(annotation?.line).toMatch(
      /^::error file=src\/a\.js,line=1,endLine=1,title=.*::%3A%3Aerror::pwned|^::error .*::::error::pwned/
    )
    const multiLine = commandLines(result.stdout).find(c => c.line.includes('hunter2'))
    expect(multiLine?.line).toContain('line one%0A::add-mask::hunter2')
  })

  it('gives every broken file a clear error naming it', () => {
    const reasons = result.outputs.reasons ?? ''
    expect(reasons).toContain('truncated.sarif: unexpected end of file')
    expect(reasons).toContain('wrong-version.sarif: SARIF version "1.0.0" is not supported')
    expect(reasons).toContain(
      "plain-text.sarif: not a SARIF log: expected a JSON object ('{') but found 'S'"
    )
    expect(reasons).toContain('empty.sarif: empty file')
    expect(reasons).toContain('garbage.sarif: not a SARIF log')
    expect(reasons).toContain('utf16.sarif: the file is UTF-16 encoded')
    expect(reasons).toMatch(
      /deep-nesting\.sarif: nesting deeper than 256 levels \(at byte \d+, \$\.runs\[0\]\.results\[0\]\)/
    )
  })

  it('keeps the job summary free of HTML, mentions, links to scripts and broken tables', () => {
    const summary = result.summary
    expect(summary).toContain('known-good: ⛔ blocked')
    expect(summary).not.toMatch(/<img|<script|<iframe|<b>/)
    expect(summary).not.toMatch(/@octocat/)
    expect(summary).toContain('@\u200b')
    expect(summary).not.toMatch(/\]\(javascript:/)
    expect(summary).not.toContain('```')
    for (const row of summary
      .split('\n')
      .filter(line => line.startsWith('| ') && line.includes('⛔'))) {
      // Four cells: every | inside a cell is escaped.
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6)
    }
  })

  it('keeps paths outside the workspace out of annotations and marks them in the report', () => {
    const report = readFileSync(join(workspace, 'report', 'report.md'), 'utf8')
    expect(report).toContain('(outside the workspace)')
    for (const { line } of commandLines(result.stdout))
      expect(line).not.toMatch(/file=(\.\.|\/etc)/)
  })
})
