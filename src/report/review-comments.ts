import type { FileDiff } from '../diff/patch.js'
import type { OrderedJudged } from '../policy/order.js'
import type { Judged } from '../policy/verdict.js'
import { escapeMarkdown } from '../text/escape.js'
import { safeLink } from './markdown.js'
import { MAX_COMMENT_CHARS } from './pr-comment.js'
import type { ReviewFilter } from './review-filter.js'

/**
 * Comments per review request. GitHub documents no hard number, but large reviews hit secondary
 * rate limits and time out; reviewdog posts in batches of the same order
 * (https://docs.github.com/en/rest/guides/best-practices-for-using-the-rest-api#avoid-secondary-rate-limits).
 */
export const MAX_REVIEW_COMMENTS_PER_REQUEST = 30

/**
 * Review comments per pull request, ours in total: past this a review stops being read (and
 * each review costs seconds of rate-limit spacing). The check run annotates every finding.
 */
export const MAX_REVIEW_COMMENTS_PER_PULL = 60

const MARKER_PREFIX = '<!-- known-good:finding '

export function findingMarker(fingerprint: string): string {
  return `${MARKER_PREFIX}${fingerprint} -->`
}

/** Fingerprints of the findings already commented on, read from the hidden markers. */
export function postedFingerprints(bodies: string[]): Set<string> {
  const found = new Set<string>()
  for (const body of bodies) {
    for (const match of body.matchAll(/<!-- known-good:finding ([\w-]{1,128}) -->/g))
      found.add(match[1]!)
  }
  return found
}

export interface PlannedReviewComment {
  fingerprint: string
  path: string
  /** A line inside the diff, or undefined for a comment on the whole file. */
  line?: number
  body: string
}

/**
 * The first line of `[start, end]` in `lines`. Walks the diff's lines, never the range: a
 * finding's range comes from the log (`endLine` 1,000,000,000 is one value), the diff's lines
 * are bounded by the patch GitHub sends.
 */
function firstIn(lines: ReadonlySet<number>, start: number, end: number): number | undefined {
  let first: number | undefined
  for (const line of lines)
    if (line >= start && line <= end && (first === undefined || line < first)) first = line
  return first
}

function lineFor(entry: Judged, diff: FileDiff, filter: ReviewFilter): number | 'file' | undefined {
  const location = entry.finding.location!
  const added = firstIn(diff.added, location.startLine, location.endLine)
  if (filter === 'added') return added
  const inHunk = added ?? firstIn(diff.inHunks, location.startLine, location.endLine)
  if (filter === 'diff_context') return inHunk
  return inHunk ?? 'file'
}

function commentBody(entry: Judged): string {
  const f = entry.finding
  const head = `**known-good** · ${f.severity}${entry.blocking ? ' · blocks the release' : ''} · ${safeLink(f.ruleId, f.helpUri)} (${escapeMarkdown(f.tool, 100)})`
  const body = `${head}\n\n${escapeMarkdown(f.message, 4000)}\n\n${findingMarker(f.fingerprint)}`
  return body.length <= MAX_COMMENT_CHARS ? body : body.slice(0, MAX_COMMENT_CHARS)
}

/**
 * Counted findings in the pull request's changed files, as review comments, most severe first,
 * minus those already posted (found by their hidden fingerprint marker), up to
 * MAX_REVIEW_COMMENTS_PER_PULL on the pull request in all.
 */
export function planReviewComments(
  judged: OrderedJudged,
  files: Map<string, FileDiff>,
  filter: ReviewFilter,
  alreadyPosted: Set<string>
): PlannedReviewComment[] {
  if (filter === 'off') return []
  const planned: PlannedReviewComment[] = []
  for (const entry of judged) {
    if (entry.disposition !== 'counted') continue
    const location = entry.finding.location
    if (location === undefined || location.outsideWorkspace) continue
    if (alreadyPosted.has(entry.finding.fingerprint)) continue
    const diff = files.get(location.path)
    if (diff === undefined) continue
    const line = lineFor(entry, diff, filter)
    if (line === undefined) continue
    const comment: PlannedReviewComment = {
      fingerprint: entry.finding.fingerprint,
      path: location.path,
      body: commentBody(entry)
    }
    if (line !== 'file') comment.line = line
    planned.push(comment)
    if (planned.length + alreadyPosted.size >= MAX_REVIEW_COMMENTS_PER_PULL) break
  }
  return planned
}
