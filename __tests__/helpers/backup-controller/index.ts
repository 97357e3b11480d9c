// A TEST controller (never product code) that moves Velero Backups/Restores/Schedules/
// DeleteBackupRequests and CSI VolumeSnapshots through their phases against the real API
// server of the test control plane, the way Velero v1.18 and the CSI snapshotter do, so the
// product's label/restore code can be tested against real objects. See README.md here.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ApiextensionsV1Api,
  CustomObjectsApi,
  KubeConfig,
  loadYaml,
  type V1CustomResourceDefinition
} from '@kubernetes/client-node'
import { decideContent, decideSnapshot } from './csi.js'
import { EventLog, type ControlledKind, type ControllerEvent } from './events.js'
import { Informer } from './informer.js'
import {
  OUTCOME_ANNOTATION,
  RESOURCES,
  Runtime,
  type RuntimeOptions,
  type WriteInfo
} from './runtime.js'
import { errorMessage, rfc3339, statusCode, type KubeObject } from './util.js'
import {
  BACKUP_NAME_LABEL,
  BACKUP_UID_LABEL,
  decideBackup,
  decideDeleteRequest,
  decideRestore,
  decideSchedule,
  runSchedule
} from './velero.js'

export type { ControlledKind, ControllerEvent } from './events.js'
export { describe as describeEvent } from './events.js'
export {
  BACKUP_OUTCOMES,
  DELAY_ANNOTATION,
  DELETE_OUTCOMES,
  ERRORS_ANNOTATION,
  MESSAGE_ANNOTATION,
  OUTCOME_ANNOTATION,
  SNAPSHOT_OUTCOMES,
  WARNINGS_ANNOTATION,
  type BackupOutcome,
  type DeleteOutcome,
  type Outcome,
  type RestoreOutcome,
  type SnapshotOutcome,
  type WriteInfo
} from './runtime.js'
export {
  BACKUP_FORMAT_VERSION,
  BACKUP_NAME_LABEL,
  BACKUP_UID_LABEL,
  BACKUP_VERSION,
  RESTORE_FINALIZER,
  SCHEDULE_NAME_LABEL,
  STORAGE_LOCATION_LABEL
} from './velero.js'
export { DEFAULT_CLASS_ANNOTATION } from './csi.js'
export type { KubeObject } from './util.js'

/** The finalizer markBackupDeleting({ via: 'finalizer' }) holds a deleted Backup with. */
export const HOLD_FINALIZER = 'test.known-good.dev/hold'

export interface BackupControllerOptions {
  /** Velero's namespace: Backups, Restores, Schedules, DeleteBackupRequests (default `velero`). */
  veleroNamespace?: string
  /** Namespaces whose VolumeSnapshots are handled; `'all'` = every namespace (default: none). */
  snapshotNamespaces?: string[] | 'all'
  /** InProgress → end, per kind (annotation test.known-good.dev/delay-ms overrides per object). */
  backupDelayMs?: number
  restoreDelayMs?: number
  snapshotDelayMs?: number
  /** DeleteBackupRequest InProgress → Backup deleted. */
  deleteDelayMs?: number
  /** status.progress.totalItems of a backup / restore (default 25). */
  itemsPerBackup?: number
  /** VolumeSnapshot restoreSize when the source PVC has no size (default 1Gi). */
  defaultRestoreSize?: string
  /** Validate BackupStorageLocations as Velero does (missing / unavailable → FailedValidation). Default false. */
  requireStorageLocation?: boolean
  /** Add Velero's restores.velero.io/external-resources-finalizer to Restores (default true). */
  restoreFinalizer?: boolean
  /** Server-side end of each watch (default 20 s; client-node gives up after 30 s of silence). */
  watchTimeoutSeconds?: number
  /** Handle Schedules (phase Enabled / FailedValidation). Default true. */
  schedules?: boolean
  /** Handle DeleteBackupRequests: 'auto' (default) when the CRD is served. */
  deleteBackupRequests?: boolean | 'auto'
  /** Outcome for objects without the outcome annotation (e.g. created by product code). */
  outcome?: (kind: ControlledKind, obj: KubeObject) => string | undefined
  /** Called before every write of the controller (tests use it to provoke a 409). */
  beforeWrite?: (w: WriteInfo) => void | Promise<void>
}

export interface WaitOptions {
  timeoutMs?: number
  /** Default: the Velero namespace for Velero kinds; required for VolumeSnapshots. */
  namespace?: string
}

