import type { ClusterApi, KubeObject, ResourceRef } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'
import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil } from '../cluster/wait.js'
import { waitUntilUsable } from './wait-usable.js'
import { ConfigurationError } from '../errors.js'
import { str } from '../util/json.js'
import { compactTimestamp } from '../util/duration.js'
import type { RecordKeys } from './label-contract.js'
import { readRecord } from './label-contract.js'
import type { BackupInfo, RestoreRecord, RestoreRequest, RestoreResult } from './model.js'
import { newestBackup } from './model.js'
import type { BackupProvider } from './provider.js'

const GROUP = 'velero.io'
const VERSION = 'v1'
/** `velero backup create --from-schedule S` labels the backup with the schedule's name. */
export const SCHEDULE_LABEL = 'velero.io/schedule-name'

/** Velero phases after which a backup will not become Completed. */
const BACKUP_FAILED = new Set(['Failed', 'PartiallyFailed', 'FailedValidation'])
const RESTORE_DONE = new Set(['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'])

/** Velero's own words on a failed Backup or Restore: failureReason and validation errors. */
function failureMessages(status: Record<string, unknown>): string[] {
  const validation = Array.isArray(status.validationErrors) ? status.validationErrors : []
  return [status.failureReason, ...validation].filter(
    (m): m is string => typeof m === 'string' && m !== ''
  )
}

/** `S-<yyyymmddhhmmss>` in UTC, as `velero backup create --from-schedule` names backups. */
export function scheduledBackupName(schedule: string, at: Date): string {
  return `${schedule}-${compactTimestamp(at)}`
}

/**
 * Usable = `status.phase: Completed`, not expired, not being deleted (ARCHITECTURE.md, "Backups": Velero's CRDs
 * have no status subresource; status is read from the object itself).
 */
export function veleroBackupInfo(object: KubeObject, keys: RecordKeys, now: Date): BackupInfo {
  const status = object.status ?? {}
  const phase = str(status.phase) ?? 'New'
  const expiresAt = str(status.expiration)
  const labels = object.metadata.labels ?? {}
  const annotations = object.metadata.annotations ?? {}
  let unusableReason: string | undefined
  if (object.metadata.deletionTimestamp || phase === 'Deleting') unusableReason = 'being deleted'
  else if (phase !== 'Completed') unusableReason = `phase ${phase}`
  else if (expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime())
    unusableReason = `expired at ${expiresAt}`
  const info: BackupInfo = {
    kind: 'velero',
    name: object.metadata.name,
    namespace: object.metadata.namespace ?? '',
    phase,
    usable: unusableReason === undefined,
    labels,
    annotations
  }
  const startedAt = str(status.startTimestamp) ?? object.metadata.creationTimestamp
  if (startedAt) info.startedAt = startedAt
  if (expiresAt) info.expiresAt = expiresAt
  if (unusableReason) info.unusableReason = unusableReason
  const failure = failureMessages(status).join('; ')
  if (failure) info.failure = failure
  return readRecord(info, keys)
}

export class VeleroProvider implements BackupProvider {
  readonly kind = 'velero' as const
  private readonly backups: ResourceRef
  private readonly restores: ResourceRef
  private readonly schedules: ResourceRef

  constructor(
    private readonly api: ClusterApi,
    readonly namespace: string,
    private readonly keys: RecordKeys,
    private readonly now: () => Date = () => new Date()
  ) {
    const ref = (plural: string) => ({ group: GROUP, version: VERSION, plural, namespace })
    this.backups = ref('backups')
    this.restores = ref('restores')
    this.schedules = ref('schedules')
  }

  async list(labelSelector?: string): Promise<BackupInfo[]> {
    return (await this.api.list(this.backups, labelSelector)).map(b =>
      veleroBackupInfo(b, this.keys, this.now())
    )
  }

  async get(name: string): Promise<BackupInfo | undefined> {
    const object = await this.api.get(this.backups, name)
    return object ? veleroBackupInfo(object, this.keys, this.now()) : undefined
  }

  /** The newest backup of a schedule (by start time). */
  async newestOf(schedule: string): Promise<BackupInfo | undefined> {
    return newestBackup(await this.list(`${SCHEDULE_LABEL}=${schedule}`))
  }

