// The storage layer of the test control plane: real Kubernetes storage controllers on a CSI
// driver of ours.
//
// - dir-csi-driver (test/cluster/storage/dir-csi-driver): a volume is a directory under the
//   plane's storage dir, a snapshot a tar archive of it with its size and SHA-256 digest;
// - csi-provisioner (external-provisioner) turns PVCs of the StorageClass into CreateVolume
//   calls and PVs;
// - snapshot-controller (external-snapshotter's common controller) turns VolumeSnapshots into
//   VolumeSnapshotContents and copies their status back;
// - csi-snapshotter (external-snapshotter's sidecar) turns contents of our driver into
//   CreateSnapshot / DeleteSnapshot calls.
//
// All run out of cluster with the admin kubeconfig, each in its own process group, the sidecars
// talking to the driver over a unix socket in the plane's dir. None opens a TCP port (the
// sidecars' --http-endpoint and the controller's are off by default and stay off). There is no
// kubelet: a volume is never mounted; pvcVolumeDir() is where a pod's mount would be.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {
  NODE_NAME,
  adminConn,
  alive,
  groupAlive,
  killGroup,
  readState,
  request,
  spawnComponent,
  tail,
  waitUntil,
  writeState
} from './controlplane.mjs'

/** The CSI driver name of the plane's driver (GetPluginInfo; the CSIDriver object's name). */
export const DRIVER_NAME = 'dir.csi.known-good.dev'
/** The StorageClass (the default one) and the VolumeSnapshotClass of the plane's driver. */
export const STORAGE_CLASS = 'known-good-dir'
export const SNAPSHOT_CLASS = 'known-good-dir'
/** The label Velero picks a VolumeSnapshotClass by (pkg/util/csi/volume_snapshot.go). */
export const VELERO_SNAPSHOT_CLASS_LABEL = 'velero.io/csi-volumesnapshot-class'

/** Logged by dir-csi-driver once its socket accepts connections (main.go readyLine). */
const DRIVER_READY = 'dir-csi-driver ready'
// What the controllers log once running (sig-storage-lib-external-provisioner controller.go,
// external-snapshotter pkg/common-controller and pkg/sidecar-controller snapshot_controller_base.go).
const PROVISIONER_READY = 'Started provisioner controller'
const SNAPSHOTTER_READY = 'Starting CSI snapshotter'
const SNAPSHOT_CONTROLLER_READY = 'Starting snapshot controller'
/** sun_path holds 108 bytes on Linux, one of them the terminating NUL. */
const MAX_SOCKET_PATH = 107
/** A volume id as the driver hands it out (store.go idPattern): nothing else reaches a path. */
const VOLUME_ID = /^vol-[0-9a-f]{40}$/
// Failed provisioning and snapshots are retried with a backoff that doubles from 1 s; upstream
// caps it at 5 min, which in a test plane turns one transient failure into minutes of waiting.
const RETRY_INTERVAL_MAX = '30s'
// CSI calls may take longer than the provisioner's default 10 s (an archive of a large volume
// unpacked); the driver finishes what a caller gave up on, so a retry finds it done.
const CSI_TIMEOUT = '60s'

const sleep = ms => new Promise(r => setTimeout(r, ms))

// ---------------------------------------------------------------------------------------------
// the driver

/**
 * Starts dir-csi-driver for the plane in `state`: `instance` names its processes and socket,
 * `storageDir` is where its volumes live (default <plane dir>/storage; another plane's dir makes
 * this plane a disaster-recovery cluster on the same storage). Needs nothing of Kubernetes.
 */
export async function startDriver(
  state,
  { instance = 'dir', driverName = DRIVER_NAME, storageDir, timeoutMs = 30_000 } = {}
) {
  const bin = state.bin?.['dir-csi-driver']
  if (!bin)
    throw new Error('this plane was built without dir-csi-driver: run npm run cluster:build')
  const ownDir = path.join(state.dir, 'storage')
  const dir = path.resolve(storageDir ?? ownDir)
  const socket = path.join(state.dir, 'csi', `${instance}.sock`)
  if (socket.length > MAX_SOCKET_PATH)
    throw new Error(
      `the CSI socket ${socket} is ${socket.length} bytes long, more than a unix socket path holds (${MAX_SOCKET_PATH}): start the plane in a shorter dir (TMPDIR)`
    )
  fs.mkdirSync(path.dirname(socket), { recursive: true, mode: 0o700 })
  if ((state.csiDrivers ?? []).some(d => d.driverName === driverName || d.instance === instance))
    throw new Error(`the plane in ${state.dir} runs a driver ${driverName} (${instance}) already`)
  const proc = spawnComponent(state, `${instance}-csi-driver`, bin, [
    `--endpoint=unix://${socket}`,
    `--storage-dir=${dir}`,
    `--driver-name=${driverName}`,
    `--node-id=${NODE_NAME}`
  ])
  await waitUntil(`${proc.name} serving on ${socket}`, () => logHas(proc, DRIVER_READY), {
    procs: [proc],
    timeoutMs,
    intervalMs: 20
  })
  const driver = {
    instance,
    driverName,
    socket,
    dir,
    // The plane whose files these are (they go when that plane stops).
    ownerDir: dir === ownDir ? state.dir : ownerOf(storageDir),
    processes: [proc.name]
  }
  state.csiDrivers = [...(state.csiDrivers ?? []), describeDriver(driver)]
  writeState(state)
  return driver
}

