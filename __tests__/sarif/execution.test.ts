import { describe, expect, it } from '@jest/globals'
import { inputProblems } from '../../src/commands/scan.js'
import { collectFindings } from '../../src/sarif/collect.js'
import { log, readFindings, result, tempDir, writeTemp } from '../helpers/sarif.js'

type Json = Record<string, unknown>

/** A run of `tool` with these invocations; `results: null` leaves the results array out. */
function runOf(tool: string, invocations: Json[], results: Json[] | null = [result()]): Json {
  const body: Json = { tool: { driver: { name: tool, version: '4.8.3' } }, invocations }
  if (results !== null) body.results = results
  return body
}

async function outcome(body: Json) {
  const { summary } = await readFindings(log(body))
  return summary.runs[0]!
}

/** The reasons a scan of this run would give for an unknown verdict. */
async function problems(body: Json): Promise<string[]> {
  const path = writeTemp(log(body))
  const collection = await collectFindings([{ path, display: 'x.sarif' }], tempDir())
  return inputProblems(
    { files: [], unmatched: [], why: new Map(), byPattern: new Map(), ownOutput: [] },
    collection
  ).map(p => p.message)
}

const errorNote = (text: string) => ({ level: 'error', message: { text } })

describe('run success', () => {
  it('reads SpotBugs before 4.8.4 (exit code 1, "BUGS FOUND") as a run that found bugs', async () => {
    const run = await outcome(
      runOf('SpotBugs', [
        {
          exitCode: 1,
          exitSignalName: 'ERROR,MISSING CLASS,BUGS FOUND',
          executionSuccessful: false
        }
      ])
    )
    expect(run.executionFailed).toBe(false)
    expect(run.executionNote).toMatch(/only means that SpotBugs reported bugs/)
    expect(
      await problems(
        runOf('SpotBugs', [
          {
            exitCode: 1,
            exitSignalName: 'ERROR,MISSING CLASS,BUGS FOUND',
            executionSuccessful: false
          }
        ])
      )
    ).toEqual([])
  })

  it('still fails SpotBugs when classes were missing or its analysis had errors', async () => {
    const missing = await outcome(
      runOf('SpotBugs', [
        {
          exitCode: 3,
          exitCodeDescription: 'MISSING CLASS,BUGS FOUND',
          executionSuccessful: false,
          toolConfigurationNotifications: [
            errorNote('Classes needed for analysis were missing: [org.example.Gone]')
          ]
        }
      ])
    )
    expect(missing.executionFailed).toBe(true)
    expect(missing.executionFailure).toBe(
      'reports that its analysis did not complete (executionSuccessful: false, exit code 3 "MISSING CLASS,BUGS FOUND"): Classes needed for analysis were missing: [org.example.Gone]'
    )
    const errors = await outcome(
      runOf('SpotBugs', [
        {
          exitCode: 1,
          executionSuccessful: false,
          toolExecutionNotifications: [errorNote('java.lang.StackOverflowError in Detector')]
        }
      ])
    )
    expect(errors.executionFailed).toBe(true)
  })

  it('fails a tool that says it did not complete, whatever its exit code', async () => {
    const eslint = await outcome(
      runOf('ESLint', [
        {
          executionSuccessful: false,
          toolConfigurationNotifications: [errorNote('Parsing error: Unexpected token')]
        }
      ])
    )
    expect(eslint.executionFailed).toBe(true)
    expect(eslint.executionFailure).toContain('Parsing error: Unexpected token')
    expect(
      (await outcome(runOf('Other', [{ exitCode: 1, executionSuccessful: false }]))).executionFailed
    ).toBe(true)
    expect(
      await problems(
        runOf('GCC', [
          {
            executionSuccessful: false,
            toolExecutionNotifications: [errorNote('internal compiler error: Segmentation fault')]
          }
        ])
      )
    ).toEqual([
      'run 0 (GCC) reports that its analysis did not complete (executionSuccessful: false): internal compiler error: Segmentation fault'
    ])
  })

  it('fails a run ended by a signal, even when it does not say it failed', async () => {
    const crashed = await outcome(runOf('Scanner', [{ exitSignalName: 'SIGSEGV', exitCode: 139 }]))
    expect(crashed.executionFailure).toBe(
      'was ended by signal "SIGSEGV": its analysis did not complete'
    )
    expect((await outcome(runOf('Scanner', [{ exitSignalNumber: 9 }]))).executionFailed).toBe(true)
  })

  it('shows the error notifications of a tool that says it succeeded, outside the verdict', async () => {
    const run = await outcome(
      runOf('Semgrep', [
        {
          executionSuccessful: true,
          toolExecutionNotifications: [errorNote('Syntax error at line 3')]
        }
      ])
    )
    expect(run.executionFailed).toBe(false)
    expect(run.errorNotifications).toEqual(['Syntax error at line 3'])
  })

  it('fails a run without a results array, SpotBugs or not', async () => {
    expect(
      await problems(runOf('SpotBugs', [{ exitCode: 1, executionSuccessful: false }], null))
    ).toEqual(['run 0 (SpotBugs) has no results array: the tool did not report results'])
  })
})
