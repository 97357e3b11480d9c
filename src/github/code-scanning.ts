import { setTimeout as sleep } from 'node:timers/promises'
import { getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import type { OrderedJudged } from '../policy/order.js'
import type { AnalysisSource } from '../report/code-scanning.js'
import { codeScanningUploads } from '../report/code-scanning.js'
import { oneLine, truncate } from '../text/one-line.js'
import type { Deadline } from '../util/deadline.js'
import { formatMs } from '../util/deadline.js'
import type { VerdictRecord } from '../verdict/record.js'
import { PRODUCT } from '../version.js'
import type { GitHubApi, SarifProcessing, SarifStatus } from './api.js'

/** Where the analysis belongs: the commit and ref the run checked out, and its workspace. */
export interface CodeScanningTarget {
  commitSha: string
  ref: string
  checkoutUri: string
}

/**
 * How long we wait for code scanning to process an upload, and how often we look: the same
 * bound as github/codeql-action (src/upload-lib.ts: STATUS_CHECK_TIMEOUT_MILLISECONDS 2 min,
 * STATUS_CHECK_FREQUENCY_MILLISECONDS 5 s), looking after 1 s first and backing off to 5 s.
 */
export const CODE_SCANNING_WAIT_MS = 2 * 60 * 1000
export const CODE_SCANNING_POLL_MS = 5000

export interface CodeScanningResult {
  ids: string[]
  urls: string[]
  status: SarifProcessing
}

export interface CodeScanningDeps {
  api: GitHubApi
  logger: Logger
  deadline: Deadline
  /** The longest pause between two looks (tests shorten it). */
  pollIntervalMs?: number
}

/** The tools and run categories the inputs had, so that a tool with nothing left still reports. */
export function sourcesOf(record: VerdictRecord): AnalysisSource[] {
  return record.inputs.flatMap(input =>
    (input.runs ?? []).map(run => ({
      tool: run.tool,
      ...(run.version === undefined ? {} : { version: run.version }),
      ...(run.category === undefined ? {} : { category: run.category })
    }))
  )
}

type Outcome = Map<string, SarifStatus>

async function waitForProcessing(ids: string[], deps: CodeScanningDeps): Promise<Outcome> {
  const outcome: Outcome = new Map()
  const pending = new Set(ids)
  const until = Date.now() + Math.min(CODE_SCANNING_WAIT_MS, deps.deadline.remainingMs())
  const longest = deps.pollIntervalMs ?? CODE_SCANNING_POLL_MS
  for (
    let pause = Math.min(1000, longest);
    pending.size > 0;
    pause = Math.min(pause * 2, longest)
  ) {
    const left = until - Date.now()
    if (left <= 0) break
    await sleep(Math.min(pause, left), undefined, { signal: deps.deadline.signal })
    for (const id of [...pending]) {
      const status = await statusOf(id, deps)
      if (status === undefined) return pendingAsIs(outcome, pending)
      outcome.set(id, status)
      if (status.status !== 'pending') pending.delete(id)
    }
  }
  return pendingAsIs(outcome, pending)
}

function pendingAsIs(outcome: Outcome, pending: Set<string>): Outcome {
  for (const id of pending) outcome.set(id, { status: 'pending', errors: [] })
  return outcome
}

/**
 * One look at an upload's processing. A look that fails (no answer within api-timeout, a
 * server error) ends the wait with a warning: the upload itself was accepted.
 */
async function statusOf(id: string, deps: CodeScanningDeps): Promise<SarifStatus | undefined> {
  try {
    return await deps.api.sarifStatus(id)
  } catch (error) {
    if (deps.deadline.expired) throw error
    deps.logger.warning(
      `could not read the processing status of code scanning upload ${oneLine(id)}: ${truncate(oneLine(getErrorMessage(error)), 300)}; it is left pending`
    )
    return undefined
  }
}

/**
 * Uploads the findings to code scanning and waits (bounded) until GitHub has processed them.
 * A processing failure is a warning with GitHub's errors; the verdict never depends on it.
 */
export async function uploadToCodeScanning(
  record: VerdictRecord,
  judged: OrderedJudged,
  target: CodeScanningTarget,
  deps: CodeScanningDeps,
  /** Called once every upload is accepted, before the wait: status `pending`. */
  onUploaded?: (result: CodeScanningResult) => void
): Promise<CodeScanningResult> {
  const { api, logger } = deps
  const uploads = await codeScanningUploads(judged, sourcesOf(record))
  const receipts: { id: string; url: string }[] = []
  for (const upload of uploads) {
    receipts.push(
      await api.uploadSarif({
        commitSha: target.commitSha,
        ref: target.ref,
        sarif: upload.sarif,
        checkoutUri: target.checkoutUri,
        toolName: PRODUCT
      })
    )
  }
  const runs = uploads.reduce((n, u) => n + u.runIds.length, 0)
  const results = uploads.reduce((n, u) => n + u.results, 0)
  logger.info(
    `code scanning: ${uploads.length} upload(s) of ${runs} run(s) and ${results} result(s) for ${target.ref}`
  )
  const ids = receipts.map(r => r.id)
  const urls = receipts.map(r => r.url)
  onUploaded?.({ ids, urls, status: 'pending' })
  const waited = Date.now()
  const outcome = await waitForProcessing(ids, deps)
  const states = [...outcome.values()]
  for (const [id, { status, errors }] of outcome) {
    if (status === 'failed') {
      const why = errors.map(e => truncate(oneLine(e), 500)).join('; ') || 'no reason given'
      logger.warning(`code scanning could not process upload ${oneLine(id)}: ${why}`)
    }
  }
  const status: SarifProcessing = states.some(s => s.status === 'failed')
    ? 'failed'
    : states.some(s => s.status === 'pending')
      ? 'pending'
      : 'complete'
  if (status === 'pending')
    logger.warning(
      `code scanning was still processing after ${formatMs(Date.now() - waited)} (we wait at most ${formatMs(CODE_SCANNING_WAIT_MS)}); its status is at ${urls.map(oneLine).join(', ')}`
    )
  return { ids, urls, status }
}
