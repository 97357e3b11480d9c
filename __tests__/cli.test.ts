import { describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { EXIT, runCli } from '../src/cli.js'
import { log, result, run, tempDir } from './helpers/sarif.js'

async function cli(args: string[], files: Record<string, unknown> = {}) {
  const cwd = tempDir()
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(cwd, name), typeof content === 'string' ? content : JSON.stringify(content))
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: t => (stdout += t),
    stderr: t => (stderr += t),
    env: {},
    cwd
  })
  return { code, stdout, stderr, cwd }
}

/** A port that was free a moment ago: nothing listens on it. */
function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

const HIGH = log(run([result({ level: 'error' })]))
const LOW = log(run([result({ level: 'note' })]))

describe('known-good CLI', () => {
  it('exits 0 on clean, 1 on blocked, 3 on unknown', async () => {
    expect((await cli(['scan', '--sarif', 'a.sarif'], { 'a.sarif': LOW })).code).toBe(EXIT.clean)
    expect((await cli(['scan', '--sarif', 'a.sarif'], { 'a.sarif': HIGH })).code).toBe(EXIT.blocked)
    expect((await cli(['scan', '--sarif', 'missing.sarif'])).code).toBe(EXIT.unknown)
    expect((await cli(['scan', '--sarif', 'a.sarif'], { 'a.sarif': '{"trunc' })).code).toBe(
      EXIT.unknown
    )
  })

  it('exits 2 with a message naming the bad option', async () => {
    const bad = await cli(['scan', '--sarif', 'a.sarif', '--fail-on', 'severe'])
    expect(bad.code).toBe(EXIT.configuration)
    expect(bad.stdout).toContain(
      '--fail-on is "severe": expected one of critical, high, medium, low, note, none'
    )
    const unknown = await cli(['scan', '--sarif', 'a.sarif', '--fial-on', 'high'])
    expect(unknown.code).toBe(EXIT.configuration)
    expect(unknown.stderr).toMatch(/Unknown option '--fial-on'.*\n.*--help/)
    expect((await cli(['scan'])).stdout).toContain('--sarif is required')
  })

  it('prints the outputs as one JSON object with --json, logs on stderr', async () => {
    const { code, stdout, stderr } = await cli(
      ['scan', '--sarif', 'a.sarif', '--fail-on', 'note', '--json'],
      { 'a.sarif': LOW }
    )
    expect(code).toBe(EXIT.blocked)
    const outputs = JSON.parse(stdout) as Record<string, unknown>
    expect(outputs.verdict).toBe('blocked')
    expect(outputs.counts).toMatchObject({ low: 1, findings: 1, blocking: 1 })
    expect(stderr).toContain('known-good: blocked')
  })

  it('prints one error object on stdout with --json when the run ends in an error', async () => {
    const bad = await cli(['scan', '--sarif', 'a.sarif', '--fail-on', 'severe', '--json'])
    expect(bad.code).toBe(EXIT.configuration)
    expect(JSON.parse(bad.stdout)).toEqual({
      error: {
        kind: 'configuration',
        message: '--fail-on is "severe": expected one of critical, high, medium, low, note, none',
        input: 'fail-on'
      }
    })
    const usage = await cli(['scan', '--fial-on', 'high', '--json'])
    expect(usage.code).toBe(EXIT.configuration)
    expect(JSON.parse(usage.stdout)).toMatchObject({ error: { kind: 'usage' } })
    expect(JSON.parse(usage.stdout).error.message).toContain("'--fial-on'")
  })

  it('exits 6 with a named error when the cluster cannot be reached', async () => {
    // A port nobody listens on: connection refused, at once.
    const port = await closedPort()
    const server = `https://127.0.0.1:${port}`
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{name: c, cluster: {server: "${server}"}}]`,
      'users: [{name: u, user: {token: secret-token-1234}}]',
      'contexts: [{name: x, context: {cluster: c, user: u}}]',
      'current-context: x'
    ].join('\n')
    const file = join(tempDir(), 'kc.yaml')
    writeFileSync(file, kubeconfig)
    const { code, stdout, stderr } = await cli(['backups', '--kubeconfig-path', file, '--json'])
    const printed = JSON.parse(stdout) as { error: { kind: string; message: string } }
    expect(printed.error.kind).toBe('unreachable')
    expect(printed.error.message).toContain(server)
    expect(printed.error.message).toContain('connection refused')
    expect(code).toBe(EXIT.unreachable)
    expect(stdout + stderr).not.toContain('secret-token-1234')
  })

  it('takes repeated list flags and --no- booleans', async () => {
    const { code } = await cli(
      [
        'scan',
        '--sarif',
        'a.sarif',
        '--sarif',
        'b.sarif',
        '--no-annotations',
        '--allow-rules',
        'R1'
      ],
      { 'a.sarif': HIGH, 'b.sarif': LOW }
    )
    expect(code).toBe(EXIT.clean)
  })

  it("shows a tool's error notifications (a file it skipped) without changing the verdict", async () => {
    const bandit = resolve('__tests__/fixtures/sarif/real/bandit-1.9.4.sarif')
    const { code, stdout } = await cli(['scan', '--sarif', bandit, '--fail-on', 'none'])
    expect(code).toBe(EXIT.clean)
    expect(stdout).toContain(
      'Bandit reported an error (not part of the verdict): syntax error while parsing AST from file'
    )
  })

  it('says per tool how many results it read and how many findings remain after de-duplication', async () => {
    const body = log(run([result(), result(), result({ message: { text: 'other' } })]))
    const { stdout, cwd } = await cli(['scan', '--sarif', '*.sarif', '--output-dir', 'out'], {
      'a.sarif': body,
      'b.sarif': body
    })
    expect(stdout).toContain(
      'Tool: 6 result(s) read, 2 finding(s) after de-duplication (4 duplicate(s) merged)'
    )
    const record = JSON.parse(readFileSync(join(cwd, 'out', 'verdict.json'), 'utf8')) as {
      toolTotals: unknown
      counts: { findings: number; duplicates: number }
    }
    expect(record.toolTotals).toEqual([{ tool: 'Tool', results: 6, findings: 2, duplicates: 4 }])
    expect(record.counts).toMatchObject({ findings: 2, duplicates: 4 })
  })

  it('says which paths from another checkout it mapped, and which still leave the workspace', async () => {
    const cwd = tempDir()
    for (const path of ['server.js', 'lib/util.js'].map(
      p => `__tests__/fixtures/sample-app/js/${p}`
    )) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true })
      writeFileSync(join(cwd, path), '')
    }
    copyFileSync(
      resolve('__tests__/fixtures/sarif/real/eslint-10.15.0.sarif'),
      join(cwd, 'eslint.sarif')
    )
    writeFileSync(
      join(cwd, 'container.sarif'),
      JSON.stringify(
        log(
          run([
            result({
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'file:///opt/app/x.py' } } }
              ]
            })
          ])
        )
      )
    )
    let stdout = ''
    await runCli(['scan', '--sarif', '*.sarif', '--fail-on', 'none', '--output-dir', 'out'], {
      stdout: t => (stdout += t),
      stderr: t => (stdout += t),
      env: {},
      cwd
    })
    expect(stdout).toContain(
      'eslint.sarif: ESLint: 2 path(s) mapped from /work/main to the workspace root (automatic: the longest suffix that names a file in the workspace)'
    )
    expect(stdout).toContain(
      'warning: container.sarif: Tool: 1 finding(s) with a path outside the workspace (counted, not annotated), e.g. /opt/app/x.py; if they come from another checkout or a container, map them with path-map (from=to)'
    )
    const mapped = await runCli(
      ['scan', '--sarif', 'container.sarif', '--path-map', '/opt/app=.', '--output-dir', 'out2'],
      { stdout: t => (stdout += t), stderr: () => {}, env: {}, cwd }
    )
    expect(mapped).toBe(EXIT.blocked)
    expect(stdout).toContain(
      'container.sarif: Tool: 1 path(s) mapped from /opt/app to the workspace root (path-map)'
    )
  })

  it('prints help and version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--fail-on <value>')
    expect(help.stdout).toContain(
      'Exit codes: 0 clean, 1 blocked, 2 configuration error, 3 unknown'
    )
    expect((await cli([])).code).toBe(EXIT.configuration)
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
