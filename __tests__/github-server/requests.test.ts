import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  startGitHubServer,
  type GitHubServer
} from '../helpers/github-server/start-github-server.js'

const SHA = '1'.repeat(40)
const OWNER = 'octo-org'
const REPO = 'known-good-demo'
const REPO_PATH = `/repos/${OWNER}/${REPO}`

interface Answer {
  status: number
  body: Record<string, unknown>
}

async function call(
  server: GitHubServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: 'token t' }
): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {}
  }
}

const annotation = (line: number) => ({
  path: 'src/app.ts',
  start_line: line,
  end_line: line,
  annotation_level: 'warning' as const,
  message: `finding ${line}`
})

describe('requests GitHub would refuse', () => {
  let server: GitHubServer
  beforeAll(async () => {
    server = await startGitHubServer({ pullRequests: [{ number: 1, headSha: SHA }] })
  })
  afterAll(() => server.stop())
  beforeEach(() => server.reset())

  it('answers 401 without an authorization header', async () => {
    const answer = await call(server, 'GET', REPO_PATH, undefined, {})
    expect(answer).toEqual({
      status: 401,
      body: {
        message: 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      }
    })
  })

  it('answers 404 for a route the description does not have, or another repository', async () => {
    expect((await call(server, 'GET', `${REPO_PATH}/no-such-thing`)).status).toBe(404)
    expect((await call(server, 'PUT', `${REPO_PATH}/check-runs`, {})).status).toBe(404)
    expect((await call(server, 'GET', '/repos/someone/else')).status).toBe(404)
    // A path parameter that fails its schema does not route either.
    expect((await call(server, 'GET', `${REPO_PATH}/pulls/seven`)).status).toBe(404)
    expect(server.requests.map(r => [r.operationId, r.status])).toEqual([
      [undefined, 404],
      [undefined, 404],
      ['repos/get', 404],
      ['pulls/get', 404]
    ])
  })

  it('answers 422 for a body of the wrong type, and changes nothing', async () => {
    const answer = await call(server, 'POST', `${REPO_PATH}/check-runs`, { name: 5, head_sha: SHA })
    expect(answer).toEqual({
      status: 422,
      body: {
        message: "Invalid request.\n\nFor 'name', 5 is not a string.",
        errors: ["For 'name', 5 is not a string."],
        documentation_url: 'https://docs.github.com/rest/reference/checks#create-a-check-run',
        status: '422'
      }
    })
    expect(server.state.checkRuns).toEqual([])
  })

  it('rejects a check-run update with 51 annotations and keeps the earlier ones', async () => {
    const octokit = getOctokit('t', { baseUrl: server.url })
    const base = { owner: OWNER, repo: REPO }
    const { data } = await octokit.rest.checks.create({
      ...base,
      name: 'known-good',
      head_sha: SHA,
      output: { title: 't', summary: 's', annotations: [annotation(1)] }
    })
    const many = Array.from({ length: 51 }, (_, i) => annotation(i + 1))
    const update = octokit.rest.checks.update({
      ...base,
      check_run_id: data.id,
      output: { title: 't', summary: 's', annotations: many }
    })
    await expect(update).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.'
        }
      }
    })
    expect(server.state.checkRuns[0]?.annotations).toEqual([annotation(1)])
    await octokit.rest.checks.update({
      ...base,
      check_run_id: data.id,
      output: { title: 't', summary: 's', annotations: many.slice(0, 50) }
    })
    expect(server.state.checkRuns[0]?.annotations).toHaveLength(51)
  })

  it('answers 422 for a query parameter outside its enum, 400 for a body that is not JSON', async () => {
    const query = await call(server, 'GET', `${REPO_PATH}/commits/${SHA}/check-runs?filter=newest`)
    expect(query.status).toBe(422)
    expect(query.body['errors']).toEqual([
      `For 'filter', "newest" is not a member of ["latest","all"].`
    ])
    const broken = await call(server, 'POST', `${REPO_PATH}/issues/1/comments`, '{"body": ')
    expect(broken).toMatchObject({ status: 400, body: { message: 'Problems parsing JSON' } })
    expect(server.state.issueComments).toEqual([])
  })

  it('says so when a valid operation is one the server does not implement', async () => {
    const answer = await call(server, 'GET', `${REPO_PATH}/releases`)
    expect(answer.status).toBe(501)
    expect(answer.body['message']).toMatch(/repos\/list-releases fits .* does not implement/)
  })

  it('records method, path, operation, query, body and status of every request', async () => {
    const octokit = getOctokit('secret-token', { baseUrl: server.url })
    await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      body: 'hi'
    })
    await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      per_page: 5
    })
    expect(server.requests).toEqual([
      {
        method: 'POST',
        path: `${REPO_PATH}/issues/1/comments`,
        operationId: 'issues/create-comment',
        query: {},
        body: { body: 'hi' },
        status: 201,
        fault: false,
        mode: undefined,
        clientGaveUp: false,
        token: 'secret-token'
      },
      expect.objectContaining({
        method: 'GET',
        operationId: 'issues/list-comments',
        query: { per_page: '5' },
        body: undefined,
        status: 200
      })
    ])
  })
})

describe('a GitHub Enterprise Server', () => {
  it('serves the same API under /api/v3', async () => {
    const server = await startGitHubServer({
      ghes: true,
      pullRequests: [{ number: 1, headSha: SHA }]
    })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
      expect(server.env['GITHUB_SERVER_URL']).toBe(new URL(server.url).origin)
      const octokit = getOctokit('t', { baseUrl: server.url })
      const { data } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 })
      expect(data.html_url).toBe(`${new URL(server.url).origin}/${OWNER}/${REPO}/pull/1`)
      expect(data.url).toBe(`${server.url}${REPO_PATH}/pulls/1`)
      const outside = await fetch(`${new URL(server.url).origin}${REPO_PATH}`, {
        headers: { authorization: 'token t' }
      })
      expect(outside.status).toBe(404)
      expect(server.requests.map(r => [r.path, r.operationId, r.status])).toEqual([
        [`${REPO_PATH}/pulls/1`, 'pulls/get', 200],
        [REPO_PATH, undefined, 404]
      ])
    } finally {
      await server.stop()
    }
  })
})
