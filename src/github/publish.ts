import { relative } from 'node:path'
import type { Logger } from '../logger.js'
import { oneLine, truncate } from '../text/one-line.js'
import { getErrorMessage } from '../errors.js'
import type { OrderedJudged } from '../policy/order.js'
import { countOf } from '../policy/order.js'
import type { VerdictName } from '../policy/verdict.js'
import type { ChangedLines, CheckAnnotationPlan } from '../report/check-run.js'
import {
  CHECK_ANNOTATIONS_PER_REQUEST,
  checkAnnotations,
  checkOutput,
  conclusionFor,
  isPlaceable,
  notAnnotatedNote
} from '../report/check-run.js'
import type { ReportFiles } from '../report/files.js'
import { stickyComment, stickyMarker } from '../report/pr-comment.js'
import type { ReviewFilter } from '../report/review-filter.js'
import {
  MAX_REVIEW_COMMENTS_PER_REQUEST,
  planReviewComments,
  postedFingerprints
} from '../report/review-comments.js'
import { Deadline, DeadlineExceeded, formatMs } from '../util/deadline.js'
import type { VerdictRecord } from '../verdict/record.js'
import type { Outputs } from '../config/inputs.js'
import type { FileDiff } from '../diff/patch.js'
import type { GitHubApi } from './api.js'
import { httpStatus } from './api.js'
import type { ArtifactUploader } from './artifacts.js'
import type { CodeScanningResult, CodeScanningTarget } from './code-scanning.js'
import { uploadToCodeScanning } from './code-scanning.js'
import { STATUS_CONTEXT, statusDescription, statusState } from './commit-status.js'
import type { PullRequestRef } from './event.js'
import { GitHubStoppedError, GitHubTimeoutError } from './errors.js'
import { parsePatch } from '../diff/patch.js'

export const LABEL_PREFIX = 'known-good:'

export interface GitHubFeedback {
  checkName: string
  comment: boolean
  reviewComments: ReviewFilter
  commitStatus: boolean
  prLabels: boolean
  uploadArtifact: boolean
  artifactName: string
  /** Check run annotations at most (input max-annotations). */
  maxAnnotations: number
  /** Present when the findings go to code scanning (input code-scanning). */
  codeScanning?: CodeScanningTarget
}

export interface PublishContext {
  sha: string
  pullRequest?: PullRequestRef
  runUrl?: string
  feedback: GitHubFeedback
  record: VerdictRecord
  judged: OrderedJudged
  files: ReportFiles
  /** The repository root, to name report files as the workspace sees them. */
  workspace: string
  /** Bound on the whole reporting phase (input reporting-timeout). */
  reportingTimeoutMs: number
}

/** The outputs the GitHub channels set. */
export type GitHubOutputs = Outputs<'scan'>

export interface PublishDeps {
  api: GitHubApi
  logger: Logger
  artifacts?: ArtifactUploader
  /** Ends the requests in flight (the reporting phase is over). */
  stop?: (reason: Error) => void
  /** HTTP exchanges so far, for the closing log line. */
  requests?: () => number
  /** Longest pause between two looks at code scanning's processing (tests shorten it). */
  pollIntervalMs?: number
}

/** How a channel ended (for tests and callers that branch on it). */
type ChannelOutcome = 'done' | 'failed' | 'refused' | 'skipped'

const MESSAGE_MAX = 300

/**
 * Runs each reporting channel within the phase's deadline; a channel that fails or times out is
 * a warning, never a failed or flipped verdict. After the first 403/404 (a read-only token, as
 * on pull requests from forks) no further write is tried and one warning says so: the job
 * summary and annotations still carry the verdict. Once the deadline passes, the requests in
 * flight are ended and the channels left are skipped, with one warning.
 */
class Channels {
  degraded = false
  /** Once the deadline passed: the channel it interrupted, and the ones not started. */
  private stopped?: { unfinished?: string; skipped: string[] }

  constructor(
    private readonly logger: Logger,
    readonly deadline: Deadline,
    stop?: (reason: Error) => void
  ) {
    deadline.signal.addEventListener('abort', () => stop?.(deadline.signal.reason as Error), {
      once: true
    })
  }

