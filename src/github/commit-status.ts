import type { VerdictLookup } from '../backup/verdict-lookup.js'
import type { VerdictName } from '../policy/verdict.js'
import type { VerdictRecord } from '../verdict/record.js'
import type { CommitState, GitHubApi } from './api.js'

/** The commit status that records the verdict on the commit (what restore can consult later). */
export const STATUS_CONTEXT = 'known-good/verdict'
/** GitHub cuts a commit status description at 140 characters. */
const STATUS_DESCRIPTION_MAX = 140

/** The description of a revoked commit's status: `revoked: <reason>`. */
export const REVOKED_PREFIX = 'revoked: '

/** The commit status of a revoked release (`failure`, with the reason). */
export function revokedDescription(reason: string): string {
  return `${REVOKED_PREFIX}${reason}`.slice(0, STATUS_DESCRIPTION_MAX)
}

/**
 * The durable record read back: the newest commit status known-good/verdict of a commit.
 * `failure` is blocked, unless its description says the release was revoked.
 */
export function statusVerdictLookup(api: GitHubApi): VerdictLookup {
  return {
    async verdictOf(sha) {
      const status = await api.commitStatus(sha, STATUS_CONTEXT)
      if (status === undefined) return undefined
      switch (status.state) {
        case 'success':
          return { verdict: 'clean' }
        case 'failure':
          return status.description.startsWith(REVOKED_PREFIX)
            ? { verdict: 'revoked', reason: status.description.slice(REVOKED_PREFIX.length) }
            : { verdict: 'blocked' }
        case 'error':
          return { verdict: 'unknown' }
        default:
          return undefined
      }
    }
  }
}

export function statusState(verdict: VerdictName): CommitState {
  return verdict === 'clean' ? 'success' : verdict === 'blocked' ? 'failure' : 'error'
}

export function statusDescription(record: VerdictRecord): string {
  const c = record.counts.counted
  const text = `${record.verdict}: ${record.counts.blocking} blocking; ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low`
  return text.slice(0, STATUS_DESCRIPTION_MAX)
}
