import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  actionClient,
  eventually,
  octokitLikeAction,
  type ActionOctokit
} from '../helpers/github-server/action-octokit.js'
import {
  startGitHubServer,
  type GitHubServer
} from '../helpers/github-server/start-github-server.js'

// A GitHub that hangs, stalls, pages without end or answers garbage, driven with octokit as
// the product builds it (src/github/octokit.ts: retry + throttling plugins, bounded exchanges).

const HEAD = 'c'.repeat(40)
const PATCH = '@@ -1,2 +1,3 @@\n a\n+b\n c'
const base = { owner: 'octo-org', repo: 'known-good-demo' }
const timeout = (ms = 500) => ({ request: { signal: AbortSignal.timeout(ms) } })

let server: GitHubServer
let octokit: ActionOctokit
/** For writes that set a test up: plugin-throttling spaces writes a second apart. */
let plain: ReturnType<typeof getOctokit>

beforeAll(async () => {
  server = await startGitHubServer({
    // Every page an endless list serves is checked against the published schema too.
    checkResponses: true,
    labels: ['bug'],
    pullRequests: [
      { number: 3, headSha: HEAD, labels: ['bug'], files: [{ filename: 'a.ts', patch: PATCH }] }
    ]
  })
  octokit = octokitLikeAction('t', server.url)
  plain = getOctokit('t', { baseUrl: server.url })
})
afterAll(() => server.stop())
beforeEach(() => server.reset())

describe('hang', () => {
  it('reads the request and never answers: the client timeout fires, nothing is applied', async () => {
    const fault = server.inject({ operationId: 'checks/create', mode: 'hang', times: Infinity })
    const create = octokit.rest.checks.create({
      ...base,
      name: 'known-good',
      head_sha: HEAD,
      ...timeout()
    })
    // @octokit/request turns the signal's TimeoutError into a 500 "Unknown Error".
    await expect(create).rejects.toMatchObject({ status: 500, cause: { name: 'TimeoutError' } })
    // plugin-retry retried the 500 with the same, already aborted signal: nothing left here.
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]).toMatchObject({ status: 0, fault: true, mode: 'hang' })
    expect(await eventually(() => server.requests[0]?.clientGaveUp === true)).toBe(true)
    expect(server.state.checkRuns).toEqual([])
    expect(fault.fired).toBe(1)
  })

  it('sends headers and stalls the body: octokit resolves a 200 with data "" when its signal fires', async () => {
    server.inject({ operationId: 'pulls/get', mode: 'stall-body' })
    // Octokit as @actions/github builds it, without the product's bound on the body.
    const { status, data } = await plain.rest.pulls.get({ ...base, pull_number: 3, ...timeout() })
    // The JSON branch of @octokit/request's getResponseData swallows the aborted read.
    expect(status).toBe(200)
    expect(data).toBe('')
    expect(server.requests[0]).toMatchObject({ status: 200, mode: 'stall-body' })
    expect(await eventually(() => server.requests[0]?.clientGaveUp === true)).toBe(true)
  })

  it("the product's octokit reads the body within its own timeout: a stalled body is an error, sent once", async () => {
    server.inject({ operationId: 'pulls/get', mode: 'stall-body', times: Infinity })
    const bounded = actionClient('t', server.url, { timeoutMs: 300 })
    await expect(bounded.octokit.rest.pulls.get({ ...base, pull_number: 3 })).rejects.toMatchObject(
      {
        name: 'AbortError',
        message: expect.stringMatching(
          /did not answer GET \/repos\/octo-org\/known-good-demo\/pulls\/3 within 300 ms \(input 'api-timeout'\)/
        )
      }
    )
    expect(server.requests).toHaveLength(1)
    expect(bounded.requests).toBe(1)
    expect(await eventually(() => server.requests[0]?.clientGaveUp === true)).toBe(true)
  })

  it('still lets stop() close the server at once, ending the hanging request', async () => {
    const other = await startGitHubServer()
    other.inject({ method: 'GET', mode: 'hang' })
    const hanging = fetch(`${other.url}/repos/${base.owner}/${base.repo}`, {
      headers: { authorization: 'token t' }
    })
    expect(await eventually(() => other.requests.length === 1)).toBe(true)
    await other.stop()
    await expect(hanging).rejects.toThrow(/fetch failed/)
    expect(other.requests[0]).toMatchObject({ mode: 'hang', clientGaveUp: false })
  })
})