  /**
   * `own403`: a refusal concerns this channel only (code scanning's own permission); `reads`:
   * the channel only reads (its failure is worded so).
   */
  async run(
    channel: string,
    write: () => Promise<void>,
    options: { own403?: (status: number, message: string) => void; reads?: boolean } = {}
  ): Promise<ChannelOutcome> {
    if (this.degraded) return 'skipped'
    if (this.deadline.expired) {
      ;(this.stopped ??= { skipped: [] }).skipped.push(channel)
      return 'skipped'
    }
    try {
      await this.deadline.race(write())
      return 'done'
    } catch (error) {
      return this.failed(channel, error, options)
    }
  }

  private failed(
    channel: string,
    error: unknown,
    { own403, reads }: { own403?: (status: number, message: string) => void; reads?: boolean }
  ): ChannelOutcome {
    const message = truncate(oneLine(getErrorMessage(error)), MESSAGE_MAX)
    if (
      error instanceof DeadlineExceeded ||
      error instanceof GitHubStoppedError ||
      this.deadline.expired
    ) {
      this.stopped ??= { unfinished: channel, skipped: [] }
      return 'skipped'
    }
    if (error instanceof GitHubTimeoutError) {
      this.logger.warning(
        `${message}: skipped the ${channel} (as on a server error); the verdict is unchanged`
      )
      return 'failed'
    }
    const status = httpStatus(error)
    if (status === 403 || status === 404) {
      if (own403) {
        own403(status, message)
        return 'refused'
      }
      this.degraded = true
      this.logger.warning(
        `GitHub answered ${status} to the ${channel} (${message}): the token cannot write here, as on pull requests from forks. ` +
          'No further check run, comment, review, status or label is attempted; the verdict is in the job summary and the annotations. See the README section "Fork pull requests".'
      )
      return 'refused'
    }
    this.logger.warning(`could not ${reads ? 'read' : 'write'} the ${channel}: ${message}`)
    return 'failed'
  }

  /** The one warning for the end of the phase, when it came before the channels were done. */
  finish(): void {
    this.deadline.dispose()
    if (this.stopped === undefined) return
    const { unfinished, skipped } = this.stopped
    const parts = [
      ...(unfinished ? [`the ${unfinished} was not finished`] : []),
      ...(skipped.length > 0
        ? [`the ${skipped.join(', ')} ${skipped.length === 1 ? 'was' : 'were'} not written`]
        : [])
    ]
    this.logger.warning(
      `${getErrorMessage(this.deadline.signal.reason)}: ${parts.join(', and ')}. The verdict is unchanged and its outputs are set.`
    )
  }
}

/** The pull request's files, read once for the annotation order and the review comments. */
class PullFiles {
  private files?: Promise<Map<string, FileDiff>>
  constructor(
    private readonly api: GitHubApi,
    private readonly pull: PullRequestRef
  ) {}

  get(): Promise<Map<string, FileDiff>> {
    this.files ??= this.api
      .listPullFiles(this.pull.number)
      .then(files => new Map(files.map(f => [f.filename, parsePatch(f.patch)])))
    return this.files
  }
}

function changedLines(files: Map<string, FileDiff>): ChangedLines {
  return new Map([...files].map(([path, diff]) => [path, diff.added]))
}

async function writeCheckRun(
  ctx: PublishContext,
  api: GitHubApi,
  outputs: GitHubOutputs,
  changed: ChangedLines | undefined,
  logger: Logger
): Promise<void> {
  const max = ctx.feedback.maxAnnotations
  const plan: CheckAnnotationPlan = checkAnnotations(ctx.judged, { max, changed })
  const places = {
    sarifPath: relative(ctx.workspace, ctx.files.sarif) || ctx.files.sarif,
    codeScanning: ctx.feedback.codeScanning !== undefined,
    ...(ctx.feedback.uploadArtifact ? { artifactName: ctx.feedback.artifactName } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {})
  }
  const note = notAnnotatedNote(plan, max, places)
  const left = plan.placeable - plan.annotations.length
  if (left > 0)
    logger.info(
      `check run: ${plan.annotations.length} of ${plan.placeable} findings annotated (max-annotations: ${max}); the rest are in the report files`
    )
  const output = checkOutput(ctx.record, ctx.judged, note)
  let annotations = plan.annotations
  const conclusion = conclusionFor(ctx.record.verdict)
  const existing = await api.findCheckRun(ctx.sha, ctx.feedback.checkName)
  const first = () => annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST)
  let ref
  if (existing) {
    // A re-run: annotations accumulate on a check run, so only the ones it lacks are sent.
    const posted = new Set(
      annotations.length > 0 ? await api.checkRunAnnotationDetails(existing.id) : []
    )
    annotations = annotations.filter(a => !posted.has(a.raw_details))
    await api.updateCheckRun(existing.id, {
      status: 'completed',
      conclusion,
      output: { ...output, annotations: first() }
    })
    ref = existing
  } else {
    const run = {
      name: ctx.feedback.checkName,
      head_sha: ctx.sha,
      status: 'completed' as const,
      conclusion,
      output: { ...output, annotations: first() }
    }
    ref = await api.createCheckRun(ctx.runUrl ? { ...run, details_url: ctx.runUrl } : run)
  }
  outputs['check-run-id'] = String(ref.id)
  outputs['check-run-url'] = ref.url
  for (
    let i = CHECK_ANNOTATIONS_PER_REQUEST;
    i < annotations.length;
    i += CHECK_ANNOTATIONS_PER_REQUEST
  ) {
    await api.updateCheckRun(ref.id, {
      output: { ...output, annotations: annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST) }
    })
  }
}

