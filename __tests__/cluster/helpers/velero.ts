// Helpers for tests against the real Velero of the test control plane (test/cluster/velero.mjs):
// `velero server` out of cluster, watching namespace KNOWN_GOOD_TEST_VELERO_NAMESPACE, writing
// to versitygw (S3 API, posix backend) at KNOWN_GOOD_TEST_OBJECT_STORE_URL.
//
// Only one Velero runs per machine (it binds :8080): a test that starts another plane's Velero
// (secondPlane().startVelero()) stops the shared plane's first, and restarts it when done
// (restartSharedVelero()). Keep such tests in one file, so that no other file's tests see the
// shared Velero stopped.
import {
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions
} from '@kubernetes/client-node'
import fs from 'node:fs'
import path from 'node:path'
import { ensureBuilt } from '../../../test/cluster/build.mjs'
import {
  startControlPlane,
  stopControlPlane,
  describePlane,
  type PlaneState
} from '../../../test/cluster/controlplane.mjs'
import { createBucket, getObject, listKeys, type S3Store } from '../../../test/cluster/s3.mjs'
import {
  readCredentials,
  startVelero,
  stopVelero,
  type ObjectStore,
  type StartVeleroOptions,
  type VeleroState
} from '../../../test/cluster/velero.mjs'
import { clusterEnv, statusOf, waitFor } from './cluster.js'

export type VeleroEnvName =
  | 'KNOWN_GOOD_TEST_VELERO_NAMESPACE'
  | 'KNOWN_GOOD_TEST_OBJECT_STORE_URL'
  | 'KNOWN_GOOD_TEST_OBJECT_STORE_DIR'
  | 'KNOWN_GOOD_TEST_OBJECT_STORE_REGION'
  | 'KNOWN_GOOD_TEST_BUCKET'
  | 'KNOWN_GOOD_TEST_OBJECT_STORE_CREDENTIALS'

/** True when the plane runs Velero and its object store (KNOWN_GOOD_CLUSTER_VELERO is not 0). */
export function veleroRunning(): boolean {
  return process.env.KNOWN_GOOD_TEST_VELERO === '1'
}

/** A variable the global setup exports when Velero runs; a clear error otherwise. */
export function veleroEnv(name: VeleroEnvName): string {
  const v = process.env[name]
  if (!v)
    throw new Error(
      `${name} is not set: Velero is not running in this plane (KNOWN_GOOD_CLUSTER_VELERO=0?); guard the test with veleroRunning()`
    )
  return v
}

export const veleroNamespace = (): string => veleroEnv('KNOWN_GOOD_TEST_VELERO_NAMESPACE')
export const bucket = (): string => veleroEnv('KNOWN_GOOD_TEST_BUCKET')

/** The shared plane's object store, with the keys from its credentials file. */
export function objectStore(): S3Store {
  return {
    url: veleroEnv('KNOWN_GOOD_TEST_OBJECT_STORE_URL'),
    region: veleroEnv('KNOWN_GOOD_TEST_OBJECT_STORE_REGION'),
    ...readCredentials(veleroEnv('KNOWN_GOOD_TEST_OBJECT_STORE_CREDENTIALS'))
  }
}

/**
 * A bucket of the shared store besides the plane's own. A location of a test gets one: a prefix
 * in the plane's bucket would be a top-level directory Velero's default location calls invalid,
 * and that location would turn Unavailable for every later test.
 */
export async function createTestBucket(name: string): Promise<string> {
  await createBucket(objectStore(), name)
  return name
}

/** An object of the bucket read through the S3 API (a signed GET), or undefined (404). */
export async function readBucketObject(
  key: string,
  { bucket: b = bucket() }: { bucket?: string } = {}
): Promise<Buffer | undefined> {
  return getObject(objectStore(), b, key)
}

/** Keys under `prefix` in the bucket (ListObjectsV2). */
export async function listBucket(
  prefix: string,
  { bucket: b = bucket() }: { bucket?: string } = {}
): Promise<string[]> {
  return listKeys(objectStore(), b, prefix)
}

