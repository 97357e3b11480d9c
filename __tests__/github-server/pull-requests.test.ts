import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { parsePatch } from '../helpers/github-server/diff-hunks.js'
import {
  startGitHubServer,
  type GitHubServer
} from '../helpers/github-server/start-github-server.js'

const HEAD = 'c'.repeat(40)
const base = { owner: 'octo-org', repo: 'known-good-demo', pull_number: 3 }

/** RIGHT lines in hunks: 1, 2, 3 and 11, 12, 13. LEFT: 1, 2, 3 and 10, 11. */
const PATCH = [
  '@@ -1,3 +1,3 @@',
  ' line one',
  '+added two',
  ' line three',
  '-removed',
  '@@ -10,2 +11,3 @@',
  ' ctx eleven',
  '+added twelve',
  ' ctx thirteen'
].join('\n')

const FILES = [
  { filename: 'src/app.ts', patch: PATCH },
  { filename: 'src/b.ts', status: 'added' as const, patch: '@@ -0,0 +1 @@\n+b' },
  { filename: 'logo.png', status: 'added' as const },
  { filename: 'src/d.ts', patch: '@@ -1 +1 @@\n-d\n+D' },
  { filename: 'src/e.ts', patch: '@@ -1 +1 @@\n-e\n+E' }
]

describe('parsePatch', () => {
  it('numbers both sides of every hunk and counts positions across hunks', () => {
    const { lines } = parsePatch(PATCH)
    expect(lines.map(l => [l.position, l.left ?? null, l.right ?? null])).toEqual([
      [1, 1, 1],
      [2, null, 2],
      [3, 2, 3],
      [4, 3, null],
      [6, 10, 11],
      [7, null, 12],
      [8, 11, 13]
    ])
  })
})

