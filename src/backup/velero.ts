import type { ClusterApi, KubeObject, ResourceRef, SignedUrlReader } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'
import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil } from '../cluster/wait.js'
import { waitUntilUsable } from './wait-usable.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import { str } from '../util/json.js'
import type { RecordKeys } from './label-contract.js'
import { createUnderFreeName, scheduledBackupName } from './naming.js'
import { readRecord } from './label-contract.js'
import type { BackupInfo, RestoreRecord, RestoreRequest, RestoreResult } from './model.js'
import { BEING_DELETED, newestBackup } from './model.js'
import type { BackupProvider } from './provider.js'
import type { VeleroFileKind, VeleroMessage, VeleroMessages } from './velero-files.js'
import { VELERO_API_VERSION, veleroRef } from './velero-ref.js'
import { capMessages, fetchVeleroFile, logErrors, parseResults } from './velero-files.js'

/** `velero backup create --from-schedule S` labels the backup with the schedule's name. */
export const SCHEDULE_LABEL = 'velero.io/schedule-name'
/** Velero labels every Backup with the name of its storage location. */
export const LOCATION_LABEL = 'velero.io/storage-location'
/**
 * The location of a Backup that names none and of a cluster without a location marked default:
 * the server flag --default-backup-storage-location, "default" unless changed
 * (pkg/controller/backup_controller.go, prepareBackupRequest).
 */
export const DEFAULT_LOCATION = 'default'

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
  if (object.metadata.deletionTimestamp || phase === 'Deleting') unusableReason = BEING_DELETED
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
  const location = str(object.spec?.storageLocation) || labels[LOCATION_LABEL]
  if (location) info.storageLocation = location
  if (expiresAt) info.expiresAt = expiresAt
  if (unusableReason) info.unusableReason = unusableReason
  const failure = failureMessages(status).join('; ')
  if (failure) info.failure = failure
  return readRecord(info, keys)
}

/**
 * Why Velero cannot use a BackupStorageLocation, or undefined when it can: it must exist and be
 * `Available` (Velero refuses backups and restores otherwise: "backup can't be created because
 * BackupStorageLocation x is in Unavailable status", "The BSL x is unavailable, cannot retrieve
 * the backup"); a backup also needs it ReadWrite. A location not validated yet (no phase) is
 * left to Velero.
 */
export function locationProblem(
  name: string,
  location: KubeObject | undefined,
  namespace: string,
  forBackup: boolean
): string | undefined {
  if (!location) return `backup storage location ${name} does not exist in namespace ${namespace}`
  const phase = str(location.status?.phase)
  if (phase === 'Unavailable') {
    const message = str(location.status?.message)
    const validated = str(location.status?.lastValidationTime)
    return `backup storage location ${name} is Unavailable${validated ? ` (validated ${validated})` : ''}${message ? `: ${oneLine(message)}` : ''}`
  }
  if (forBackup && str(location.spec?.accessMode) === 'ReadOnly')
    return `backup storage location ${name} is ReadOnly (spec.accessMode): Velero takes no backups to it`
  return undefined
}

/** What to do about a location problem, for a refusal. */
const LOCATION_ADVICE =
  'fix the location (bucket, credentials, the object store address) until Velero reports it Available (velero backup-location get), or use one that is'

/** Velero's restore phases after which its results file may hold messages. */
const RESTORE_RAN = new Set(['Completed', 'PartiallyFailed', 'Failed'])

export interface VeleroOptions {
  /** Reads the signed URLs of Velero's files (restore results, backup logs). */
  reader?: SignedUrlReader
}

export class VeleroProvider implements BackupProvider {
  readonly kind = 'velero' as const
  private readonly backups: ResourceRef
  private readonly restores: ResourceRef
  private readonly schedules: ResourceRef
  private readonly locations: ResourceRef
  /** Locations read during this run (for the CA certificate of a file download). */
  private readonly seenLocations = new Map<string, KubeObject>()

  constructor(
    private readonly api: ClusterApi,
    readonly namespace: string,
    private readonly keys: RecordKeys,
    private readonly now: () => Date = () => new Date(),
    private readonly options: VeleroOptions = {}
  ) {
    this.backups = veleroRef('backups', namespace)
    this.restores = veleroRef('restores', namespace)
    this.schedules = veleroRef('schedules', namespace)
    this.locations = veleroRef('backupstoragelocations', namespace)
  }

