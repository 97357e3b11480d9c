import type { PatchLine, ParsedPatch, Side } from '../diff-hunks.js'
import { diffHunk, findLine, findPosition, parsePatch } from '../diff-hunks.js'
import { notFound, unprocessable, validationFailed } from '../github-errors.js'
import type {
  PullRequestRecord,
  ReviewCommentRecord,
  ReviewRecord,
  ReviewState
} from '../records.js'
import type { Handler, HandlerContext } from './handler.js'
import { pageOf, param, reply } from './handler.js'

interface CommentWrite {
  path: string
  body: string
  line?: number
  side?: Side
  start_line?: number
  start_side?: Side
  position?: number
}

/** Where a comment lands in the diff, or why it cannot. */
type Anchor =
  | { ok: true; line: PatchLine; start: PatchLine | undefined; side: Side; hunk: string }
  | { ok: false; reason: 'Path could not be resolved' | 'Line could not be resolved' }

const pull = (context: HandlerContext): PullRequestRecord =>
  context.state.pull(param(context, 'pull_number'))

function patchOf(pr: PullRequestRecord, path: string): ParsedPatch | undefined {
  const file = pr.files.find(f => f.filename === path)
  return file?.patch === undefined ? undefined : parsePatch(file.patch)
}

/**
 * Review comments attach only to lines inside the diff hunks of the pull request's files:
 * `line` on `side` (default RIGHT), or the deprecated `position` in the patch. A multi-line
 * comment's `start_line` must be in the same hunk, above `line`.
 */
function anchor(pr: PullRequestRecord, comment: CommentWrite): Anchor {
  const patch = patchOf(pr, comment.path)
  if (!patch) return { ok: false, reason: 'Path could not be resolved' }
  const requested = comment.side ?? 'RIGHT'
  const line =
    comment.line !== undefined
      ? findLine(patch, requested, comment.line)
      : comment.position !== undefined
        ? findPosition(patch, comment.position)
        : undefined
  if (!line) return { ok: false, reason: 'Line could not be resolved' }
  // A position on a removed line is a comment on the LEFT side.
  const side = line.right === undefined ? 'LEFT' : requested
  let start: PatchLine | undefined
  if (comment.start_line !== undefined) {
    start = findLine(patch, comment.start_side ?? side, comment.start_line)
    if (!start || start.hunk !== line.hunk || start.position >= line.position) {
      return { ok: false, reason: 'Line could not be resolved' }
    }
  }
  return { ok: true, line, start, side, hunk: diffHunk(patch, line) }
}