  /**
   * Creates the pre-release backup the way `velero backup create --from-schedule` does, with
   * our labels and annotations set at creation, so that they are stored with the backup.
   */
  async create(
    schedule: string,
    labels: Record<string, string>,
    annotations: Record<string, string>
  ): Promise<BackupInfo> {
    const source = await this.api.get(this.schedules, schedule)
    if (!source)
      throw new ConfigurationError(
        `schedule ${schedule} does not exist in namespace ${this.namespace}`
      )
    const template = (source.spec?.template ?? {}) as Record<string, unknown>
    const body: KubeObject = {
      apiVersion: `${GROUP}/${VERSION}`,
      kind: 'Backup',
      metadata: {
        name: scheduledBackupName(schedule, this.now()),
        namespace: this.namespace,
        labels: { ...(source.metadata.labels ?? {}), [SCHEDULE_LABEL]: schedule, ...labels },
        annotations
      },
      spec: template
    }
    return veleroBackupInfo(await this.api.create(this.backups, body), this.keys, this.now())
  }

  /** Waits until the backup is usable; a terminal failure or a deletion ends the wait. */
  async waitUsable(name: string, options: WaitOptions): Promise<BackupInfo> {
    const never = (backup: BackupInfo) =>
      BACKUP_FAILED.has(backup.phase) ||
      backup.unusableReason === 'being deleted' ||
      backup.unusableReason?.startsWith('expired') === true
    return waitUntilUsable(name, `backup ${name} to complete`, () => this.get(name), never, options)
  }

  /**
   * Adds labels and annotations to an existing backup with optimistic locking: the patch carries
   * the resourceVersion read, and a conflict (409) reads again and retries.
   */
  async record(
    name: string,
    labels: Record<string, string>,
    annotations: Record<string, string>,
    check: (current: BackupInfo) => void
  ): Promise<BackupInfo> {
    return retryOnConflict(async () => {
      const object = await this.api.get(this.backups, name)
      if (!object)
        throw new ConfigurationError(`backup ${name} does not exist in namespace ${this.namespace}`)
      check(veleroBackupInfo(object, this.keys, this.now()))
      const patched = await this.api.mergePatch(this.backups, name, {
        metadata: { resourceVersion: object.metadata.resourceVersion, labels, annotations }
      })
      return veleroBackupInfo(patched, this.keys, this.now())
    })
  }

  async restorePlan(
    backup: BackupInfo,
    request: RestoreRequest,
    name: string
  ): Promise<KubeObject[]> {
    return [this.restoreObject(backup, request, name)]
  }

  private restoreObject(backup: BackupInfo, request: RestoreRequest, name: string): KubeObject {
    const spec: Record<string, unknown> = { backupName: backup.name }
    if (request.namespaces.length > 0) spec.includedNamespaces = request.namespaces
    if (request.mapping.size > 0) spec.namespaceMapping = Object.fromEntries(request.mapping)
    if (request.existingResourcePolicy !== 'none')
      spec.existingResourcePolicy = request.existingResourcePolicy
    if (request.includeClusterResources === false) spec.includeClusterResources = false
    return {
      apiVersion: `${GROUP}/${VERSION}`,
      kind: 'Restore',
      metadata: {
        name,
        namespace: this.namespace,
        labels: request.labels,
        annotations: request.annotations
      },
      spec
    }
  }

  async restore(
    backup: BackupInfo,
    request: RestoreRequest,
    name: string,
    options: WaitOptions
  ): Promise<RestoreResult> {
    await this.api.create(this.restores, this.restoreObject(backup, request, name))
    return this.waitRestore(name, options)
  }

  async findRestores(labelSelector: string): Promise<RestoreRecord[]> {
    return (await this.api.list(this.restores, labelSelector))
      .map(object => {
        const phase = str(object.status?.phase) ?? 'New'
        const record: RestoreRecord = {
          name: object.metadata.name,
          backup: str(object.spec?.backupName) ?? '',
          phase,
          finished: RESTORE_DONE.has(phase),
          succeeded: phase === 'Completed'
        }
        if (object.metadata.creationTimestamp) record.createdAt = object.metadata.creationTimestamp
        return record
      })
      .sort((a, b) => ((a.createdAt ?? '' < (b.createdAt ?? '')) ? 1 : -1))
  }

  async waitRestore(name: string, options: WaitOptions): Promise<RestoreResult> {
    const done = await pollUntil(
      `restore ${name} to finish`,
      async () => {
        const object = await this.api.get(this.restores, name)
        if (object === undefined)
          throw new ConfigurationError(
            `restore ${name} disappeared from namespace ${this.namespace}`
          )
        const phase = str(object.status?.phase)
        return phase && RESTORE_DONE.has(phase) ? object : undefined
      },
      options
    )
    const status = done.status ?? {}
    const phase = str(status.phase) ?? 'unknown'
    const messages = failureMessages(status)
    return {
      name,
      namespace: this.namespace,
      phase,
      succeeded: phase === 'Completed',
      warnings: typeof status.warnings === 'number' ? status.warnings : 0,
      errors: typeof status.errors === 'number' ? status.errors : 0,
      messages,
      created: [`restores.velero.io/${name}`]
    }
  }
}