  /**
   * Every backup; one whose storage location Velero cannot use is not usable (a restore of it
   * would end FailedValidation), so the choice passes on to one that can be restored.
   */
  async list(labelSelector?: string): Promise<BackupInfo[]> {
    const [backups, locations] = await Promise.all([
      this.api.list(this.backups, labelSelector),
      this.api.list(this.locations)
    ])
    const byName = new Map(locations.map(l => [l.metadata.name, l]))
    for (const [name, location] of byName) this.seenLocations.set(name, location)
    return backups.map(b => {
      const info = veleroBackupInfo(b, this.keys, this.now())
      if (info.usable) {
        const name = info.storageLocation ?? DEFAULT_LOCATION
        const problem = locationProblem(name, byName.get(name), this.namespace, false)
        if (problem) {
          info.usable = false
          info.unusableReason = problem
        }
      }
      return info
    })
  }

  /** The location a new backup of `template` goes to: its own, else the one marked default. */
  private async backupLocation(template: Record<string, unknown>): Promise<{
    name: string
    location: KubeObject | undefined
  }> {
    const named = str(template.storageLocation)
    if (named) return { name: named, location: await this.readLocation(named) }
    const all = await this.api.list(this.locations)
    const marked = all.find(l => l.spec?.default === true)
    const name = marked?.metadata.name ?? DEFAULT_LOCATION
    return { name, location: marked ?? all.find(l => l.metadata.name === name) }
  }

  /** A location as the API server has it now, remembered for a later file download. */
  private async readLocation(name: string): Promise<KubeObject | undefined> {
    const location = await this.api.get(this.locations, name)
    if (location) this.seenLocations.set(name, location)
    return location
  }