describe('pull request files and reviews', () => {
  let server: GitHubServer
  let octokit: ReturnType<typeof getOctokit>
  beforeAll(async () => {
    server = await startGitHubServer({
      checkResponses: true,
      pullRequests: [{ number: 3, headSha: HEAD, files: FILES }]
    })
    octokit = getOctokit('t', { baseUrl: server.url })
  })
  afterAll(() => server.stop())
  beforeEach(() => server.reset())

  it('pages files with per_page/page and Link headers that octokit.paginate follows', async () => {
    const first = await octokit.rest.pulls.listFiles({ ...base, per_page: 2 })
    expect(first.data.map(f => f.filename)).toEqual(['src/app.ts', 'src/b.ts'])
    const url = `${server.url}/repos/octo-org/known-good-demo/pulls/3/files`
    expect(first.headers.link).toBe(
      `<${url}?per_page=2&page=2>; rel="next", <${url}?per_page=2&page=3>; rel="last"`
    )
    const last = await octokit.rest.pulls.listFiles({ ...base, per_page: 2, page: 3 })
    expect(last.data.map(f => f.filename)).toEqual(['src/e.ts'])
    expect(last.headers.link).toBe(
      `<${url}?per_page=2&page=2>; rel="prev", <${url}?per_page=2&page=1>; rel="first"`
    )
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...base, per_page: 2 })
    expect(all.map(f => [f.filename, f.patch !== undefined])).toEqual(
      FILES.map(f => [f.filename, f.patch !== undefined])
    )
    expect(all[0]).toMatchObject({ patch: PATCH, additions: 2, deletions: 1, status: 'modified' })
    expect(server.requests.at(-1)?.query).toEqual({ per_page: '2', page: '3' })
  })

  it('accepts review comments on lines inside the hunks, on either side', async () => {
    const review = await octokit.rest.pulls.createReview({
      ...base,
      commit_id: HEAD,
      event: 'COMMENT',
      comments: [
        { path: 'src/app.ts', line: 2, side: 'RIGHT', body: 'added line' },
        { path: 'src/app.ts', line: 13, body: 'context line, RIGHT by default' },
        { path: 'src/app.ts', line: 3, side: 'LEFT', body: 'removed line' },
        { path: 'src/app.ts', start_line: 11, line: 12, side: 'RIGHT', body: 'two lines' },
        { path: 'src/b.ts', position: 1, body: 'by position' }
      ]
    })
    expect(review.data).toMatchObject({ state: 'COMMENTED', commit_id: HEAD })
    const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      ...base,
      per_page: 2
    })
    expect(comments.map(c => [c.path, c.line, c.side, c.start_line])).toEqual([
      ['src/app.ts', 2, 'RIGHT', null],
      ['src/app.ts', 13, 'RIGHT', null],
      ['src/app.ts', 3, 'LEFT', null],
      ['src/app.ts', 12, 'RIGHT', 11],
      ['src/b.ts', 1, 'RIGHT', null]
    ])
    expect(comments[0]?.diff_hunk).toBe('@@ -1,3 +1,3 @@\n line one\n+added two')
    expect(comments.every(c => c.pull_request_review_id === review.data.id)).toBe(true)
  })

  it('rejects the whole review when a comment lies outside the diff, as GitHub does', async () => {
    const attempt = octokit.rest.pulls.createReview({
      ...base,
      commit_id: HEAD,
      event: 'COMMENT',
      comments: [
        { path: 'src/app.ts', line: 2, body: 'fine' },
        { path: 'src/app.ts', line: 5, body: 'between hunks' },
        { path: 'README.md', line: 1, body: 'not in the pull request' },
        { path: 'logo.png', line: 1, body: 'no patch' }
      ]
    })
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Unprocessable Entity',
          errors: [
            'Line could not be resolved, Path could not be resolved, and Path could not be resolved'
          ]
        }
      }
    })
    const startInOtherHunk = octokit.rest.pulls.createReview({
      ...base,
      event: 'COMMENT',
      comments: [{ path: 'src/app.ts', start_line: 3, line: 12, body: 'spans hunks' }]
    })
    await expect(startInOtherHunk).rejects.toMatchObject({
      response: { data: { errors: ['Line could not be resolved'] } }
    })
    const staleCommit = octokit.rest.pulls.createReview({
      ...base,
      commit_id: 'd'.repeat(40),
      event: 'COMMENT',
      body: 'x'
    })
    await expect(staleCommit).rejects.toMatchObject({
      response: { data: { errors: ['The commitOID is not part of the pull request'] } }
    })
    expect(server.state.reviews).toEqual([])
    expect(server.state.reviewComments).toEqual([])
  })

  it('places single comments on a line or a file and refuses one outside the diff', async () => {
    const onLine = await octokit.rest.pulls.createReviewComment({
      ...base,
      commit_id: HEAD,
      path: 'src/app.ts',
      line: 12,
      side: 'RIGHT',
      body: 'here'
    })
    expect(onLine.status).toBe(201)
    const onFile = await octokit.rest.pulls.createReviewComment({
      ...base,
      commit_id: HEAD,
      path: 'logo.png',
      subject_type: 'file',
      body: 'whole file'
    })
    expect(onFile.data).toMatchObject({ subject_type: 'file', path: 'logo.png' })
    const outside = octokit.rest.pulls.createReviewComment({
      ...base,
      commit_id: HEAD,
      path: 'src/app.ts',
      line: 40,
      body: 'nope'
    })
    await expect(outside).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            expect.objectContaining({
              field: 'pull_request_review_thread.line',
              message: 'pull_request_review_thread.line must be part of the diff'
            })
          ]
        }
      }
    })
    const reply = await octokit.rest.pulls.createReviewComment({
      ...base,
      commit_id: HEAD,
      path: 'src/app.ts',
      in_reply_to: onLine.data.id,
      body: 'answer'
    })
    expect(reply.data).toMatchObject({ in_reply_to_id: onLine.data.id, line: 12 })
    expect(server.state.reviewComments.map(c => c.body)).toEqual(['here', 'whole file', 'answer'])
  })
})
