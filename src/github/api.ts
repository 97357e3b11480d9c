import { oneLine, truncate } from '../text/one-line.js'
import type { JsonObject } from '../util/json.js'
import { isObject, num, str } from '../util/json.js'
import type { Octokit } from './octokit.js'

export type { Octokit }

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

export interface SarifUpload {
  commitSha: string
  ref: string
  /** gzip, then base64. */
  sarif: string
  checkoutUri?: string
  toolName: string
}

export type SarifProcessing = 'pending' | 'complete' | 'failed'

export interface SarifStatus {
  status: SarifProcessing
  errors: string[]
}

/** Only the GitHub calls the product makes (ARCHITECTURE.md, "Layers"): tests pass fakes or a local server. */
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
  /** POST …/code-scanning/sarifs: the upload's id and its API URL. */
  uploadSarif(upload: SarifUpload): Promise<{ id: string; url: string }>
  /** GET …/code-scanning/sarifs/{id}. */
  sarifStatus(id: string): Promise<SarifStatus>
}

type CheckOutputParam = NonNullable<Parameters<Octokit['rest']['checks']['create']>[0]>['output']

/** Every list call pages through all results (100 per page, GitHub's maximum). */
const PER_PAGE = 100
/**
 * Pages read of one list at most (10,000 items). No list we read is that long in practice (a
 * pull request lists at most 3,000 files); a list whose `Link` never ends is refused here.
 */
export const MAX_LIST_PAGES = 100

/** GitHub answered 2xx with something that is not what the operation returns. */
export class GitHubAnswerError extends Error {
  constructor(operation: string, status: number, found: string, expected: string) {
    super(
      `GitHub answered ${operation} with ${status} and ${found}, not ${expected}: a proxy or an outage in between?`
    )
    this.name = 'GitHubAnswerError'
  }
}

interface Answer {
  status: number
  headers: Record<string, string | number | undefined>
  data: unknown
}

/** What a body is, in words, for the error that names it. */
export function describeBody(data: unknown): string {
  if (typeof data === 'string') {
    return data.trim() === ''
      ? 'an empty body'
      : `a body that is not JSON (${JSON.stringify(truncate(oneLine(data), 60))})`
  }
  if (data instanceof ArrayBuffer) return `a body that is not JSON (${data.byteLength} bytes)`
  if (data === undefined) return 'no body'
  if (data === null) return 'JSON null'
  if (Array.isArray(data)) return 'a JSON array'
  return typeof data === 'object' ? 'a JSON object of another shape' : `JSON ${typeof data}`
}

/** Reads the members of one operation's answer, naming the operation when one is missing. */
class Reader {
  constructor(
    private readonly operation: string,
    private readonly status: number
  ) {}

  fail(found: string, expected: string): never {
    throw new GitHubAnswerError(this.operation, this.status, found, expected)
  }

  object(data: unknown, expected: string): JsonObject {
    return isObject(data) ? data : this.fail(describeBody(data), expected)
  }

  array(data: unknown, expected: string): JsonObject[] {
    if (!Array.isArray(data)) this.fail(describeBody(data), expected)
    return data.map(item => this.object(item, expected))
  }

  number(item: JsonObject, key: string, expected: string): number {
    return num(item[key]) ?? this.fail(`an item without a numeric "${key}"`, expected)
  }

  string(item: JsonObject, key: string, expected: string): string {
    return str(item[key]) ?? this.fail(`an item without a string "${key}"`, expected)
  }
}

function reader(operation: string, answer: Answer): Reader {
  return new Reader(operation, answer.status)
}

const NEXT = /<([^>]+)>;\s*rel="next"/