export interface BackupController {
  readonly veleroNamespace: string
  /** Everything the controller did, in order (a live array). */
  readonly events: readonly ControllerEvent[]
  /** Ends every watch, timer and in-flight reconcile; releases held finalizers. Idempotent. */
  stop(): Promise<void>
  /** The first matching event, past or future. */
  waitForEvent(
    match: (e: ControllerEvent) => boolean,
    what?: string,
    opts?: { timeoutMs?: number; since?: number }
  ): Promise<ControllerEvent>
  /**
   * Polls the object until its phase is `phase` (VolumeSnapshot: Bound | Ready | Error, from
   * its status) and returns it.
   */
  waitForPhase(
    kind: ControlledKind,
    name: string,
    phase: string,
    opts?: WaitOptions
  ): Promise<KubeObject>
  /** The outcome for a named object, for objects created without the annotation. */
  setOutcome(kind: ControlledKind, name: string, outcome: string, namespace?: string): void
  /** Creates the Backup a run of Schedule `name` creates (`<name>-<yyyymmddhhmmss>`, UTC). */
  runSchedule(name: string, at?: Date): Promise<KubeObject>
  /** Sets status.expiration (default: one minute ago). */
  expireBackup(name: string, at?: Date): Promise<KubeObject>
  /**
   * Makes a Backup "being deleted" and keeps it so:
   * - 'request' (default when DeleteBackupRequests are handled): a DeleteBackupRequest the
   *   controller processes as Velero does, held: the Backup stays in phase Deleting;
   * - 'phase': status.phase Deleting written directly (what Velero's deletion controller writes);
   * - 'finalizer': HOLD_FINALIZER + DELETE: metadata.deletionTimestamp set, object kept until
   *   releaseBackup() or stop().
   */
  markBackupDeleting(
    name: string,
    opts?: { via?: 'request' | 'phase' | 'finalizer' }
  ): Promise<KubeObject>
  /** Removes HOLD_FINALIZER: a Backup deleted with it goes away. */
  releaseBackup(name: string): Promise<void>
  /** `velero backup delete`: a DeleteBackupRequest; resolves when the Backup is gone. */
  deleteBackup(name: string, opts?: { timeoutMs?: number }): Promise<void>
  /** Test hook: ends every watch; they resume from `resourceVersion` (default: the last seen). */
  restartWatches(resourceVersion?: string): void
  /** The watched resources and the resourceVersion each would resume from. */
  watches(): { resource: string; resourceVersion: string | undefined }[]
}

const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms))

/** The phase of an object as waitForPhase sees it. */
export function phaseOf(kind: ControlledKind, obj: KubeObject): string {
  const status = (obj.status ?? {}) as Record<string, unknown>
  if (kind === 'VolumeSnapshot') {
    if (status.error) return 'Error'
    if (status.readyToUse === true) return 'Ready'
    if (status.boundVolumeSnapshotContentName) return 'Bound'
    return ''
  }
  return typeof status.phase === 'string' ? status.phase : ''
}

/**
 * Starts the controller: lists every handled resource, then watches it; resolves once every
 * initial list is done (so objects created afterwards are seen).
 */
