import type { VerdictName } from '../policy/verdict.js'

export type BackupKind = 'velero' | 'csi'

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
  /** From our label; undefined when the backup carries none. */
  verdict?: VerdictName
  commit?: string
  commitSha?: string
  labels: Record<string, string>
  annotations: Record<string, string>
}

/** The backup that started last (by start time), if any. */
export function newestBackup(backups: BackupInfo[]): BackupInfo | undefined {
  return [...backups].sort(
    (a, b) => Date.parse(b.startedAt ?? '') - Date.parse(a.startedAt ?? '')
  )[0]
}

/** What a restore should do with the chosen backup. */
export interface RestoreRequest {
  /** Only these namespaces (empty: everything in the backup). */
  namespaces: string[]
  /** `old=new` namespace (Velero) or PVC name (CSI) mapping. */
  mapping: Record<string, string>
  existingResourcePolicy: 'none' | 'update'
  annotations: Record<string, string>
  labels: Record<string, string>
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
  /** Objects created (CSI: the new PVCs). */
  created: string[]
}

/** Terminal outcomes of creating a backup. */
export class BackupFailedError extends Error {
  constructor(
    readonly backup: string,
    readonly phase: string,
    detail: string
  ) {
    super(`backup ${backup} ended ${phase}${detail ? `: ${detail}` : ''}`)
    this.name = 'BackupFailedError'
  }
}
