import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil } from '../cluster/wait.js'
import type { BackupInfo } from './model.js'
import { BackupFailedError, isBeingDeleted } from './model.js'

/**
 * Reads the backup until it is usable. It ends early, with the provider's reason, once
 * it is being deleted or disappears (both as `deleted`), or `terminal` says it never will be
 * (failed, expired).
 */
export function waitUntilUsable(
  name: string,
  what: string,
  read: () => Promise<BackupInfo | undefined>,
  terminal: (backup: BackupInfo) => boolean,
  options: WaitOptions
): Promise<BackupInfo> {
  return pollUntil(
    what,
    async () => {
      const backup = await read()
      if (!backup) throw new BackupFailedError(name, 'deleted', 'it is gone')
      if (backup.usable) return backup
      if (isBeingDeleted(backup))
        throw new BackupFailedError(name, 'deleted', `it is being deleted, phase ${backup.phase}`)
      if (terminal(backup))
        throw new BackupFailedError(
          name,
          backup.phase,
          backup.failure ??
            (backup.unusableReason === `phase ${backup.phase}` ? '' : (backup.unusableReason ?? ''))
        )
      return undefined
    },
    options
  )
}
