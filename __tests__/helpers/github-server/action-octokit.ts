import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/**
 * Octokit as src/action.ts createOctokit builds it (retry + throttling, 429 left to the
 * throttling plugin), with the plugins' waits shrunk from seconds to milliseconds so a
 * test does not sleep. Kept in step with src/action.ts by hand.
 */
export function octokitLikeAction(token: string, baseUrl: string) {
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retryAfterBaseValue: 1, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: (_after: number, _options: unknown, _octokit: unknown, count: number) =>
          count < 3,
        onSecondaryRateLimit: (
          _after: number,
          _options: unknown,
          _octokit: unknown,
          count: number
        ) => count < 3
      }
    },
    retry,
    throttling
  )
}

export type ActionOctokit = ReturnType<typeof octokitLikeAction>

/** Polls `check` (no timing assertion, only a bound) until it holds or `ms` have passed. */
export async function eventually(check: () => boolean, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms
  while (!check()) {
    if (Date.now() > until) return false
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  return true
}
