import { readFileSync, statSync } from 'node:fs'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { oneLine, truncate } from '../text/one-line.js'
import { asObject } from '../util/json.js'

/**
 * "Payloads are capped at 25 MB" (https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap):
 * an event file larger than that is not one the runner wrote.
 */
export const MAX_EVENT_BYTES = 25 * 1024 * 1024

function eventError(path: string, problem: string): ConfigurationError {
  return new ConfigurationError(
    `GITHUB_EVENT_PATH is ${JSON.stringify(truncate(oneLine(path), 300))}: ${problem}. The runner writes the webhook payload of the event there; outside GitHub Actions unset GITHUB_EVENT_PATH, or point it at that JSON file`
  )
}

/**
 * The webhook payload the runner wrote for the event, read by us (no library reads it at load
 * time). Unset: undefined. Set but unreadable, not a file, too large or not JSON: a
 * ConfigurationError that names GITHUB_EVENT_PATH.
 */
export function readEventFile(path: string | undefined): unknown {
  if (path === undefined || path === '') return undefined
  let size: number
  try {
    const stats = statSync(path)
    if (!stats.isFile()) throw eventError(path, 'it is not a regular file')
    size = stats.size
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw eventError(path, `it cannot be read (${oneLine(getErrorMessage(error))})`)
  }
  if (size > MAX_EVENT_BYTES)
    throw eventError(path, `it holds ${size} bytes, more than a webhook payload (25 MB)`)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw eventError(path, `it cannot be read (${oneLine(getErrorMessage(error))})`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw eventError(path, `it is not JSON (${truncate(oneLine(getErrorMessage(error)), 200)})`)
  }
}

/** A pull request as the feedback channels need it. */
export interface PullRequestRef {
  number: number
  headSha: string
  /** Head repository differs from the base: the token is read-only. */
  fork: boolean
}

type Env = Record<string, string | undefined>

/** The pull request of a `pull_request` / `pull_request_target` event payload, if any. */
export function pullRequestFromEvent(
  eventName: string | undefined,
  event: unknown
): PullRequestRef | undefined {
  const pull = asObject(asObject(event).pull_request)
  const head = asObject(pull.head)
  if (typeof pull.number !== 'number' || typeof head.sha !== 'string') return undefined
  const headRepo = asObject(head.repo).full_name
  const baseRepo = asObject(asObject(pull.base).repo).full_name
  // pull_request_target runs with the base repository's token, which can write.
  const fork =
    eventName === 'pull_request' && (typeof headRepo !== 'string' || headRepo !== baseRepo)
  return { number: pull.number, headSha: head.sha, fork }
}

/**
 * In Actions, renewal runs after a merge (a push to the default branch, a merged pull request)
 * or when a person or a schedule asks (workflow_dispatch, schedule); any other event only
 * reports expiry. Returns why renewal is skipped, or undefined when it runs.
 */
export function renewalSkipReason(
  platform: 'action' | 'cli',
  env: Env,
  event: unknown
): string | undefined {
  // Outside Actions the person running the CLI decides.
  if (platform !== 'action') return undefined
  const name = env.GITHUB_EVENT_NAME
  const payload = asObject(event)
  if (name === 'workflow_dispatch' || name === 'schedule') return undefined
  if (name === 'push') {
    const defaultBranch = asObject(payload.repository).default_branch
    return typeof defaultBranch === 'string' && env.GITHUB_REF === `refs/heads/${defaultBranch}`
      ? undefined
      : `a push to ${env.GITHUB_REF ?? 'a ref'} is not a merge to the default branch`
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pull = asObject(payload.pull_request)
    return payload.action === 'closed' && pull.merged === true
      ? undefined
      : 'the pull request is not merged'
  }
  return `event ${name ?? 'unknown'} is not after a merge`
}
