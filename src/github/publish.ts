import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import { getErrorMessage } from '../errors.js'
import type { Judged, VerdictName } from '../policy/verdict.js'
import {
  CHECK_ANNOTATIONS_PER_REQUEST,
  checkAnnotations,
  checkOutput,
  conclusionFor
} from '../report/check-run.js'
import type { ReportFiles } from '../report/files.js'
import { stickyComment, stickyMarker } from '../report/pr-comment.js'
import type { ReviewFilter } from '../report/review-comments.js'
import {
  MAX_REVIEW_COMMENTS_PER_REQUEST,
  planReviewComments,
  postedFingerprints
} from '../report/review-comments.js'
import type { VerdictRecord } from '../verdict/record.js'
import type { Outputs } from '../config/inputs.js'
import type { GitHubApi } from './api.js'
import { httpStatus } from './api.js'
import type { ArtifactUploader } from './artifacts.js'
import { STATUS_CONTEXT, statusDescription, statusState } from './commit-status.js'
import type { PullRequestRef } from './event.js'
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
}

export interface PublishContext {
  sha: string
  pullRequest?: PullRequestRef
  runUrl?: string
  feedback: GitHubFeedback
  record: VerdictRecord
  judged: Judged[]
  files: ReportFiles
}

/** The outputs the GitHub channels set. */
export type GitHubOutputs = Outputs<'scan'>

export interface PublishDeps {
  api: GitHubApi
  logger: Logger
  artifacts?: ArtifactUploader
}

/**
 * Runs each reporting channel; a channel that fails is a warning, never a failed or flipped
 * verdict. After the first 403/404 (a read-only token, as on pull requests from forks) no
 * further write is tried and one warning says so: the job summary and annotations still carry
 * the verdict.
 */
class Channels {
  degraded = false
  constructor(private readonly logger: Logger) {}

  async run(channel: string, write: () => Promise<void>): Promise<void> {
    if (this.degraded) return
    try {
      await write()
    } catch (error) {
      const status = httpStatus(error)
      if (status === 403 || status === 404) {
        this.degraded = true
        this.logger.warning(
          `GitHub answered ${status} to the ${channel} (${oneLine(getErrorMessage(error))}): the token cannot write here, as on pull requests from forks. ` +
            'No further check run, comment, review, status or label is attempted; the verdict is in the job summary and the annotations. See the README section "Fork pull requests".'
        )
        return
      }
      this.logger.warning(`could not write the ${channel}: ${oneLine(getErrorMessage(error))}`)
    }
  }
}

async function writeCheckRun(
  ctx: PublishContext,
  api: GitHubApi,
  outputs: GitHubOutputs
): Promise<void> {
  const output = checkOutput(ctx.record, ctx.judged)
  let annotations = checkAnnotations(ctx.judged)
  const conclusion = conclusionFor(ctx.record.verdict)
  const existing = await api.findCheckRun(ctx.sha, ctx.feedback.checkName)
  const first = () => annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST)
  let ref
  if (existing) {
    // A re-run: annotations accumulate on a check run, so only the ones it lacks are sent.
    const posted = new Set(await api.checkRunAnnotationDetails(existing.id))
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
  outputs: GitHubOutputs
): Promise<void> {
  const files = new Map(
    (await api.listPullFiles(pull.number)).map(f => [f.filename, parsePatch(f.patch)])
  )
  const posted = postedFingerprints(await api.listReviewCommentBodies(pull.number))
  const planned = planReviewComments(ctx.judged, files, ctx.feedback.reviewComments, posted)
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

/** Check run, sticky comment, review comments, commit status, labels and artifact, as configured. */
export async function publishToGitHub(
  ctx: PublishContext,
  deps: PublishDeps
): Promise<GitHubOutputs> {
  const { api, logger } = deps
  const outputs: GitHubOutputs = {}
  const channels = new Channels(logger)
  const pull = ctx.pullRequest
  if (pull?.fork) {
    // A pull request from a fork gets a read-only token: every write would answer 403.
    logger.warning(
      'This pull request comes from a fork, whose token cannot write: no check run, comment, review, status or label is attempted. ' +
        'The verdict is in the job summary and the annotations. See the README section "Fork pull requests" for a workflow_run setup that can post.'
    )
    channels.degraded = true
  }
  await channels.run('check run', () => writeCheckRun(ctx, api, outputs))
  if (pull && ctx.feedback.comment)
    await channels.run('pull request comment', () => writeComment(ctx, pull, api, outputs))
  if (pull && ctx.feedback.reviewComments !== 'off')
    await channels.run('review comments', () => writeReviewComments(ctx, pull, api, outputs))
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
  if (ctx.feedback.uploadArtifact && deps.artifacts) {
    const files = [ctx.files.verdict, ctx.files.sarif, ctx.files.markdown]
    try {
      const artifact = await deps.artifacts.upload(ctx.feedback.artifactName, files, ctx.files.dir)
      outputs['artifact-id'] = String(artifact.id)
      if (artifact.url) outputs['artifact-url'] = artifact.url
    } catch (error) {
      logger.warning(`could not upload the report artifact: ${oneLine(getErrorMessage(error))}`)
    }
  }
  outputs['github-degraded'] = String(channels.degraded)
  return outputs
}
