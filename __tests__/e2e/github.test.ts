import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubServer } from '../helpers/github-server/start-github-server.js'
import { startGitHubServer } from '../helpers/github-server/start-github-server.js'
import { runActionAsync } from '../helpers/dist.js'
import { tempDir } from '../helpers/sarif.js'

// The bundled action as a separate process, against a local GitHub API that validates every
// request against GitHub's OpenAPI description. Writes are spaced a second apart by octokit's
// throttling (GitHub's advice for secondary rate limits), so these tests take seconds each.
jest.setTimeout(180_000)

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const MERGE = 'ffffeeeeddddccccbbbbaaaa9999888877776666'
const CHANGED = 'src/app.js'
/** Lines 1–40 are new in the pull request. */
const PATCH = ['@@ -0,0 +1,40 @@', ...Array.from({ length: 40 }, (_, i) => `+line ${i + 1}`)].join(
  '\n'
)
const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

function sarif(count: number): object {
  const results = Array.from({ length: count }, (_, i) => ({
    ruleId: i % 3 === 0 ? 'js/sql-injection' : 'js/xss',
    level: i % 5 === 0 ? 'error' : 'warning',
    message: { text: `finding ${i} @octocat <b>x</b>` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: i % 2 === 0 ? CHANGED : `src/other${i % 7}.js` },
          region: { startLine: (i % 40) + 1 }
        }
      }
    ]
  }))
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'CodeQL', rules: [{ id: 'js/sql-injection' }, { id: 'js/xss' }] } },
        results
      }
    ]
  }
}