/** The `rel="next"` link, only when it stays on the API we were given. */
function nextPage(operation: string, answer: Answer, apiUrl: string): string | undefined {
  const link = answer.headers.link
  const next = typeof link === 'string' ? NEXT.exec(link)?.[1] : undefined
  if (next === undefined) return undefined
  const api = new URL(`${apiUrl}/`)
  let url: URL
  try {
    url = new URL(next, api)
  } catch {
    return reader(operation, answer).fail('a next-page link that is no URL', 'a page of the list')
  }
  if (url.origin !== api.origin || !url.pathname.startsWith(api.pathname))
    reader(operation, answer).fail(
      `a next-page link to ${JSON.stringify(truncate(oneLine(url.origin + url.pathname), 100))}`,
      'a page of the same API'
    )
  return url.href
}

/**
 * Every item of a paginated list, following `Link: rel="next"` (as octokit's paginate does) up
 * to MAX_LIST_PAGES pages. `items` takes a page's data to its items, checking their shape.
 */
async function listAll(
  octokit: Octokit,
  apiUrl: string,
  operation: string,
  first: () => Promise<Answer>,
  items: (page: Reader, data: unknown) => JsonObject[]
): Promise<JsonObject[]> {
  const out: JsonObject[] = []
  let answer = await first()
  for (let page = 1; ; page++) {
    out.push(...items(reader(operation, answer), answer.data))
    const next = nextPage(operation, answer, apiUrl)
    if (next === undefined) return out
    if (page >= MAX_LIST_PAGES)
      throw new Error(
        `GitHub's ${operation} list goes on past ${MAX_LIST_PAGES} pages of ${PER_PAGE}: not read further`
      )
    answer = (await octokit.request({ method: 'GET', url: next })) as Answer
  }
}

const SARIF_STATES: readonly string[] = ['pending', 'complete', 'failed']

