import { getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import type { BackupInfo } from './model.js'
import type { Candidate } from './selection.js'
import type { VerdictLookup } from './verdict-source.js'

/**
 * Each backup's verdict: its label, else the durable record of its commit (the commit status
 * the scan set), else `unverified`. A lookup that fails leaves the backup unverified.
 */
export async function resolveVerdicts(
  backups: BackupInfo[],
  lookup: VerdictLookup | undefined,
  logger: Logger
): Promise<Candidate[]> {
  const candidates: Candidate[] = []
  for (const backup of backups) {
    if (backup.verdict) {
      candidates.push({ backup, verdict: backup.verdict, source: 'label' })
      continue
    }
    const sha = backup.commitSha ?? backup.commit
    let verdict: Candidate['verdict'] = 'unverified'
    if (sha && lookup) {
      try {
        verdict = (await lookup.verdictOf(sha)) ?? 'unverified'
      } catch (error) {
        logger.warning(
          `could not read the commit status of ${oneLine(sha)} for backup ${oneLine(backup.name)}: ${oneLine(getErrorMessage(error))}`
        )
      }
    }
    candidates.push({
      backup,
      verdict,
      source: verdict === 'unverified' ? 'none' : 'commit status'
    })
  }
  return candidates
}