  /** Refuses to restore a backup whose location Velero cannot read, naming it and why. */
  private async checkRestoreLocation(backup: BackupInfo): Promise<void> {
    const name = backup.storageLocation ?? DEFAULT_LOCATION
    const problem = locationProblem(name, await this.readLocation(name), this.namespace, false)
    if (problem)
      throw new ConfigurationError(
        `cannot restore backup ${backup.name}: ${problem}. Velero would refuse the restore; ${LOCATION_ADVICE}`
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
    if (str(source.status?.phase) === 'FailedValidation') {
      const errors = Array.isArray(source.status?.validationErrors)
        ? source.status.validationErrors.filter((e): e is string => typeof e === 'string')
        : []
      throw new ConfigurationError(
        `schedule ${schedule} in namespace ${this.namespace} failed Velero's validation${errors.length ? `: ${errors.map(oneLine).join('; ')}` : ''}; fix the schedule (velero schedule describe ${schedule})`
      )
    }
    const template = (source.spec?.template ?? {}) as Record<string, unknown>
    const { name: locationName, location } = await this.backupLocation(template)
    const problem = locationProblem(locationName, location, this.namespace, true)
    if (problem)
      throw new ConfigurationError(
        `cannot take a backup from schedule ${schedule}: ${problem}. Velero would refuse the backup (FailedValidation); ${LOCATION_ADVICE}`
      )
    return createUnderFreeName(
      scheduledBackupName(schedule, this.now()),
      `a backup of schedule ${schedule}`,
      this.namespace,
      async name => {
        const body: KubeObject = {
          apiVersion: VELERO_API_VERSION,
          kind: 'Backup',
          metadata: {
            name,
            namespace: this.namespace,
            labels: { ...(source.metadata.labels ?? {}), [SCHEDULE_LABEL]: schedule, ...labels },
            annotations
          },
          spec: template
        }
        return veleroBackupInfo(await this.api.create(this.backups, body), this.keys, this.now())
      }
    )
  }

  /** Waits until the backup is usable; a terminal failure or a deletion ends the wait. */
  async waitUsable(name: string, options: WaitOptions): Promise<BackupInfo> {
    const never = (backup: BackupInfo) =>
      BACKUP_FAILED.has(backup.phase) || backup.unusableReason?.startsWith('expired') === true
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

  /**
   * What Velero says about a failed backup beyond its status: for FailedValidation, the state of
   * its storage location; for Failed and PartiallyFailed, the errors of its results file, else
   * the error entries of its log (`velero backup describe`, `velero backup logs`).
   */
  async explainFailure(backup: BackupInfo, logger: Logger): Promise<VeleroMessages | undefined> {
    if (backup.phase === 'FailedValidation') {
      const messages = await this.locationMessages(backup.storageLocation ?? DEFAULT_LOCATION, true)
      return messages.length ? capMessages(messages) : undefined
    }
    if (backup.phase !== 'Failed' && backup.phase !== 'PartiallyFailed') return undefined
    let unavailable: string | undefined
    try {
      const results = await this.file('BackupResults', backup.name, backup.storageLocation, logger)
      const errors = results ? parseResults(results.toString('utf8')) : []
      if (errors.some(m => m.level === 'error')) return capMessages(errors)
      const log = await this.file('BackupLog', backup.name, backup.storageLocation, logger)
      const logged = log ? logErrors(log.toString('utf8')) : []
      if (logged.length || errors.length) return capMessages([...logged, ...errors])
      if (!results && !log) unavailable = 'object storage holds neither its results nor its log'
    } catch (error) {
      unavailable = oneLine(getErrorMessage(error))
    }
    return unavailable ? capMessages([], unavailable) : undefined
  }

  /** A location problem as a message (for the interpretation of FailedValidation). */
  private async locationMessages(name: string, forBackup: boolean): Promise<VeleroMessage[]> {
    const problem = locationProblem(name, await this.readLocation(name), this.namespace, forBackup)
    return problem ? [{ level: 'error', scope: `storage location ${name}`, message: problem }] : []
  }

  /** One of Velero's files, through a DownloadRequest and the signed URL. */
  private async file(
    kind: VeleroFileKind,
    name: string,
    locationName: string | undefined,
    logger: Logger
  ): Promise<Buffer | undefined> {
    const reader = this.options.reader
    if (!reader) throw new Error('no reader for signed URLs was given')
    const where = locationName ?? DEFAULT_LOCATION
    const location = this.seenLocations.get(where) ?? (await this.readLocation(where))
    const caCert = str(
      (location?.spec?.objectStorage as Record<string, unknown> | undefined)?.caCert
    )
    return fetchVeleroFile(
      {
        api: this.api,
        reader,
        namespace: this.namespace,
        ...(caCert ? { caCert: Buffer.from(caCert, 'base64').toString('utf8') } : {})
      },
      kind,
      name,
      { logger }
    )
  }

  async restorePlan(
    backup: BackupInfo,
    request: RestoreRequest,
    name: string
  ): Promise<KubeObject[]> {
    await this.checkRestoreLocation(backup)
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
      apiVersion: VELERO_API_VERSION,
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
    await this.checkRestoreLocation(backup)
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
    const warnings = typeof status.warnings === 'number' ? status.warnings : 0
    const errors = typeof status.errors === 'number' ? status.errors : 0
    const result: RestoreResult = {
      name,
      namespace: this.namespace,
      phase,
      succeeded: phase === 'Completed',
      warnings,
      errors,
      messages,
      created: [`restores.velero.io/${name}`]
    }
    const details = await this.restoreDetails(done, phase, warnings + errors, options.logger)
    if (details) result.details = details
    return result
  }

  /**
   * Velero's messages on a restore: the results file when it ran and counted warnings or errors
   * or failed (`velero restore describe`); for FailedValidation, the state of the backup's
   * storage location. A file that cannot be read is said so; it never changes the result.
   */
  private async restoreDetails(
    restore: KubeObject,
    phase: string,
    counted: number,
    logger: Logger
  ): Promise<VeleroMessages | undefined> {
    if (
      phase !== 'FailedValidation' &&
      (!RESTORE_RAN.has(phase) || (phase === 'Completed' && counted === 0))
    )
      return undefined
    const backupName = str(restore.spec?.backupName)
    const backup = backupName ? await this.get(backupName) : undefined
    if (phase === 'FailedValidation') {
      const messages = backup?.storageLocation
        ? await this.locationMessages(backup.storageLocation, false)
        : []
      return messages.length ? capMessages(messages) : undefined
    }
    try {
      const file = await this.file(
        'RestoreResults',
        restore.metadata.name,
        backup?.storageLocation,
        logger
      )
      if (!file) return capMessages([], 'object storage holds no results file for this restore')
      return capMessages(parseResults(file.toString('utf8')))
    } catch (error) {
      const reason = oneLine(getErrorMessage(error))
      logger.warning(
        `could not read Velero's results of restore ${restore.metadata.name}: ${reason}`
      )
      return capMessages([], reason)
    }
  }
}