/** One item in each list, made through the API, so every page of an endless list has one. */
async function seedLists(): Promise<Record<string, () => unknown>> {
  const { data: run } = await plain.rest.checks.create({
    ...base,
    name: 'known-good',
    head_sha: HEAD,
    output: {
      title: 't',
      summary: 's',
      annotations: [
        { path: 'a.ts', start_line: 2, end_line: 2, annotation_level: 'warning', message: 'm' }
      ]
    }
  })
  await plain.rest.issues.createComment({ ...base, issue_number: 3, body: 'verdict' })
  await plain.rest.pulls.createReviewComment({
    ...base,
    pull_number: 3,
    commit_id: HEAD,
    path: 'a.ts',
    line: 2,
    body: 'here'
  })
  await plain.rest.repos.createCommitStatus({ ...base, sha: HEAD, state: 'success' })
  const per = { per_page: 1 }
  return {
    'checks/list-for-ref': () => octokit.rest.checks.listForRef({ ...base, ref: HEAD, ...per }),
    'checks/list-annotations': () =>
      octokit.rest.checks.listAnnotations({ ...base, check_run_id: run.id, ...per }),
    'issues/list-comments': () =>
      octokit.rest.issues.listComments({ ...base, issue_number: 3, ...per }),
    'pulls/list-files': () => octokit.rest.pulls.listFiles({ ...base, pull_number: 3, ...per }),
    'pulls/list-review-comments': () =>
      octokit.rest.pulls.listReviewComments({ ...base, pull_number: 3, ...per }),
    'issues/list-labels-on-issue': () =>
      octokit.rest.issues.listLabelsOnIssue({ ...base, issue_number: 3, ...per }),
    'issues/list-labels-for-repo': () => octokit.rest.issues.listLabelsForRepo({ ...base, ...per }),
    'repos/list-commit-statuses-for-ref': () =>
      octokit.rest.repos.listCommitStatusesForRef({ ...base, ref: HEAD, ...per })
  }
}

describe('endless pages', () => {
  const LISTS = [
    'checks/list-for-ref',
    'checks/list-annotations',
    'issues/list-comments',
    'pulls/list-files',
    'pulls/list-review-comments',
    'issues/list-labels-on-issue',
    'issues/list-labels-for-repo',
    'repos/list-commit-statuses-for-ref'
  ]
  const BOUND = 12

  it.each(LISTS)('%s: a bounded loop sees page after page, each valid and not empty', async id => {
    const lists = await seedLists()
    const first = lists[id] as () => Promise<{ url: string }>
    const before = server.requests.length
    server.inject({ operationId: id, mode: 'endless-pages', times: Infinity })
    const { url } = await first()
    let pages = 0
    for await (const page of octokit.paginate.iterator(`GET ${url}`)) {
      expect(page.status).toBe(200)
      expect((page.data as unknown[]).length).toBeGreaterThan(0)
      if (++pages === BOUND) break
    }
    expect(pages).toBe(BOUND)
    const requests = server.requests.slice(before)
    const seen = requests.slice(1).map(r => [r.operationId, r.query['page'], r.status])
    // The first call asked for page 1; the loop followed rel="next" from there on.
    expect(seen).toEqual(
      Array.from({ length: BOUND }, (_, i) => [id, i === 0 ? undefined : String(i + 1), 200])
    )
    expect(requests[0]?.query['page']).toBeUndefined()
  })

  it('never offers rel="last", and without the fault the same list ends', async () => {
    await seedLists()
    const endless = server.inject({ operationId: 'pulls/list-files', mode: 'endless-pages' })
    const faulted = await octokit.rest.pulls.listFiles({ ...base, pull_number: 3, page: 7 })
    expect(faulted.headers.link).toMatch(/[?&]page=8>; rel="next"/)
    expect(faulted.headers.link).not.toMatch(/rel="last"/)
    expect(endless.usedUp).toBe(true)
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...base,
      pull_number: 3,
      per_page: 1
    })
    expect(all.map(f => f.filename)).toEqual(['a.ts'])
  })

  it('answers 500 when the rule names an operation that is no list', async () => {
    server.inject({ operationId: 'pulls/get', mode: 'endless-pages' })
    await expect(
      octokit.rest.pulls.get({ ...base, pull_number: 3, request: { retries: 0 } })
    ).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/not.*paginated/) })
  })
})