async function writeComment(
  ctx: PublishContext,
  pull: PullRequestRef,
  api: GitHubApi,
  outputs: GitHubOutputs
): Promise<void> {
  const links: { runUrl?: string; checkUrl?: string } = {}
  if (ctx.runUrl) links.runUrl = ctx.runUrl
  if (outputs['check-run-url']) links.checkUrl = outputs['check-run-url']
  const body = stickyComment(ctx.record, ctx.judged, ctx.feedback.checkName, links)
  const marker = stickyMarker(ctx.feedback.checkName)
  const mine = (await api.listIssueComments(pull.number)).find(
    c => c.isBot && c.body.includes(marker)
  )
  const written = mine
    ? await api.updateIssueComment(mine.id, body)
    : await api.createIssueComment(pull.number, body)
  outputs['comment-url'] = written.url
}

async function writeReviewComments(
  ctx: PublishContext,
  pull: PullRequestRef,
  api: GitHubApi,
  files: PullFiles,
  outputs: GitHubOutputs
): Promise<void> {
  const diffs = await files.get()
  const posted = postedFingerprints(await api.listReviewCommentBodies(pull.number))
  const planned = planReviewComments(ctx.judged, diffs, ctx.feedback.reviewComments, posted)
  const onLines = planned.filter(c => c.line !== undefined)
  for (let i = 0; i < onLines.length; i += MAX_REVIEW_COMMENTS_PER_REQUEST) {
    await api.createReview(
      pull.number,
      pull.headSha,
      onLines.slice(i, i + MAX_REVIEW_COMMENTS_PER_REQUEST)
    )
  }
  for (const comment of planned.filter(c => c.line === undefined))
    await api.createFileComment(pull.number, pull.headSha, comment)
  outputs['review-comments'] = String(planned.length)
}

async function writeLabels(
  verdict: VerdictName,
  pull: PullRequestRef,
  api: GitHubApi
): Promise<void> {
  const wanted = `${LABEL_PREFIX}${verdict}`
  const current = await api.listLabels(pull.number)
  for (const label of current.filter(l => l.startsWith(LABEL_PREFIX) && l !== wanted))
    await api.removeLabel(pull.number, label)
  if (!current.includes(wanted)) await api.addLabels(pull.number, [wanted])
}

/**
 * The changed lines for the annotation order, read when the order matters (not every finding
 * is annotated) or the review comments need them anyway; without them the order is by
 * severity only.
 */
async function changedFor(
  ctx: PublishContext,
  files: PullFiles | undefined,
  channels: Channels,
  logger: Logger
): Promise<ChangedLines | undefined> {
  const max = ctx.feedback.maxAnnotations
  if (files === undefined || max === 0) return undefined
  const placeable = countOf(ctx.judged, isPlaceable)
  if (placeable <= max && ctx.feedback.reviewComments === 'off') return undefined
  let changed: ChangedLines | undefined
  await channels.run(
    "pull request's file list",
    async () => {
      changed = changedLines(await files.get())
    },
    {
      reads: true,
      own403: (status, message) =>
        logger.warning(
          `GitHub answered ${status} to the pull request's file list (${message}): annotations are ordered by severity only`
        )
    }
  )
  return changed
}

