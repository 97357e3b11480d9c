import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  startGitHubServer,
  type GitHubServer
} from '../helpers/github-server/start-github-server.js'

const HEAD = 'a'.repeat(40)
const OTHER = 'b'.repeat(40)
const base = { owner: 'octo-org', repo: 'known-good-demo' }

describe('valid requests from a real octokit', () => {
  let server: GitHubServer
  let octokit: ReturnType<typeof getOctokit>
  beforeAll(async () => {
    server = await startGitHubServer({
      // Every 2xx answer is checked against the published response schema as well.
      checkResponses: true,
      commits: [OTHER],
      labels: ['bug'],
      pullRequests: [
        {
          number: 7,
          headSha: HEAD,
          labels: ['bug'],
          files: [{ filename: 'a.ts', patch: '@@ -1 +1 @@\n-a\n+b' }]
        }
      ]
    })
    octokit = getOctokit('t', { baseUrl: server.url })
  })
  afterAll(() => server.stop())
  beforeEach(() => server.reset())

  /** The answer octokit got fits GitHub's published schema for that operation and status. */
  function expectFits(operationId: string, status: number, data: unknown) {
    expect(server.responseErrors(operationId, status, data)).toEqual([])
  }

  it('create, update, list and annotate check runs; annotations append across updates', async () => {
    const created = await octokit.rest.checks.create({
      ...base,
      name: 'known-good',
      head_sha: HEAD,
      status: 'in_progress',
      output: {
        title: 'Scanning',
        summary: 'first',
        annotations: [
          { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'one' }
        ]
      }
    })
    expectFits('checks/create', 201, created.data)
    expect(created.data).toMatchObject({
      name: 'known-good',
      status: 'in_progress',
      conclusion: null,
      output: { annotations_count: 1 },
      pull_requests: [{ number: 7 }],
      app: { slug: 'github-actions' }
    })
    const updated = await octokit.rest.checks.update({
      ...base,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: {
        title: 'Blocked',
        summary: 'second',
        annotations: [
          { path: 'a.ts', start_line: 2, end_line: 2, annotation_level: 'notice', message: 'two' }
        ]
      }
    })
    expectFits('checks/update', 200, updated.data)
    expect(updated.data).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Blocked', summary: 'second', annotations_count: 2 }
    })
    expect(updated.data.completed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    const annotations = await octokit.rest.checks.listAnnotations({
      ...base,
      check_run_id: created.data.id
    })
    expectFits('checks/list-annotations', 200, annotations.data)
    expect(annotations.data.map(a => a.message)).toEqual(['one', 'two'])

    await octokit.rest.checks.create({ ...base, name: 'known-good', head_sha: HEAD })
    await octokit.rest.checks.create({ ...base, name: 'other', head_sha: HEAD })
    await octokit.rest.checks.create({ ...base, name: 'known-good', head_sha: OTHER })
    const latest = await octokit.rest.checks.listForRef({
      ...base,
      ref: HEAD,
      check_name: 'known-good'
    })
    expectFits('checks/list-for-ref', 200, latest.data)
    expect(latest.data.total_count).toBe(1)
    expect(latest.data.check_runs[0]?.id).toBeGreaterThan(created.data.id)
    const all = await octokit.rest.checks.listForRef({ ...base, ref: HEAD, filter: 'all' })
    expect(all.data.check_runs.map(r => r.name)).toEqual(['other', 'known-good', 'known-good'])
    // A pull request's head branch names its head commit.
    const byBranch = await octokit.rest.checks.listForRef({ ...base, ref: 'feature-7' })
    expect(byBranch.data.total_count).toBe(2)
  })

  it('refuses a check run on an unknown commit, or completed without a conclusion', async () => {
    const unknown = octokit.rest.checks.create({ ...base, name: 'x', head_sha: 'f'.repeat(40) })
    await expect(unknown).rejects.toMatchObject({
      status: 422,
      response: { data: { message: `No commit found for SHA: ${'f'.repeat(40)}` } }
    })
    const completedWithout = octokit.rest.checks.create({
      ...base,
      name: 'x',
      head_sha: HEAD,
      status: 'completed'
    })
    await expect(completedWithout).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [`"conclusion" wasn't supplied.`] } }
    })
    expect(server.state.checkRuns).toEqual([])
  })

  it('creates, updates, lists and deletes issue comments', async () => {
    server.state.addIssueComment(7, 'a human wrote this', 'octocat')
    const created = await octokit.rest.issues.createComment({
      ...base,
      issue_number: 7,
      body: 'v1'
    })
    expectFits('issues/create-comment', 201, created.data)
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' })
    const updated = await octokit.rest.issues.updateComment({
      ...base,
      comment_id: created.data.id,
      body: 'v2'
    })
    expectFits('issues/update-comment', 200, updated.data)
    const listed = await octokit.rest.issues.listComments({ ...base, issue_number: 7 })
    expectFits('issues/list-comments', 200, listed.data)
    expect(listed.data.map(c => [c.body, c.user?.type])).toEqual([
      ['a human wrote this', 'User'],
      ['v2', 'Bot']
    ])
    const deleted = await octokit.rest.issues.deleteComment({
      ...base,
      comment_id: created.data.id
    })
    expect(deleted.status).toBe(204)
    expect(server.state.issueComments.map(c => c.body)).toEqual(['a human wrote this'])
    await expect(
      octokit.rest.issues.createComment({ ...base, issue_number: 8, body: 'x' })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('refuses a comment body over 65,536 characters', async () => {
    const long = octokit.rest.issues.createComment({
      ...base,
      issue_number: 7,
      body: 'x'.repeat(65537)
    })
    await expect(long).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          errors: [
            expect.objectContaining({ message: 'Body is too long (maximum is 65536 characters)' })
          ]
        }
      }
    })
    await octokit.rest.issues.createComment({ ...base, issue_number: 7, body: 'x'.repeat(65536) })
    expect(server.state.issueComments).toHaveLength(1)
  })

  it('adds, lists and removes labels; adding an unknown label creates it', async () => {
    const added = await octokit.rest.issues.addLabels({
      ...base,
      issue_number: 7,
      labels: ['known-good:blocked']
    })
    expectFits('issues/add-labels', 200, added.data)
    expect(added.data.map(l => l.name)).toEqual(['bug', 'known-good:blocked'])
    expect(server.state.findLabel('known-good:blocked')?.color).toBe('ededed')
    const removed = await octokit.rest.issues.removeLabel({ ...base, issue_number: 7, name: 'bug' })
    expectFits('issues/remove-label', 200, removed.data)
    const listed = await octokit.rest.issues.listLabelsOnIssue({ ...base, issue_number: 7 })
    expectFits('issues/list-labels-on-issue', 200, listed.data)
    expect(listed.data.map(l => l.name)).toEqual(['known-good:blocked'])
    await expect(
      octokit.rest.issues.removeLabel({ ...base, issue_number: 7, name: 'bug' })
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Label does not exist' } }
    })

    const created = await octokit.rest.issues.createLabel({
      ...base,
      name: 'known-good:clean',
      color: '0e8a16'
    })
    expectFits('issues/create-label', 201, created.data)
    await expect(octokit.rest.issues.createLabel({ ...base, name: 'BUG' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } }
    })
  })

  it('records commit statuses and combines the newest of each context', async () => {
    const created = await octokit.rest.repos.createCommitStatus({
      ...base,
      sha: HEAD,
      state: 'pending',
      context: 'known-good/verdict',
      description: 'scanning'
    })
    expectFits('repos/create-commit-status', 201, created.data)
    await octokit.rest.repos.createCommitStatus({
      ...base,
      sha: HEAD,
      state: 'success',
      context: 'known-good/verdict'
    })
    await octokit.rest.repos.createCommitStatus({
      ...base,
      sha: HEAD,
      state: 'success',
      context: 'ci'
    })
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...base, ref: HEAD })
    expectFits('repos/get-combined-status-for-ref', 200, combined.data)
    expect(combined.data).toMatchObject({ state: 'success', total_count: 2, sha: HEAD })
    const listed = await octokit.rest.repos.listCommitStatusesForRef({ ...base, ref: HEAD })
    expectFits('repos/list-commit-statuses-for-ref', 200, listed.data)
    expect(listed.data.map(s => s.state)).toEqual(['success', 'success', 'pending'])
  })

  it('answers the repository and the pull request as GitHub shapes them', async () => {
    const repo = await octokit.rest.repos.get(base)
    expectFits('repos/get', 200, repo.data)
    expect(repo.data).toMatchObject({
      full_name: 'octo-org/known-good-demo',
      default_branch: 'main'
    })
    const pull = await octokit.rest.pulls.get({ ...base, pull_number: 7 })
    expectFits('pulls/get', 200, pull.data)
    expect(pull.data).toMatchObject({
      number: 7,
      head: { sha: HEAD, ref: 'feature-7' },
      base: { ref: 'main' },
      user: { login: 'octocat' },
      labels: [{ name: 'bug' }],
      additions: 1,
      deletions: 1,
      changed_files: 1
    })
  })
})
