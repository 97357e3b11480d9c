import type { VerdictLookup } from '../backup/verdict-source.js'
import type { VerdictName } from '../policy/verdict.js'
import type { VerdictRecord } from '../verdict/record.js'
import type { CommitState, GitHubApi } from './api.js'

/** The commit status that records the verdict on the commit (what restore can consult later). */
export const STATUS_CONTEXT = 'known-good/verdict'
/** GitHub cuts a commit status description at 140 characters. */
const STATUS_DESCRIPTION_MAX = 140

/** The durable record read back: the commit status known-good/verdict of a commit. */
export function statusVerdictLookup(api: GitHubApi): VerdictLookup {
  return {
    async verdictOf(sha) {
      const state = await api.commitStatus(sha, STATUS_CONTEXT)
      return state === 'success'
        ? 'clean'
        : state === 'failure'
          ? 'blocked'
          : state === 'error'
            ? 'unknown'
            : undefined
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