export async function startBackupController(
  kubeconfig: string | KubeConfig,
  options: BackupControllerOptions = {}
): Promise<BackupController> {
  const kc =
    typeof kubeconfig === 'string'
      ? (() => {
          const k = new KubeConfig()
          k.loadFromFile(kubeconfig)
          return k
        })()
      : kubeconfig
  const veleroNamespace = options.veleroNamespace ?? 'velero'
  const rtOptions: RuntimeOptions = {
    veleroNamespace,
    backupDelayMs: options.backupDelayMs ?? 200,
    restoreDelayMs: options.restoreDelayMs ?? 200,
    snapshotDelayMs: options.snapshotDelayMs ?? 100,
    deleteDelayMs: options.deleteDelayMs ?? 100,
    itemsPerBackup: options.itemsPerBackup ?? 25,
    defaultRestoreSize: options.defaultRestoreSize ?? '1Gi',
    requireStorageLocation: options.requireStorageLocation ?? false,
    restoreFinalizer: options.restoreFinalizer ?? true,
    outcome: options.outcome,
    beforeWrite: options.beforeWrite
  }
  const log = new EventLog()
  const rt = new Runtime(kc, rtOptions, log)
  rt.deciders.Backup = decideBackup(rt)
  rt.deciders.Restore = decideRestore(rt)
  rt.deciders.Schedule = decideSchedule(rt)
  rt.deciders.DeleteBackupRequest = decideDeleteRequest(rt)
  rt.deciders.VolumeSnapshot = decideSnapshot(rt)
  rt.deciders.VolumeSnapshotContent = decideContent(rt)
  rt.onDeleted.VolumeSnapshot = vs => {
    const bound = (vs.status as { boundVolumeSnapshotContentName?: string } | undefined)
      ?.boundVolumeSnapshotContentName
    if (bound) rt.enqueue('VolumeSnapshotContent', null, { name: bound })
  }

  const watchTimeoutSeconds = options.watchTimeoutSeconds ?? 20
  const informers: Informer[] = []
  const watchKind = (kind: ControlledKind, namespace: string | undefined) => {
    const { group, version, plural } = RESOURCES[kind]
    informers.push(
      new Informer(
        kc,
        rt.custom,
        { group, version, plural, namespace },
        (type, obj) => rt.observe(kind, type, obj),
        log,
        rt.timers,
        { watchTimeoutSeconds }
      )
    )
  }
  watchKind('Backup', veleroNamespace)
  watchKind('Restore', veleroNamespace)
  if (options.schedules ?? true) watchKind('Schedule', veleroNamespace)
  const dbrWanted = options.deleteBackupRequests ?? 'auto'
  const dbrServed =
    dbrWanted !== false && (await served(rt, 'DeleteBackupRequest', veleroNamespace))
  if (dbrWanted === true && !dbrServed)
    throw new Error(
      'deleteBackupRequests: true, but the DeleteBackupRequest CRD is not served: call ensureDeleteBackupRequestCrd() first'
    )
  if (dbrServed) watchKind('DeleteBackupRequest', veleroNamespace)
  const snapshotNamespaces = options.snapshotNamespaces ?? []
  if (snapshotNamespaces === 'all') watchKind('VolumeSnapshot', undefined)
  else for (const ns of snapshotNamespaces) watchKind('VolumeSnapshot', ns)

  let stopping: Promise<void> | undefined
  const held = new Set<string>()

  const stop = () =>
    (stopping ??= (async () => {
      rt.stopped = true
      rt.timers.clear() // wakes informers sleeping in a backoff
      await Promise.all(informers.map(i => i.stop()))
      await rt.stop()
      for (const name of held) await release(name).catch(() => undefined)
      log.close()
    })())

  try {
    await Promise.all(informers.map(i => i.start()))
  } catch (e) {
    await stop()
    throw e
  }

  const defaultNs = (kind: ControlledKind, ns?: string) =>
    ns ?? (RESOURCES[kind].group === 'velero.io' ? veleroNamespace : undefined)

  async function waitForPhase(
    kind: ControlledKind,
    name: string,
    phase: string,
    { timeoutMs = 15_000, namespace }: WaitOptions = {}
  ): Promise<KubeObject> {
    const ns = defaultNs(kind, namespace)
    if (RESOURCES[kind].namespaced && !ns)
      throw new Error(`waitForPhase(${kind}): give the namespace`)
    const deadline = Date.now() + timeoutMs
    let last: KubeObject | undefined
    for (;;) {
      last = await rt.get(kind, ns, name)
      if (last && phaseOf(kind, last) === phase) return last
      if (Date.now() > deadline || rt.stopped) break
      await sleep(50)
    }
    throw new Error(
      `${kind} ${ns ?? ''}/${name}: phase ${JSON.stringify(last ? phaseOf(kind, last) : 'absent')} after ${timeoutMs} ms, expected ${phase}; status: ${JSON.stringify(last?.status)}`
    )
  }

  /** Merge patch with the resourceVersion read; retried on 409. */
  async function patchBackup(
    name: string,
    body: (b: KubeObject) => Record<string, unknown>
  ): Promise<KubeObject> {
    for (let attempt = 0; ; attempt++) {
      const b = await rt.get('Backup', veleroNamespace, name)
      if (!b) throw new Error(`backup ${veleroNamespace}/${name} does not exist`)
      try {
        return await rt.patch('Backup', b, body(b))
      } catch (e) {
        if (statusCode(e) !== 409 || attempt >= 10) throw e
      }
    }
  }

  async function release(name: string) {
    await patchBackup(name, b => ({
      metadata: { finalizers: (b.metadata.finalizers ?? []).filter(f => f !== HOLD_FINALIZER) }
    })).catch(e => {
      if (!/does not exist/.test(errorMessage(e)) && statusCode(e) !== 404) throw e
    })
    held.delete(name)
  }

  async function createDeleteRequest(name: string, hang: boolean): Promise<KubeObject> {
    if (!dbrServed)
      throw new Error(
        'DeleteBackupRequests are not handled: the CRD is not served (ensureDeleteBackupRequestCrd()) or deleteBackupRequests: false'
      )
    const backup = await rt.get('Backup', veleroNamespace, name)
    if (!backup) throw new Error(`backup ${veleroNamespace}/${name} does not exist`)
    // pkg/backup/delete_helpers.go NewDeleteBackupRequest
    return rt.create('DeleteBackupRequest', {
      apiVersion: 'velero.io/v1',
      kind: 'DeleteBackupRequest',
      metadata: {
        name: '',
        generateName: `${name}-`,
        namespace: veleroNamespace,
        labels: { [BACKUP_NAME_LABEL]: name, [BACKUP_UID_LABEL]: backup.metadata.uid ?? '' },
        ...(hang ? { annotations: { [OUTCOME_ANNOTATION]: 'Hang' } } : {})
      } as KubeObject['metadata'],
      spec: { backupName: name }
    })
  }

  return {
    veleroNamespace,
    events: log.events,
    stop,
    waitForEvent: (match, what = 'an event', opts) => log.wait(match, what, opts),
    waitForPhase,
    setOutcome: (kind, name, outcome, namespace) =>
      rt.setOutcome(kind, defaultNs(kind, namespace), name, outcome),
    runSchedule: (name, at = new Date()) => runSchedule(rt, name, at),
    expireBackup: (name, at = new Date(Date.now() - 60_000)) =>
      patchBackup(name, () => ({ status: { expiration: rfc3339(at) } })),
    async markBackupDeleting(name, { via = dbrServed ? 'request' : 'phase' } = {}) {
      if (via === 'phase') return patchBackup(name, () => ({ status: { phase: 'Deleting' } }))
      if (via === 'request') {
        await createDeleteRequest(name, true)
        return waitForPhase('Backup', name, 'Deleting')
      }
      held.add(name)
      await patchBackup(name, b => ({
        metadata: {
          finalizers: [
            ...(b.metadata.finalizers ?? []).filter(f => f !== HOLD_FINALIZER),
            HOLD_FINALIZER
          ]
        }
      }))
      await rt.custom.deleteNamespacedCustomObject({
        ...RESOURCES.Backup,
        namespace: veleroNamespace,
        name
      })
      const b = await rt.get('Backup', veleroNamespace, name)
      if (!b?.metadata.deletionTimestamp)
        throw new Error(`backup ${name} has no deletionTimestamp after DELETE`)
      return b
    },
    releaseBackup: release,
    async deleteBackup(name, { timeoutMs = 15_000 } = {}) {
      await createDeleteRequest(name, false)
      const deadline = Date.now() + timeoutMs
      while (await rt.get('Backup', veleroNamespace, name)) {
        if (Date.now() > deadline)
          throw new Error(
            `backup ${name} still exists ${timeoutMs} ms after its DeleteBackupRequest`
          )
        await sleep(50)
      }
    },
    restartWatches: rv => informers.forEach(i => i.restart(rv)),
    watches: () =>
      informers.map(i => ({ resource: i.resource, resourceVersion: i.resourceVersion }))
  }
}

