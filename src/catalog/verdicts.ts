import type { Candidate } from '../backup/selection.js'
import type { RecordKeys } from '../backup/label-contract.js'
import type { BackupInfo } from '../backup/model.js'
import type { RecordedVerdict, VerdictLookup } from '../backup/verdict-lookup.js'
import { getErrorMessage } from '../errors.js'
import type { Ledger } from '../ledger/ledger.js'
import { revocationFor } from '../ledger/ledger.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'

/** Everything besides a backup's own label that can say what its commit is worth. */
export interface VerdictEvidence {
  /** The commit statuses known-good/verdict (when there is a GitHub token). */
  lookup?: VerdictLookup
  /** The revocation ledger: the cluster's ConfigMap and any ledger file, merged. */
  ledger?: Ledger
  /** To read a revocation's reason off a backup's own annotations. */
  keys?: RecordKeys
}

/** One commit status read per commit, however many backups name it. */
function cachedLookup(lookup: VerdictLookup, logger: Logger) {
  const seen = new Map<string, Promise<RecordedVerdict | undefined>>()
  return (sha: string, backup: string): Promise<RecordedVerdict | undefined> => {
    let answer = seen.get(sha)
    if (answer === undefined) {
      answer = lookup.verdictOf(sha).catch((error: unknown) => {
        logger.warning(
          `could not read the commit status of ${oneLine(sha)} for backup ${oneLine(backup)}: ${oneLine(getErrorMessage(error))}`
        )
        return undefined
      })
      seen.set(sha, answer)
    }
    return answer
  }
}

/**
 * Each backup's verdict. A revocation wins over everything, from whichever source can be read
 * (the backup's own label, the ledger, the commit status): a revocation is never undone by an
 * older verdict. Otherwise the label, else the commit status the scan set, else `unverified`.
 * A lookup that fails leaves the backup as its other sources have it (never clean by default).
 */
export async function resolveVerdicts(
  backups: BackupInfo[],
  evidence: VerdictEvidence,
  logger: Logger
): Promise<Candidate[]> {
  const status = evidence.lookup ? cachedLookup(evidence.lookup, logger) : undefined
  const candidates: Candidate[] = []
  for (const backup of backups) {
    const sha = backup.commitSha ?? backup.commit
    if (backup.verdict === 'revoked') {
      const reason = evidence.keys ? backup.annotations[evidence.keys.revokedReason] : undefined
      candidates.push({
        backup,
        verdict: 'revoked',
        source: 'label',
        ...(reason ? { revokedReason: reason } : {})
      })
      continue
    }
    const revocation = evidence.ledger ? revocationFor(evidence.ledger, sha) : undefined
    if (revocation) {
      candidates.push({
        backup,
        verdict: 'revoked',
        source: 'ledger',
        revokedReason: revocation.reason
      })
      continue
    }
    const recorded = sha && status ? await status(sha, backup.name) : undefined
    if (recorded?.verdict === 'revoked') {
      candidates.push({
        backup,
        verdict: 'revoked',
        source: 'commit status',
        ...(recorded.reason ? { revokedReason: recorded.reason } : {})
      })
    } else if (backup.verdict) {
      candidates.push({ backup, verdict: backup.verdict, source: 'label' })
    } else if (recorded) {
      candidates.push({ backup, verdict: recorded.verdict, source: 'commit status' })
    } else {
      candidates.push({ backup, verdict: 'unverified', source: 'none' })
    }
  }
  return candidates
}
