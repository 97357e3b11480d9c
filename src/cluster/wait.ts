import { getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { apiStatus, ClusterApiError } from './api.js'

export interface WaitOptions {
  timeoutMs: number
  intervalMs: number
  logger: Logger
  /** For tests: how time passes. */
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

const TRANSPORT_ERROR =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|other side closed/i

/**
 * An API server that restarts, or a proxy that hiccups, answers like this for a while: no
 * connection, 429 (also "storage is (re)initializing"), 5xx. Anything else is an answer.
 */
export function transient(error: unknown): boolean {
  const status = apiStatus(error)
  if (status !== undefined) return status === 429 || status >= 500
  return error instanceof ClusterApiError || TRANSPORT_ERROR.test(getErrorMessage(error))
}

const FIRST_INTERVAL_MS = 250

/**
 * The longest pause between two looks, per kind of wait: backups and restores take minutes,
 * certificates and rollouts seconds. Waits start at 250 ms and back off to these.
 */
export const POLL_INTERVAL_MS = {
  backup: 5000,
  restore: 5000,
  certificate: 2000,
  rollout: 2000
} as const

/** The deadline passed before the awaited state was reached. */
export class WaitTimeoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WaitTimeoutError'
  }
}

const sleepFor = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/**
 * Polls `check` until it returns a value, every 250 ms at first and then less often, up to
 * `intervalMs`. Reading again (rather than holding a watch open)
 * survives API server restarts and idle-connection timeouts without special cases: a transient
 * failure is logged and retried until the deadline; anything else is thrown at once.
 */
export async function pollUntil<T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: WaitOptions
): Promise<T> {
  const sleep = options.sleep ?? sleepFor
  const now = options.now ?? Date.now
  const deadline = now() + options.timeoutMs
  let lastProblem = ''
  // Quick first looks (most waits end within a second or two), then back off to the interval.
  let interval = Math.min(FIRST_INTERVAL_MS, options.intervalMs)
  for (;;) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (error) {
      if (!transient(error)) throw error
      lastProblem = getErrorMessage(error)
      options.logger.debug(`waiting for ${what}: ${lastProblem} (retrying)`)
    }
    if (now() >= deadline) {
      throw new WaitTimeoutError(
        `timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for ${what}${lastProblem ? ` (last error: ${lastProblem})` : ''}`
      )
    }
    await sleep(Math.min(interval, Math.max(0, deadline - now())))
    interval = Math.min(interval * 2, options.intervalMs)
  }
}