/** "A, B, and C": how GitHub joins the reasons of a refused review into one string. */
function sentence(parts: string[]): string {
  if (parts.length <= 2) return parts.join(' and ')
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`
}

const REVIEW_STATES: Record<string, ReviewState> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED'
}

function newComment(
  context: HandlerContext,
  pr: PullRequestRecord,
  review: ReviewRecord,
  write: CommentWrite,
  at: Extract<Anchor, { ok: true }> | undefined
): ReviewCommentRecord {
  const now = context.state.now()
  return {
    id: context.state.nextId(),
    reviewId: review.id,
    pullNumber: pr.number,
    path: write.path,
    line: at ? ((at.side === 'RIGHT' ? at.line.right : at.line.left) ?? null) : null,
    side: at ? at.side : null,
    startLine: at?.start ? ((at.side === 'RIGHT' ? at.start.right : at.start.left) ?? null) : null,
    startSide: at?.start ? (write.start_side ?? at.side) : null,
    position: at ? at.line.position : null,
    subjectType: at ? 'line' : 'file',
    inReplyTo: undefined,
    body: write.body,
    commitId: review.commitId,
    diffHunk: at?.hunk ?? '',
    user: context.actor,
    createdAt: now,
    updatedAt: now
  }
}

function newReview(
  context: HandlerContext,
  pr: PullRequestRecord,
  state: ReviewState,
  body: string,
  commitId: string
): ReviewRecord {
  return {
    id: context.state.nextId(),
    pullNumber: pr.number,
    user: context.actor,
    body,
    state,
    commitId,
    submittedAt: state === 'PENDING' ? null : context.state.now()
  }
}

const createReview: Handler = context => {
  const pr = pull(context)
  const write = context.body as {
    commit_id?: string
    body?: string
    event?: string
    comments?: CommentWrite[]
  }
  const commitId = write.commit_id ?? pr.headSha
  if (commitId !== pr.headSha) throw unprocessable('The commitOID is not part of the pull request')
  const state = write.event === undefined ? 'PENDING' : (REVIEW_STATES[write.event] as ReviewState)
  if (state === 'APPROVED' && pr.user.login === context.actor.login) {
    throw unprocessable('Can not approve your own pull request')
  }
  const comments = write.comments ?? []
  const anchors = comments.map(c => anchor(pr, c))
  // The review is one unit: one comment outside the diff and nothing is posted.
  const refused = anchors.flatMap(a => (a.ok ? [] : [a.reason]))
  if (refused.length > 0) throw unprocessable(sentence(refused))
  const review = newReview(context, pr, state, write.body ?? '', commitId)
  context.state.reviews.push(review)
  comments.forEach((c, i) => {
    const at = anchors[i] as Extract<Anchor, { ok: true }>
    context.state.reviewComments.push(newComment(context, pr, review, c, at))
  })
  return reply(200, context.shapes.review(review))
}

/** How GitHub refuses a single review comment it cannot place (a Rails validation). */
function singleCommentError(reason: Extract<Anchor, { ok: false }>['reason']) {
  const error = { resource: 'PullRequestReviewComment' }
  if (reason === 'Path could not be resolved') {
    return validationFailed(
      { ...error, code: 'invalid', field: 'pull_request_review_thread.path' },
      { ...error, code: 'missing_field', field: 'pull_request_review_thread.diff_hunk' }
    )
  }
  return validationFailed({
    ...error,
    code: 'custom',
    field: 'pull_request_review_thread.line',
    message: 'pull_request_review_thread.line must be part of the diff'
  })
}

/** POST …/pulls/{n}/comments: a reply, a comment on a file, or on lines of its diff. */
const createReviewComment: Handler = context => {
  const pr = pull(context)
  const write = context.body as CommentWrite & {
    commit_id: string
    subject_type?: 'line' | 'file'
    in_reply_to?: number
  }
  if (write.in_reply_to !== undefined) return reply201(context, replyTo(context, pr, write))
  if (write.commit_id !== pr.headSha) {
    throw unprocessable('The commitOID is not part of the pull request')
  }
  let at: Extract<Anchor, { ok: true }> | undefined
  if (write.subject_type === 'file') {
    if (!pr.files.some(f => f.filename === write.path)) {
      throw singleCommentError('Path could not be resolved')
    }
  } else {
    const placed = anchor(pr, write)
    if (!placed.ok) throw singleCommentError(placed.reason)
    at = placed
  }
  // GitHub files a lone comment under a review of its own.
  const review = newReview(context, pr, 'COMMENTED', '', write.commit_id)
  const comment = newComment(context, pr, review, write, at)
  context.state.reviews.push(review)
  context.state.reviewComments.push(comment)
  return reply201(context, comment)
}

function replyTo(
  context: HandlerContext,
  pr: PullRequestRecord,
  write: { in_reply_to?: number; body: string }
): ReviewCommentRecord {
  const parent = context.state.reviewComments.find(
    c => c.id === write.in_reply_to && c.pullNumber === pr.number
  )
  if (!parent) throw notFound()
  const now = context.state.now()
  const created: ReviewCommentRecord = {
    ...parent,
    id: context.state.nextId(),
    inReplyTo: parent.id,
    body: write.body,
    user: context.actor,
    createdAt: now,
    updatedAt: now
  }
  context.state.reviewComments.push(created)
  return created
}

function reply201(context: HandlerContext, comment: ReviewCommentRecord) {
  const json = context.shapes.reviewComment(comment)
  return { status: 201, body: json, headers: { location: String(json['url']) } }
}

const get: Handler = context => reply(200, context.shapes.pullRequest(pull(context)))

const list: Handler = context => {
  const wanted = context.query['state'] ?? 'open'
  const pulls = [...context.state.pullRequests.values()]
    .filter(p => wanted === 'all' || p.state === wanted)
    .sort((a, b) => b.number - a.number)
  return pageOf(context, pulls, p => context.shapes.pullRequest(p))
}

const listFiles: Handler = context => {
  const pr = pull(context)
  return pageOf(context, pr.files, f => context.shapes.file(f))
}

const listReviews: Handler = context => {
  const pr = pull(context)
  const reviews = context.state.reviews.filter(r => r.pullNumber === pr.number)
  return pageOf(context, reviews, r => context.shapes.review(r))
}

const listReviewComments: Handler = context => {
  const pr = pull(context)
  const comments = context.state.reviewComments.filter(c => c.pullNumber === pr.number)
  return pageOf(context, comments, c => context.shapes.reviewComment(c))
}

export const pullHandlers: Record<string, Handler> = {
  'pulls/get': get,
  'pulls/list': list,
  'pulls/list-files': listFiles,
  'pulls/create-review': createReview,
  'pulls/list-reviews': listReviews,
  'pulls/list-review-comments': listReviewComments,
  'pulls/create-review-comment': createReviewComment
}
