import type { ClusterApi, KubeObject, ResourceRef } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'
import type { WaitOptions } from '../cluster/wait.js'
import { waitUntilUsable } from './wait-usable.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { oneLine } from '../text/one-line.js'
import { str } from '../util/json.js'
import type { RecordKeys } from './label-contract.js'
import { labelValue, readRecord } from './label-contract.js'
import type { BackupInfo, RestoreRecord, RestoreRequest, RestoreResult } from './model.js'
import { BEING_DELETED, newestBackup } from './model.js'
import type { BackupProvider } from './provider.js'
import { createUnderFreeName, scheduledBackupName } from './naming.js'

const GROUP = 'snapshot.storage.k8s.io'
const MAX_NAME = 253

function snapshotError(snapshot: KubeObject): string | undefined {
  const error = snapshot.status?.error as { message?: unknown } | undefined
  return error ? (str(error.message) ?? 'snapshot error') : undefined
}

/**
 * Why a group lacks snapshots it was created with (its creation stopped part way, or one was
 * deleted), or undefined when it is whole. A group from before the count was written has none:
 * it is taken as it is.
 */
function missingSnapshots(snapshots: KubeObject[], keys: RecordKeys): string | undefined {
  const declared = snapshots
    .map(s => Number(s.metadata.annotations?.[keys.snapshots]))
    .filter(n => Number.isSafeInteger(n) && n > 0)
  if (declared.length === 0) return undefined
  const expected = Math.max(...declared)
  return snapshots.length < expected
    ? `incomplete: ${snapshots.length} of the ${expected} VolumeSnapshots it was created with`
    : undefined
}

/**
 * A CSI "backup" is the group of VolumeSnapshots taken together, tied by our `backup` label.
 * Usable when every snapshot is `readyToUse` (ARCHITECTURE.md, "Backups"), none is failing or
 * being deleted, and none of those it was created with is missing.
 */
export function csiBackupInfo(name: string, snapshots: KubeObject[], keys: RecordKeys): BackupInfo {
  const first = snapshots[0]!
  const labels = first.metadata.labels ?? {}
  const annotations = first.metadata.annotations ?? {}
  const errors = snapshots.map(snapshotError).filter((e): e is string => e !== undefined)
  const deleting = snapshots.some(s => s.metadata.deletionTimestamp)
  const ready = snapshots.every(s => s.status?.readyToUse === true)
  const missing = missingSnapshots(snapshots, keys)
  const phase = errors.length > 0 ? 'Failed' : ready ? 'Ready' : 'Pending'
  const info: BackupInfo = {
    kind: 'csi',
    name,
    namespace: first.metadata.namespace ?? '',
    phase,
    usable: ready && !deleting && errors.length === 0 && missing === undefined,
    labels,
    annotations
  }
  if (deleting) info.unusableReason = BEING_DELETED
  else if (errors.length > 0) info.unusableReason = errors.join('; ')
  else if (missing !== undefined) info.unusableReason = missing
  else if (!ready) info.unusableReason = 'not ready to use'
  const times = snapshots
    .map(s => str(s.status?.creationTime) ?? s.metadata.creationTimestamp)
    .filter((t): t is string => t !== undefined)
    .sort()
  if (times[0]) info.startedAt = times[0]
  return readRecord(info, keys)
}

export class CsiSnapshotProvider implements BackupProvider {
  readonly kind = 'csi' as const
  private readonly snapshots: ResourceRef

  constructor(
    private readonly api: ClusterApi,
    readonly namespace: string,
    private readonly keys: RecordKeys,
    private readonly snapshotClass: string | undefined,
    private readonly now: () => Date = () => new Date()
  ) {
    this.snapshots = { group: GROUP, version: 'v1', plural: 'volumesnapshots', namespace }
  }

  private async groups(labelSelector?: string): Promise<Map<string, KubeObject[]>> {
    const selector = [this.keys.backup, labelSelector].filter(Boolean).join(',')
    const groups = new Map<string, KubeObject[]>()
    for (const snapshot of await this.api.list(this.snapshots, selector)) {
      const group = snapshot.metadata.labels?.[this.keys.backup]
      if (!group) continue
      groups.set(group, [...(groups.get(group) ?? []), snapshot])
    }
    return groups
  }

