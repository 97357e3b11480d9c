import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArtifactService } from '../helpers/artifact-service/start-artifact-service.js'
import { startArtifactService } from '../helpers/artifact-service/start-artifact-service.js'
import { runActionAsync } from '../helpers/dist.js'
import type { FaultRule, GitHubServer } from '../helpers/github-server/start-github-server.js'
import { startGitHubServer } from '../helpers/github-server/start-github-server.js'
import { log, result, run, tempDir } from '../helpers/sarif.js'

// The bundled action against a GitHub that hangs, stalls, pages without end or answers
// garbage, and against a silent artifact service: each run ends within its bounds, with the
// verdict outputs set, and says what happened. Small bounds keep the runs short.
jest.setTimeout(120_000)

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const MERGE = 'ffffeeeeddddccccbbbbaaaa9999888877776666'
const API_TIMEOUT_MS = 1000
const REPORTING_TIMEOUT_MS = 12_000
/** Process start, reading, bundling slack: the bound a run must end within. */
const SLACK_MS = 8000

let workspace: string
const timings: string[] = []

beforeAll(() => {
  workspace = tempDir('kg-misbehaving-')
  mkdirSync(join(workspace, 'results'))
  writeFileSync(
    join(workspace, 'results', 'a.sarif'),
    JSON.stringify(log(run([result({ level: 'error' }), result({ ruleId: 'R2' })])))
  )
  writeFileSync(
    join(workspace, 'event.json'),
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: HEAD, repo: { full_name: 'octo-org/known-good-demo' } },
        base: { repo: { full_name: 'octo-org/known-good-demo' } }
      }
    })
  )
})

afterAll(() => {
  console.log(`wall time of the bundled action per misbehaviour:\n${timings.join('\n')}`)
})

async function scanAgainst(
  server: GitHubServer,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
) {
  const started = Date.now()
  const outcome = await runActionAsync(
    {
      sarif: 'results/*.sarif',
      'github-token': 'ghs_test',
      'review-comments': 'added',
      'pr-labels': 'true',
      'upload-artifact': 'false',
      'api-timeout': `${API_TIMEOUT_MS}ms`,
      'reporting-timeout': `${REPORTING_TIMEOUT_MS}ms`,
      ...inputs
    },
    {
      cwd: workspace,
      env: {
        ...server.env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(workspace, 'event.json'),
        GITHUB_SHA: MERGE,
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_RUN_ID: '99',
        ...env
      }
    }
  )
  return { ...outcome, ms: Date.now() - started }
}

async function server(): Promise<GitHubServer> {
  return startGitHubServer({
    commits: [MERGE],
    pullRequests: [
      {
        number: 7,
        headSha: HEAD,
        files: [{ filename: 'src/app.js', patch: '@@ -0,0 +1,9 @@\n+x' }]
      }
    ]
  })
}