function ownerOf(storageDir) {
  // <owner plane dir>/storage, as startDriver lays it out; otherwise a dir of the caller's.
  const parent = path.dirname(path.resolve(storageDir))
  return readState(parent) ? parent : undefined
}

function logHas(proc, line) {
  try {
    return fs.readFileSync(proc.log, 'utf8').includes(line)
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------------
// the controllers

/** Starts csi-provisioner and csi-snapshotter for a started driver; they need the CRDs. */
export async function startSidecars(state, driver, { timeoutMs = 60_000 } = {}) {
  const common = [
    `--csi-address=unix://${driver.socket}`,
    `--kubeconfig=${state.kubeconfig}`,
    '--leader-election=false',
    `--timeout=${CSI_TIMEOUT}`,
    `--retry-interval-max=${RETRY_INTERVAL_MAX}`,
    // The PVC's / VolumeSnapshot's namespace and name as parameters: the driver keeps them in
    // its records, so a file under the storage dir says which object it belongs to.
    '--extra-create-metadata',
    '--v=2'
  ]
  const provisioner = spawnComponent(
    state,
    `${driver.instance}-csi-provisioner`,
    state.bin['csi-provisioner'],
    // No topology (the driver reports none) and no CSIStorageCapacity objects: PVCs bind at
    // once (volumeBindingMode Immediate), with no node to wait for.
    common
  )
  const snapshotter = spawnComponent(
    state,
    `${driver.instance}-csi-snapshotter`,
    state.bin['csi-snapshotter'],
    common
  )
  driver.processes.push(provisioner.name, snapshotter.name)
  const procs = [...procsOf(state, driver.processes)]
  await Promise.all([
    waitUntil(`${provisioner.name} running`, () => logHas(provisioner, PROVISIONER_READY), {
      procs,
      timeoutMs,
      intervalMs: 50
    }),
    waitUntil(`${snapshotter.name} running`, () => logHas(snapshotter, SNAPSHOTTER_READY), {
      procs,
      timeoutMs,
      intervalMs: 50
    })
  ])
}

/** Starts the cluster-wide snapshot-controller (one per cluster, whatever the drivers). */
export async function startSnapshotController(state, { timeoutMs = 60_000 } = {}) {
  const proc = spawnComponent(state, 'snapshot-controller', state.bin['snapshot-controller'], [
    `--kubeconfig=${state.kubeconfig}`,
    '--leader-election=false',
    `--retry-interval-max=${RETRY_INTERVAL_MAX}`,
    '--v=2'
  ])
  await waitUntil(`${proc.name} running`, () => logHas(proc, SNAPSHOT_CONTROLLER_READY), {
    procs: [proc],
    timeoutMs,
    intervalMs: 50
  })
  return proc
}

function procsOf(state, names) {
  return state.processes.filter(p => names.includes(p.name))
}

// ---------------------------------------------------------------------------------------------
// the API objects

async function ensure(conn, urlPath, body) {
  const r = await request(conn, 'POST', urlPath, { body })
  if (r.status !== 201 && r.status !== 409)
    throw new Error(`creating ${body.kind} ${body.metadata.name}: ${r.status} ${r.body}`)
}

/**
 * The CSIDriver object (no attach: the driver has no ControllerPublishVolume; fsGroupPolicy
 * None: nothing would apply an fsGroup, there is no kubelet), a StorageClass and a
 * VolumeSnapshotClass for the driver, the defaults of the cluster when `defaults`.
 */
export async function installStorageObjects(
  conn,
  { driverName, storageClass, snapshotClass, defaults = false }
) {
  await ensure(conn, '/apis/storage.k8s.io/v1/csidrivers', {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'CSIDriver',
    metadata: { name: driverName },
    spec: {
      attachRequired: false,
      podInfoOnMount: false,
      fsGroupPolicy: 'None',
      volumeLifecycleModes: ['Persistent']
    }
  })
  await ensure(conn, '/apis/storage.k8s.io/v1/storageclasses', {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: storageClass,
      annotations: defaults ? { 'storageclass.kubernetes.io/is-default-class': 'true' } : {}
    },
    provisioner: driverName,
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
    allowVolumeExpansion: false
  })
  await ensure(conn, '/apis/snapshot.storage.k8s.io/v1/volumesnapshotclasses', {
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshotClass',
    metadata: {
      name: snapshotClass,
      labels: { [VELERO_SNAPSHOT_CLASS_LABEL]: 'true' },
      annotations: defaults ? { 'snapshot.storage.kubernetes.io/is-default-class': 'true' } : {}
    },
    driver: driverName,
    deletionPolicy: 'Delete'
  })
}

// ---------------------------------------------------------------------------------------------
// the plane's storage layer

/**
 * Called by startControlPlane: the driver (already started by startDriver) gets its sidecars,
 * the cluster its snapshot-controller and the default classes. Records state.storage.
 */
export async function startStorageIn(state, driver, { timeoutMs = 60_000 } = {}) {
  const conn = adminConn(state)
  await Promise.all([
    startSnapshotController(state, { timeoutMs }),
    startSidecars(state, driver, { timeoutMs }),
    installStorageObjects(conn, {
      driverName: driver.driverName,
      storageClass: STORAGE_CLASS,
      snapshotClass: SNAPSHOT_CLASS,
      defaults: true
    })
  ])
  driver.processes.push('snapshot-controller')
  state.storage = {
    ...describeDriver(driver),
    storageClass: STORAGE_CLASS,
    snapshotClass: SNAPSHOT_CLASS,
    running: true
  }
  writeState(state)
  return state.storage
}

function describeDriver(d) {
  return {
    instance: d.instance,
    driverName: d.driverName,
    dir: d.dir,
    socket: d.socket,
    ownerDir: d.ownerDir,
    processes: d.processes
  }
}

/**
 * A further CSI driver in the running plane in `dir` (as clusters run several): its own
 * dir-csi-driver, provisioner and snapshotter, StorageClass and VolumeSnapshotClass named
 * `instance`, driver name `<instance>.csi.known-good.dev`. The cluster's snapshot-controller
 * serves it too. Returns the driver with
 *   stop()     stops its processes (the classes stay);
 *   restart()  stops whatever of them still runs and starts all three again on the same
 *              storage and socket, as a kubelet restarts the containers of a CSI driver's pod.
 */
export async function addDriver(dir, { instance, storageDir, timeoutMs = 60_000 }) {
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(instance ?? ''))
    throw new Error(
      `instance ${JSON.stringify(instance)}: give a short lower-case name (letters, digits, -)`
    )
  if (!readState(dir)?.storage?.running)
    throw new Error(`the plane in ${dir} runs no storage layer (start it with storage)`)
  const driverName = `${instance}.csi.known-good.dev`
  const storage = path.resolve(storageDir ?? path.join(dir, `storage-${instance}`))
  const start = async () => {
    const state = readState(dir)
    const driver = await startDriver(state, {
      instance,
      driverName,
      storageDir: storage,
      timeoutMs
    })
    await startSidecars(state, driver, { timeoutMs })
    return driver
  }
  let driver = await start()
  await installStorageObjects(adminConn(readState(dir)), {
    driverName,
    storageClass: instance,
    snapshotClass: instance
  })
  const stop = async opts => {
    const stopped = await stopComponents(dir, driver.processes, opts)
    const fresh = readState(dir)
    if (fresh) {
      fresh.csiDrivers = (fresh.csiDrivers ?? []).filter(d => d.instance !== instance)
      writeState(fresh)
    }
    return stopped
  }
  const added = {
    ...describeDriver(driver),
    storageClass: instance,
    snapshotClass: instance,
    stop,
    restart: async () => {
      await stop({ graceMs: 0 })
      driver = await start()
      Object.assign(added, describeDriver(driver))
      return added
    }
  }
  return added
}

