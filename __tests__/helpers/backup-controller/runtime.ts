// The machinery every reconciler of the test controller shares: API clients, the work queue,
// optimistic-concurrency writes with retry on 409, per-object outcomes and delays, events.
import { CoreV1Api, CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node'
import type { ControlledKind, EventLog } from './events.js'
import {
  KeyedQueue,
  Timers,
  errorMessage,
  mergePatch,
  statusCode,
  type KubeObject
} from './util.js'

/** Per object: what the controller should make of it (value: see each kind's outcomes). */
export const OUTCOME_ANNOTATION = 'test.known-good.dev/outcome'
/** Per object: milliseconds between InProgress and the end (Backup, Restore, DeleteBackupRequest, VolumeSnapshot). */
export const DELAY_ANNOTATION = 'test.known-good.dev/delay-ms'
/** Per object: the message for Failed / FailedValidation / a snapshot error, instead of the default. */
export const MESSAGE_ANNOTATION = 'test.known-good.dev/message'
/** Per object: status.warnings / status.errors counts to report (Backup, Restore). */
export const WARNINGS_ANNOTATION = 'test.known-good.dev/warnings'
export const ERRORS_ANNOTATION = 'test.known-good.dev/errors'

export const BACKUP_OUTCOMES = [
  'Completed',
  'PartiallyFailed',
  'Failed',
  'FailedValidation',
  'Hang'
] as const
export type BackupOutcome = (typeof BACKUP_OUTCOMES)[number]
export type RestoreOutcome = BackupOutcome
export const SNAPSHOT_OUTCOMES = ['Ready', 'Error', 'Hang'] as const
export type SnapshotOutcome = (typeof SNAPSHOT_OUTCOMES)[number]
/** DeleteBackupRequest: Hang leaves the Backup in phase Deleting. */
export const DELETE_OUTCOMES = ['Completed', 'Hang'] as const
export type DeleteOutcome = (typeof DELETE_OUTCOMES)[number]
export type Outcome = BackupOutcome | SnapshotOutcome | DeleteOutcome

const OUTCOMES: Partial<Record<ControlledKind, readonly string[]>> = {
  Backup: BACKUP_OUTCOMES,
  Restore: BACKUP_OUTCOMES,
  VolumeSnapshot: SNAPSHOT_OUTCOMES,
  DeleteBackupRequest: DELETE_OUTCOMES
}
const DEFAULT_OUTCOME: Partial<Record<ControlledKind, string>> = {
  Backup: 'Completed',
  Restore: 'Completed',
  VolumeSnapshot: 'Ready',
  DeleteBackupRequest: 'Completed'
}

export const RESOURCES: Record<
  ControlledKind,
  { group: string; version: string; plural: string; namespaced: boolean }
> = {
  Backup: { group: 'velero.io', version: 'v1', plural: 'backups', namespaced: true },
  Restore: { group: 'velero.io', version: 'v1', plural: 'restores', namespaced: true },
  Schedule: { group: 'velero.io', version: 'v1', plural: 'schedules', namespaced: true },
  DeleteBackupRequest: {
    group: 'velero.io',
    version: 'v1',
    plural: 'deletebackuprequests',
    namespaced: true
  },
  VolumeSnapshot: {
    group: 'snapshot.storage.k8s.io',
    version: 'v1',
    plural: 'volumesnapshots',
    namespaced: true
  },
  VolumeSnapshotContent: {
    group: 'snapshot.storage.k8s.io',
    version: 'v1',
    plural: 'volumesnapshotcontents',
    namespaced: false
  }
}

/** A write the controller wants to make; `phase` (if any) is recorded as an event. */
export interface Action {
  phase?: string
  /** Writes; returns the reconciled object as stored now, or undefined to stop reconciling it. */
  write(obj: KubeObject): Promise<KubeObject | undefined>
}
export type Decide = (obj: KubeObject) => Promise<Action | undefined>

export interface WriteInfo {
  kind: ControlledKind
  namespace?: string
  name: string
  /** The resourceVersion the write carries (a stale one answers 409). */
  resourceVersion?: string
  /** The phase being written, if the write sets one. */
  phase?: string
}

export interface RuntimeOptions {
  veleroNamespace: string
  backupDelayMs: number
  restoreDelayMs: number
  snapshotDelayMs: number
  deleteDelayMs: number
  itemsPerBackup: number
  defaultRestoreSize: string
  requireStorageLocation: boolean
  restoreFinalizer: boolean
  outcome?: (kind: ControlledKind, obj: KubeObject) => string | undefined
  beforeWrite?: (w: WriteInfo) => void | Promise<void>
}

interface Work {
  kind: ControlledKind
  namespace?: string
  name: string
  /** null: read it first (a timer fired). */
  obj: KubeObject | null
}

const MAX_STEPS = 25
const MAX_CONFLICTS = 10

export class Runtime {
  readonly custom: CustomObjectsApi
  readonly core: CoreV1Api
  readonly timers = new Timers()
  readonly queue: KeyedQueue<Work>
  readonly deciders: Partial<Record<ControlledKind, Decide>> = {}
  /** Called when an informer reports an object deleted. */
  readonly onDeleted: Partial<Record<ControlledKind, (obj: KubeObject) => void>> = {}
  stopped = false
  private readonly handled = new Map<string, Set<string>>()
  private readonly due = new Set<string>()
  private readonly waiting = new Set<string>()
  private readonly outcomes = new Map<string, string>()
  private queuePosition = 0

  constructor(
    readonly kc: KubeConfig,
    readonly options: RuntimeOptions,
    readonly log: EventLog
  ) {
    this.custom = kc.makeApiClient(CustomObjectsApi)
    this.core = kc.makeApiClient(CoreV1Api)
    this.queue = new KeyedQueue<Work>(
      (_key, w) => this.reconcile(w),
      (key, e) => this.error({ message: `${key}: ${errorMessage(e)}` })
    )
  }

  static key(kind: ControlledKind, namespace: string | undefined, name: string): string {
    return `${kind}/${namespace ?? ''}/${name}`
  }

  // ----- events --------------------------------------------------------------------------

  ref(kind: ControlledKind, obj: KubeObject) {
    return { kind, namespace: obj.metadata.namespace, name: obj.metadata.name }
  }

  error(e: { kind?: ControlledKind; namespace?: string; name?: string; message: string }): void {
    this.log.push({ type: 'error', ...e, at: new Date() })
  }

  // ----- informer callbacks --------------------------------------------------------------

  observe(kind: ControlledKind, type: 'ADDED' | 'MODIFIED' | 'DELETED', obj: KubeObject): void {
    const key = Runtime.key(kind, obj.metadata.namespace, obj.metadata.name)
    if (type === 'DELETED') {
      this.handled.delete(key)
      if (obj.metadata.uid) {
        this.due.delete(obj.metadata.uid)
        this.waiting.delete(obj.metadata.uid)
      }
      this.onDeleted[kind]?.(obj)
      return
    }
    // Our own write coming back, or a version we already read and acted on: nothing new.
    const rv = obj.metadata.resourceVersion
    if (rv && this.handled.get(key)?.has(rv)) return
    this.enqueue(kind, obj)
  }

  enqueue(
    kind: ControlledKind,
    obj: KubeObject | null,
    ref?: { namespace?: string; name: string }
  ) {
    const namespace = obj?.metadata.namespace ?? ref?.namespace
    const name = obj?.metadata.name ?? ref?.name ?? ''
    this.queue.add(Runtime.key(kind, namespace, name), { kind, namespace, name, obj })
  }

  /** Remembers a version we wrote or decided on: its watch event (if still queued) is skipped. */
  private markHandled(kind: ControlledKind, obj: KubeObject): void {
    const key = Runtime.key(kind, obj.metadata.namespace, obj.metadata.name)
    const rv = obj.metadata.resourceVersion
    if (!rv) return
    let set = this.handled.get(key)
    if (!set) this.handled.set(key, (set = new Set()))
    set.add(rv)
    if (set.size > 50) set.delete(set.values().next().value as string)
  }

  // ----- outcomes and delays -------------------------------------------------------------

  setOutcome(kind: ControlledKind, namespace: string | undefined, name: string, outcome: string) {
    this.outcomes.set(Runtime.key(kind, namespace, name), outcome)
  }

  /** Annotation, then setOutcome(), then options.outcome, then the kind's default. */
  outcome(kind: ControlledKind, obj: KubeObject): string {
    return (
      obj.metadata.annotations?.[OUTCOME_ANNOTATION] ??
      this.outcomes.get(Runtime.key(kind, obj.metadata.namespace, obj.metadata.name)) ??
      this.options.outcome?.(kind, obj) ??
      DEFAULT_OUTCOME[kind] ??
      ''
    )
  }

  /** Undefined when the outcome is one this kind knows; else a message saying what is wrong. */
  invalidOutcome(kind: ControlledKind, obj: KubeObject): string | undefined {
    const outcome = this.outcome(kind, obj)
    const known = OUTCOMES[kind] ?? []
    return known.includes(outcome)
      ? undefined
      : `test controller: unknown outcome ${JSON.stringify(outcome)} for a ${kind} (${OUTCOME_ANNOTATION}: one of ${known.join(', ')})`
  }

  message(obj: KubeObject): string | undefined {
    return obj.metadata.annotations?.[MESSAGE_ANNOTATION]
  }

  count(obj: KubeObject, annotation: string, fallback: number): number {
    const v = Number(obj.metadata.annotations?.[annotation])
    return Number.isInteger(v) && v >= 0 ? v : fallback
  }

  delay(obj: KubeObject, fallback: number): number {
    const v = Number(obj.metadata.annotations?.[DELAY_ANNOTATION])
    return Number.isFinite(v) && v >= 0 ? v : fallback
  }

  /** True once `ms` have passed since the first call for this object (then it is reconciled again). */
  elapsed(kind: ControlledKind, obj: KubeObject, ms: number): boolean {
    const uid = obj.metadata.uid ?? Runtime.key(kind, obj.metadata.namespace, obj.metadata.name)
    if (this.due.has(uid)) return true
    if (ms <= 0) return true
    if (!this.waiting.has(uid)) {
      this.waiting.add(uid)
      const ref = { namespace: obj.metadata.namespace, name: obj.metadata.name }
      this.timers.after(ms, () => {
        if (!this.waiting.delete(uid)) return
        this.due.add(uid)
        this.enqueue(kind, null, ref)
      })
    }
    return false
  }

  nextQueuePosition(): number {
    return ++this.queuePosition
  }

  // ----- API -------------------------------------------------------------------------------

  async get(
    kind: ControlledKind,
    namespace: string | undefined,
    name: string
  ): Promise<KubeObject | undefined> {
    const { group, version, plural, namespaced } = RESOURCES[kind]
    try {
      return (
        namespaced
          ? await this.custom.getNamespacedCustomObject({
              group,
              version,
              plural,
              namespace: namespace ?? '',
              name
            })
          : await this.custom.getClusterCustomObject({ group, version, plural, name })
      ) as KubeObject
    } catch (e) {
      if (statusCode(e) === 404) return undefined
      throw e
    }
  }

  async list(kind: ControlledKind, namespace: string, labelSelector?: string) {
    const { group, version, plural } = RESOURCES[kind]
    const list = (await this.custom.listNamespacedCustomObject({
      group,
      version,
      plural,
      namespace,
      labelSelector
    })) as { items?: KubeObject[] }
    return list.items ?? []
  }

  private async hook(kind: ControlledKind, obj: KubeObject, phase?: string) {
    await this.options.beforeWrite?.({
      kind,
      namespace: obj.metadata.namespace,
      name: obj.metadata.name,
      resourceVersion: obj.metadata.resourceVersion,
      phase
    })
  }

  private recordWrite(kind: ControlledKind, updated: KubeObject, phase?: string) {
    this.markHandled(kind, updated)
    if (phase)
      this.log.push({
        type: 'phase',
        ...this.ref(kind, updated),
        phase,
        resourceVersion: updated.metadata.resourceVersion,
        at: new Date()
      })
  }

  /**
   * JSON merge patch of the main object carrying the resourceVersion we read (a stale one
   * answers 409). For Velero's kinds this is also how status is written: their CRDs have no
   * status subresource.
   */
  async patch(
    kind: ControlledKind,
    obj: KubeObject,
    body: { metadata?: Record<string, unknown>; spec?: unknown; status?: unknown },
    phase?: string
  ): Promise<KubeObject> {
    const { group, version, plural, namespaced } = RESOURCES[kind]
    await this.hook(kind, obj, phase)
    const full = {
      ...body,
      metadata: { ...body.metadata, resourceVersion: obj.metadata.resourceVersion }
    }
    const name = obj.metadata.name
    const updated = (
      namespaced
        ? await this.custom.patchNamespacedCustomObject(
            { group, version, plural, namespace: obj.metadata.namespace ?? '', name, body: full },
            mergePatch
          )
        : await this.custom.patchClusterCustomObject(
            { group, version, plural, name, body: full },
            mergePatch
          )
    ) as KubeObject
    this.recordWrite(kind, updated, phase)
    return updated
  }

  /** PUT of the status subresource with the object we read (what UpdateStatus does). */
  async replaceStatus(
    kind: ControlledKind,
    obj: KubeObject,
    status: Record<string, unknown>,
    phase?: string
  ): Promise<KubeObject> {
    const { group, version, plural, namespaced } = RESOURCES[kind]
    await this.hook(kind, obj, phase)
    const body = { ...obj, status }
    const name = obj.metadata.name
    const updated = (
      namespaced
        ? await this.custom.replaceNamespacedCustomObjectStatus({
            group,
            version,
            plural,
            namespace: obj.metadata.namespace ?? '',
            name,
            body
          })
        : await this.custom.replaceClusterCustomObjectStatus({ group, version, plural, name, body })
    ) as KubeObject
    this.recordWrite(kind, updated, phase)
    return updated
  }

  async create(kind: ControlledKind, body: KubeObject): Promise<KubeObject> {
    const { group, version, plural, namespaced } = RESOURCES[kind]
    const created = (
      namespaced
        ? await this.custom.createNamespacedCustomObject({
            group,
            version,
            plural,
            namespace: body.metadata.namespace ?? '',
            body
          })
        : await this.custom.createClusterCustomObject({ group, version, plural, body })
    ) as KubeObject
    // Not marked as our own write: a created object is reconciled when its watch event comes.
    this.log.push({ type: 'created', ...this.ref(kind, created), at: new Date() })
    return created
  }

  /** Deletes (404 is fine); true when this call deleted it. */
  async delete(kind: ControlledKind, namespace: string | undefined, name: string) {
    const { group, version, plural, namespaced } = RESOURCES[kind]
    try {
      if (namespaced)
        await this.custom.deleteNamespacedCustomObject({
          group,
          version,
          plural,
          namespace: namespace ?? '',
          name
        })
      else await this.custom.deleteClusterCustomObject({ group, version, plural, name })
    } catch (e) {
      if (statusCode(e) === 404) return false
      throw e
    }
    this.log.push({ type: 'deleted', kind, namespace, name, at: new Date() })
    return true
  }

  // ----- the reconcile loop ----------------------------------------------------------------

  /**
   * Decide → write → decide with the written object, until nothing is left to do. A 409 means
   * someone wrote since we read: read again and decide again (the decision may change).
   */
  private async reconcile(w: Work): Promise<void> {
    const decide = this.deciders[w.kind]
    if (!decide) return
    let obj = w.obj ?? (await this.get(w.kind, w.namespace, w.name))
    let conflicts = 0
    for (let step = 0; !this.stopped; step++) {
      if (!obj) return
      const current: KubeObject = obj
      const rv = current.metadata.resourceVersion
      if (
        step === 0 &&
        w.obj &&
        rv &&
        this.handled.get(Runtime.key(w.kind, w.namespace, w.name))?.has(rv)
      )
        return // a queued event for a version we have already acted on
      this.markHandled(w.kind, current)
      if (step >= MAX_STEPS) {
        this.error({
          ...this.ref(w.kind, current),
          message: `no steady state after ${step} writes`
        })
        return
      }
      const action = await decide(current)
      if (!action || this.stopped) return
      try {
        obj = await action.write(current)
        conflicts = 0
      } catch (e) {
        const code = statusCode(e)
        if (code === 404) return
        if (code !== 409 || conflicts >= MAX_CONFLICTS) throw e
        conflicts++
        this.log.push({
          type: 'conflict',
          ...this.ref(w.kind, current),
          resourceVersion: current.metadata.resourceVersion,
          attempt: conflicts,
          at: new Date()
        })
        obj = await this.get(w.kind, w.namespace, w.name)
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.timers.clear()
    await this.queue.close()
    this.timers.clear()
  }
}
