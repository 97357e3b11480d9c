import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import {
  startGitHubServer,
  type GitHubServer
} from '../helpers/github-server/start-github-server.js'

const HEAD = 'e'.repeat(40)
const base = { owner: 'octo-org', repo: 'known-good-demo' }
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

/**
 * Octokit with the retry and throttling plugins, waits shrunk from seconds to milliseconds.
 * 429 is left to the throttling plugin: plugin-retry would retry it itself after 1, 4, 9 s,
 * ignoring `retry-after`.
 */
function retryingOctokit(server: GitHubServer, limits: { primary: number[]; secondary: number[] }) {
  return getOctokit(
    't',
    {
      baseUrl: server.url,
      retry: { retryAfterBaseValue: 1, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: (after: number, _options: unknown, _octokit: unknown, count: number) => {
          limits.primary.push(after)
          return count < 2
        },
        onSecondaryRateLimit: (
          after: number,
          _options: unknown,
          _octokit: unknown,
          count: number
        ) => {
          limits.secondary.push(after)
          return count < 2
        }
      }
    },
    retry,
    throttling
  )
}

describe('injected faults', () => {
  let server: GitHubServer
  let octokit: ReturnType<typeof getOctokit>
  beforeAll(async () => {
    server = await startGitHubServer({ pullRequests: [{ number: 1, headSha: HEAD }] })
    octokit = getOctokit('t', { baseUrl: server.url })
  })
  afterAll(() => server.stop())
  beforeEach(() => server.reset())

  const comment = (body = 'hi') =>
    octokit.rest.issues.createComment({ ...base, issue_number: 1, body })

  it('answers the configured status instead of applying the request', async () => {
    const fault = server.inject({ method: 'POST', path: COMMENTS, status: 500 })
    await expect(comment()).rejects.toMatchObject({
      status: 500,
      response: { data: { message: 'Server Error' } }
    })
    expect(server.state.issueComments).toEqual([])
    expect(fault).toMatchObject({ seen: 1, fired: 1, usedUp: true })
    await comment()
    expect(server.state.issueComments).toHaveLength(1)
    expect(server.requests.map(r => [r.status, r.fault])).toEqual([
      [500, true],
      [201, false]
    ])
  })

  it('matches by operation id or RegExp, for a number of times or every nth request', async () => {
    server.inject({ operationId: 'issues/create-comment', status: 422, times: 2 })
    server.inject({ path: /\/pulls\/1$/, status: 404, everyNth: 2 })
    await expect(comment()).rejects.toMatchObject({ status: 422 })
    await expect(comment()).rejects.toMatchObject({ status: 422 })
    await comment()
    const pull = () =>
      octokit.rest.pulls.get({ ...base, pull_number: 1 }).then(
        r => r.status,
        e => (e as { status: number }).status
      )
    expect([await pull(), await pull(), await pull(), await pull()]).toEqual([200, 404, 200, 404])
    expect(server.state.issueComments).toHaveLength(1)
    expect(server.pendingFaults()).toHaveLength(1)
  })

  it('answers 403 for a secondary rate limit with retry-after, and the throttling plugin waits it out', async () => {
    server.inject({ path: '/repos/{owner}/{repo}', status: 403, retryAfter: 7 })
    const limits = { primary: [] as number[], secondary: [] as number[] }
    const { status } = await retryingOctokit(server, limits).rest.repos.get(base)
    expect(status).toBe(200)
    expect(limits.secondary).toEqual([7])
    const [limited] = server.requests
    expect(limited).toMatchObject({ status: 403, fault: true, operationId: 'repos/get' })
  })

  it('answers a primary rate limit (x-ratelimit-remaining: 0) and 429 the way octokit recognises', async () => {
    server.inject({ method: 'GET', status: 403, rateLimitRemaining: 0, retryAfter: 0 })
    server.inject({ method: 'GET', status: 429, retryAfter: 3 })
    const limits = { primary: [] as number[], secondary: [] as number[] }
    const { status } = await retryingOctokit(server, limits).rest.pulls.get({
      ...base,
      pull_number: 1
    })
    expect(status).toBe(200)
    // Seconds until x-ratelimit-reset (now, rounded up) plus one.
    expect(limits.primary).toEqual([expect.any(Number)])
    expect(limits.primary[0]).toBeLessThanOrEqual(2)
    expect(limits.secondary).toEqual([3])
    expect(server.requests.map(r => r.status)).toEqual([403, 429, 200])
    const raw = await fetch(`${server.url}/repos/octo-org/known-good-demo`, {
      headers: { authorization: 'token t' }
    })
    expect(raw.headers.get('x-ratelimit-remaining')).toBe('4999')
  })

  it('lets plugin-retry retry a 502 and shows it in the requests', async () => {
    server.inject({ method: 'POST', status: 502, times: 2 })
    const limits = { primary: [] as number[], secondary: [] as number[] }
    await retryingOctokit(server, limits).rest.issues.createComment({
      ...base,
      issue_number: 1,
      body: 'x'
    })
    expect(server.requests.map(r => r.status)).toEqual([502, 502, 201])
    expect(server.state.issueComments).toHaveLength(1)
  })

  it('delays an answer, with or without a fault status', async () => {
    server.inject({ method: 'GET', delayMs: 150 })
    const started = performance.now()
    const { status } = await octokit.rest.repos.get(base)
    expect(status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    server.inject({ method: 'POST', delayMs: 50, status: 500, body: '<html>bad gateway</html>' })
    await expect(comment()).rejects.toMatchObject({ status: 500 })
    expect(server.state.issueComments).toEqual([])
  })

  it('refuses a fault that neither answers nor waits', () => {
    expect(() => server.inject({ method: 'GET' })).toThrow(/a status, a delayMs, a mode/)
  })
})

describe('a read-only token', () => {
  it('answers every write 403 "Resource not accessible by integration" and still reads', async () => {
    const server = await startGitHubServer({
      pullRequests: [{ number: 1, headSha: HEAD, fork: true }],
      tokens: { 'fork-token': { readOnly: true } }
    })
    try {
      const fork = getOctokit('fork-token', { baseUrl: server.url })
      const writes = [
        fork.rest.checks.create({ ...base, name: 'x', head_sha: HEAD }),
        fork.rest.issues.createComment({ ...base, issue_number: 1, body: 'x' }),
        fork.rest.pulls.createReview({ ...base, pull_number: 1, event: 'COMMENT', body: 'x' }),
        fork.rest.repos.createCommitStatus({ ...base, sha: HEAD, state: 'success' }),
        fork.rest.issues.addLabels({ ...base, issue_number: 1, labels: ['x'] })
      ]
      for (const write of writes) {
        await expect(write).rejects.toMatchObject({
          status: 403,
          response: { data: { message: 'Resource not accessible by integration' } }
        })
      }
      expect((await fork.rest.pulls.get({ ...base, pull_number: 1 })).data.head.repo?.fork).toBe(
        true
      )
      const writer = getOctokit('other-token', { baseUrl: server.url })
      await writer.rest.issues.createComment({ ...base, issue_number: 1, body: 'allowed' })
      expect(server.state.issueComments.map(c => c.body)).toEqual(['allowed'])
      expect(server.state.checkRuns).toEqual([])
    } finally {
      await server.stop()
    }
  })

  it('applies to every token with readOnly', async () => {
    const server = await startGitHubServer({
      readOnly: true,
      pullRequests: [{ number: 1, headSha: HEAD }]
    })
    try {
      const octokit = getOctokit('any', { baseUrl: server.url })
      await expect(
        octokit.rest.issues.createComment({ ...base, issue_number: 1, body: 'x' })
      ).rejects.toMatchObject({ status: 403 })
    } finally {
      await server.stop()
    }
  })
})