describe('the bundled action reporting to GitHub', () => {
  let server: GitHubServer
  let workspace: string

  function event(fork = false): string {
    const path = join(workspace, 'event.json')
    const repo = `${server.repo.owner}/${server.repo.repo}`
    writeFileSync(
      path,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: HEAD, repo: { full_name: fork ? 'someone/fork' : repo } },
          base: { repo: { full_name: repo } }
        }
      })
    )
    return path
  }

  async function scan(
    findings: number,
    options: { fork?: boolean; inputs?: Record<string, string> } = {}
  ) {
    writeFileSync(join(workspace, 'results', 'codeql.sarif'), JSON.stringify(sarif(findings)))
    return runActionAsync(
      {
        sarif: 'results/*.sarif',
        'github-token': 'ghs_test',
        'review-comments': 'added',
        'upload-artifact': 'false',
        'pr-labels': 'true',
        ...options.inputs
      },
      {
        cwd: workspace,
        env: {
          ...server.env,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event(options.fork),
          GITHUB_SHA: MERGE,
          GITHUB_RUN_ID: '99',
          GITHUB_ACTOR: 'octocat'
        }
      }
    )
  }

  const writes = () => server.requests.filter(r => WRITE.has(r.method))

  beforeEach(async () => {
    server = await startGitHubServer({
      commits: [MERGE],
      pullRequests: [
        { number: 7, headSha: HEAD, files: [{ filename: CHANGED, status: 'added', patch: PATCH }] }
      ]
    })
    workspace = tempDir('kg-gh-')
    mkdirSync(join(workspace, 'results'))
  })

  afterEach(async () => {
    await server.stop()
  })

  it('annotates 1,000 of 10,000 findings (changed lines first) in 20 requests, and says where the rest are', async () => {
    const started = Date.now()
    const run = await scan(10_000)
    const wall = Date.now() - started
    expect(run.outputs.verdict).toBe('blocked')
    const annotated = server.requests.filter(
      r => r.operationId === 'checks/create' || r.operationId === 'checks/update'
    )
    expect(annotated.length).toBeLessThanOrEqual(25)
    expect(annotated).toHaveLength(20)
    expect(annotated.every(r => r.status < 300)).toBe(true)
    expect(server.state.checkRuns).toHaveLength(1)
    const check = server.state.checkRuns[0]!
    expect(check).toMatchObject({ headSha: HEAD, conclusion: 'failure', name: 'known-good' })
    expect(check.annotations).toHaveLength(1000)
    // Half the findings are on the pull request's added lines: those come first.
    expect(check.annotations.every(a => a.path === CHANGED)).toBe(true)
    expect(check.output.summary).toContain('**9000 of 10000 findings are not annotated here**')
    expect(check.output.summary).toContain(
      'The full list is in the merged SARIF `known\\-good\\-report/merged\\.sarif` this step wrote.'
    )
    expect(server.state.statuses.map(s => [s.sha, s.state, s.context])).toEqual([
      [HEAD, 'failure', 'known-good/verdict']
    ])
    expect(run.outputs['check-run-id']).toBe(String(check.id))
    expect(server.state.reviewComments).toHaveLength(60)
    // Every request, including the 422-free annotation batches, passed the OpenAPI validation.
    expect(server.requests.filter(r => r.status >= 400)).toEqual([])
    const reported = /GitHub reporting took ([\d.]+ (?:ms|s|min(?: \d+ s)?)), (\d+) requests/.exec(
      run.stdout
    )
    expect(reported).not.toBeNull()
    expect(Number(reported![2])).toBe(server.requests.length)
    console.log(
      `10,000 findings: GitHub reporting ${reported![1]} for ${server.requests.length} requests (${writes().length} writes, ${annotated.length} with annotations); step wall time ${wall} ms`
    )
  })

  it('keeps one sticky comment and never reposts a review comment across three runs', async () => {
    for (let i = 0; i < 3; i++) await scan(12)
    expect(server.state.issueComments).toHaveLength(1)
    expect(server.state.issueComments[0]!.body).toContain('<!-- known-good:sticky known-good -->')
    expect(server.state.issueComments[0]!.body).not.toMatch(/@octocat|<b>/)
    const markers = server.state.reviewComments.map(
      c => /known-good:finding (\w+)/.exec(c.body)?.[1]
    )
    expect(markers.length).toBeGreaterThan(0)
    expect(new Set(markers).size).toBe(markers.length)
    expect(server.state.checkRuns).toHaveLength(1)
    expect(server.state.checkRuns[0]!.annotations).toHaveLength(12)
    expect(server.state.pullRequests.get(7)?.labels).toEqual(['known-good:blocked'])
  })

  it('on a fork pull request makes no write call and still shows the verdict', async () => {
    const run = await scan(12, { fork: true })
    expect(writes()).toEqual([])
    expect(run.status).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'blocked', 'github-degraded': 'true' })
    expect(run.summary).toContain('known-good: ⛔ blocked')
    expect(run.stdout).toMatch(/::warning::This pull request comes from a fork/)
    expect(run.stdout).toMatch(/^::error /m)
  })

  it('degrades with one warning when the token cannot write, without hiding the verdict', async () => {
    server.inject({
      method: 'POST',
      status: 403,
      times: Infinity,
      body: { message: 'Resource not accessible by integration' }
    })
    const run = await scan(12)
    expect(run.outputs).toMatchObject({ verdict: 'blocked', 'github-degraded': 'true' })
    expect(run.stdout.match(/::warning::GitHub answered 403/g)).toHaveLength(1)
    expect(writes().filter(r => !r.fault)).toEqual([])
  })

  it('with every third POST answering 502 and every second PATCH 429 (retry-after), ends complete and posts nothing twice', async () => {
    server.inject({ method: 'POST', everyNth: 3, status: 502, times: Infinity })
    server.inject({ method: 'PATCH', everyNth: 2, status: 429, retryAfter: 1, times: Infinity })
    const run = await scan(120)
    expect(run.outputs.verdict).toBe('blocked')
    expect(new Set(server.requests.filter(r => r.fault).map(r => r.status))).toEqual(
      new Set([502, 429])
    )
    expect(server.state.checkRuns).toHaveLength(1)
    expect(server.state.checkRuns[0]!.annotations).toHaveLength(120)
    expect(new Set(server.state.checkRuns[0]!.annotations.map(a => a.raw_details)).size).toBe(120)
    expect(server.state.issueComments).toHaveLength(1)
    expect(server.state.statuses).toHaveLength(1)
    const markers = server.state.reviewComments.map(
      c => /known-good:finding (\w+)/.exec(c.body)?.[1]
    )
    expect(markers.every(Boolean)).toBe(true)
    expect(new Set(markers).size).toBe(markers.length)
    expect(run.outputs['github-degraded']).toBe('false')
  })
})
