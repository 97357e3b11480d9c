// The storage layer of the test plane (test/cluster/storage.mjs): the real external-provisioner,
// snapshot-controller and csi-snapshotter on dir-csi-driver. A PVC is provisioned and bound, data
// goes into its volume's directory (a pod's mount, without a kubelet), a VolumeSnapshot becomes
// an archive, a PVC made from it holds the same bytes, deletes remove the driver's files, and
// what the driver refuses reaches the objects as the controllers write it.
// The tests of one describe run in order and build on each other.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { CoreV1Api, CustomObjectsApi, KubeConfig, StorageV1Api } from '@kubernetes/client-node'
import { ensureBuilt } from '../../test/cluster/build.mjs'
import {
  alive,
  describePlane,
  startControlPlane,
  stopControlPlane
} from '../../test/cluster/controlplane.mjs'
import {
  addDriver,
  pvcVolumeDir,
  stopComponents,
  type AddedDriver
} from '../../test/cluster/storage.mjs'
import {
  adminKubeConfig,
  clusterEnv,
  createNamespace,
  deleteNamespace,
  ignoring,
  storageRunning,
  waitFor
} from './helpers/cluster.js'
import {
  SNAPSHOT_API,
  createPvc,
  createSnapshot,
  driverRecord,
  eventsOf,
  getContent,
  getSnapshot,
  planeDir,
  storageDir,
  volumeDigests,
  volumeDirOf,
  waitForBound,
  waitForSnapshot,
  writeFiles
} from './helpers/storage.js'

jest.setTimeout(120_000)

const describeStorage = storageRunning() ? describe : describe.skip
const MiB = 2 ** 20

function sha256File(file: string): string {
  return volumeDigests(path.dirname(file)).get(path.basename(file)) ?? ''
}