/**
 * Check run, sticky comment, review comments, commit status, labels, artifact and code
 * scanning, as configured, all within `reportingTimeoutMs`.
 */
export async function publishToGitHub(
  ctx: PublishContext,
  deps: PublishDeps
): Promise<GitHubOutputs> {
  const { api, logger } = deps
  const started = Date.now()
  const outputs: GitHubOutputs = {}
  const deadline = new Deadline(
    ctx.reportingTimeoutMs,
    "GitHub reporting (input 'reporting-timeout')"
  )
  const channels = new Channels(logger, deadline, deps.stop)
  const pull = ctx.pullRequest
  if (pull?.fork) {
    // A pull request from a fork gets a read-only token: every write would answer 403.
    logger.warning(
      'This pull request comes from a fork, whose token cannot write: no check run, comment, review, status or label is attempted. ' +
        'The verdict is in the job summary and the annotations. See the README section "Fork pull requests" for a workflow_run setup that can post.'
    )
    channels.degraded = true
  }
  const files = pull && !channels.degraded ? new PullFiles(api, pull) : undefined
  const changed = await changedFor(ctx, files, channels, logger)
  await channels.run('check run', () => writeCheckRun(ctx, api, outputs, changed, logger))
  if (pull && ctx.feedback.comment)
    await channels.run('pull request comment', () => writeComment(ctx, pull, api, outputs))
  if (pull && files && ctx.feedback.reviewComments !== 'off')
    await channels.run('review comments', () => writeReviewComments(ctx, pull, api, files, outputs))
  if (ctx.feedback.commitStatus) {
    await channels.run('commit status', () =>
      api.createStatus(
        ctx.sha,
        statusState(ctx.record.verdict),
        STATUS_CONTEXT,
        statusDescription(ctx.record),
        ctx.runUrl
      )
    )
  }
  if (pull && ctx.feedback.prLabels)
    await channels.run('pull request labels', () => writeLabels(ctx.record.verdict, pull, api))
  const artifacts = deps.artifacts
  if (ctx.feedback.uploadArtifact && artifacts) {
    const files = [ctx.files.verdict, ctx.files.sarif, ctx.files.markdown]
    await channels.run(
      'report artifact',
      async () => {
        const artifact = await artifacts.upload(
          ctx.feedback.artifactName,
          files,
          ctx.files.dir,
          deadline.signal
        )
        outputs['artifact-id'] = String(artifact.id)
        if (artifact.url) outputs['artifact-url'] = artifact.url
      },
      {
        own403: (_status, message) =>
          logger.warning(`could not upload the report artifact: ${message}`)
      }
    )
  }
  const target = ctx.feedback.codeScanning
  if (target) await publishCodeScanning(ctx, target, deps, channels, outputs)
  channels.finish()
  const requests = deps.requests ? `, ${deps.requests()} requests` : ''
  logger.info(`GitHub reporting took ${formatMs(Date.now() - started)}${requests}`)
  outputs['github-degraded'] = String(channels.degraded)
  return outputs
}

async function publishCodeScanning(
  ctx: PublishContext,
  target: CodeScanningTarget,
  deps: PublishDeps,
  channels: Channels,
  outputs: GitHubOutputs
): Promise<void> {
  const { logger } = deps
  await channels.run(
    'code scanning upload',
    async () => {
      const set = (result: CodeScanningResult) => {
        outputs['code-scanning-ids'] = JSON.stringify(result.ids)
        outputs['code-scanning-urls'] = JSON.stringify(result.urls)
        outputs['code-scanning-status'] = result.status
      }
      const deadline = channels.deadline
      const options = { api: deps.api, logger, deadline }
      const poll = deps.pollIntervalMs === undefined ? {} : { pollIntervalMs: deps.pollIntervalMs }
      set(await uploadToCodeScanning(ctx.record, ctx.judged, target, { ...options, ...poll }, set))
    },
    {
      // Code scanning has its own permission: a refusal says so and stops nothing else.
      own403: (status, message) =>
        logger.warning(
          `GitHub refused the code scanning upload (${status}: ${message}): the workflow needs "permissions: security-events: write", and code scanning must be available for the repository (public, or with GitHub Code Security). The verdict is unchanged.`
        )
    }
  )
}
