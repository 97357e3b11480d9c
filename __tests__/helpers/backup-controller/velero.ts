// Velero (v1.18) as seen from the API: what its backup-queue, backup, backup-finalizer,
// restore, restore-finalizer, schedule and backup-deletion controllers write, read from
// github.com/vmware-tanzu/velero@v1.18.3 pkg/controller/*.go. Nothing is backed up or restored:
// only the objects move through their phases. Status is written on the main object (merge
// patch with the resourceVersion read): Velero's CRDs have no status subresource.
import { VersionApi } from '@kubernetes/client-node'
import { ERRORS_ANNOTATION, WARNINGS_ANNOTATION, type Action, type Runtime } from './runtime.js'
import {
  compactUtc,
  goDuration,
  parseGoDuration,
  rfc3339,
  statusCode,
  type KubeObject
} from './util.js'

// pkg/apis/velero/v1/labels_annotations.go
export const SCHEDULE_NAME_LABEL = 'velero.io/schedule-name'
export const STORAGE_LOCATION_LABEL = 'velero.io/storage-location'
export const BACKUP_NAME_LABEL = 'velero.io/backup-name'
export const BACKUP_UID_LABEL = 'velero.io/backup-uid'
// pkg/controller/restore_controller.go
export const RESTORE_FINALIZER = 'restores.velero.io/external-resources-finalizer'
// pkg/backup/backup.go: BackupVersion, BackupFormatVersion
export const BACKUP_VERSION = 1
export const BACKUP_FORMAT_VERSION = '1.1.0'
// pkg/cmd/server/config/config.go defaults
export const DEFAULT_TTL_MS = 30 * 24 * 3_600_000
const DEFAULT_CSI_SNAPSHOT_TIMEOUT = '10m0s'
const DEFAULT_ITEM_OPERATION_TIMEOUT = '4h0m0s'
const DEFAULT_RESOURCE_TIMEOUT = '10m0s'
const DEFAULT_STORAGE_LOCATION = 'default'
// pkg/controller/restore_controller.go nonRestorableResources
const NON_RESTORABLE = [
  'nodes',
  'events',
  'events.events.k8s.io',
  'backups.velero.io',
  'restores.velero.io',
  'resticrepositories.velero.io',
  'csinodes.storage.k8s.io',
  'volumeattachments.storage.k8s.io',
  'backuprepositories.velero.io'
]
/** Phases in which Velero's backupTracker holds a backup (deletion is refused). */
const BACKUP_IN_PROGRESS = new Set([
  'InProgress',
  'WaitingForPluginOperations',
  'WaitingForPluginOperationsPartiallyFailed',
  'Finalizing',
  'FinalizingPartiallyFailed'
])

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
const phaseOf = (o: KubeObject) => str(o.status?.phase) ?? ''

// ----- validation (the checks that need no object storage) ---------------------------------

/** collections.ValidateIncludesExcludes */
function includesExcludes(includes: string[], excludes: string[]): string[] {
  const errs: string[] = []
  const inc = new Set(includes)
  const exc = new Set(excludes)
  if (inc.size > 1 && inc.has('*'))
    errs.push("includes list must either contain '*' only, or a non-empty list of items")
  if (exc.has('*')) errs.push("excludes list cannot contain '*'")
  for (const x of [...exc].sort())
    if (inc.has(x)) errs.push(`excludes list cannot contain an item in the includes list: ${x}`)
  return errs
}