  async list(labelSelector?: string): Promise<BackupInfo[]> {
    return [...(await this.groups(labelSelector)).entries()].map(([name, snapshots]) =>
      csiBackupInfo(name, snapshots, this.keys)
    )
  }

  async get(name: string): Promise<BackupInfo | undefined> {
    const snapshots = (await this.groups(`${this.keys.backup}=${name}`)).get(name)
    return snapshots ? csiBackupInfo(name, snapshots, this.keys) : undefined
  }

  async newestOf(labelSelector: string): Promise<BackupInfo | undefined> {
    return newestBackup(await this.list(labelSelector))
  }

  /** One VolumeSnapshot per PVC the selector picks, all in one group, labelled at creation. */
  async create(
    pvcSelector: string,
    labels: Record<string, string>,
    annotations: Record<string, string>
  ): Promise<BackupInfo> {
    const pvcs = await this.api.listPersistentVolumeClaims(this.namespace, pvcSelector)
    if (pvcs.length === 0)
      throw new ConfigurationError(
        `no PersistentVolumeClaim in namespace ${this.namespace} matches ${JSON.stringify(pvcSelector)}`
      )
    return createUnderFreeName(
      scheduledBackupName('pre-release', this.now()),
      'a CSI backup',
      this.namespace,
      async group => {
        const created: KubeObject[] = []
        try {
          for (const pvc of pvcs)
            created.push(await this.snapshot(group, pvc, pvcs.length, labels, annotations))
          return csiBackupInfo(group, created, this.keys)
        } catch (error) {
          // Nothing made yet: the error as it is (a 409 there tries the next name).
          if (created.length === 0) throw error
          // The snapshots made stay (deleting them is no right of ours); the count on each
          // keeps the group from ever being chosen.
          throw new Error(
            `backup ${group} is incomplete: ${created.length} of ${pvcs.length} VolumeSnapshots were created (${created.map(s => s.metadata.name).join(', ')}) before: ${oneLine(getErrorMessage(error))}; it is never restored, delete its VolumeSnapshots (label ${this.keys.backup}=${group})`,
            { cause: error }
          )
        }
      }
    )
  }

  /** One VolumeSnapshot of a group, with our labels and annotations and the group's size. */
  private snapshot(
    group: string,
    pvc: KubeObject,
    count: number,
    labels: Record<string, string>,
    annotations: Record<string, string>
  ): Promise<KubeObject> {
    const spec: Record<string, unknown> = {
      source: { persistentVolumeClaimName: pvc.metadata.name }
    }
    if (this.snapshotClass) spec.volumeSnapshotClassName = this.snapshotClass
    return this.api.create(this.snapshots, {
      apiVersion: `${GROUP}/v1`,
      kind: 'VolumeSnapshot',
      metadata: {
        name: `${group}-${pvc.metadata.name}`.slice(0, MAX_NAME),
        namespace: this.namespace,
        labels: { ...labels, [this.keys.backup]: group },
        annotations: { ...annotations, [this.keys.snapshots]: String(count) }
      },
      spec
    })
  }

  async waitUsable(name: string, options: WaitOptions): Promise<BackupInfo> {
    const never = (backup: BackupInfo) => backup.phase === 'Failed'
    return waitUntilUsable(
      name,
      `snapshots of ${name} to be ready`,
      () => this.get(name),
      never,
      options
    )
  }

  async record(
    name: string,
    labels: Record<string, string>,
    annotations: Record<string, string>,
    check: (current: BackupInfo) => void
  ): Promise<BackupInfo> {
    const snapshots = (await this.groups(`${this.keys.backup}=${name}`)).get(name)
    if (!snapshots)
      throw new ConfigurationError(
        `no VolumeSnapshot of backup ${name} in namespace ${this.namespace}`
      )
    check(csiBackupInfo(name, snapshots, this.keys))
    const patched: KubeObject[] = []
    for (const snapshot of snapshots)
      patched.push(await this.patchLocked(snapshot, labels, annotations))
    return csiBackupInfo(name, patched, this.keys)
  }

