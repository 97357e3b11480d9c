import { formatMs } from '../util/deadline.js'

/**
 * No complete answer (status, headers and the whole body) within `api-timeout`. Named
 * `AbortError` on purpose: @octokit/request rethrows such an error as it is (fetch-wrapper.js),
 * so plugin-retry does not send the request again, as it does with any other failed fetch, and
 * a write that GitHub may have applied is not repeated.
 */
export class GitHubTimeoutError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly timeoutMs: number
  ) {
    super(
      `GitHub did not answer ${method} ${path} within ${formatMs(timeoutMs)} (input 'api-timeout')`
    )
    this.name = 'AbortError'
  }
}

/** Every request of a client was ended at once (the reporting phase is over). */
export class GitHubStoppedError extends Error {
  constructor(readonly why: Error) {
    super(why.message)
    this.name = 'AbortError'
  }
}