/** Where versitygw's posix backend keeps an object: <store dir>/<bucket>/<key>. */
export function objectStoreFile(key: string, { bucket: b = bucket() } = {}): string {
  return path.join(veleroEnv('KNOWN_GOOD_TEST_OBJECT_STORE_DIR'), b, ...key.split('/'))
}

export interface VeleroObject {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    uid?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
    finalizers?: string[]
    creationTimestamp?: string
    deletionTimestamp?: string
  }
  spec?: Record<string, unknown>
  status?: {
    phase?: string
    failureReason?: string
    validationErrors?: string[]
    warnings?: number
    errors?: number
    [k: string]: unknown
  }
}

/** What Velero uploaded as backups/<name>/velero-backup.json (the Backup when it was written). */
export async function backupFileInBucket(
  name: string,
  options: { bucket?: string } = {}
): Promise<VeleroObject | undefined> {
  const body = await readBucketObject(`backups/${name}/velero-backup.json`, options)
  return body && (JSON.parse(body.toString('utf8')) as VeleroObject)
}

type Kind =
  | 'Backup'
  | 'Restore'
  | 'BackupStorageLocation'
  | 'DeleteBackupRequest'
  | 'Schedule'
  | 'DownloadRequest'
const PLURAL: Record<Kind, string> = {
  Backup: 'backups',
  Restore: 'restores',
  BackupStorageLocation: 'backupstoragelocations',
  DeleteBackupRequest: 'deletebackuprequests',
  Schedule: 'schedules',
  DownloadRequest: 'downloadrequests'
}
// pkg/apis/velero/v1/backup_types.go, restore_types.go: the phases nothing moves on from.
const TERMINAL: Record<'Backup' | 'Restore', string[]> = {
  Backup: ['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'],
  Restore: ['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation']
}

const ref = (kind: Kind, namespace: string) => ({
  group: 'velero.io',
  version: 'v1',
  plural: PLURAL[kind],
  namespace
})

/** Reads a Velero object; undefined when it does not exist. */
export async function getVelero(
  kc: KubeConfig,
  kind: Kind,
  name: string,
  namespace = veleroNamespace()
): Promise<VeleroObject | undefined> {
  try {
    return (await kc
      .makeApiClient(CustomObjectsApi)
      .getNamespacedCustomObject({ ...ref(kind, namespace), name })) as VeleroObject
  } catch (e) {
    if (statusOf(e) === 404) return undefined
    throw e
  }
}

export async function listVelero(
  kc: KubeConfig,
  kind: Kind,
  namespace = veleroNamespace()
): Promise<VeleroObject[]> {
  const l = (await kc
    .makeApiClient(CustomObjectsApi)
    .listNamespacedCustomObject(ref(kind, namespace))) as { items: VeleroObject[] }
  return l.items
}

export async function createVelero(
  kc: KubeConfig,
  kind: Kind,
  metadata: VeleroObject['metadata'],
  spec: Record<string, unknown>,
  namespace = veleroNamespace()
): Promise<VeleroObject> {
  return (await kc.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
    ...ref(kind, namespace),
    body: { apiVersion: 'velero.io/v1', kind, metadata: { ...metadata, namespace }, spec }
  })) as VeleroObject
}

export async function deleteVelero(
  kc: KubeConfig,
  kind: Kind,
  name: string,
  namespace = veleroNamespace()
): Promise<void> {
  try {
    await kc
      .makeApiClient(CustomObjectsApi)
      .deleteNamespacedCustomObject({ ...ref(kind, namespace), name })
  } catch (e) {
    if (statusOf(e) !== 404) throw e
  }
}

/** Merge-patches a Velero object's metadata (labels, annotations). */
export async function patchVeleroMetadata(
  kc: KubeConfig,
  kind: Kind,
  name: string,
  metadata: Pick<VeleroObject['metadata'], 'labels' | 'annotations'>,
  namespace = veleroNamespace()
): Promise<VeleroObject> {
  return (await kc
    .makeApiClient(CustomObjectsApi)
    .patchNamespacedCustomObject(
      { ...ref(kind, namespace), name, body: { metadata } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch)
    )) as VeleroObject
}