describeStorage('the storage layer', () => {
  let kc: KubeConfig
  let core: CoreV1Api
  let custom: CustomObjectsApi
  let ns: string

  beforeAll(async () => {
    kc = adminKubeConfig()
    core = kc.makeApiClient(CoreV1Api)
    custom = kc.makeApiClient(CustomObjectsApi)
    ns = await createNamespace(kc, 'kg-storage')
  })

  afterAll(async () => {
    await deleteNamespace(kc, ns)
  })

  it('installs the CSIDriver, the default StorageClass and a VolumeSnapshotClass labelled for Velero', async () => {
    const storage = kc.makeApiClient(StorageV1Api)
    const driverName = clusterEnv('KNOWN_GOOD_TEST_CSI_DRIVER')
    const driver = await storage.readCSIDriver({ name: driverName })
    expect(driver.spec).toMatchObject({
      attachRequired: false,
      fsGroupPolicy: 'None',
      volumeLifecycleModes: ['Persistent']
    })
    const classes = (await storage.listStorageClass()).items
    const defaults = classes.filter(
      c => c.metadata?.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true'
    )
    expect(defaults.map(c => [c.metadata?.name, c.provisioner, c.volumeBindingMode])).toEqual([
      [clusterEnv('KNOWN_GOOD_TEST_STORAGE_CLASS'), driverName, 'Immediate']
    ])
    const snapshotClass = (await custom.getClusterCustomObject({
      ...SNAPSHOT_API,
      plural: 'volumesnapshotclasses',
      name: clusterEnv('KNOWN_GOOD_TEST_SNAPSHOT_CLASS')
    })) as {
      driver: string
      deletionPolicy: string
      metadata: { labels?: Record<string, string> }
    }
    expect(snapshotClass).toMatchObject({ driver: driverName, deletionPolicy: 'Delete' })
    expect(snapshotClass.metadata.labels?.['velero.io/csi-volumesnapshot-class']).toBe('true')
  })

  describe('a volume, its snapshot and a volume made from it', () => {
    let volumeHandle: string
    let original: Map<string, string>
    let snapshotHandle: string
    let contentName: string
    let restoredHandle: string

    it('provisions a PVC of the default class through the real provisioner and binds it', async () => {
      await createPvc(kc, ns, 'data', { size: '64Mi' })
      const { pvc, pv } = await waitForBound(kc, ns, 'data')
      expect(pvc.spec?.storageClassName).toBe(clusterEnv('KNOWN_GOOD_TEST_STORAGE_CLASS'))
      expect(pv.metadata?.annotations?.['pv.kubernetes.io/provisioned-by']).toBe(
        clusterEnv('KNOWN_GOOD_TEST_CSI_DRIVER')
      )
      expect(pv.spec?.csi?.driver).toBe(clusterEnv('KNOWN_GOOD_TEST_CSI_DRIVER'))
      expect(pv.spec?.capacity?.storage).toBe('64Mi')
      expect(pv.spec?.persistentVolumeReclaimPolicy).toBe('Delete')
      volumeHandle = pv.spec?.csi?.volumeHandle ?? ''
      expect(volumeHandle).toMatch(/^vol-[0-9a-f]{40}$/)
      // The driver's record names the PVC (the provisioner's --extra-create-metadata).
      expect(driverRecord(storageDir(), 'volumes', volumeHandle)).toMatchObject({
        name: `pvc-${pvc.metadata?.uid}`,
        capacityBytes: 64 * MiB,
        parameters: {
          'csi.storage.k8s.io/pvc/namespace': ns,
          'csi.storage.k8s.io/pvc/name': 'data'
        }
      })
    })

    it("writes data into the volume's directory, where a pod would have it mounted", async () => {
      const dir = await volumeDirOf(ns, 'data')
      expect(dir).toBe(path.join(storageDir(), 'volumes', volumeHandle))
      writeFiles(dir, {
        'orders.db': randomBytes(3 * MiB),
        'conf/app.ini': '[shop]\nname = known-good\n',
        'conf/empty': ''
      })
      fs.symlinkSync('conf/app.ini', path.join(dir, 'app.ini'))
      fs.mkdirSync(path.join(dir, 'empty-dir'))
      fs.chmodSync(path.join(dir, 'conf/app.ini'), 0o640)
      original = volumeDigests(dir)
      expect([...original.keys()]).toEqual(['app.ini', 'conf/app.ini', 'conf/empty', 'orders.db'])
    })

    it('takes a VolumeSnapshot through snapshot-controller and csi-snapshotter: readyToUse, restoreSize, an archive with its digest', async () => {
      const t0 = Date.now()
      await createSnapshot(kc, ns, 'data-snap', 'data')
      const vs = await waitForSnapshot(
        kc,
        ns,
        'data-snap',
        'readyToUse',
        s => s.status?.readyToUse === true
      )
      process.stderr.write(`[storage] snapshot of 3 MiB ready in ${(Date.now() - t0) / 1000} s\n`)
      // The class is the default one: the VolumeSnapshot named none.
      expect(vs.spec.volumeSnapshotClassName).toBe(clusterEnv('KNOWN_GOOD_TEST_SNAPSHOT_CLASS'))
      expect(vs.status?.restoreSize).toBe('64Mi')
      expect(vs.status?.error).toBeUndefined()
      contentName = vs.status?.boundVolumeSnapshotContentName ?? ''
      const content = await getContent(kc, contentName)
      snapshotHandle = String(content?.status?.snapshotHandle)
      expect(snapshotHandle).toMatch(/^snap-[0-9a-f]{40}$/)
      expect(content?.status).toMatchObject({ readyToUse: true, restoreSize: 64 * MiB })
      expect(content?.spec).toMatchObject({
        driver: clusterEnv('KNOWN_GOOD_TEST_CSI_DRIVER'),
        source: { volumeHandle }
      })
      const record = driverRecord(storageDir(), 'snapshots', snapshotHandle)
      expect(record).toMatchObject({
        sourceVolumeId: volumeHandle,
        compression: 'none',
        archive: `${snapshotHandle}.tar`,
        sizeBytes: 64 * MiB,
        dataBytes: 3 * MiB + '[shop]\nname = known-good\n'.length,
        // conf/, conf/app.ini, conf/empty, empty-dir/, app.ini, orders.db
        entries: 6,
        parameters: {
          'csi.storage.k8s.io/volumesnapshot/namespace': ns,
          'csi.storage.k8s.io/volumesnapshot/name': 'data-snap'
        }
      })
      const archive = path.join(storageDir(), 'snapshots', `${snapshotHandle}.tar`)
      expect(record?.sha256).toBe(sha256File(archive))
      expect(record?.archiveBytes).toBe(fs.statSync(archive).size)
    })

    it('provisions a PVC from the snapshot with the bytes of the snapshot, not of the volume now', async () => {
      // Changed after the snapshot: the restore must not see this.
      writeFiles(await volumeDirOf(ns, 'data'), { 'orders.db': 'overwritten', 'later.txt': 'x' })
      const t0 = Date.now()
      await createPvc(kc, ns, 'data-restored', { size: '64Mi', dataSource: { name: 'data-snap' } })
      const { pv } = await waitForBound(kc, ns, 'data-restored')
      process.stderr.write(`[storage] restore of 3 MiB bound in ${(Date.now() - t0) / 1000} s\n`)
      restoredHandle = pv.spec?.csi?.volumeHandle ?? ''
      const dir = await volumeDirOf(ns, 'data-restored')
      expect(volumeDigests(dir)).toEqual(original)
      expect(fs.readlinkSync(path.join(dir, 'app.ini'))).toBe('conf/app.ini')
      expect(fs.statSync(path.join(dir, 'conf/app.ini')).mode & 0o777).toBe(0o640)
      expect(fs.statSync(path.join(dir, 'empty-dir')).isDirectory()).toBe(true)
      expect(driverRecord(storageDir(), 'volumes', restoredHandle)).toMatchObject({
        sourceSnapshotId: snapshotHandle,
        capacityBytes: 64 * MiB
      })
    })

    it('a PVC from the snapshot may be larger, never smaller than its restoreSize', async () => {
      await createPvc(kc, ns, 'data-bigger', { size: '80Mi', dataSource: { name: 'data-snap' } })
      await waitForBound(kc, ns, 'data-bigger')
      expect(volumeDigests(await volumeDirOf(ns, 'data-bigger'))).toEqual(original)
      await createPvc(kc, ns, 'data-smaller', { size: '32Mi', dataSource: { name: 'data-snap' } })
      const failed = await waitFor('ProvisioningFailed on data-smaller', async () =>
        (await eventsOf(kc, ns, 'PersistentVolumeClaim', 'data-smaller')).find(
          e => e.reason === 'ProvisioningFailed'
        )
      )
      expect(failed.message).toMatch(/less than the size .* for the source snapshot/)
      await core.deleteNamespacedPersistentVolumeClaim({ namespace: ns, name: 'data-smaller' })
      await core.deleteNamespacedPersistentVolumeClaim({ namespace: ns, name: 'data-bigger' })
    })

    it("deleting the snapshot deletes its content and the driver's archive", async () => {
      const archive = path.join(storageDir(), 'snapshots', `${snapshotHandle}.tar`)
      expect(fs.existsSync(archive)).toBe(true)
      await custom.deleteNamespacedCustomObject({
        ...SNAPSHOT_API,
        namespace: ns,
        plural: 'volumesnapshots',
        name: 'data-snap'
      })
      await waitFor(
        'the VolumeSnapshot and its content gone',
        async () =>
          !(await getSnapshot(kc, ns, 'data-snap')) && !(await getContent(kc, contentName))
      )
      expect(fs.existsSync(archive)).toBe(false)
      expect(driverRecord(storageDir(), 'snapshots', snapshotHandle)).toBeUndefined()
      // The volume made from it lives on: a snapshot is a copy, not a parent.
      expect(volumeDigests(await volumeDirOf(ns, 'data-restored'))).toEqual(original)
    })

    it("deleting the PVCs deletes their PVs (reclaim policy Delete) and the driver's directories", async () => {
      for (const name of ['data', 'data-restored'])
        await core.deleteNamespacedPersistentVolumeClaim({ namespace: ns, name })
      for (const handle of [volumeHandle, restoredHandle]) {
        await waitFor(
          `volume ${handle} removed by the driver`,
          () => !fs.existsSync(path.join(storageDir(), 'volumes', handle))
        )
        expect(driverRecord(storageDir(), 'volumes', handle)).toBeUndefined()
      }
      await waitFor('their PVs deleted', async () =>
        (await core.listPersistentVolume()).items.every(
          p => ![volumeHandle, restoredHandle].includes(p.spec?.csi?.volumeHandle ?? '')
        )
      )
    })
  })

  it('a VolumeSnapshotClass may ask for gzip: the archive is .tar.gz and restores the same bytes', async () => {
    const driverName = clusterEnv('KNOWN_GOOD_TEST_CSI_DRIVER')
    const className = `${ns}-gzip`
    await custom.createClusterCustomObject({
      ...SNAPSHOT_API,
      plural: 'volumesnapshotclasses',
      body: {
        apiVersion: 'snapshot.storage.k8s.io/v1',
        kind: 'VolumeSnapshotClass',
        metadata: { name: className },
        driver: driverName,
        deletionPolicy: 'Delete',
        parameters: { compression: 'gzip' }
      }
    })
    try {
      await createPvc(kc, ns, 'text')
      const dir = await volumeDirOf(ns, 'text')
      writeFiles(dir, { 'log.txt': 'the same line again\n'.repeat(50_000) })
      const before = volumeDigests(dir)
      await createSnapshot(kc, ns, 'text-snap', 'text', className)
      const vs = await waitForSnapshot(
        kc,
        ns,
        'text-snap',
        'readyToUse',
        s => s.status?.readyToUse === true
      )
      const handle = String(
        (await getContent(kc, vs.status?.boundVolumeSnapshotContentName ?? ''))?.status
          ?.snapshotHandle
      )
      const record = driverRecord(storageDir(), 'snapshots', handle)
      expect(record).toMatchObject({ compression: 'gzip', archive: `${handle}.tar.gz` })
      expect(Number(record?.archiveBytes)).toBeLessThan(Number(record?.dataBytes) / 10)
      await createPvc(kc, ns, 'text-restored', { dataSource: { name: 'text-snap' } })
      expect(volumeDigests(await volumeDirOf(ns, 'text-restored'))).toEqual(before)
    } finally {
      await custom.deleteClusterCustomObject({
        ...SNAPSHOT_API,
        plural: 'volumesnapshotclasses',
        name: className
      })
    }
  })

  describe('what the driver refuses or fails at, as the controllers report it', () => {
    it('a VolumeSnapshotClass parameter the driver does not know: status.error.message of the VolumeSnapshot names it', async () => {
      const className = `${ns}-typo`
      await custom.createClusterCustomObject({
        ...SNAPSHOT_API,
        plural: 'volumesnapshotclasses',
        body: {
          apiVersion: 'snapshot.storage.k8s.io/v1',
          kind: 'VolumeSnapshotClass',
          metadata: { name: className },
          driver: clusterEnv('KNOWN_GOOD_TEST_CSI_DRIVER'),
          deletionPolicy: 'Delete',
          parameters: { compresion: 'gzip' }
        }
      })
      try {
        await createPvc(kc, ns, 'typo')
        await waitForBound(kc, ns, 'typo')
        await createSnapshot(kc, ns, 'typo-snap', 'typo', className)
        const vs = await waitForSnapshot(kc, ns, 'typo-snap', 'with an error', s =>
          Boolean(s.status?.error?.message)
        )
        expect(vs.status?.readyToUse).toBe(false)
        expect(vs.status?.error?.message).toMatch(
          /^Failed to create snapshot: failed to take snapshot of the volume vol-[0-9a-f]{40}: "rpc error: code = InvalidArgument desc = unknown VolumeSnapshotClass parameter \\"compresion\\": this driver takes only compression"$/
        )
      } finally {
        await custom.deleteClusterCustomObject({
          ...SNAPSHOT_API,
          plural: 'volumesnapshotclasses',
          name: className
        })
      }
    })

    it("the volume's directory gone from the storage: status.error.message carries the driver's error", async () => {
      await createPvc(kc, ns, 'lost')
      const dir = await volumeDirOf(ns, 'lost')
      fs.rmSync(dir, { recursive: true })
      await createSnapshot(kc, ns, 'lost-snap', 'lost')
      const vs = await waitForSnapshot(kc, ns, 'lost-snap', 'with an error', s =>
        Boolean(s.status?.error?.message)
      )
      expect(vs.status?.readyToUse).toBe(false)
      expect(vs.status?.error?.message).toMatch(
        /^Failed to create snapshot: failed to take snapshot of the volume (vol-[0-9a-f]{40}): "rpc error: code = Internal desc = archiving volume \1: lstat .*\/volumes\/\1: no such file or directory"$/
      )
    })

    it('a PVC larger than the disk has free: ProvisioningFailed with what the driver measured', async () => {
      await createPvc(kc, ns, 'huge', { size: '1Pi' })
      const failed = await waitFor('ProvisioningFailed on huge', async () =>
        (await eventsOf(kc, ns, 'PersistentVolumeClaim', 'huge')).find(
          e => e.reason === 'ProvisioningFailed'
        )
      )
      expect(failed.message).toMatch(
        /rpc error: code = ResourceExhausted desc = volume "pvc-[0-9a-f-]+" needs 1125899906842624 bytes, the file system of .* has \d+ free/
      )
      const pvc = await core.readNamespacedPersistentVolumeClaim({ namespace: ns, name: 'huge' })
      expect(pvc.status?.phase).toBe('Pending')
    })

    it('a PVC of volumeMode Block: ProvisioningFailed, the driver holds directories only', async () => {
      await createPvc(kc, ns, 'block', { volumeMode: 'Block' })
      const failed = await waitFor('ProvisioningFailed on block', async () =>
        (await eventsOf(kc, ns, 'PersistentVolumeClaim', 'block')).find(
          e => e.reason === 'ProvisioningFailed'
        )
      )
      expect(failed.message).toMatch(/code = InvalidArgument desc = block access is not supported/)
    })

    it("pvcVolumeDir() names the PVC that has no volume of this plane's drivers", async () => {
      await expect(
        pvcVolumeDir(planeDir(), ns, 'no-such-pvc', { timeoutMs: 1000 })
      ).rejects.toThrow(`PersistentVolumeClaim ${ns}/no-such-pvc does not exist`)
      await createPvc(kc, ns, 'unbound', { storageClass: 'no-such-class' })
      await expect(pvcVolumeDir(planeDir(), ns, 'unbound', { timeoutMs: 1000 })).rejects.toThrow(
        new RegExp(`PersistentVolumeClaim ${ns}/unbound Bound.*\\(phase Pending\\)`)
      )
    })
  })

  describe('a driver that fails part way', () => {
    let fault: AddedDriver | undefined
    let before: Map<string, string>

    beforeAll(async () => {
      // A second driver of its own (with its own sidecars), so that stopping it disturbs no
      // other test of the shared driver; the cluster's snapshot-controller serves both.
      fault = await addDriver(planeDir(), { instance: `fault-${ns.slice(-5)}` })
    })

    afterAll(async () => {
      await fault?.stop({ graceMs: 0 })
      await ignoring([404], () =>
        kc.makeApiClient(StorageV1Api).deleteStorageClass({ name: fault?.storageClass ?? '' })
      )
    })

    function sidecar(name: string) {
      const state = describePlane(planeDir())
      return state?.processes.find(p => p.name === `${fault!.instance}-${name}`)
    }

    it('its socket gone while it archives: the sidecar exits; the VolumeSnapshot waits, not ready, at most with the Unavailable of the call', async () => {
      const f = fault!
      await createPvc(kc, ns, 'big', { size: '512Mi', storageClass: f.storageClass })
      const dir = await volumeDirOf(ns, 'big')
      expect(dir.startsWith(f.dir)).toBe(true)
      // Enough data that the archive takes a while: the driver is killed while it writes it.
      for (let i = 0; i < 8; i++) writeFiles(dir, { [`part-${i}`]: randomBytes(32 * MiB) })
      before = volumeDigests(dir)
      const snapshotter = sidecar('csi-snapshotter')!
      await createSnapshot(kc, ns, 'big-snap', 'big', f.snapshotClass)
      await waitFor(
        'the driver writing the archive',
        () => fs.readdirSync(path.join(f.dir, 'tmp')).some(e => e.startsWith('snapshot-')),
        { timeoutMs: 30_000, intervalMs: 10 }
      )
      // The driver alone: its sidecars see the connection go.
      await stopComponents(planeDir(), [`${f.instance}-csi-driver`], { graceMs: 0 })
      // csi-lib-utils connection.ExitOnConnectionLoss: a sidecar exits when its driver goes
      // (in a pod the kubelet restarts it); the CreateSnapshot call that failed is not recorded.
      await waitFor('csi-snapshotter to exit', () => !alive(snapshotter.pid))
      expect(fs.readFileSync(snapshotter.log, 'utf8')).toContain(
        'Lost connection to CSI driver, exiting'
      )
      // Whether the failed call reaches the objects is a race inside the sidecar: its content
      // worker writes the error while the gRPC reconnect makes it exit. Both outcomes occur.
      const vs = await getSnapshot(kc, ns, 'big-snap')
      expect(vs?.status).toMatchObject({
        boundVolumeSnapshotContentName: expect.stringMatching(/^snapcontent-/),
        readyToUse: false
      })
      if (vs?.status?.error)
        expect(vs.status.error.message).toMatch(
          /^Failed to create snapshot: failed to take snapshot of the volume vol-[0-9a-f]{40}: "rpc error: code = Unavailable desc = /
        )
      expect(Object.keys(vs?.status ?? {}).sort()).toEqual(
        vs?.status?.error
          ? ['boundVolumeSnapshotContentName', 'error', 'readyToUse']
          : ['boundVolumeSnapshotContentName', 'readyToUse']
      )
      process.stderr.write(
        `[storage] driver killed while archiving: ${vs?.status?.error ? 'the Unavailable error was written' : 'no error written'} before the sidecar exited\n`
      )
      // Nothing half-written lists as a snapshot.
      expect(fs.readdirSync(path.join(f.dir, 'snapshots'))).toEqual([])
    })

    it('restarted, as a kubelet restarts the containers, the snapshot is taken again: ready, and a restore holds every byte', async () => {
      const f = await fault!.restart()
      const ready = await waitForSnapshot(
        kc,
        ns,
        'big-snap',
        'readyToUse',
        s => s.status?.readyToUse === true
      )
      // The error of the failed call, if it was written, goes once the snapshot is cut.
      expect(ready.status?.error).toBeUndefined()
      await createPvc(kc, ns, 'big-restored', {
        size: '512Mi',
        storageClass: f.storageClass,
        dataSource: { name: 'big-snap' }
      })
      expect(volumeDigests(await volumeDirOf(ns, 'big-restored'))).toEqual(before)
    })
  })

  describe('a second plane on the same storage dir (a disaster-recovery cluster)', () => {
    let second: { dir: string; kc: KubeConfig } | undefined
    let handle: string
    let before: Map<string, string>

    beforeAll(async () => {
      await createPvc(kc, ns, 'dr')
      const dir = await volumeDirOf(ns, 'dr')
      writeFiles(dir, { 'orders.db': randomBytes(2 * MiB), 'conf/app.ini': 'dr = yes\n' })
      before = volumeDigests(dir)
      await createSnapshot(kc, ns, 'dr-snap', 'dr')
      const vs = await waitForSnapshot(
        kc,
        ns,
        'dr-snap',
        'readyToUse',
        s => s.status?.readyToUse === true
      )
      handle = String(
        (await getContent(kc, vs.status?.boundVolumeSnapshotContentName ?? ''))?.status
          ?.snapshotHandle
      )
      const manifest = await ensureBuilt({ quiet: true })
      const state = await startControlPlane(manifest, {
        workloads: true,
        storage: { dir: storageDir() },
        owned: true
      })
      const kc2 = new KubeConfig()
      kc2.loadFromFile(state.kubeconfig)
      second = { dir: state.dir, kc: kc2 }
    })

    afterAll(async () => {
      if (second) await stopControlPlane(second.dir)
    })

    it("its driver uses the first plane's storage dir, which stays the first plane's", () => {
      const state = describePlane(second!.dir)
      expect(state?.storage).toMatchObject({ dir: storageDir(), ownerDir: planeDir() })
    })

    it('restores the snapshot from its handle (a pre-provisioned VolumeSnapshotContent) with every byte', async () => {
      const kc2 = second!.kc
      const custom2 = kc2.makeApiClient(CustomObjectsApi)
      const app = await createNamespace(kc2, 'kg-dr')
      await custom2.createClusterCustomObject({
        ...SNAPSHOT_API,
        plural: 'volumesnapshotcontents',
        body: {
          apiVersion: 'snapshot.storage.k8s.io/v1',
          kind: 'VolumeSnapshotContent',
          metadata: { name: `dr-${handle}` },
          spec: {
            // Retain: deleting it here must not delete the first plane's archive.
            deletionPolicy: 'Retain',
            driver: clusterEnv('KNOWN_GOOD_TEST_CSI_DRIVER'),
            source: { snapshotHandle: handle },
            volumeSnapshotClassName: clusterEnv('KNOWN_GOOD_TEST_SNAPSHOT_CLASS'),
            volumeSnapshotRef: { namespace: app, name: 'dr-snap' }
          }
        }
      })
      await custom2.createNamespacedCustomObject({
        ...SNAPSHOT_API,
        namespace: app,
        plural: 'volumesnapshots',
        body: {
          apiVersion: 'snapshot.storage.k8s.io/v1',
          kind: 'VolumeSnapshot',
          metadata: { name: 'dr-snap' },
          spec: { source: { volumeSnapshotContentName: `dr-${handle}` } }
        }
      })
      // The sidecar asks the driver (ListSnapshots by id) for what the first plane's made.
      const vs = await waitForSnapshot(
        kc2,
        app,
        'dr-snap',
        'readyToUse',
        s => s.status?.readyToUse === true
      )
      expect(vs.status?.restoreSize).toBe('64Mi')
      await createPvc(kc2, app, 'dr-restored', { dataSource: { name: 'dr-snap' } })
      const dir = await pvcVolumeDir(second!.dir, app, 'dr-restored')
      expect(dir.startsWith(path.join(storageDir(), 'volumes'))).toBe(true)
      expect(volumeDigests(dir)).toEqual(before)
    })
  })
})