  private async patchLocked(
    snapshot: KubeObject,
    labels: Record<string, string>,
    annotations: Record<string, string>
  ): Promise<KubeObject> {
    return retryOnConflict(async first => {
      const current = first ? snapshot : await this.api.get(this.snapshots, snapshot.metadata.name)
      if (!current)
        throw new Error(`snapshot ${snapshot.metadata.name} disappeared while labelling it`)
      return this.api.mergePatch(this.snapshots, current.metadata.name, {
        metadata: { resourceVersion: current.metadata.resourceVersion, labels, annotations }
      })
    })
  }

  /** A new PVC per snapshot with the snapshot as `dataSource`: an existing PVC cannot be reverted. */
  async restorePlan(
    backup: BackupInfo,
    request: RestoreRequest,
    name: string
  ): Promise<KubeObject[]> {
    const snapshots =
      (await this.groups(`${this.keys.backup}=${backup.name}`)).get(backup.name) ?? []
    const pvcs = new Map(
      (await this.api.listPersistentVolumeClaims(this.namespace)).map(p => [p.metadata.name, p])
    )
    return snapshots.map(snapshot => {
      const source =
        str(
          (snapshot.spec?.source as Record<string, unknown> | undefined)?.persistentVolumeClaimName
        ) ?? snapshot.metadata.name
      const original = pvcs.get(source)
      const originalSpec = (original?.spec ?? {}) as Record<string, unknown>
      const size =
        str(snapshot.status?.restoreSize) ??
        str(
          (
            (originalSpec.resources as Record<string, unknown> | undefined)?.requests as
              Record<string, unknown> | undefined
          )?.storage
        )
      if (!size)
        throw new ConfigurationError(
          `snapshot ${snapshot.metadata.name} has no restoreSize and its PVC ${source} is gone: the restore size is unknown`
        )
      const spec: Record<string, unknown> = {
        accessModes: originalSpec.accessModes ?? ['ReadWriteOnce'],
        resources: { requests: { storage: size } },
        dataSource: { apiGroup: GROUP, kind: 'VolumeSnapshot', name: snapshot.metadata.name }
      }
      if (originalSpec.storageClassName) spec.storageClassName = originalSpec.storageClassName
      return {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: {
          name: (request.mapping.get(source) ?? `${source}-${name}`).slice(0, MAX_NAME),
          namespace: this.namespace,
          labels: { ...request.labels, [this.keys.restore]: labelValue(name) },
          annotations: { ...request.annotations, [this.keys.backup]: backup.name }
        },
        spec
      }
    })
  }

  async restore(backup: BackupInfo, request: RestoreRequest, name: string): Promise<RestoreResult> {
    const created: string[] = []
    for (const pvc of await this.restorePlan(backup, request, name)) {
      await this.api.createPersistentVolumeClaim(this.namespace, pvc)
      created.push(`persistentvolumeclaims/${pvc.metadata.name}`)
    }
    return this.created(name, created)
  }

  /** A PVC binds when its driver provisions it (with WaitForFirstConsumer, only once a pod uses it). */
  private created(name: string, created: string[]): RestoreResult {
    return {
      name,
      namespace: this.namespace,
      phase: 'Created',
      succeeded: true,
      warnings: 0,
      errors: 0,
      messages: [],
      created
    }
  }

  /** The PVCs of earlier restores, grouped by the restore label each carries. */
  async findRestores(labelSelector: string): Promise<RestoreRecord[]> {
    const groups = new Map<string, KubeObject[]>()
    const selector = [this.keys.restore, labelSelector].filter(Boolean).join(',')
    for (const pvc of await this.api.listPersistentVolumeClaims(this.namespace, selector)) {
      const restore = pvc.metadata.labels?.[this.keys.restore]
      if (restore) groups.set(restore, [...(groups.get(restore) ?? []), pvc])
    }
    return [...groups.entries()].map(([name, pvcs]) => ({
      name,
      backup: pvcs[0]!.metadata.annotations?.[this.keys.backup] ?? '',
      phase: 'Created',
      finished: true,
      succeeded: true
    }))
  }

  async waitRestore(name: string): Promise<RestoreResult> {
    const pvcs = await this.api.listPersistentVolumeClaims(
      this.namespace,
      `${this.keys.restore}=${labelValue(name)}`
    )
    if (pvcs.length === 0)
      throw new ConfigurationError(`restore ${name} has no PVC in namespace ${this.namespace}`)
    return this.created(
      name,
      pvcs.map(p => `persistentvolumeclaims/${p.metadata.name}`)
    )
  }
}