async function backupValidationErrors(rt: Runtime, b: KubeObject, location: string) {
  const spec = b.spec ?? {}
  const errs: string[] = []
  if (rt.options.requireStorageLocation) {
    const bsl = await getStorageLocation(rt, location)
    if (!bsl) {
      const notFound = `backupstoragelocations.velero.io "${location}" not found`
      errs.push(
        str(spec.storageLocation)
          ? `an existing backup storage location was not specified at backup creation time and the default ${location} was not found. Please address this issue (see \`velero backup-location -h\` for options) and create a new backup. Error: ${notFound}`
          : `an existing backup storage location was not specified at backup creation time and the server default ${location} does not exist. Please address this issue (see \`velero backup-location -h\` for options) and create a new backup. Error: ${notFound}`
      )
    } else {
      if ((bsl.spec as { accessMode?: string } | undefined)?.accessMode === 'ReadOnly')
        errs.push(
          `backup can't be created because backup storage location ${location} is currently in read-only mode`
        )
      if (str(bsl.status?.phase) !== 'Available')
        errs.push(
          `backup can't be created because BackupStorageLocation ${location} is in Unavailable status.`
        )
    }
  }
  for (const e of includesExcludes(
    strings(spec.includedNamespaces),
    strings(spec.excludedNamespaces)
  ))
    errs.push(`Invalid included/excluded namespace lists: ${e}`)
  if (spec.labelSelector && spec.orLabelSelectors)
    errs.push(
      'encountered labelSelector as well as orLabelSelectors in backup spec, only one can be specified'
    )
  return errs
}

async function getStorageLocation(rt: Runtime, name: string): Promise<KubeObject | undefined> {
  try {
    return (await rt.custom.getNamespacedCustomObject({
      group: 'velero.io',
      version: 'v1',
      plural: 'backupstoragelocations',
      namespace: rt.options.veleroNamespace,
      name
    })) as KubeObject
  } catch {
    return undefined
  }
}

/** What the server default / an explicit BSL resolves to (ignoring `spec.default` BSLs). */
async function locationFor(rt: Runtime, b: KubeObject): Promise<string> {
  const given = str(b.spec?.storageLocation)
  if (given) return given
  if (rt.options.requireStorageLocation) {
    const list = (await rt.custom.listNamespacedCustomObject({
      group: 'velero.io',
      version: 'v1',
      plural: 'backupstoragelocations',
      namespace: rt.options.veleroNamespace
    })) as { items?: KubeObject[] }
    const def = list.items?.find(l => (l.spec as { default?: boolean } | undefined)?.default)
    if (def) return def.metadata.name
  }
  return DEFAULT_STORAGE_LOCATION
}

// ----- Backup --------------------------------------------------------------------------------

/**
 * '' → Queued → ReadyToStart → InProgress | FailedValidation; after the delay InProgress →
 * Finalizing → Completed, → FinalizingPartiallyFailed → PartiallyFailed, or → Failed; Hang stays
 * InProgress.
 */
export function decideBackup(rt: Runtime) {
  return async (b: KubeObject): Promise<Action | undefined> => {
    if (b.metadata.deletionTimestamp) return undefined
    const phase = phaseOf(b)
    switch (phase) {
      case '':
      case 'New':
        return {
          phase: 'Queued',
          write: o =>
            rt.patch(
              'Backup',
              o,
              { status: { phase: 'Queued', queuePosition: rt.nextQueuePosition() } },
              'Queued'
            )
        }
      case 'Queued':
        return {
          phase: 'ReadyToStart',
          write: o =>
            rt.patch(
              'Backup',
              o,
              { status: { phase: 'ReadyToStart', queuePosition: null } },
              'ReadyToStart'
            )
        }
      case 'ReadyToStart':
        return startBackup(rt, b)
      case 'InProgress':
        return runBackup(rt, b)
      case 'Finalizing':
      case 'FinalizingPartiallyFailed': {
        const next = phase === 'Finalizing' ? 'Completed' : 'PartiallyFailed'
        return {
          phase: next,
          write: o =>
            rt.patch(
              'Backup',
              o,
              { status: { phase: next, completionTimestamp: rfc3339(new Date()) } },
              next
            )
        }
      }
      default:
        return undefined
    }
  }
}

