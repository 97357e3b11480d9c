import type { BackupInfo, BackupVerdict } from './model.js'
import { newestFirst } from './model.js'

/** Where a backup's verdict came from: its label, the ledger, its commit's status, or nothing. */
export type VerdictOrigin = 'label' | 'commit status' | 'ledger' | 'none'

/**
 * A backup with the verdict that counts for it: `revoked` when any source revokes its commit,
 * else its label, else the durable record of its commit, else `unverified` (the catalog decides
 * it: `catalog/verdicts.ts`).
 */
export interface Candidate {
  backup: BackupInfo
  verdict: BackupVerdict | 'unverified'
  source: VerdictOrigin
  /** Why it is revoked, when it is. */
  revokedReason?: string
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

/** Why a revoked backup is not taken: the source that revoked it and its reason. */
export function revokedNote(candidate: Candidate): string {
  return `revoked (${candidate.source}): ${candidate.revokedReason ?? 'no reason given'}`
}

/**
 * The newest usable backup whose verdict is clean. Pure: the caller has already resolved each
 * backup's verdict (revoked by any source, else label, else commit status, else unverified).
 * Revoked, blocked, unknown and unverified backups are never chosen.
 */
export function selectKnownGood(candidates: Candidate[]): Selection {
  const considered: Selection['considered'] = []
  let chosen: Candidate | undefined
  for (const candidate of [...candidates].sort(newestCandidateFirst)) {
    let reason: string
    if (candidate.verdict === 'revoked') reason = revokedNote(candidate)
    else if (!candidate.backup.usable)
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
