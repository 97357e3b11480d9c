import type { VerdictName } from '../policy/verdict.js'

/** The durable record of a commit's verdict (the commit status the scan set), if any. */
export interface VerdictLookup {
  verdictOf(commitSha: string): Promise<VerdictName | undefined>
}