const EVERY = { times: Infinity }
const CASES: [string, FaultRule[], RegExp][] = [
  ['hang', [{ mode: 'hang', ...EVERY }], /did not answer .* within 1 s \(input 'api-timeout'\)/],
  [
    'stall-body',
    [{ mode: 'stall-body', ...EVERY }],
    /did not answer .* within 1 s \(input 'api-timeout'\)/
  ],
  [
    'endless-pages',
    [
      { operationId: 'pulls/list-files', mode: 'endless-pages', ...EVERY },
      { operationId: 'checks/list-for-ref', mode: 'endless-pages', ...EVERY },
      { operationId: 'issues/list-labels-on-issue', mode: 'endless-pages', ...EVERY }
    ],
    /list goes on past 100 pages of 100: not read further/
  ],
  ['truncated-json', [{ mode: 'truncated-json', ...EVERY }], /a body that is not JSON/],
  ['wrong-content-type', [{ mode: 'wrong-content-type', ...EVERY }], /a body that is not JSON/],
  ['html', [{ mode: 'html', ...EVERY }], /a body that is not JSON \("<!DOCTYPE html>/],
  ['empty', [{ mode: 'empty', ...EVERY }], /an empty body/],
  ['wrong-shape', [{ mode: 'wrong-shape', ...EVERY }], /JSON (object of another shape|array), not /]
]

describe('the bundled action against a misbehaving GitHub', () => {
  it.each(CASES)(
    '%s: ends within its bounds with the verdict set and a warning',
    async (name, rules, warning) => {
      const github = await server()
      try {
        for (const rule of rules) github.inject(rule)
        const outcome = await scanAgainst(github)
        timings.push(`  ${name}: ${outcome.ms} ms, ${github.requests.length} requests`)
        expect(outcome.ms).toBeLessThan(REPORTING_TIMEOUT_MS + SLACK_MS)
        expect(outcome.status).toBe(1)
        expect(outcome.outputs).toMatchObject({
          verdict: 'blocked',
          'sarif-sha256': expect.stringMatching(/^[0-9a-f]{64}$/),
          'github-degraded': 'false'
        })
        expect(outcome.stdout).toMatch(/^::error::known-good verdict: blocked/m)
        const warnings = outcome.stdout.split('\n').filter(l => l.startsWith('::warning::'))
        expect(warnings.join('\n')).toMatch(warning)
        expect(outcome.stdout).toMatch(/GitHub reporting took [\d.]+ (ms|s|min)/)
        expect(outcome.stdout).not.toMatch(/known-good failed unexpectedly/)
      } finally {
        await github.stop()
      }
    }
  )

  it('a GitHub that hangs for longer than reporting-timeout allows: stopped at it, verdict set', async () => {
    const github = await server()
    try {
      github.inject({ mode: 'hang', times: Infinity })
      const outcome = await scanAgainst(github, {
        'api-timeout': '60s',
        'reporting-timeout': '3s'
      })
      timings.push(`  hang past reporting-timeout 3 s: ${outcome.ms} ms`)
      expect(outcome.ms).toBeLessThan(3000 + SLACK_MS)
      expect(outcome.outputs.verdict).toBe('blocked')
      expect(outcome.stdout).toMatch(
        /::warning::GitHub reporting \(input 'reporting-timeout'\) stopped after 3 s: the .* was not finished, and the .* were not written\. The verdict is unchanged and its outputs are set\./
      )
    } finally {
      await github.stop()
    }
  })
})

describe('a step ended while it reports', () => {
  it('has its verdict outputs already: they are set before reporting starts', async () => {
    const github = await server()
    try {
      github.inject({ mode: 'hang', times: Infinity })
      const kill = new AbortController()
      const watch = setInterval(() => {
        if (github.requests.length > 0) kill.abort()
      }, 10)
      const outcome = await runActionAsync(
        { sarif: 'results/*.sarif', 'github-token': 'ghs_test', 'api-timeout': '60s' },
        {
          cwd: workspace,
          env: {
            ...github.env,
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: join(workspace, 'event.json'),
            GITHUB_SHA: MERGE
          },
          kill: kill.signal
        }
      ).finally(() => clearInterval(watch))
      expect(outcome.status).toBeNull()
      expect(outcome.outputs).toMatchObject({
        verdict: 'blocked',
        reasons: expect.stringContaining('high'),
        counts: expect.stringContaining('"blocking":2'),
        'verdict-file': expect.stringMatching(/verdict\.json$/),
        'sarif-file': expect.stringMatching(/merged\.sarif$/),
        'sarif-sha256': expect.stringMatching(/^[0-9a-f]{64}$/),
        'report-dir': expect.any(String)
      })
      expect(outcome.outputs['check-run-id']).toBeUndefined()
    } finally {
      await github.stop()
    }
  })
})

describe('the bundled action against a silent artifact service', () => {
  let artifacts: ArtifactService
  beforeAll(async () => {
    artifacts = await startArtifactService()
  })
  afterAll(async () => {
    await artifacts.stop()
  })

  it('gives the upload up at reporting-timeout and ends the step, the verdict set', async () => {
    const github = await server()
    artifacts.silence()
    try {
      const outcome = await scanAgainst(
        github,
        { 'upload-artifact': 'true', 'reporting-timeout': '6s', 'review-comments': 'off' },
        { ...artifacts.env, GITHUB_SERVER_URL: 'https://github.com' }
      )
      timings.push(`  silent artifact service, reporting-timeout 6 s: ${outcome.ms} ms`)
      expect(outcome.ms).toBeLessThan(6000 + SLACK_MS)
      expect(outcome.outputs.verdict).toBe('blocked')
      expect(outcome.outputs['check-run-id']).toBe(String(github.state.checkRuns[0]?.id))
      expect(outcome.outputs['artifact-id']).toBeUndefined()
      expect(outcome.stdout).toMatch(
        /::warning::GitHub reporting \(input 'reporting-timeout'\) stopped after 6 s: the report artifact was not finished/
      )
    } finally {
      artifacts.clearFaults()
      artifacts.dropSilentConnections()
      await github.stop()
    }
  })
})