/** backupReconciler.prepareBackupRequest + the first patch: defaults, validation, InProgress. */
async function startBackup(rt: Runtime, b: KubeObject): Promise<Action> {
  const now = new Date()
  const spec = b.spec ?? {}
  const location = await locationFor(rt, b)
  const errors = await backupValidationErrors(rt, b, location)
  const invalid = rt.invalidOutcome('Backup', b)
  if (invalid) errors.push(invalid)
  else if (rt.outcome('Backup', b) === 'FailedValidation' && errors.length === 0)
    errors.push(
      rt.message(b) ??
        `backup can't be created because BackupStorageLocation ${location} is in Unavailable status.`
    )
  const ttl = str(spec.ttl)
  const ttlMs = (ttl && parseGoDuration(ttl)) || DEFAULT_TTL_MS
  const specDefaults: Record<string, unknown> = {}
  if (!ttl || parseGoDuration(ttl) === 0) specDefaults.ttl = goDuration(ttlMs)
  if (!str(spec.storageLocation)) specDefaults.storageLocation = location
  if (!str(spec.csiSnapshotTimeout)) specDefaults.csiSnapshotTimeout = DEFAULT_CSI_SNAPSHOT_TIMEOUT
  if (!str(spec.itemOperationTimeout))
    specDefaults.itemOperationTimeout = DEFAULT_ITEM_OPERATION_TIMEOUT
  if (spec.defaultVolumesToFsBackup === undefined) specDefaults.defaultVolumesToFsBackup = false
  if (spec.snapshotMoveData === undefined) specDefaults.snapshotMoveData = false
  const status: Record<string, unknown> = {
    version: BACKUP_VERSION,
    formatVersion: BACKUP_FORMAT_VERSION,
    expiration: rfc3339(new Date(now.getTime() + ttlMs))
  }
  if (errors.length) Object.assign(status, { phase: 'FailedValidation', validationErrors: errors })
  else Object.assign(status, { phase: 'InProgress', startTimestamp: rfc3339(now) })
  const version = await serverVersion(rt)
  const body = {
    metadata: {
      labels: { [STORAGE_LOCATION_LABEL]: location },
      annotations: {
        'velero.io/source-cluster-k8s-gitversion': version.gitVersion,
        'velero.io/source-cluster-k8s-major-version': version.major,
        'velero.io/source-cluster-k8s-minor-version': version.minor,
        'velero.io/resource-timeout': DEFAULT_RESOURCE_TIMEOUT
      }
    },
    spec: specDefaults,
    status
  }
  const phase = status.phase as string
  return { phase, write: o => rt.patch('Backup', o, body, phase) }
}

const versions = new WeakMap<
  Runtime,
  Promise<{ gitVersion: string; major: string; minor: string }>
>()
/** For the velero.io/source-cluster-k8s-* annotations. */
function serverVersion(rt: Runtime) {
  let v = versions.get(rt)
  if (!v) {
    v = rt.kc.makeApiClient(VersionApi).getCode()
    versions.set(rt, v)
  }
  return v
}

/** runBackup: after the delay, the phase the outcome asks for. */
function runBackup(rt: Runtime, b: KubeObject): Action | undefined {
  const outcome = rt.outcome('Backup', b)
  if (outcome === 'Hang') return undefined
  if (!rt.elapsed('Backup', b, rt.delay(b, rt.options.backupDelayMs))) return undefined
  const items = rt.options.itemsPerBackup
  const warnings = rt.count(b, WARNINGS_ANNOTATION, 0)
  const counts = (errors: number) => ({
    ...(warnings ? { warnings } : {}),
    ...(errors ? { errors } : {})
  })
  let status: Record<string, unknown>
  switch (outcome) {
    case 'PartiallyFailed':
      status = {
        phase: 'FinalizingPartiallyFailed',
        progress: { totalItems: items, itemsBackedUp: items - 1 },
        ...counts(rt.count(b, ERRORS_ANNOTATION, 1))
      }
      break
    case 'Failed':
      status = {
        phase: 'Failed',
        failureReason:
          rt.message(b) ??
          'backup execution failed: error checking if backup already exists in object storage: rpc error: code = Unknown desc = simulated object storage failure (test controller)',
        completionTimestamp: rfc3339(new Date()),
        progress: { totalItems: items, itemsBackedUp: Math.floor(items / 2) },
        ...counts(rt.count(b, ERRORS_ANNOTATION, 1))
      }
      break
    default:
      status = {
        phase: 'Finalizing',
        progress: { totalItems: items, itemsBackedUp: items },
        ...counts(rt.count(b, ERRORS_ANNOTATION, 0))
      }
  }
  const phase = status.phase as string
  return { phase, write: o => rt.patch('Backup', o, { status }, phase) }
}