async function served(rt: Runtime, kind: ControlledKind, namespace: string): Promise<boolean> {
  try {
    await rt.list(kind, namespace)
    return true
  } catch (e) {
    if (statusCode(e) === 404) return false
    return true // e.g. 429 "storage is (re)initializing" right after the CRD was created
  }
}

/**
 * Installs Velero's DeleteBackupRequest CRD (the harness installs only Backup, Restore,
 * Schedule and BackupStorageLocation), read from Go's module cache like the others, at the
 * Velero version of test/cluster/versions.env. Idempotent; waits until it is served.
 */
export async function ensureDeleteBackupRequestCrd(kc: KubeConfig): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const versions = fs.readFileSync(path.resolve(here, '../../../test/cluster/versions.env'), 'utf8')
  const version = /^VELERO_VERSION=(\S+)$/m.exec(versions)?.[1]
  if (!version) throw new Error('test/cluster/versions.env names no VELERO_VERSION')
  const modcache =
    process.env.GOMODCACHE || execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim()
  const file = path.join(
    modcache,
    'github.com/vmware-tanzu',
    `velero@${version}`,
    'config/crd/v1/bases/velero.io_deletebackuprequests.yaml'
  )
  const crd = loadYaml<V1CustomResourceDefinition>(fs.readFileSync(file, 'utf8'))
  const ext = kc.makeApiClient(ApiextensionsV1Api)
  try {
    await ext.createCustomResourceDefinition({ body: crd })
  } catch (e) {
    if (statusCode(e) !== 409) throw e
  }
  const name = crd.metadata?.name ?? ''
  const deadline = Date.now() + 30_000
  for (;;) {
    const c = await ext.readCustomResourceDefinition({ name })
    if (c.status?.conditions?.some(x => x.type === 'Established' && x.status === 'True')) {
      // Established is not servable yet: until its watch cache is ready the server answers 429.
      const listed = await kc
        .makeApiClient(CustomObjectsApi)
        .listClusterCustomObject({
          group: 'velero.io',
          version: 'v1',
          plural: 'deletebackuprequests'
        })
        .then(() => true)
        .catch(() => false)
      if (listed) break
    }
    if (Date.now() > deadline) throw new Error(`CRD ${name} not Established after 30 s`)
    await sleep(100)
  }
}
