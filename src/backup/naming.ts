import { apiStatus } from '../cluster/api.js'
import { getErrorMessage } from '../errors.js'
import { oneLine } from '../text/one-line.js'
import { compactTimestamp } from '../util/duration.js'

// How both providers name the backups they create.

/** Names tried for one backup when the first is taken: `<name>`, `<name>-2`, … */
const MAX_NAME_ATTEMPTS = 5

/**
 * Creates a backup under `base`, or the next free `<base>-<n>` while the API server answers 409
 * (AlreadyExists): the name has a one-second grain, and Velero's own scheduled backup or another
 * run may have taken it in the same second. `what` names the backup in the error after the last.
 */
export async function createUnderFreeName<T>(
  base: string,
  what: string,
  namespace: string,
  create: (name: string) => Promise<T>
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create(attempt === 1 ? base : `${base}-${attempt}`)
    } catch (error) {
      if (apiStatus(error) !== 409) throw error
      if (attempt >= MAX_NAME_ATTEMPTS)
        throw new Error(
          `cannot create ${what}: the names ${base} to ${base}-${attempt} are taken in namespace ${namespace} (${oneLine(getErrorMessage(error))}); run again a second later`,
          { cause: error }
        )
    }
  }
}

/** `S-<yyyymmddhhmmss>` in UTC, as `velero backup create --from-schedule` names backups. */
export function scheduledBackupName(schedule: string, at: Date): string {
  return `${schedule}-${compactTimestamp(at)}`
}