// ----- Restore -------------------------------------------------------------------------------

/**
 * Adds Velero's finalizer; '' → InProgress | FailedValidation; after the delay InProgress →
 * Finalizing → Completed, → FinalizingPartiallyFailed → PartiallyFailed, or → Failed; Hang stays
 * InProgress. On deletion: removes the finalizer.
 */
export function decideRestore(rt: Runtime) {
  return async (r: KubeObject): Promise<Action | undefined> => {
    const finalizers = r.metadata.finalizers ?? []
    if (r.metadata.deletionTimestamp) {
      if (!finalizers.includes(RESTORE_FINALIZER)) return undefined
      return {
        write: async o => {
          await rt.patch('Restore', o, {
            metadata: { finalizers: finalizers.filter(f => f !== RESTORE_FINALIZER) }
          })
          return undefined
        }
      }
    }
    if (rt.options.restoreFinalizer && !finalizers.includes(RESTORE_FINALIZER))
      return {
        write: o =>
          rt.patch('Restore', o, { metadata: { finalizers: [...finalizers, RESTORE_FINALIZER] } })
      }
    const phase = phaseOf(r)
    switch (phase) {
      case '':
      case 'New':
        return startRestore(rt, r)
      case 'InProgress':
        return runRestore(rt, r)
      case 'Finalizing':
      case 'FinalizingPartiallyFailed': {
        const next = phase === 'Finalizing' ? 'Completed' : 'PartiallyFailed'
        return {
          phase: next,
          write: o =>
            rt.patch(
              'Restore',
              o,
              { status: { phase: next, completionTimestamp: rfc3339(new Date()) } },
              next
            )
        }
      }
      default:
        return undefined
    }
  }
}