export function octokitApi(octokit: Octokit, repo: RepoRef, apiUrl: string): GitHubApi {
  const base = { owner: repo.owner, repo: repo.repo }
  const list = (
    operation: string,
    first: () => Promise<Answer>,
    items: (page: Reader, data: unknown) => JsonObject[]
  ) => listAll(octokit, apiUrl, operation, first, items)
  return {
    async findCheckRun(sha, name) {
      const expected = 'a list of check runs'
      const runs = await list(
        'checks/list-for-ref',
        () =>
          octokit.rest.checks.listForRef({
            ...base,
            ref: sha,
            check_name: name,
            filter: 'latest',
            per_page: PER_PAGE
          }),
        (page, data) =>
          page.array(page.object(data, expected).check_runs, expected).map(r => {
            page.number(r, 'id', expected)
            return r
          })
      )
      const run = runs.find(r => r.name === name)
      return run ? { id: run.id as number, url: str(run.html_url) ?? '' } : undefined
    },
    async createCheckRun(run) {
      const answer = await octokit.rest.checks.create({
        ...base,
        ...run,
        output: run.output as CheckOutputParam
      })
      const page = reader('checks/create', answer)
      const data = page.object(answer.data, 'a check run')
      return { id: page.number(data, 'id', 'a check run'), url: str(data.html_url) ?? '' }
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
      const annotations = await list(
        'checks/list-annotations',
        () =>
          octokit.rest.checks.listAnnotations({ ...base, check_run_id: id, per_page: PER_PAGE }),
        (page, data) => page.array(data, 'a list of annotations')
      )
      return annotations.map(a => str(a.raw_details) ?? '')
    },
    async listIssueComments(issue) {
      const expected = 'a list of comments'
      const comments = await list(
        'issues/list-comments',
        () =>
          octokit.rest.issues.listComments({ ...base, issue_number: issue, per_page: PER_PAGE }),
        (page, data) =>
          page.array(data, expected).map(c => {
            page.number(c, 'id', expected)
            return c
          })
      )
      return comments.map(c => ({
        id: c.id as number,
        body: str(c.body) ?? '',
        isBot: isObject(c.user) && c.user.type === 'Bot',
        url: str(c.html_url) ?? ''
      }))
    },
    async createIssueComment(issue, body) {
      const answer = await octokit.rest.issues.createComment({
        ...base,
        issue_number: issue,
        body
      })
      const page = reader('issues/create-comment', answer)
      const data = page.object(answer.data, 'a comment')
      return { id: page.number(data, 'id', 'a comment'), url: str(data.html_url) ?? '' }
    },
    async updateIssueComment(id, body) {
      const answer = await octokit.rest.issues.updateComment({ ...base, comment_id: id, body })
      const data = reader('issues/update-comment', answer).object(answer.data, 'a comment')
      return { url: str(data.html_url) ?? '' }
    },
    async listPullFiles(pull) {
      const expected = 'a list of pull request files'
      const files = await list(
        'pulls/list-files',
        () => octokit.rest.pulls.listFiles({ ...base, pull_number: pull, per_page: PER_PAGE }),
        (page, data) =>
          page.array(data, expected).map(f => {
            page.string(f, 'filename', expected)
            return f
          })
      )
      return files.map(f => {
        const patch = str(f.patch)
        const filename = f.filename as string
        return patch === undefined ? { filename } : { filename, patch }
      })
    },
    async listReviewCommentBodies(pull) {
      const comments = await list(
        'pulls/list-review-comments',
        () =>
          octokit.rest.pulls.listReviewComments({
            ...base,
            pull_number: pull,
            per_page: PER_PAGE
          }),
        (page, data) => page.array(data, 'a list of review comments')
      )
      return comments.map(c => str(c.body) ?? '')
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
      const answer = await octokit.rest.repos.listCommitStatusesForRef({
        ...base,
        ref: sha,
        per_page: PER_PAGE
      })
      const statuses = reader('repos/list-commit-statuses-for-ref', answer).array(
        answer.data,
        'a list of commit statuses'
      )
      const status = statuses.find(s => s.context === context)
      const state = status?.state
      return typeof state === 'string' && ['success', 'failure', 'error', 'pending'].includes(state)
        ? {
            state: state as CommitState,
            description: typeof status?.description === 'string' ? status.description : ''
          }
        : undefined
    },
    async listLabels(issue) {
      const expected = 'a list of labels'
      const labels = await list(
        'issues/list-labels-on-issue',
        () =>
          octokit.rest.issues.listLabelsOnIssue({
            ...base,
            issue_number: issue,
            per_page: PER_PAGE
          }),
        (page, data) =>
          page.array(data, expected).map(l => {
            page.string(l, 'name', expected)
            return l
          })
      )
      return labels.map(l => l.name as string)
    },
    async addLabels(issue, labels) {
      await octokit.rest.issues.addLabels({ ...base, issue_number: issue, labels })
    },
    async removeLabel(issue, label) {
      await octokit.rest.issues.removeLabel({ ...base, issue_number: issue, name: label })
    },
    async uploadSarif(upload) {
      const answer = await octokit.rest.codeScanning.uploadSarif({
        ...base,
        commit_sha: upload.commitSha,
        ref: upload.ref,
        sarif: upload.sarif,
        tool_name: upload.toolName,
        ...(upload.checkoutUri ? { checkout_uri: upload.checkoutUri } : {})
      })
      const expected = 'a SARIF upload receipt'
      const page = reader('code-scanning/upload-sarif', answer)
      const data = page.object(answer.data, expected)
      return { id: page.string(data, 'id', expected), url: str(data.url) ?? '' }
    },
    async sarifStatus(id) {
      const answer = await octokit.rest.codeScanning.getSarif({ ...base, sarif_id: id })
      const expected = 'the processing status of a SARIF upload'
      const page = reader('code-scanning/get-sarif', answer)
      const data = page.object(answer.data, expected)
      const status = page.string(data, 'processing_status', expected)
      if (!SARIF_STATES.includes(status))
        page.fail(`processing_status ${JSON.stringify(truncate(oneLine(status), 40))}`, expected)
      const errors = Array.isArray(data.errors)
        ? data.errors.filter((e): e is string => typeof e === 'string')
        : []
      return { status: status as SarifProcessing, errors }
    }
  }
}

/** HTTP status of an Octokit error (or of anything shaped like one). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
