import { randomBytes } from 'node:crypto'
import type { RecordKeys } from '../backup/label-contract.js'
import type { ExistingResourcePolicy, RestoreRequest } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import type { Logger } from '../logger.js'
import { compactTimestamp } from '../util/duration.js'
import type { Choice } from './choice.js'
import { chooseBackup } from './choice.js'
import type { VerdictEvidence } from './verdicts.js'

export interface RestoreOptions {
  /** A backup name, or undefined for the newest usable backup with verdict clean. */
  backup?: string
  reason: string
  allowUnverified: boolean
  namespaces: string[]
  mapping: ReadonlyMap<string, string>
  existingResourcePolicy: ExistingResourcePolicy
  identity: { actor?: string; runUrl?: string }
  /** More labels for the Restore (e.g. the incident it belongs to). */
  labels?: Record<string, string>
}

/** Which backup, and the Restore that would bring it back. */
export interface RestorePlan extends Choice {
  request: RestoreRequest
  name: string
}

/**
 * Like `velero restore create --from-backup`, plus a random suffix: two restores of one backup
 * in the same second must not collide.
 */
export function restoreName(backup: string, now: Date): string {
  const suffix = randomBytes(3).toString('hex')
  return `${backup}-restore-${compactTimestamp(now)}-${suffix}`.slice(0, 253).toLowerCase()
}

/** Chooses the backup (refusing with every backup's reason) and describes its Restore. Changes nothing. */
export async function planRestore(
  provider: BackupProvider,
  keys: RecordKeys,
  options: RestoreOptions,
  evidence: VerdictEvidence,
  logger: Logger,
  now: Date
): Promise<RestorePlan> {
  const choice = await chooseBackup(
    provider,
    {
      ...(options.backup !== undefined ? { name: options.backup } : {}),
      allowUnverified: options.allowUnverified,
      reason: options.reason
    },
    evidence,
    logger
  )
  const annotations: Record<string, string> = {
    [keys.reason]: options.reason,
    [keys.requestedBy]: options.identity.actor ?? 'unknown'
  }
  if (options.identity.runUrl) annotations[keys.runUrl] = options.identity.runUrl
  const verdict = choice.chosen.verdict
  const request: RestoreRequest = {
    namespaces: options.namespaces,
    mapping: options.mapping,
    existingResourcePolicy: options.existingResourcePolicy,
    annotations,
    labels: {
      ...options.labels,
      [keys.verdict]: verdict === 'unverified' || verdict === 'revoked' ? 'unknown' : verdict
    }
  }
  return { ...choice, request, name: restoreName(choice.chosen.backup.name, now) }
}