/** restoreReconciler.validateAndComplete (the checks that need no object storage). */
async function startRestore(rt: Runtime, r: KubeObject): Promise<Action> {
  const ns = rt.options.veleroNamespace
  const spec = r.spec ?? {}
  const errors: string[] = []
  const specChanges: Record<string, unknown> = {}
  const excluded = strings(spec.excludedResources)
  const missing = NON_RESTORABLE.filter(x => !excluded.includes(x))
  if (missing.length) specChanges.excludedResources = [...excluded, ...missing]
  if (!str(spec.itemOperationTimeout))
    specChanges.itemOperationTimeout = DEFAULT_ITEM_OPERATION_TIMEOUT
  for (const x of NON_RESTORABLE)
    if (strings(spec.includedResources).includes(x))
      errors.push(`${x} are non-restorable resources`)
  for (const e of includesExcludes(
    strings(spec.includedResources),
    strings(spec.excludedResources)
  ))
    errors.push(`Invalid included/excluded resource lists: ${e}`)
  for (const e of includesExcludes(
    strings(spec.includedNamespaces),
    strings(spec.excludedNamespaces)
  ))
    errors.push(`Invalid included/excluded namespace lists: ${e}`)
  if (spec.orLabelSelectors && spec.labelSelector)
    errors.push(
      'encountered labelSelector as well as orLabelSelectors in restore spec, only one can be specified'
    )
  let backupName = str(spec.backupName)
  const scheduleName = str(spec.scheduleName)
  const policy = str(spec.existingResourcePolicy)
  let backup: KubeObject | undefined
  done: {
    if (!backupName === !scheduleName) {
      errors.push(
        'Either a backup or schedule must be specified as a source for the restore, but not both'
      )
      break done
    }
    if (policy && policy !== 'none' && policy !== 'update')
      errors.push(`Invalid ExistingResourcePolicy: ${policy}`)
    if (scheduleName) {
      const backups = await rt.list('Backup', ns, `${SCHEDULE_NAME_LABEL}=${scheduleName}`)
      if (backups.length === 0) errors.push('No backups found for schedule')
      const start = (b: KubeObject) => str(b.status?.startTimestamp) ?? ''
      const newest = backups
        .sort((a, b) => start(b).localeCompare(start(a)))
        .find(b => phaseOf(b) === 'Completed')
      if (!newest) {
        errors.push('No completed backups found for schedule')
        break done
      }
      backupName = newest.metadata.name
      specChanges.backupName = backupName
    }
    backup = await rt.get('Backup', ns, backupName ?? '')
    if (!backup) {
      errors.push(
        `Error retrieving backup: can't find backup ${ns}/${backupName}: backups.velero.io "${backupName}" not found`
      )
      break done
    }
    const location = str(backup.spec?.storageLocation) ?? DEFAULT_STORAGE_LOCATION
    if (rt.options.requireStorageLocation) {
      const bsl = await getStorageLocation(rt, location)
      if (!bsl) {
        errors.push(
          `Error retrieving backup: backupstoragelocations.velero.io "${location}" not found`
        )
        break done
      }
      if (str(bsl.status?.phase) !== 'Available') {
        errors.push(`The BSL ${location} is unavailable, cannot retrieve the backup`)
        break done
      }
    }
    if (!scheduleName && backup.metadata.labels?.[SCHEDULE_NAME_LABEL])
      specChanges.scheduleName = backup.metadata.labels[SCHEDULE_NAME_LABEL]
  }
  const invalid = rt.invalidOutcome('Restore', r)
  if (invalid) errors.push(invalid)
  else if (rt.outcome('Restore', r) === 'FailedValidation' && errors.length === 0) {
    const location = str(backup?.spec?.storageLocation) ?? DEFAULT_STORAGE_LOCATION
    errors.push(rt.message(r) ?? `The BSL ${location} is unavailable, cannot retrieve the backup`)
  }
  const status = errors.length
    ? { phase: 'FailedValidation', validationErrors: errors }
    : { phase: 'InProgress', startTimestamp: rfc3339(new Date()) }
  return {
    phase: status.phase,
    write: o => rt.patch('Restore', o, { spec: specChanges, status }, status.phase)
  }
}

/** runValidatedRestore: after the delay, the phase the outcome asks for. */
async function runRestore(rt: Runtime, r: KubeObject): Promise<Action | undefined> {
  const outcome = rt.outcome('Restore', r)
  if (outcome === 'Hang') return undefined
  if (!rt.elapsed('Restore', r, rt.delay(r, rt.options.restoreDelayMs))) return undefined
  const items = rt.options.itemsPerBackup
  const warnings = rt.count(r, WARNINGS_ANNOTATION, 0)
  const counts = (errors: number) => ({
    ...(warnings ? { warnings } : {}),
    ...(errors ? { errors } : {})
  })
  // The backup's tarball exists only once the backup finished (Completed or PartiallyFailed).
  const backupName = str(r.spec?.backupName) ?? ''
  const backup = await rt.get('Backup', rt.options.veleroNamespace, backupName)
  const downloadable = backup && ['Completed', 'PartiallyFailed'].includes(phaseOf(backup))
  let status: Record<string, unknown>
  if (outcome === 'Failed' || !downloadable) {
    status = {
      phase: 'Failed',
      failureReason:
        rt.message(r) ??
        (downloadable
          ? 'restore execution failed: error getting restore item actions: simulated plugin failure (test controller)'
          : `restore execution failed: error downloading backup: backup ${backupName} has no tarball in object storage (phase ${backup ? phaseOf(backup) || 'New' : 'gone'}; test controller)`),
      completionTimestamp: rfc3339(new Date()),
      ...counts(rt.count(r, ERRORS_ANNOTATION, 0))
    }
  } else if (outcome === 'PartiallyFailed') {
    status = {
      phase: 'FinalizingPartiallyFailed',
      progress: { totalItems: items, itemsRestored: items - 1 },
      ...counts(rt.count(r, ERRORS_ANNOTATION, 1))
    }
  } else {
    status = {
      phase: 'Finalizing',
      progress: { totalItems: items, itemsRestored: items },
      ...counts(rt.count(r, ERRORS_ANNOTATION, 0))
    }
  }
  const phase = status.phase as string
  return { phase, write: o => rt.patch('Restore', o, { status }, phase) }
}