/**
 * A BackupStorageLocation as Velero leaves it once validated (its CRD has no status
 * subresource: the status is written with the object). For namespaces the real Velero does not
 * watch (it acts only in KNOWN_GOOD_TEST_VELERO_NAMESPACE), e.g. those of the test controller.
 */
export async function createStorageLocation(
  kc: KubeConfig,
  namespace: string,
  {
    name = 'default',
    phase = 'Available',
    message,
    spec = {}
  }: { name?: string; phase?: string; message?: string; spec?: Record<string, unknown> } = {}
): Promise<VeleroObject> {
  return (await kc.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
    ...ref('BackupStorageLocation', namespace),
    body: {
      apiVersion: 'velero.io/v1',
      kind: 'BackupStorageLocation',
      metadata: { name, namespace },
      spec: {
        provider: 'aws',
        default: name === 'default',
        objectStorage: { bucket: 'test' },
        ...spec
      },
      status: {
        phase,
        lastValidationTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        ...(message ? { message } : {})
      }
    }
  })) as VeleroObject
}

/**
 * Creates a Backup in Velero's namespace: `namespaces` become spec.includedNamespaces; labels
 * and annotations are set at creation (so they are in velero-backup.json).
 */
export async function createBackup(
  kc: KubeConfig,
  {
    name,
    namespaces,
    labels,
    annotations,
    spec = {},
    namespace
  }: {
    name: string
    namespaces: string[]
    labels?: Record<string, string>
    annotations?: Record<string, string>
    spec?: Record<string, unknown>
    namespace?: string
  }
): Promise<VeleroObject> {
  return createVelero(
    kc,
    'Backup',
    { name, ...(labels ? { labels } : {}), ...(annotations ? { annotations } : {}) },
    { includedNamespaces: namespaces, ...spec },
    namespace
  )
}

/** Creates a Restore of `backupName` in Velero's namespace. */
export async function createRestore(
  kc: KubeConfig,
  {
    name,
    backupName,
    spec = {},
    namespace
  }: { name: string; backupName: string; spec?: Record<string, unknown>; namespace?: string }
): Promise<VeleroObject> {
  return createVelero(kc, 'Restore', { name }, { backupName, ...spec }, namespace)
}

/**
 * Waits until a Backup or Restore reaches a terminal phase and returns it; a terminal phase
 * other than `want` fails at once with what Velero wrote.
 */
export async function waitForVeleroPhase(
  kc: KubeConfig,
  kind: 'Backup' | 'Restore',
  name: string,
  want: string,
  { timeoutMs = 60_000, namespace }: { timeoutMs?: number; namespace?: string } = {}
): Promise<VeleroObject> {
  const o = await waitFor(
    `${kind} ${name} to end (want ${want})`,
    async () => {
      const x = await getVelero(kc, kind, name, namespace)
      return x && TERMINAL[kind].includes(x.status?.phase ?? '') ? x : undefined
    },
    { timeoutMs, intervalMs: 200 }
  )
  if (o.status?.phase !== want)
    throw new Error(
      `${kind} ${name} ended ${o.status?.phase}, not ${want}: ${JSON.stringify(o.status)}`
    )
  return o
}

/** A unique, DNS-label-safe name with a prefix. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`
}

// ----- a second plane on the same bucket (disaster recovery) --------------------------------

export interface SecondPlane {
  state: PlaneState
  kc: KubeConfig
  /** Starts this plane's Velero on the shared plane's bucket (stop the shared one first). */
  startVelero(options?: StartVeleroOptions): Promise<VeleroState>
  stopVelero(): Promise<void>
  /** Stops its Velero and every process, removes its dir. */
  stop(): Promise<void>
}