describe('garbage', () => {
  it.each([
    ['html', /^<!DOCTYPE html>/],
    ['empty', /^$/],
    ['truncated-json', /^\{"id":/]
  ] as const)('a 200 with %s: octokit hands back a string that is not JSON', async (mode, text) => {
    server.inject({ operationId: 'repos/get', mode })
    const { status, data } = await octokit.rest.repos.get(base)
    expect(status).toBe(200)
    expect(typeof data).toBe('string')
    expect(data).toMatch(text)
    expect(() => JSON.parse(data as unknown as string)).toThrow(SyntaxError)
    expect(server.requests[0]).toMatchObject({ fault: true, mode, status: 200 })
  })

  it('a 200 with the right JSON as text/plain: octokit does not parse it', async () => {
    server.inject({ operationId: 'repos/get', mode: 'wrong-content-type' })
    const { data } = await octokit.rest.repos.get(base)
    expect(typeof data).toBe('string')
    expect(JSON.parse(data as unknown as string)).toMatchObject({
      full_name: 'octo-org/known-good-demo'
    })
  })

  it('a 200 with JSON of the wrong shape: parsed, and the published schema refuses it', async () => {
    server.inject({ operationId: 'repos/get', mode: 'wrong-shape' })
    server.inject({ operationId: 'pulls/list-files', mode: 'wrong-shape' })
    const repo = await octokit.rest.repos.get(base)
    expect(repo.data).toEqual([])
    expect(server.responseErrors('repos/get', 200, repo.data)).not.toEqual([])
    const files = await octokit.rest.pulls.listFiles({ ...base, pull_number: 3 })
    expect(files.data).toEqual({})
    expect(server.responseErrors('pulls/list-files', 200, files.data)).not.toEqual([])
  })

  it('a write whose answer is mangled was still applied', async () => {
    server.inject({ operationId: 'issues/create-comment', mode: 'truncated-json' })
    const { status, data } = await plain.rest.issues.createComment({
      ...base,
      issue_number: 3,
      body: 'applied'
    })
    expect(status).toBe(201)
    expect(typeof data).toBe('string')
    expect(server.state.issueComments.map(c => c.body)).toEqual(['applied'])
  })

  it('a 502 HTML page is retried by plugin-retry, and fails with the page when it persists', async () => {
    server.inject({ operationId: 'repos/get', mode: 'html', status: 502, times: 2 })
    expect((await octokit.rest.repos.get(base)).status).toBe(200)
    expect(server.requests.map(r => r.status)).toEqual([502, 502, 200])

    server.reset()
    server.inject({ operationId: 'repos/get', mode: 'html', status: 502, times: Infinity })
    await expect(octokit.rest.repos.get(base)).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(/^<!DOCTYPE html>[\s\S]*No server is currently available/)
    })
    // One try and plugin-retry's three retries.
    expect(server.requests.map(r => r.status)).toEqual([502, 502, 502, 502])
  })

  it('refuses a rule that cannot be served as written', () => {
    expect(() => server.inject({ method: 'GET', mode: 'hang', status: 500 })).toThrow(
      /leave out status/
    )
    expect(() => server.inject({ method: 'GET', mode: 'empty', status: 500 })).toThrow(/not 2xx/)
  })
})
