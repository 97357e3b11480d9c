import type { VerdictName } from '../policy/verdict.js'
import type { VeleroMessages } from './velero-files.js'

/**
 * What a backup carries: a scan's verdict, or `revoked` when its release was found compromised
 * after the fact (never restorable, whatever it said before).
 */
export type BackupVerdict = VerdictName | 'revoked'

export const BACKUP_KINDS = ['velero', 'csi'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

/** Velero's `spec.existingResourcePolicy`: `none` never overwrites an existing object. */
export const EXISTING_RESOURCE_POLICIES = ['none', 'update'] as const
export type ExistingResourcePolicy = (typeof EXISTING_RESOURCE_POLICIES)[number]

/** Where the backups are and how we mark them (the backup commands' inputs). */
export interface BackupTarget {
  provider: BackupKind
  /** Velero's namespace, or for csi the application's. */
  namespace: string
  labelPrefix: string
}

/** One backup as every provider describes it: enough to select, label and restore it. */
export interface BackupInfo {
  kind: BackupKind
  name: string
  namespace: string
  /** The provider's own phase (Velero's `status.phase`; `Ready`/`Pending`/`Failed` for CSI). */
  phase: string
  usable: boolean
  /** Why it cannot be restored, when it cannot. */
  unusableReason?: string
  /** What the provider said went wrong (Velero's failureReason and validation errors). */
  failure?: string
  startedAt?: string
  expiresAt?: string
  /** Velero: the BackupStorageLocation that holds it. */
  storageLocation?: string
  /** From our label; undefined when the backup carries none. */
  verdict?: BackupVerdict
  commit?: string
  commitSha?: string
  labels: Record<string, string>
  annotations: Record<string, string>
}

/** The unusable reason of a backup that is being deleted, whatever the provider. */
export const BEING_DELETED = 'being deleted'

export function isBeingDeleted(backup: BackupInfo): boolean {
  return backup.unusableReason === BEING_DELETED
}

function startTime(backup: BackupInfo): number {
  const value = Date.parse(backup.startedAt ?? '')
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value
}

/**
 * The one ordering of backups: newest start first; a backup without a (valid) start time is
 * older than any with one; equal times by name, so the order never depends on listing order.
 */
export function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return startTime(b) - startTime(a) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)
}

/** The backup that started last, if any. */
export function newestBackup(backups: readonly BackupInfo[]): BackupInfo | undefined {
  return [...backups].sort(newestFirst)[0]
}

/** What a restore should do with the chosen backup. */
export interface RestoreRequest {
  /** Only these namespaces (empty: everything in the backup). */
  namespaces: string[]
  /** `old=new` namespace (Velero) or PVC name (CSI) mapping. */
  mapping: ReadonlyMap<string, string>
  existingResourcePolicy: ExistingResourcePolicy
  annotations: Record<string, string>
  labels: Record<string, string>
  /** false: restore no cluster-scoped object (a drill touches nothing outside its namespace). */
  includeClusterResources?: boolean
}

export interface RestoreResult {
  name: string
  namespace: string
  phase: string
  succeeded: boolean
  warnings: number
  errors: number
  /** Messages from the provider (failure reason, validation errors). */
  messages: string[]
  /** What the provider said besides (Velero: its restore results file), when there was more. */
  details?: VeleroMessages
  /** Objects created (CSI: the new PVCs). */
  created: string[]
}

/** A restore found again (by its labels): what it restores and where it stands. */
export interface RestoreRecord {
  name: string
  backup: string
  phase: string
  /** It will not change any more (succeeded or not). */
  finished: boolean
  succeeded: boolean
  createdAt?: string
}

/** Terminal outcomes of creating a backup: failed, or deleted while it was awaited. */
export class BackupFailedError extends Error {
  constructor(
    readonly backup: string,
    readonly phase: string,
    detail: string
  ) {
    super(
      phase === 'deleted'
        ? `backup ${backup} was deleted while waiting for it to complete${detail ? ` (${detail})` : ''}: nothing to record a verdict on; take a new backup`
        : `backup ${backup} ended ${phase}${detail ? `: ${detail}` : ''}`
    )
    this.name = 'BackupFailedError'
  }
}
