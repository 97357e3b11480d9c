import { HttpClient } from '@actions/http-client'
import { Octokit as OctokitCore } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { fetch as undiciFetch } from 'undici'
import type { Logger } from '../logger.js'
import { oneLine, truncate } from '../text/one-line.js'
import { formatMs } from '../util/deadline.js'
import { GitHubStoppedError, GitHubTimeoutError } from './errors.js'
import { PRODUCT, VERSION } from '../version.js'

/**
 * Octokit as @actions/github 9 builds it (@octokit/core with the REST methods and pagination,
 * its fetch through @actions/http-client's proxy dispatcher), built here instead so that no
 * library reads the event payload for us: @actions/github parses GITHUB_EVENT_PATH when it
 * loads (lib/context.js), and a broken payload would be an uncaught exception there.
 */
const KnownGoodOctokit = OctokitCore.plugin(restEndpointMethods, paginateRest, retry, throttling)
export type Octokit = InstanceType<typeof KnownGoodOctokit>

/**
 * An answer larger than this is refused. GitHub pages hold at most 100 items; the largest we
 * read (pull request files with their patches) stay far below it.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024

/** Rate-limit waits longer than this are not waited out: the channel gives up with a warning. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60
const MAX_RATE_LIMIT_RETRIES = 3

export interface OctokitOptions {
  token: string
  apiUrl: string
  logger: Logger
  /** How long one HTTP exchange (status, headers and body) may take. */
  timeoutMs: number
  /** The unit of the plugins' `retry-after` waits, 1000 (seconds) unless a test shrinks it. */
  waitUnitMs?: number
}

/** An octokit and what bounds it. */
export interface GitHubClient {
  octokit: Octokit
  /** Ends every request in flight with `reason` and fails every later one at once. */
  stop(reason: Error): void
  /** HTTP exchanges started (retries included). */
  readonly requests: number
}

type Fetch = typeof globalThis.fetch

function nullBodyStatus(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304
}

/** The whole body, under the cap; rejects when `signal` aborts on the way. */
async function readBody(response: Response): Promise<Uint8Array | null> {
  if (response.body === null || nullBodyStatus(response.status)) return null
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw new Error(`GitHub's answer is larger than ${MAX_ANSWER_BYTES} bytes`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * fetch with a bound on each exchange: headers and body both arrive within `timeoutMs`, or
 * the exchange fails with GitHubTimeoutError. The body is read here, so that octokit never sees
 * an answer cut short (it would hand back `data: ''` for a body its signal interrupted).
 */
function boundedFetch(
  base: Fetch,
  timeoutMs: number,
  session: AbortSignal,
  counter: { requests: number }
): Fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = init?.method ?? 'GET'
    if (session.aborted) throw session.reason as Error
    counter.requests += 1
    const timer = new AbortController()
    const timeout = new GitHubTimeoutError(method, new URL(url).pathname, timeoutMs)
    const handle = setTimeout(() => timer.abort(timeout), timeoutMs)
    const signals = [timer.signal, session, ...(init?.signal ? [init.signal] : [])]
    const signal = AbortSignal.any(signals)
    try {
      const response = await base(url, { ...init, signal })
      const body = await readBody(response)
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      })
      Object.defineProperty(copy, 'url', { value: response.url })
      return copy
    } catch (error) {
      if (signal.aborted) throw signal.reason as Error
      throw error
    } finally {
      clearTimeout(handle)
    }
  }
}

/** @actions/http-client's proxy (HTTPS_PROXY, NO_PROXY) for the API URL, as @actions/github does. */
function proxyFetch(apiUrl: string): Fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(apiUrl)
  const fetch = undiciFetch as unknown as Fetch
  if (dispatcher === undefined) return fetch
  return (input, init) => fetch(input, { ...init, dispatcher } as unknown as RequestInit)
}

function rateLimitHandler(logger: Logger, what: string, unitMs: number) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number
  ): boolean => {
    const where = `${options.method} ${oneLine(options.url)}`
    if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      logger.warning(
        `GitHub ${what} on ${where}: retry-after ${retryAfter} s is longer than the ${MAX_RATE_LIMIT_WAIT_SECONDS} s we wait; not retried`
      )
      return false
    }
    if (retryCount >= MAX_RATE_LIMIT_RETRIES) return false
    logger.warning(`GitHub ${what} on ${where}: retrying in ${formatMs(retryAfter * unitMs)}`)
    return true
  }
}

/**
 * The one octokit of a run: retries on server errors (plugin-retry), waits out rate limits
 * honouring retry-after up to MAX_RATE_LIMIT_WAIT_SECONDS (plugin-throttling, which also spaces
 * writes a second apart), and bounds every exchange by `timeoutMs`.
 */
export function createOctokit(options: OctokitOptions): GitHubClient {
  const { logger } = options
  const unit = options.waitUnitMs ?? 1000
  const session = new AbortController()
  const counter = { requests: 0 }
  const line = (message: unknown) => truncate(oneLine(String(message)), 500)
  const octokit = new KnownGoodOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: `${PRODUCT}/${VERSION}`,
    request: {
      fetch: boundedFetch(proxyFetch(options.apiUrl), options.timeoutMs, session.signal, counter)
    },
    log: {
      debug: message => logger.debug(line(message)),
      info: message => logger.debug(line(message)),
      warn: message => logger.warning(line(message)),
      error: message => logger.warning(line(message))
    },
    // 429 goes to the throttling plugin, which honours retry-after; plugin-retry would not.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: unit },
    throttle: {
      retryAfterBaseValue: unit,
      onRateLimit: rateLimitHandler(logger, 'rate limit', unit),
      onSecondaryRateLimit: rateLimitHandler(logger, 'secondary rate limit', unit)
    }
  })
  return {
    octokit,
    stop: reason => {
      if (!session.signal.aborted) session.abort(new GitHubStoppedError(reason))
    },
    get requests() {
      return counter.requests
    }
  }
}