/** The shared plane's object store record (state.json of KNOWN_GOOD_TEST_CLUSTER_DIR). */
export function sharedObjectStore(): ObjectStore {
  const state = describePlane(clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR'))
  const store = state?.velero?.objectStore ?? state?.objectStore
  if (!store)
    throw new Error('the shared plane runs no object store (KNOWN_GOOD_CLUSTER_VELERO=0?)')
  return store
}

/**
 * Starts another control plane (own etcd, API server and CRDs, no workloads, no cert-manager)
 * whose Velero, once startVelero() is called, uses the shared plane's object store and bucket.
 * Its Velero does not start by itself: one Velero per machine.
 */
export async function startSecondPlane(): Promise<SecondPlane> {
  const manifest = await ensureBuilt({ quiet: true })
  const store = sharedObjectStore()
  const state = await startControlPlane(manifest, {
    workloads: false,
    certManager: false,
    velero: { objectStore: store, start: false },
    owned: true
  })
  const kc = new KubeConfig()
  kc.loadFromFile(state.kubeconfig)
  return {
    state,
    kc,
    startVelero: options =>
      startVelero(state.dir, { objectStore: store, bucket: bucket(), ...options }),
    stopVelero: async () => {
      await stopVelero(state.dir)
    },
    stop: async () => {
      await stopControlPlane(state.dir)
    }
  }
}

/** Stops the shared plane's Velero (its object store keeps running). */
export async function stopSharedVelero(): Promise<void> {
  await stopVelero(clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR'))
}

/** Starts the shared plane's Velero again with the flags it had; no-op while it runs. */
export async function restartSharedVelero(options: StartVeleroOptions = {}): Promise<VeleroState> {
  const dir = clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR')
  const state = describePlane(dir)
  if (state?.velero?.running && state.processes.some(p => p.name === 'velero')) return state.velero
  return startVelero(dir, options)
}

/** Waits until Backups named `names` exist in `kc`'s Velero namespace (backup sync). */
export async function waitForBackupsSynced(
  kc: KubeConfig,
  names: string[],
  { timeoutMs = 180_000, namespace }: { timeoutMs?: number; namespace?: string } = {}
): Promise<VeleroObject[]> {
  return waitFor(
    `Backups ${names.join(', ')} synced from the bucket`,
    async () => {
      const items = await listVelero(kc, 'Backup', namespace)
      const found = names.map(n => items.find(b => b.metadata.name === n))
      return found.every(Boolean) ? (found as VeleroObject[]) : undefined
    },
    { timeoutMs, intervalMs: 500 }
  )
}

/** True when a file exists under the object store's posix root. */
export function objectStoreHasFile(key: string, options: { bucket?: string } = {}): boolean {
  return fs.existsSync(objectStoreFile(key, options))
}

// ----- one test file at a time on the shared Velero ---------------------------------------

const SHARED_VELERO_LOCK = 'shared-velero.lock'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Holds the shared plane's Velero for one test file: Jest runs files in parallel workers, and a
 * file that stops the shared Velero (a disaster-recovery test: one Velero per machine) must not
 * do so while another file waits on it. Every file that uses the real Velero takes this lock in
 * beforeAll and releases it in afterAll. A holder whose process is gone is taken over; waiting
 * is bounded and the error names the holder.
 */
export async function holdSharedVelero(
  file: string,
  { timeoutMs = 15 * 60_000 }: { timeoutMs?: number } = {}
): Promise<() => void> {
  const lock = path.join(clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR'), SHARED_VELERO_LOCK)
  const mine = JSON.stringify({
    pid: process.pid,
    file: path.basename(file),
    token: Math.random().toString(36).slice(2),
    since: new Date().toISOString()
  })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.writeFileSync(lock, mine, { flag: 'wx' })
      return () => {
        try {
          if (fs.readFileSync(lock, 'utf8') === mine) fs.unlinkSync(lock)
        } catch {
          // Already gone.
        }
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    let holder: { pid?: number; file?: string; since?: string } = {}
    try {
      holder = JSON.parse(fs.readFileSync(lock, 'utf8')) as typeof holder
    } catch {
      // Being written or removed: look again.
    }
    if (holder.pid !== undefined && !alive(holder.pid)) {
      fs.rmSync(lock, { force: true })
      continue
    }
    if (Date.now() > deadline)
      throw new Error(
        `the shared Velero is still held by ${holder.file ?? 'another test file'} (pid ${holder.pid}, since ${holder.since}) after ${timeoutMs} ms`
      )
    await new Promise(r => setTimeout(r, 500))
  }
}
