import type { VerdictName } from '../policy/verdict.js'
import type { BackupInfo } from './model.js'
import { newestFirst } from './model.js'

/** A backup with the verdict that counts for it: its label, or the durable record of its commit. */
export interface Candidate {
  backup: BackupInfo
  verdict: VerdictName | 'unverified'
  /** Where the verdict came from. */
  source: 'label' | 'commit status' | 'none'
}

export interface Selection {
  chosen?: Candidate
  /** Every backup with why it was or was not chosen, newest first. */
  considered: { candidate: Candidate; reason: string }[]
}

/** Candidates in the one backup order (newest first). */
export function newestCandidateFirst(a: Candidate, b: Candidate): number {
  return newestFirst(a.backup, b.backup)
}

/**
 * The newest usable backup whose verdict is clean. Pure: the caller has already resolved each
 * backup's verdict (label, else commit status, else unverified). Blocked, unknown and unverified
 * backups are never chosen.
 */
export function selectKnownGood(candidates: Candidate[]): Selection {
  const considered: Selection['considered'] = []
  let chosen: Candidate | undefined
  for (const candidate of [...candidates].sort(newestCandidateFirst)) {
    let reason: string
    if (!candidate.backup.usable)
      reason = `not usable: ${candidate.backup.unusableReason ?? candidate.backup.phase}`
    else if (candidate.verdict !== 'clean') reason = `verdict ${candidate.verdict}`
    else if (chosen) reason = 'clean and usable, but older'
    else {
      chosen = candidate
      reason = `chosen: newest usable backup with verdict clean (from ${candidate.source})`
    }
    considered.push({ candidate, reason })
  }
  return chosen ? { chosen, considered } : { considered }
}
