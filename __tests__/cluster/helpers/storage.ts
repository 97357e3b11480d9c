// What tests of the storage layer need (test/cluster/storage.mjs): PVCs, VolumeSnapshots and
// their contents as the real controllers leave them, the events they write, and the data in a
// volume's directory (a pod's mount, without a kubelet).
import fs from 'node:fs'
import path from 'node:path'
import {
  CoreV1Api,
  CustomObjectsApi,
  type CoreV1Event,
  type KubeConfig,
  type V1PersistentVolume,
  type V1PersistentVolumeClaim
} from '@kubernetes/client-node'
import { pvcVolumeDir, volumeDigests } from '../../../test/cluster/storage.mjs'
import { clusterEnv, ignoring, waitFor } from './cluster.js'

export const SNAPSHOT_API = { group: 'snapshot.storage.k8s.io', version: 'v1' }

export interface SnapshotObject {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    uid?: string
    labels?: Record<string, string>
    finalizers?: string[]
    deletionTimestamp?: string
  }
  spec: Record<string, unknown>
  status?: {
    readyToUse?: boolean
    restoreSize?: string | number
    boundVolumeSnapshotContentName?: string
    snapshotHandle?: string
    creationTime?: string | number
    error?: { message?: string; time?: string }
  }
}

export function planeDir(): string {
  return clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR')
}

export function storageDir(): string {
  return clusterEnv('KNOWN_GOOD_TEST_STORAGE_DIR')
}

/** Creates a PVC of `storageClass` (default: the cluster's default, by leaving it out). */
export async function createPvc(
  kc: KubeConfig,
  namespace: string,
  name: string,
  {
    size = '64Mi',
    storageClass,
    dataSource,
    volumeMode
  }: {
    size?: string
    storageClass?: string
    dataSource?: { name: string }
    volumeMode?: 'Filesystem' | 'Block'
  } = {}
): Promise<V1PersistentVolumeClaim> {
  return kc.makeApiClient(CoreV1Api).createNamespacedPersistentVolumeClaim({
    namespace,
    body: {
      metadata: { name },
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: size } },
        ...(storageClass ? { storageClassName: storageClass } : {}),
        ...(volumeMode ? { volumeMode } : {}),
        ...(dataSource
          ? {
              dataSource: {
                apiGroup: SNAPSHOT_API.group,
                kind: 'VolumeSnapshot',
                name: dataSource.name
              }
            }
          : {})
      }
    }
  })
}

/** Waits until the PVC is Bound; returns it with its PV. */
export async function waitForBound(
  kc: KubeConfig,
  namespace: string,
  name: string,
  timeoutMs = 60_000
): Promise<{ pvc: V1PersistentVolumeClaim; pv: V1PersistentVolume }> {
  const core = kc.makeApiClient(CoreV1Api)
  const pvc = await waitFor(
    `PVC ${namespace}/${name} Bound`,
    async () => {
      const p = await core.readNamespacedPersistentVolumeClaim({ name, namespace })
      return p.status?.phase === 'Bound' && p
    },
    { timeoutMs, intervalMs: 200 }
  )
  const pv = await core.readPersistentVolume({ name: pvc.spec?.volumeName ?? '' })
  return { pvc, pv }
}

export async function createSnapshot(
  kc: KubeConfig,
  namespace: string,
  name: string,
  pvcName: string,
  snapshotClass?: string
): Promise<SnapshotObject> {
  return (await kc.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
    ...SNAPSHOT_API,
    namespace,
    plural: 'volumesnapshots',
    body: {
      apiVersion: 'snapshot.storage.k8s.io/v1',
      kind: 'VolumeSnapshot',
      metadata: { name },
      spec: {
        ...(snapshotClass ? { volumeSnapshotClassName: snapshotClass } : {}),
        source: { persistentVolumeClaimName: pvcName }
      }
    }
  })) as SnapshotObject
}

export async function getSnapshot(
  kc: KubeConfig,
  namespace: string,
  name: string
): Promise<SnapshotObject | undefined> {
  return ignoring(
    [404],
    async () =>
      (await kc.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({
        ...SNAPSHOT_API,
        namespace,
        plural: 'volumesnapshots',
        name
      })) as SnapshotObject
  )
}

export async function getContent(
  kc: KubeConfig,
  name: string
): Promise<SnapshotObject | undefined> {
  return ignoring(
    [404],
    async () =>
      (await kc.makeApiClient(CustomObjectsApi).getClusterCustomObject({
        ...SNAPSHOT_API,
        plural: 'volumesnapshotcontents',
        name
      })) as SnapshotObject
  )
}

/** Waits until `check` holds for the VolumeSnapshot (e.g. readyToUse, or an error). */
export async function waitForSnapshot(
  kc: KubeConfig,
  namespace: string,
  name: string,
  what: string,
  check: (s: SnapshotObject) => boolean,
  timeoutMs = 60_000
): Promise<SnapshotObject> {
  let last: SnapshotObject | undefined
  try {
    return await waitFor(
      `VolumeSnapshot ${namespace}/${name} ${what}`,
      async () => {
        last = await getSnapshot(kc, namespace, name)
        return last && check(last) && last
      },
      { timeoutMs, intervalMs: 200 }
    )
  } catch (e) {
    throw new Error(
      `${e instanceof Error ? e.message : String(e)}; status: ${JSON.stringify(last?.status)}`,
      { cause: e }
    )
  }
}

/** The events of an object (what the controllers told about it), oldest first. */
export async function eventsOf(
  kc: KubeConfig,
  namespace: string,
  kind: string,
  name: string
): Promise<CoreV1Event[]> {
  const list = await kc.makeApiClient(CoreV1Api).listNamespacedEvent({
    namespace,
    fieldSelector: `involvedObject.kind=${kind},involvedObject.name=${name}`
  })
  return list.items.sort((a, b) =>
    String(a.lastTimestamp ?? a.eventTime ?? '').localeCompare(
      String(b.lastTimestamp ?? b.eventTime ?? '')
    )
  )
}

/** The volume directory of a bound PVC of the shared plane (where a pod would have it mounted). */
export function volumeDirOf(namespace: string, name: string): Promise<string> {
  return pvcVolumeDir(planeDir(), namespace, name)
}

/** Writes files (relative path → content) into a volume directory, as an app in a pod would. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }
}

export { volumeDigests }

/** The driver's record of a volume or snapshot (store.go), if it has one. */
export function driverRecord(
  dir: string,
  kind: 'volumes' | 'snapshots',
  id: string
): Record<string, unknown> | undefined {
  const file = path.join(dir, kind, `${id}.json`)
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
    : undefined
}
