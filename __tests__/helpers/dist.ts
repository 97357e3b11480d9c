import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tempDir } from './sarif.js'

/** The bundle under test: the current sources, bundled by the e2e project's global setup. */
export const DIST = process.env.KNOWN_GOOD_TEST_DIST ?? resolve('dist/index.js')

export interface ProcessRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Output kept of a synchronous run (spawnSync kills the child past its 1 MiB default). */
const MAX_LOG_BYTES = 256 * 1024 * 1024

/** Parses the `name<<delimiter … delimiter` blocks @actions/core writes to $GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const body: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) body.push(lines[i]!)
    outputs[match[1]!] = body.join('\n')
  }
  return outputs
}

interface RunnerFiles {
  env: Record<string, string>
  outputFile: string
  summaryFile: string
}

/** What the Actions runner gives a step: INPUT_* variables, an output file, a summary file. */
function runnerEnvironment(
  inputs: Record<string, string>,
  options: { cwd: string; env?: Record<string, string> }
): RunnerFiles {
  const dir = tempDir('kg-runner-')
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  // The runner creates both files before a step starts.
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { env, outputFile, summaryFile }
}

function finished(
  files: RunnerFiles,
  status: number | null,
  stdout: string,
  stderr: string
): ProcessRun {
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.outputFile, 'utf8')),
    summary: readFileSync(files.summaryFile, 'utf8')
  }
}

/** Runs the bundled action as the runner does: `node dist/index.js` with INPUT_* variables. */
export function runAction(
  inputs: Record<string, string>,
  options: { cwd: string; env?: Record<string, string> }
): ProcessRun {
  const files = runnerEnvironment(inputs, options)
  const child = spawnSync(process.execPath, [DIST], {
    cwd: options.cwd,
    env: files.env,
    encoding: 'utf8',
    maxBuffer: MAX_LOG_BYTES
  })
  return finished(files, child.status, child.stdout, child.stderr)
}

/**
 * The same, without blocking this process: for tests whose servers (a local GitHub API) run in
 * the test process and must keep answering while the action runs. `status` is null when
 * `kill` ended it.
 */
export async function runActionAsync(
  inputs: Record<string, string>,
  options: { cwd: string; env?: Record<string, string>; kill?: AbortSignal; nodeArgs?: string[] }
): Promise<ProcessRun> {
  const files = runnerEnvironment(inputs, options)
  // `kill` ends the step as a cancelled job or timeout-minutes would: SIGKILL, no clean-up.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), DIST], {
    cwd: options.cwd,
    env: files.env,
    ...(options.kill ? { signal: options.kill, killSignal: 'SIGKILL' as const } : {})
  })
  child.on('error', () => undefined)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const status = await new Promise<number | null>(resolve =>
    child.on('close', code => resolve(code))
  )
  return finished(files, status, stdout, stderr)
}

export interface ProcessOptions {
  /** Arguments for node itself, before the bundle (`--import` a probe). */
  nodeArgs?: string[]
  /** Kill the process (SIGKILL) past this; `status` is then null. */
  timeoutMs?: number
}

/** Runs the bundled CLI with arguments. */
export function runCliProcess(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  options: ProcessOptions = {}
): ProcessRun {
  const child = spawnSync(process.execPath, [...(options.nodeArgs ?? []), DIST, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    maxBuffer: MAX_LOG_BYTES,
    ...(options.timeoutMs !== undefined
      ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const }
      : {})
  })
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    outputs: {},
    summary: ''
  }
}
