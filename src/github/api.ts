import type { GitHub } from '@actions/github/lib/utils'

/** An Octokit with the REST methods and pagination (as @actions/github builds it). */
export type Octokit = InstanceType<typeof GitHub>

export interface RepoRef {
  owner: string
  repo: string
}

export interface CheckRunRef {
  id: number
  url: string
}

export interface CheckRunWrite {
  name: string
  head_sha: string
  status: 'in_progress' | 'completed'
  conclusion?: 'success' | 'failure'
  details_url?: string
  output: { title: string; summary: string; annotations?: unknown[] }
}

export interface IssueComment {
  id: number
  body: string
  isBot: boolean
  url: string
}

export interface ReviewCommentWrite {
  path: string
  line?: number
  body: string
}

export type CommitState = 'success' | 'failure' | 'error' | 'pending'

/** Only the GitHub calls the product makes (ARCHITECTURE.md, "Adapters"): tests pass fakes or a local server. */
export interface GitHubApi {
  findCheckRun(sha: string, name: string): Promise<CheckRunRef | undefined>
  createCheckRun(run: CheckRunWrite): Promise<CheckRunRef>
  updateCheckRun(id: number, run: Partial<CheckRunWrite>): Promise<void>
  /** `raw_details` of the annotations a check run already has. */
  checkRunAnnotationDetails(id: number): Promise<string[]>
  listIssueComments(issue: number): Promise<IssueComment[]>
  createIssueComment(issue: number, body: string): Promise<{ id: number; url: string }>
  updateIssueComment(id: number, body: string): Promise<{ url: string }>
  listPullFiles(pull: number): Promise<{ filename: string; patch?: string }[]>
  listReviewCommentBodies(pull: number): Promise<string[]>
  createReview(pull: number, commitId: string, comments: ReviewCommentWrite[]): Promise<void>
  createFileComment(pull: number, commitId: string, comment: ReviewCommentWrite): Promise<void>
  createStatus(
    sha: string,
    state: CommitState,
    context: string,
    description: string,
    targetUrl?: string
  ): Promise<void>
  /** The newest commit status with this context on a commit, if any. */
  commitStatus(
    sha: string,
    context: string
  ): Promise<{ state: CommitState; description: string } | undefined>
  listLabels(issue: number): Promise<string[]>
  addLabels(issue: number, labels: string[]): Promise<void>
  removeLabel(issue: number, label: string): Promise<void>
}

type CheckOutputParam = NonNullable<Parameters<Octokit['rest']['checks']['create']>[0]>['output']

/** Every list call pages through all results (100 per page, GitHub's maximum). */
const PER_PAGE = 100

export function octokitApi(octokit: Octokit, repo: RepoRef): GitHubApi {
  const base = { owner: repo.owner, repo: repo.repo }
  return {
    async findCheckRun(sha, name) {
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
        ...base,
        ref: sha,
        check_name: name,
        filter: 'latest',
        per_page: PER_PAGE
      })
      const run = runs.find(r => r.name === name)
      return run ? { id: run.id, url: run.html_url ?? '' } : undefined
    },
    async createCheckRun(run) {
      const { data } = await octokit.rest.checks.create({
        ...base,
        ...run,
        output: run.output as CheckOutputParam
      })
      return { id: data.id, url: data.html_url ?? '' }
    },
    async updateCheckRun(id, run) {
      const { output, ...rest } = run
      await octokit.rest.checks.update({
        ...base,
        check_run_id: id,
        ...rest,
        ...(output ? { output: output as CheckOutputParam } : {})
      })
    },
    async checkRunAnnotationDetails(id) {
      const annotations = await octokit.paginate(octokit.rest.checks.listAnnotations, {
        ...base,
        check_run_id: id,
        per_page: PER_PAGE
      })
      return annotations.map(a => a.raw_details ?? '')
    },
    async listIssueComments(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...base,
        issue_number: issue,
        per_page: PER_PAGE
      })
      return comments.map(c => ({
        id: c.id,
        body: c.body ?? '',
        isBot: c.user?.type === 'Bot',
        url: c.html_url
      }))
    },
    async createIssueComment(issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...base,
        issue_number: issue,
        body
      })
      return { id: data.id, url: data.html_url }
    },
    async updateIssueComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: id, body })
      return { url: data.html_url }
    },
    async listPullFiles(pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...base,
        pull_number: pull,
        per_page: PER_PAGE
      })
      return files.map(f =>
        f.patch === undefined ? { filename: f.filename } : { filename: f.filename, patch: f.patch }
      )
    },
    async listReviewCommentBodies(pull) {
      const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
        ...base,
        pull_number: pull,
        per_page: PER_PAGE
      })
      return comments.map(c => c.body)
    },
    async createReview(pull, commitId, comments) {
      await octokit.rest.pulls.createReview({
        ...base,
        pull_number: pull,
        commit_id: commitId,
        event: 'COMMENT',
        comments: comments.map(c => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body }))
      })
    },
    async createFileComment(pull, commitId, comment) {
      await octokit.rest.pulls.createReviewComment({
        ...base,
        pull_number: pull,
        commit_id: commitId,
        path: comment.path,
        body: comment.body,
        subject_type: 'file'
      })
    },
    async createStatus(sha, state, context, description, targetUrl) {
      await octokit.rest.repos.createCommitStatus({
        ...base,
        sha,
        state,
        context,
        description,
        ...(targetUrl ? { target_url: targetUrl } : {})
      })
    },
    async commitStatus(sha, context) {
      // Statuses come newest first; the first page holds the latest of each context in practice.
      const { data } = await octokit.rest.repos.listCommitStatusesForRef({
        ...base,
        ref: sha,
        per_page: PER_PAGE
      })
      const status = data.find(s => s.context === context)
      return status
        ? { state: status.state as CommitState, description: status.description ?? '' }
        : undefined
    },
    async listLabels(issue) {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
        ...base,
        issue_number: issue,
        per_page: PER_PAGE
      })
      return labels.map(l => l.name)
    },
    async addLabels(issue, labels) {
      await octokit.rest.issues.addLabels({ ...base, issue_number: issue, labels })
    },
    async removeLabel(issue, label) {
      await octokit.rest.issues.removeLabel({ ...base, issue_number: issue, name: label })
    }
  }
}

/** HTTP status of an Octokit error (or of anything shaped like one). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
