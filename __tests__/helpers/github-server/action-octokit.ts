import type { Logger } from '../../../src/logger.js'
import type { GitHubClient, Octokit } from '../../../src/github/octokit.js'
import { createOctokit } from '../../../src/github/octokit.js'

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  mask: () => undefined
}

/**
 * The product's octokit (src/github/octokit.ts createOctokit: retry + throttling, 429 left to
 * the throttling plugin, each exchange bounded), with the plugins' waits shrunk from seconds to
 * milliseconds so a test does not sleep.
 */
export function actionClient(
  token: string,
  baseUrl: string,
  options: { timeoutMs?: number; logger?: Logger } = {}
): GitHubClient {
  return createOctokit({
    token,
    apiUrl: baseUrl,
    logger: options.logger ?? quiet,
    timeoutMs: options.timeoutMs ?? 10_000,
    waitUnitMs: 1
  })
}

export function octokitLikeAction(token: string, baseUrl: string): Octokit {
  return actionClient(token, baseUrl).octokit
}

export type ActionOctokit = Octokit

/** Polls `check` (no timing assertion, only a bound) until it holds or `ms` have passed. */
export async function eventually(check: () => boolean, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms
  while (!check()) {
    if (Date.now() > until) return false
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  return true
}
