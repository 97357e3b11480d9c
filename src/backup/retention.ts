import type { ClusterApi, KubeObject, ResourceRef } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import type { RecordKeys } from './label-contract.js'
import type { BackupInfo } from './model.js'
import { isBeingDeleted } from './model.js'
import type { Candidate } from './selection.js'
import { newestCandidateFirst } from './selection.js'
import { SCHEDULE_LABEL } from './velero.js'
import { veleroRef } from './velero-ref.js'

/**
 * The retention guard. Velero's garbage collection deletes a backup once `status.expiration` of
 * the in-cluster Backup has passed, whatever it holds (pkg/controller/gc_controller.go): after a
 * run of blocked releases the last clean backup would go. The guard keeps the newest N clean
 * backups of each schedule by moving their expiration forward (the original kept in an
 * annotation) and gives the original back once N newer clean backups exist.
 */
export interface RetentionOptions {
  /** How many clean backups per schedule to keep (0: off). */
  keep: number
  /** A protected backup that expires within this margin is extended to twice it from now. */
  marginMs: number
  now: Date
}

export interface RetentionAction {
  kind: 'extend' | 'release'
  backup: string
  /** The schedule the backup belongs to ('' for none). */
  schedule: string
  /** Its expiration before and after. */
  from?: string
  to: string
}

/** The schedule a backup was taken from (Velero's label), '' for none. */
export function scheduleOf(backup: BackupInfo): string {
  return backup.labels[SCHEDULE_LABEL] ?? ''
}

/**
 * Which backups can be protected: verdict clean (after revocations from every source),
 * Completed, not being deleted. An expired backup that garbage collection has not reached yet
 * still has its data: it can be saved.
 */
function protectable(candidate: Candidate): boolean {
  const { backup } = candidate
  return candidate.verdict === 'clean' && backup.phase === 'Completed' && !isBeingDeleted(backup)
}

/** RFC 3339 in whole seconds, as Velero writes its times. */
export function rfc3339(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The newest `keep` protectable backups of each schedule, by name. */
export function protectedSet(candidates: Candidate[], keep: number): Set<string> {
  const kept = new Set<string>()
  const perSchedule = new Map<string, number>()
  for (const candidate of [...candidates].sort(newestCandidateFirst)) {
    if (!protectable(candidate)) continue
    const schedule = scheduleOf(candidate.backup)
    const count = perSchedule.get(schedule) ?? 0
    if (count >= keep) continue
    perSchedule.set(schedule, count + 1)
    kept.add(candidate.backup.name)
  }
  return kept
}

/** What the guard would change: pure, so that its decisions are tested without a cluster. */
export function planRetention(
  candidates: Candidate[],
  keys: RecordKeys,
  options: RetentionOptions
): RetentionAction[] {
  const kept = protectedSet(candidates, options.keep)
  const now = options.now.getTime()
  const actions: RetentionAction[] = []
  for (const { backup } of [...candidates].sort(newestCandidateFirst)) {
    const original = backup.annotations[keys.originalExpiration]
    const schedule = scheduleOf(backup)
    if (kept.has(backup.name)) {
      // No expiration: Velero never collects it (a TTL of 0).
      if (backup.expiresAt === undefined) continue
      const expires = Date.parse(backup.expiresAt)
      if (!Number.isNaN(expires) && expires - now >= options.marginMs) continue
      actions.push({
        kind: 'extend',
        backup: backup.name,
        schedule,
        from: backup.expiresAt,
        to: rfc3339(new Date(now + 2 * options.marginMs))
      })
    } else if (original !== undefined && !isBeingDeleted(backup)) {
      actions.push({
        kind: 'release',
        backup: backup.name,
        schedule,
        ...(backup.expiresAt ? { from: backup.expiresAt } : {}),
        to: original
      })
    }
  }
  return actions
}

/**
 * Writes one action with optimistic locking: status and annotation in one merge patch (Velero's
 * Backup has no status subresource, so status is part of the object), with the resourceVersion
 * read; a conflict reads again. The original expiration is recorded only the first time, so a
 * second extension keeps the one Velero gave.
 */
async function apply(
  api: ClusterApi,
  ref: ResourceRef,
  keys: RecordKeys,
  action: RetentionAction
): Promise<boolean> {
  return retryOnConflict(async () => {
    const current: KubeObject | undefined = await api.get(ref, action.backup)
    if (!current || current.metadata.deletionTimestamp) return false
    const annotations = current.metadata.annotations ?? {}
    const expiration =
      typeof current.status?.expiration === 'string' ? current.status.expiration : undefined
    const recorded = annotations[keys.originalExpiration]
    if (action.kind === 'extend') {
      if (current.status?.phase !== 'Completed') return false
      await api.mergePatch(ref, action.backup, {
        metadata: {
          resourceVersion: current.metadata.resourceVersion,
          annotations: { [keys.originalExpiration]: recorded ?? expiration ?? action.from ?? '' }
        },
        status: { expiration: action.to }
      })
    } else {
      if (recorded === undefined) return false
      await api.mergePatch(ref, action.backup, {
        metadata: {
          resourceVersion: current.metadata.resourceVersion,
          annotations: { [keys.originalExpiration]: null }
        },
        status: { expiration: recorded }
      })
    }
    return true
  })
}

/** Applies the plan, one backup at a time; returns what was done. */
export async function enforceRetention(
  api: ClusterApi,
  namespace: string,
  keys: RecordKeys,
  candidates: Candidate[],
  options: RetentionOptions,
  logger: Logger
): Promise<RetentionAction[]> {
  if (options.keep <= 0) return []
  const ref = veleroRef('backups', namespace)
  const done: RetentionAction[] = []
  for (const action of planRetention(candidates, keys, options)) {
    if (!(await apply(api, ref, keys, action))) continue
    done.push(action)
    logger.info(
      action.kind === 'extend'
        ? `retention guard: backup ${oneLine(action.backup)} is one of the newest ${options.keep} clean backups of ${action.schedule ? `schedule ${oneLine(action.schedule)}` : 'the backups of no schedule'}: expiration ${oneLine(action.from ?? '')} → ${action.to}`
        : `retention guard: backup ${oneLine(action.backup)} has ${options.keep} newer clean backups: its original expiration ${oneLine(action.to)} is back`
    )
  }
  return done
}