/**
 * Stops named components of the plane in `dir` (SIGTERM, SIGKILL after graceMs) and drops them
 * from state.json. Stopping a driver under its sidecars is a driver that fails: the sidecars
 * exit once they notice (csi-lib-utils connection.ExitOnConnectionLoss), as in a pod.
 */
export async function stopComponents(dir, names, { graceMs = 2000 } = {}) {
  const state = readState(dir)
  if (!state) return []
  const procs = procsOf(state, names)
  for (const p of procs) if (groupAlive(p.pid)) killGroup(p.pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (procs.some(p => groupAlive(p.pid)) && Date.now() < deadline) await sleep(50)
  for (const p of procs) if (groupAlive(p.pid)) killGroup(p.pid, 'SIGKILL')
  const hard = Date.now() + 10_000
  while (procs.some(p => groupAlive(p.pid)) && Date.now() < hard) await sleep(50)
  const left = procs.filter(p => groupAlive(p.pid))
  if (left.length)
    throw new Error(`could not stop ${left.map(p => `${p.name} (${p.pid})`).join(', ')}`)
  const fresh = readState(dir) ?? state
  fresh.processes = fresh.processes.filter(p => !names.includes(p.name))
  writeState(fresh)
  return procs.map(p => p.name)
}

/** Whether every process of the plane's storage layer runs. */
export function storageRunning(dir) {
  const state = readState(dir)
  if (!state?.storage?.running) return false
  const procs = procsOf(state, state.storage.processes)
  return procs.length === state.storage.processes.length && procs.every(p => alive(p.pid))
}

/** The end of each storage process's log (for a test's failure message). */
export function storageLogs(dir, lines = 15) {
  const state = readState(dir)
  return procsOf(state ?? { processes: [] }, state?.storage?.processes ?? [])
    .map(p => `--- ${p.name} ---\n${tail(p.log, lines)}`)
    .join('\n')
}

// ---------------------------------------------------------------------------------------------
// a pod's mount, without a kubelet

/**
 * The directory of the volume bound to PVC `namespace/name` in the plane in `dir`: where a pod
 * that mounts the PVC would read and write. Waits (up to timeoutMs) until the PVC is Bound, then
 * follows its PV's volume handle into the driver's storage dir. Throws, naming the PVC, when
 * the PVC does not exist, stays unbound, or is bound to a volume of another driver.
 */
export async function pvcVolumeDir(dir, namespace, name, { timeoutMs = 30_000 } = {}) {
  const state = readState(dir)
  if (!state?.storage) throw new Error(`the plane in ${dir} runs no storage layer`)
  const conn = adminConn(state)
  const what = `PersistentVolumeClaim ${namespace}/${name}`
  const seg = encodeURIComponent
  let last = 'not read yet'
  const pvName = await waitUntil(
    `${what} Bound`,
    async () => {
      const r = await request(
        conn,
        'GET',
        `/api/v1/namespaces/${seg(namespace)}/persistentvolumeclaims/${seg(name)}`
      )
      if (r.status === 404) throw new Error(`${what} does not exist`)
      if (r.status !== 200) throw new Error(`reading ${what}: ${r.status} ${r.body}`)
      const pvc = JSON.parse(r.body)
      last = `phase ${pvc.status?.phase ?? 'none'}`
      return pvc.status?.phase === 'Bound' && pvc.spec?.volumeName
    },
    { timeoutMs, intervalMs: 100 }
  ).catch(e => {
    throw new Error(`${e.message} (${last})`, { cause: e })
  })
  const r = await request(conn, 'GET', `/api/v1/persistentvolumes/${seg(pvName)}`)
  if (r.status !== 200)
    throw new Error(`reading PersistentVolume ${pvName} of ${what}: ${r.status} ${r.body}`)
  const csi = JSON.parse(r.body).spec?.csi
  const drivers = driversOf(state)
  const driver = drivers.find(d => d.driverName === csi?.driver)
  if (!driver)
    throw new Error(
      `${what} is bound to PersistentVolume ${pvName} of driver ${JSON.stringify(csi?.driver ?? 'none')}, not one of this plane's (${drivers.map(d => d.driverName).join(', ')})`
    )
  if (!VOLUME_ID.test(csi.volumeHandle ?? ''))
    throw new Error(
      `PersistentVolume ${pvName} has volume handle ${JSON.stringify(csi.volumeHandle)}, not one dir-csi-driver hands out`
    )
  const volumeDir = path.join(driver.dir, 'volumes', csi.volumeHandle)
  if (!fs.statSync(volumeDir, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`the volume ${csi.volumeHandle} of ${what} has no directory ${volumeDir}`)
  return volumeDir
}

/** The plane's drivers: its own and any added since (state.csiDrivers). */
function driversOf(state) {
  return state.csiDrivers ?? []
}

/**
 * SHA-256 of every regular file under `dir` (relative path → hex digest; symbolic links as
 * `-> target`), in path order: two volumes hold the same data when these maps are equal.
 */
export function volumeDigests(dir) {
  const out = new Map()
  const walk = rel => {
    const entries = fs
      .readdirSync(path.join(dir, rel), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name
      const full = path.join(dir, r)
      if (e.isDirectory()) walk(r)
      else if (e.isSymbolicLink()) out.set(r, `-> ${fs.readlinkSync(full)}`)
      else if (e.isFile()) out.set(r, fileDigest(full))
    }
  }
  walk('')
  return out
}

function fileDigest(file) {
  const h = createHash('sha256')
  const fd = fs.openSync(file, 'r')
  try {
    const buf = Buffer.allocUnsafe(1 << 20)
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null)
      if (n === 0) break
      h.update(buf.subarray(0, n))
    }
  } finally {
    fs.closeSync(fd)
  }
  return h.digest('hex')
}
