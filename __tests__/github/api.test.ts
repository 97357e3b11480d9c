import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import type { GitHubApi } from '../../src/github/api.js'
import { GitHubAnswerError, MAX_LIST_PAGES, octokitApi } from '../../src/github/api.js'
import { GitHubTimeoutError } from '../../src/github/errors.js'
import { actionClient } from '../helpers/github-server/action-octokit.js'
import type { FaultMode, GitHubServer } from '../helpers/github-server/start-github-server.js'
import { startGitHubServer } from '../helpers/github-server/start-github-server.js'

// The product's GitHub adapter (src/github/api.ts on the octokit of src/github/octokit.ts)
// against a GitHub that hangs, stalls, pages without end or answers 200 with garbage.

const HEAD = 'c'.repeat(40)
const PATCH = '@@ -1,2 +1,3 @@\n a\n+b\n c'

let server: GitHubServer
let api: GitHubApi
let requests: () => number

beforeAll(async () => {
  server = await startGitHubServer({
    labels: ['bug'],
    pullRequests: [
      { number: 3, headSha: HEAD, labels: ['bug'], files: [{ filename: 'a.ts', patch: PATCH }] }
    ]
  })
  const client = actionClient('t', server.url, { timeoutMs: 400 })
  api = octokitApi(client.octokit, server.repo, server.url)
  requests = () => client.requests
})
afterAll(() => server.stop())
beforeEach(() => server.reset())

describe('a 2xx that is not what the operation returns', () => {
  it.each([
    ['html', /with 200 and a body that is not JSON \("<!DOCTYPE html>/],
    ['empty', /with 200 and an empty body/],
    ['truncated-json', /with 200 and a body that is not JSON \("\[\{/],
    ['wrong-content-type', /with 200 and a body that is not JSON \("\[\{/],
    ['wrong-shape', /with 200 and a JSON object of another shape, not a list of pull request files/]
  ] as [FaultMode, RegExp][])('%s: named as such, with the operation', async (mode, found) => {
    server.inject({ operationId: 'pulls/list-files', mode })
    const error = await api.listPullFiles(3).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubAnswerError)
    expect((error as Error).message).toMatch(/^GitHub answered pulls\/list-files /)
    expect((error as Error).message).toMatch(found)
  })

  it('a write whose answer is garbage: the error names the write', async () => {
    server.inject({ operationId: 'issues/create-comment', mode: 'html' })
    await expect(api.createIssueComment(3, 'hello')).rejects.toThrow(
      /^GitHub answered issues\/create-comment with 200 and a body that is not JSON .*, not a comment/
    )
    server.inject({ operationId: 'checks/create', mode: 'wrong-shape' })
    await expect(
      api.createCheckRun({
        name: 'known-good',
        head_sha: HEAD,
        status: 'completed',
        conclusion: 'success',
        output: { title: 't', summary: 's' }
      })
    ).rejects.toThrow(/^GitHub answered checks\/create with 200 and a JSON array, not a check run/)
  })

  it('items of the wrong shape are refused too', async () => {
    server.inject({ operationId: 'issues/list-labels-on-issue', status: 200, body: [{ id: 1 }] })
    await expect(api.listLabels(3)).rejects.toThrow(
      /issues\/list-labels-on-issue with 200 and an item without a string "name"/
    )
  })
})

describe('lists', () => {
  it(`stop after ${MAX_LIST_PAGES} pages of a list whose next link never ends`, async () => {
    server.inject({
      operationId: 'issues/list-labels-on-issue',
      mode: 'endless-pages',
      times: Infinity
    })
    await expect(api.listLabels(3)).rejects.toThrow(
      `GitHub's issues/list-labels-on-issue list goes on past ${MAX_LIST_PAGES} pages of 100: not read further`
    )
    expect(server.requests).toHaveLength(MAX_LIST_PAGES)
  })

  it('never follow a next link off the API', async () => {
    server.inject({
      operationId: 'issues/list-labels-on-issue',
      status: 200,
      body: [{ id: 1, name: 'bug' }],
      headers: { link: '<https://elsewhere.example/steal?page=2>; rel="next"' }
    })
    await expect(api.listLabels(3)).rejects.toThrow(
      /a next-page link to "https:\/\/elsewhere\.example\/steal", not a page of the same API/
    )
    expect(server.requests).toHaveLength(1)
  })

  it('read every page of a real list', async () => {
    const plain = getOctokit('t', { baseUrl: server.url })
    for (let i = 0; i < 3; i++)
      await plain.rest.issues.createComment({ ...server.repo, issue_number: 3, body: `c${i}` })
    expect((await api.listIssueComments(3)).map(c => c.body)).toEqual(['c0', 'c1', 'c2'])
  })
})

describe('a GitHub that does not answer', () => {
  it.each(['hang', 'stall-body'] as FaultMode[])(
    '%s: given up after api-timeout, sent once, not retried',
    async mode => {
      server.inject({ operationId: 'checks/list-for-ref', mode, times: Infinity })
      const before = requests()
      const error = await api.findCheckRun(HEAD, 'known-good').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(GitHubTimeoutError)
      expect((error as Error).message).toMatch(
        /^GitHub did not answer GET \/repos\/octo-org\/known-good-demo\/commits\/c+\/check-runs within 400 ms \(input 'api-timeout'\)$/
      )
      expect(server.requests).toHaveLength(1)
      expect(requests() - before).toBe(1)
    }
  )
})
