// What the server stores: plain records in its own terms (camelCase), which Representer turns
// into GitHub's JSON. Tests read them directly to assert on what was written.

import type { RunSummary } from './sarif-delivery.js'

export type UserType = 'User' | 'Bot' | 'Organization'
export type FileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface UserRecord {
  login: string
  id: number
  type: UserType
}

export interface RepositoryRecord {
  id: number
  owner: UserRecord
  name: string
  defaultBranch: string
  private: boolean
  createdAt: string
}

export interface PullFileRecord {
  filename: string
  status: FileStatus
  /** Absent for binary files and for diffs GitHub finds too large, as in the real API. */
  patch: string | undefined
  previousFilename: string | undefined
  sha: string
}

export interface PullRequestRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  user: UserRecord
  headSha: string
  headRef: string
  baseSha: string
  baseRef: string
  /** Head branch lives in a fork (then its token is read-only, and check runs omit the PR). */
  fork: boolean
  /** Label names, in the order they were added. */
  labels: string[]
  files: PullFileRecord[]
  createdAt: string
  updatedAt: string
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
  default: boolean
}

/** An annotation as sent to the Checks API (and answered by list-annotations). */
export interface AnnotationRecord {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRunRecord {
  id: number
  name: string
  headSha: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  detailsUrl: string | null
  externalId: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  /** Every annotation of every create/update call, appended in order as GitHub does. */
  annotations: AnnotationRecord[]
}

export interface IssueCommentRecord {
  id: number
  issueNumber: number
  body: string
  user: UserRecord
  createdAt: string
  updatedAt: string
}

export type ReviewState = 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED'

export interface ReviewRecord {
  id: number
  pullNumber: number
  user: UserRecord
  body: string
  state: ReviewState
  commitId: string
  submittedAt: string | null
}

export interface ReviewCommentRecord {
  id: number
  reviewId: number
  pullNumber: number
  path: string
  line: number | null
  side: 'LEFT' | 'RIGHT' | null
  startLine: number | null
  startSide: 'LEFT' | 'RIGHT' | null
  position: number | null
  subjectType: 'line' | 'file'
  inReplyTo: number | undefined
  body: string
  commitId: string
  diffHunk: string
  user: UserRecord
  createdAt: string
  updatedAt: string
}

export type CommitState = 'error' | 'failure' | 'pending' | 'success'

export interface CommitStatusRecord {
  id: number
  sha: string
  state: CommitState
  context: string
  description: string | null
  targetUrl: string | null
  creator: UserRecord
  createdAt: string
  updatedAt: string
}

/** Where processing of an upload ends; tests may replace it before the upload is polled. */
export type SarifOutcome = { status: 'complete' } | { status: 'failed'; errors: string[] }

/** One POST …/code-scanning/sarifs that was accepted (202). */
export interface SarifUploadRecord {
  /** What the 202 answered as `id` (a UUID, as GitHub's are). */
  id: string
  commitSha: string
  ref: string
  checkoutUri: string | null
  /** `tool_name`; GitHub's default is "API". */
  toolName: string
  startedAt: string | null
  validate: boolean
  /** Bytes of the decoded gzip stream. */
  gzipBytes: number
  /** The decoded SARIF log, as the client sent it. */
  sarif: Record<string, unknown>
  /** Per run: tool, category, result and rule counts (see sarif-delivery.ts). */
  runs: RunSummary[]
  outcome: SarifOutcome
  /** GET …/sarifs/{id} answers `pending` this many more times before the outcome. */
  pendingPolls: number
  /** GET …/sarifs/{id} requests answered so far. */
  polls: number
  createdAt: string
}
