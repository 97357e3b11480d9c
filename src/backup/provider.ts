import type { KubeObject } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import type { Logger } from '../logger.js'
import type { VeleroMessages } from './velero-files.js'
import type {
  BackupInfo,
  BackupKind,
  RestoreRecord,
  RestoreRequest,
  RestoreResult
} from './model.js'

/**
 * What the label, restore and list stages need from a backup system. Velero and CSI
 * VolumeSnapshots implement it; another (say Longhorn) is one more implementation and an entry
 * in `createProvider`, with nothing else to change.
 */
export interface BackupProvider {
  readonly kind: BackupKind
  readonly namespace: string
  list(labelSelector?: string): Promise<BackupInfo[]>
  get(name: string): Promise<BackupInfo | undefined>
  /** The newest backup taken from `source` (Velero: a schedule; CSI: a label selector of groups). */
  newestOf(source: string): Promise<BackupInfo | undefined>
  /**
   * Takes a new backup from `source` (Velero: a schedule's template; CSI: the PVCs a label
   * selector picks), with labels and annotations set at creation.
   */
  create(
    source: string,
    labels: Record<string, string>,
    annotations: Record<string, string>
  ): Promise<BackupInfo>
  waitUsable(name: string, options: WaitOptions): Promise<BackupInfo>
  /** What the provider says about a backup that failed, beyond its status (Velero: its files). */
  explainFailure?(backup: BackupInfo, logger: Logger): Promise<VeleroMessages | undefined>
  /** Adds labels and annotations with optimistic locking; `check` may refuse the current state. */
  record(
    name: string,
    labels: Record<string, string>,
    annotations: Record<string, string>,
    check: (current: BackupInfo) => void
  ): Promise<BackupInfo>
  /** The objects `restore` would create, changing nothing (dry run). */
  restorePlan(backup: BackupInfo, request: RestoreRequest, name: string): Promise<KubeObject[]>
  /** Starts the restore and waits until it has finished. */
  restore(
    backup: BackupInfo,
    request: RestoreRequest,
    name: string,
    options: WaitOptions
  ): Promise<RestoreResult>
  /** Restores made earlier whose labels match (e.g. those of one incident), newest first. */
  findRestores(labelSelector: string): Promise<RestoreRecord[]>
  /** Waits until a restore started earlier has finished. */
  waitRestore(name: string, options: WaitOptions): Promise<RestoreResult>
}
