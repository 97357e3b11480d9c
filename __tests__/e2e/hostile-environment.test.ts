import { describe, expect, it, jest } from '@jest/globals'
import { lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPORT_FILES } from '../../src/report/files.js'
import { runAction, runCliProcess } from '../helpers/dist.js'
import {
  brokenInputs,
  CONTROL_BYTES,
  controlBytePaths,
  EVENT_FILES,
  OUTPUT_DIRS,
  plantLinks,
  UNTOUCHED
} from '../helpers/hostile-environment.js'
import { log, result, run, tempDir } from '../helpers/sarif.js'

// The bundle as the runner and a shell start it, in environments made hostile by the
// generator of __tests__/helpers/hostile-environment.ts.
jest.setTimeout(120_000)

const JOB_SUMMARY_MAX_BYTES = 1024 * 1024

function workspaceWithSarif(content: object = log(run([result({ level: 'note' })]))): string {
  const workspace = tempDir('kg-hostile-env-')
  writeFileSync(join(workspace, 'a.sarif'), JSON.stringify(content))
  return workspace
}

const event = (name: string) => EVENT_FILES.find(c => c.name === name)!
const outputDir = (name: string) => OUTPUT_DIRS.find(c => c.name === name)!

describe('a GITHUB_EVENT_PATH that is no event payload', () => {
  it.each(['text that is not JSON', 'a FIFO', '/dev/zero', 'a missing file'])(
    '%s: the action fails with an error naming GITHUB_EVENT_PATH, not an exception',
    name => {
      const workspace = workspaceWithSarif()
      const path = event(name).make(workspace)
      const outcome = runAction(
        { sarif: 'a.sarif', 'github-token': 'ghs_test' },
        { cwd: workspace, env: { GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r' } }
      )
      expect(outcome.status).toBe(1)
      const error = outcome.stdout.split('\n').find(line => line.startsWith('::error::'))
      expect(error).toContain(`::error::GITHUB_EVENT_PATH is ${JSON.stringify(path)}`)
      expect(error).toMatch(event(name).problem)
      expect(outcome.stdout).not.toMatch(/failed unexpectedly|SyntaxError|at .*\.js:\d+/)
      expect(outcome.stderr).toBe('')
    }
  )

  it('does not concern --version or a command that does not read it', () => {
    const workspace = tempDir('kg-hostile-env-')
    const path = event('text that is not JSON').make(workspace)
    const version = runCliProcess(['--version'], workspace, { GITHUB_EVENT_PATH: path })
    expect(version.status).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/)
    const help = runCliProcess(['--help'], workspace, { GITHUB_EVENT_PATH: path })
    expect(help.status).toBe(0)
  })
})

describe('an output directory that cannot be one', () => {
  it.each(['/dev/null', 'a regular file', 'a directory this step cannot write'])(
    '%s: the CLI exits 2 naming output-dir; the action fails naming it',
    name => {
      const workspace = workspaceWithSarif()
      const dir = outputDir(name).make(workspace)
      const cli = runCliProcess(['scan', '--sarif', 'a.sarif', '--output-dir', dir], workspace)
      expect(cli.status).toBe(2)
      expect(cli.stdout).toMatch(/output-dir/)
      expect(cli.stdout).toMatch(outputDir(name).problem)
      const action = runAction({ sarif: 'a.sarif', 'output-dir': dir }, { cwd: workspace })
      expect(action.status).toBe(1)
      expect(action.stdout).toMatch(/^::error::.*output-dir/m)
      expect(action.stdout).not.toMatch(/failed unexpectedly|EEXIST/)
    }
  )
})

describe('links planted where the reports go', () => {
  it('are replaced, never written through; nothing is written outside the output directory', () => {
    const workspace = workspaceWithSarif()
    const outside = tempDir('kg-outside-')
    const planted = plantLinks(join(workspace, 'report'), outside, [])
    const before = readdirSync(outside).sort()
    const outcome = runAction({ sarif: 'a.sarif', 'output-dir': 'report' }, { cwd: workspace })
    expect(outcome.status).toBe(0)
    expect(outcome.outputs.verdict).toBe('clean')
    for (const { target } of planted) expect(readFileSync(target, 'utf8')).toBe(UNTOUCHED)
    expect(readdirSync(outside).sort()).toEqual(before)
    for (const file of Object.values(REPORT_FILES))
      expect(lstatSync(join(workspace, 'report', file)).isFile()).toBe(true)
  })
})

describe('inputs that would flood the log and the job summary', () => {
  it('10,000 broken inputs: a job summary within 1 MiB, within the time bound', () => {
    const workspace = tempDir('kg-hostile-env-')
    brokenInputs(join(workspace, 'sarif'), 10_000)
    const started = Date.now()
    const outcome = runAction({ sarif: 'sarif' }, { cwd: workspace })
    const wall = Date.now() - started
    console.log(
      `10,000 broken inputs: action wall time ${wall} ms, job summary ${Buffer.byteLength(outcome.summary)} bytes, log ${Buffer.byteLength(outcome.stdout)} bytes`
    )
    expect(wall).toBeLessThan(60_000)
    expect(outcome.status).toBe(1)
    expect(outcome.outputs.verdict).toBe('unknown')
    expect(Buffer.byteLength(outcome.summary)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
    expect(outcome.summary).toContain('9800 more reasons are listed in verdict.json')
  })

  it('terminal control bytes in SARIF paths never reach the log', () => {
    const workspace = workspaceWithSarif(controlBytePaths())
    const outcome = runAction({ sarif: 'a.sarif' }, { cwd: workspace })
    expect(outcome.outputs.verdict).toBe('blocked')
    expect(outcome.stdout).toMatch(
      /^::error title=[^\n]*,file=src\/\ufffd\[31mred\ufffd\[0m\.js,line=1/m
    )
    for (const byte of CONTROL_BYTES) {
      expect(outcome.stdout).not.toContain(byte)
      expect(outcome.stderr).not.toContain(byte)
    }
  })
})