// ----- Schedule ------------------------------------------------------------------------------

const CRON_DESCRIPTORS = /^@(yearly|annually|monthly|weekly|daily|midnight|hourly|every \S+)$/

/** scheduleReconciler: validates the cron expression (field count only) → Enabled | FailedValidation. */
export function decideSchedule(rt: Runtime) {
  return async (s: KubeObject): Promise<Action | undefined> => {
    const cron = str(s.spec?.schedule) ?? ''
    let errors: string[] = []
    if (!cron) errors = ['Schedule must be a non-empty valid Cron expression']
    else if (!CRON_DESCRIPTORS.test(cron.replace(/^(CRON_)?TZ=\S+\s+/, ''))) {
      const fields = cron
        .replace(/^(CRON_)?TZ=\S+\s+/, '')
        .split(/\s+/)
        .filter(Boolean)
      if (fields.length !== 5)
        errors = [
          `invalid schedule: expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`
        ]
    }
    const phase = errors.length ? 'FailedValidation' : 'Enabled'
    const skipMissing = s.spec?.skipImmediately === undefined
    if (phaseOf(s) === phase && !skipMissing) return undefined
    return {
      phase,
      write: o =>
        rt.patch(
          'Schedule',
          o,
          {
            ...(skipMissing ? { spec: { skipImmediately: false } } : {}),
            status: { phase, validationErrors: errors.length ? errors : null }
          },
          phase
        )
    }
  }
}

/**
 * What the schedule controller (and `velero backup create --from-schedule`) creates: a Backup
 * named `<schedule>-<yyyymmddhhmmss>` (UTC) with the template as spec, the template's labels (or
 * else the schedule's) plus velero.io/schedule-name, the schedule's annotations, and an owner
 * reference when spec.useOwnerReferencesInBackup. Then records status.lastBackup.
 */
export async function runSchedule(rt: Runtime, name: string, at: Date): Promise<KubeObject> {
  const ns = rt.options.veleroNamespace
  const schedule = await rt.get('Schedule', ns, name)
  if (!schedule) throw new Error(`schedule ${ns}/${name} does not exist`)
  const spec = (schedule.spec ?? {}) as {
    template?: { metadata?: { labels?: Record<string, string> } } & Record<string, unknown>
    useOwnerReferencesInBackup?: boolean
  }
  const template = spec.template ?? {}
  const labels = {
    ...(template.metadata?.labels ?? schedule.metadata.labels ?? {}),
    [SCHEDULE_NAME_LABEL]: name
  }
  const backup: KubeObject = {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name: `${name}-${compactUtc(at)}`,
      namespace: ns,
      labels,
      ...(schedule.metadata.annotations ? { annotations: schedule.metadata.annotations } : {}),
      ...(spec.useOwnerReferencesInBackup
        ? {
            ownerReferences: [
              {
                apiVersion: 'velero.io/v1',
                kind: 'Schedule',
                name,
                uid: schedule.metadata.uid,
                controller: true
              }
            ]
          }
        : {})
    },
    spec: template
  }
  const created = await rt.create('Backup', backup)
  // The schedule controller patches status.lastBackup (a merge patch from the object it read).
  for (let attempt = 0; ; attempt++) {
    const current = attempt === 0 ? schedule : await rt.get('Schedule', ns, name)
    if (!current) break
    try {
      await rt.patch('Schedule', current, { status: { lastBackup: rfc3339(at) } })
      break
    } catch (e) {
      if (statusCode(e) !== 409 || attempt >= 5) throw e
    }
  }
  return created
}

