import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import { octokitApi } from '../../src/github/api.js'
import { run } from '../../src/run.js'
import { actionClient } from '../helpers/github-server/action-octokit.js'
import type {
  GitHubServer,
  GitHubServerOptions
} from '../helpers/github-server/start-github-server.js'
import { startGitHubServer } from '../helpers/github-server/start-github-server.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { log, result, run as sarifRun, tempDir } from '../helpers/sarif.js'

// The scan command in this process, reporting to the local GitHub API server through the
// product's octokit. plugin-throttling spaces writes a second apart, so each write costs 1 s.
jest.setTimeout(60_000)

const HEAD = 'b'.repeat(40)
const MERGE = 'e'.repeat(40)

let server: GitHubServer | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

async function scan(
  serverOptions: GitHubServerOptions,
  inputs: RawInputs,
  options: {
    token?: string
    timeoutMs?: number
    sarif?: object
    prepare?: (server: GitHubServer) => void
  } = {}
) {
  server = await startGitHubServer({
    commits: [MERGE],
    pullRequests: [
      {
        number: 7,
        headSha: HEAD,
        files: [{ filename: 'src/app.js', patch: '@@ -0,0 +1,3 @@\n+a\n+b\n+c' }]
      }
    ],
    ...serverOptions
  })
  options.prepare?.(server)
  const workspace = tempDir('kg-publish-')
  mkdirSync(join(workspace, 'results'))
  const sarif = options.sarif ?? log(sarifRun([result(), result({ ruleId: 'R2' })]))
  writeFileSync(join(workspace, 'results', 'a.sarif'), JSON.stringify(sarif))
  const env = {
    ...server.env,
    GITHUB_SHA: MERGE,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_EVENT_NAME: 'pull_request'
  }
  const repo = `${server.repo.owner}/${server.repo.repo}`
  const event = {
    pull_request: {
      number: 7,
      head: { sha: HEAD, repo: { full_name: repo } },
      base: { repo: { full_name: repo } }
    }
  }
  const { config } = parseConfig(
    {
      sarif: 'results/*.sarif',
      'github-token': options.token ?? 't',
      comment: 'false',
      'commit-status': 'false',
      'upload-artifact': 'false',
      ...inputs
    },
    env,
    'action',
    workspace,
    () => event
  )
  const logger = new RecordingLogger()
  const client = actionClient(options.token ?? 't', server.url, {
    timeoutMs: options.timeoutMs ?? 5000,
    logger
  })
  const early: Record<string, string | undefined>[] = []
  const outcome = await run(config, {
    logger,
    now: () => new Date(),
    env,
    setOutputs: outputs => early.push({ ...outputs }),
    github: {
      api: octokitApi(client.octokit, server.repo, server.url),
      stop: reason => client.stop(reason),
      requests: () => client.requests
    }
  })
  return { outcome, logger, early, server }
}

describe('max-annotations against the GitHub API server', () => {
  it('0 creates the check run with no annotation, and its summary says so', async () => {
    const { server, outcome, logger } = await scan({}, { 'max-annotations': '0' })
    expect(outcome.outputs.verdict).toBe('blocked')
    const [check] = server.state.checkRuns
    expect(check?.annotations).toEqual([])
    expect(check?.output.summary).toContain(
      '**No finding is annotated on this check run** (max-annotations: 0): the 2 findings'
    )
    expect(logger.text('info')).toMatch(/GitHub reporting took [\d.]+ (ms|s), \d+ requests/)
  })
})

describe('code scanning upload against the GitHub API server', () => {
  it('uploads one category per tool and run, waits for processing, sets the outputs', async () => {
    const sarif = log(
      sarifRun([result()], { automationDetails: { id: 'js/' } }),
      sarifRun([result({ ruleId: 'R9' })], { automationDetails: { id: 'py/' } })
    )
    const { server, outcome, early } = await scan(
      { codeScanning: { pendingPolls: 1 } },
      { 'code-scanning': 'true' },
      { sarif }
    )
    // The verdict was set before reporting started.
    expect(early[0]).toMatchObject({ verdict: 'blocked', 'sarif-file': expect.any(String) })
    expect(early[0]?.['check-run-id']).toBeUndefined()
    expect(outcome.outputs).toMatchObject({
      'code-scanning-status': 'complete',
      'github-degraded': 'false'
    })
    const [upload] = server.state.sarifUploads
    expect(JSON.parse(outcome.outputs['code-scanning-ids']!)).toEqual([upload!.id])
    expect(upload).toMatchObject({
      commitSha: MERGE,
      ref: 'refs/pull/7/merge',
      toolName: 'known-good'
    })
    const categories = upload!.runs.map(r => r.category)
    expect(new Set(categories).size).toBe(categories.length)
    expect(upload!.runs).toHaveLength(2)
  })

  it('without security-events: write: one warning; the check run and verdict are untouched', async () => {
    const { server, outcome, logger } = await scan(
      { tokens: { reader: { permissions: { 'security-events': 'read' } } } },
      { 'code-scanning': 'true' },
      { token: 'reader' }
    )
    expect(outcome.status).toBe('blocked')
    expect(outcome.outputs['github-degraded']).toBe('false')
    expect(server.state.checkRuns).toHaveLength(1)
    expect(server.state.sarifUploads).toEqual([])
    const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^GitHub refused the code scanning upload \(403: Resource not accessible by integration.*security-events: write/
    )
  })

  it('a repository without code scanning: the same one warning, with GitHub message', async () => {
    const { logger } = await scan({ codeScanning: { enabled: false } }, { 'code-scanning': 'true' })
    expect(logger.text('warning')).toMatch(/Advanced Security must be enabled/)
  })

  it('a get-sarif that hangs: given up at api-timeout, the upload is still in the outputs', async () => {
    const { outcome, logger } = await scan(
      {},
      { 'code-scanning': 'true' },
      {
        timeoutMs: 400,
        prepare: s =>
          s.inject({ operationId: 'code-scanning/get-sarif', mode: 'hang', times: Infinity })
      }
    )
    expect(outcome.status).toBe('blocked')
    expect(outcome.outputs['code-scanning-status']).toBe('pending')
    expect(JSON.parse(outcome.outputs['code-scanning-ids']!)).toHaveLength(1)
    expect(logger.text('warning')).toMatch(
      /could not read the processing status of code scanning upload [\w-]+: GitHub did not answer GET \/repos\/octo-org\/known-good-demo\/code-scanning\/sarifs\/[\w-]+ within 400 ms \(input 'api-timeout'\); it is left pending/
    )
  })
})
