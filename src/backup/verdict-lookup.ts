import type { BackupVerdict } from './model.js'

/** A commit's verdict as its durable record has it (the commit status the scan or revoke set). */
export interface RecordedVerdict {
  verdict: BackupVerdict
  /** For a revoked commit: why. */
  reason?: string
}

/** The durable record of commits' verdicts (the commit status the scan set), if any. */
export interface VerdictLookup {
  verdictOf(commitSha: string): Promise<RecordedVerdict | undefined>
}