// ----- DeleteBackupRequest -------------------------------------------------------------------

/**
 * backupDeletionReconciler: '' → InProgress (+ labels) and the Backup → Deleting; after the
 * delay the Backup and its Restores are deleted, the request → Processed and then removed (as
 * Velero does after a clean deletion). Outcome Hang leaves the Backup in Deleting.
 */
export function decideDeleteRequest(rt: Runtime) {
  return async (d: KubeObject): Promise<Action | undefined> => {
    const ns = rt.options.veleroNamespace
    const phase = phaseOf(d)
    const backupName = str(d.spec?.backupName)
    const processed = (errors: string[]): Action => ({
      phase: 'Processed',
      write: o =>
        rt.patch(
          'DeleteBackupRequest',
          o,
          { status: { phase: 'Processed', errors: errors.length ? errors : null } },
          'Processed'
        )
    })
    if (phase === 'Processed') return undefined
    if (phase === '' || phase === 'New') {
      if (!backupName) return processed(['spec.backupName is required'])
      const backup = await rt.get('Backup', ns, backupName)
      if (!backup) return processed(['backup not found'])
      if (BACKUP_IN_PROGRESS.has(phaseOf(backup))) return processed(['backup is still in progress'])
      const location = str(backup.spec?.storageLocation) ?? DEFAULT_STORAGE_LOCATION
      if (rt.options.requireStorageLocation && !(await getStorageLocation(rt, location)))
        return processed([`backup storage location ${location} not found`])
      return {
        phase: 'InProgress',
        write: o =>
          rt.patch(
            'DeleteBackupRequest',
            o,
            {
              metadata: {
                labels: {
                  [BACKUP_NAME_LABEL]: o.metadata.labels?.[BACKUP_NAME_LABEL] ?? backupName,
                  [BACKUP_UID_LABEL]:
                    o.metadata.labels?.[BACKUP_UID_LABEL] ?? backup.metadata.uid ?? ''
                }
              },
              status: { phase: 'InProgress' }
            },
            'InProgress'
          )
      }
    }
    // InProgress
    const backup = backupName ? await rt.get('Backup', ns, backupName) : undefined
    if (backup && phaseOf(backup) !== 'Deleting')
      return {
        write: async o => {
          await rt.patch('Backup', backup, { status: { phase: 'Deleting' } }, 'Deleting')
          return o
        }
      }
    if (rt.outcome('DeleteBackupRequest', d) === 'Hang') return undefined
    if (!rt.elapsed('DeleteBackupRequest', d, rt.delay(d, rt.options.deleteDelayMs)))
      return undefined
    return {
      phase: 'Processed',
      write: async o => {
        for (const r of await rt.list('Restore', ns))
          if (str(r.spec?.backupName) === backupName)
            await rt.delete('Restore', ns, r.metadata.name)
        if (backup) await rt.delete('Backup', ns, backup.metadata.name)
        await rt.patch('DeleteBackupRequest', o, { status: { phase: 'Processed' } }, 'Processed')
        const selector = `${BACKUP_NAME_LABEL}=${backupName},${BACKUP_UID_LABEL}=${backup?.metadata.uid ?? o.metadata.labels?.[BACKUP_UID_LABEL] ?? ''}`
        for (const other of await rt.list('DeleteBackupRequest', ns, selector))
          await rt.delete('DeleteBackupRequest', ns, other.metadata.name)
        return undefined
      }
    }
  }
}
