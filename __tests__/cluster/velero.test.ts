// The real Velero of the test plane (test/cluster/velero.mjs): what it writes on the API objects
// and in the bucket, what restores do, and a disaster-recovery cluster syncing the bucket in.
// The tests run in order and build on each other (one backup, several restores of it).
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  type V1ConfigMap
} from '@kubernetes/client-node'
import fs from 'node:fs'
import net from 'node:net'
import { describePlane } from '../../test/cluster/controlplane.mjs'
import {
  adminKubeConfig,
  clusterEnv,
  createNamespace,
  deleteNamespace,
  ignoring,
  waitFor
} from './helpers/cluster.js'
import {
  backupFileInBucket,
  bucket,
  createBackup,
  createRestore,
  createVelero,
  deleteVelero,
  getVelero,
  holdSharedVelero,
  listBucket,
  objectStoreFile,
  patchVeleroMetadata,
  restartSharedVelero,
  startSecondPlane,
  stopSharedVelero,
  uniqueName,
  veleroNamespace,
  veleroRunning,
  waitForBackupsSynced,
  waitForVeleroPhase,
  type SecondPlane,
  type VeleroObject
} from './helpers/velero.js'

jest.setTimeout(120_000)

const describeVelero = veleroRunning() ? describe : describe.skip
/** Timings of this run, printed at the end (the report's figures come from here). */
const timings: Record<string, number> = {}
const since = (t0: number) => Math.round((Date.now() - t0) / 100) / 10

describeVelero('real Velero in the test plane', () => {
  let kc: KubeConfig
  let core: CoreV1Api
  let app: string
  let backupName: string
  const original: Record<string, Record<string, string>> = {
    'app-config': { 'feature.flag': 'on', release: 'v1.4.2' },
    'app-routes': { routes: '/a,/b' }
  }
  const created = {
    labels: { 'known-good.dev/verdict': 'clean', 'known-good.dev/commit': 'abc1234' },
    annotations: { 'known-good.dev/sarif-digest': `sha256:${'ab'.repeat(32)}` }
  }

  async function configMap(name: string, namespace = app): Promise<V1ConfigMap | undefined> {
    return ignoring([404], () => core.readNamespacedConfigMap({ name, namespace }))
  }

  let release: (() => void) | undefined

  beforeAll(async () => {
    // One file at a time on the shared Velero: this one stops it for the disaster recovery.
    release = await holdSharedVelero('velero.test.ts')
    kc = adminKubeConfig()
    core = kc.makeApiClient(CoreV1Api)
    app = await createNamespace(kc, 'kg-velero-app')
    for (const [name, data] of Object.entries(original))
      await core.createNamespacedConfigMap({
        namespace: app,
        body: { metadata: { name, labels: { app: 'shop' } }, data }
      })
    await core.createNamespacedSecret({
      namespace: app,
      body: { metadata: { name: 'app-secret' }, stringData: { password: 'hunter2' } }
    })
  }, 16 * 60_000)

  afterAll(async () => {
    await deleteNamespace(kc, app)
    await deleteNamespace(kc, `${app}-mapped`)
    release?.()
    process.stderr.write(`[velero.test] timings (s): ${JSON.stringify(timings)}\n`)
  })

  it('the BackupStorageLocation `default` is Available, pointing at versitygw with path-style URLs', async () => {
    const bsl = await getVelero(kc, 'BackupStorageLocation', 'default')
    expect(bsl?.status?.phase).toBe('Available')
    expect(bsl?.spec).toMatchObject({
      provider: 'aws',
      default: true,
      objectStorage: { bucket: bucket() },
      config: { s3ForcePathStyle: 'true', s3Url: process.env.KNOWN_GOOD_TEST_OBJECT_STORE_URL }
    })
    // posix backend: the bucket is a directory of the store.
    expect(fs.statSync(objectStoreFile('')).isDirectory()).toBe(true)
  })

  it('a Backup with labels and annotations at creation completes; velero-backup.json in the bucket holds them', async () => {
    backupName = uniqueName('kg-real')
    const t0 = Date.now()
    await createBackup(kc, {
      name: backupName,
      namespaces: [app],
      labels: created.labels,
      annotations: created.annotations
    })
    const done = await waitForVeleroPhase(kc, 'Backup', backupName, 'Completed')
    timings.backupCompleted = since(t0)
    // What Velero wrote on the object.
    expect(done.metadata.labels).toMatchObject({
      ...created.labels,
      'velero.io/storage-location': 'default'
    })
    expect(done.metadata.annotations).toMatchObject(created.annotations)
    expect(done.status).toMatchObject({
      phase: 'Completed',
      version: 1,
      formatVersion: '1.1.0',
      expiration: expect.any(String),
      startTimestamp: expect.any(String),
      completionTimestamp: expect.any(String)
    })
    const progress = done.status?.progress as { totalItems: number; itemsBackedUp: number }
    expect(progress.itemsBackedUp).toBe(progress.totalItems)
    expect(progress.totalItems).toBeGreaterThanOrEqual(4) // namespace, 2 ConfigMaps, Secret, …

    // What it uploaded: read through the S3 API, and the same bytes on disk.
    const file = await backupFileInBucket(backupName)
    expect(file?.metadata.labels).toMatchObject(created.labels)
    expect(file?.metadata.annotations).toMatchObject(created.annotations)
    expect(file?.status?.phase).toBe('Completed')
    const key = `backups/${backupName}/velero-backup.json`
    expect(JSON.parse(fs.readFileSync(objectStoreFile(key), 'utf8'))).toEqual(file)
    const keys = await listBucket(`backups/${backupName}/`)
    expect(keys).toEqual(
      expect.arrayContaining([key, `backups/${backupName}/${backupName}.tar.gz`])
    )
  })

  it('a label added after completion is on the cluster object but not in velero-backup.json', async () => {
    await patchVeleroMetadata(kc, 'Backup', backupName, {
      labels: { 'known-good.dev/verdict-after': 'blocked' }
    })
    const inCluster = await getVelero(kc, 'Backup', backupName)
    expect(inCluster?.metadata.labels?.['known-good.dev/verdict-after']).toBe('blocked')
    // Give Velero's controllers, which watch Backups, time to react to the update (they do not).
    await new Promise(r => setTimeout(r, 3000))
    const file = await backupFileInBucket(backupName)
    expect(file?.metadata.labels?.['known-good.dev/verdict-after']).toBeUndefined()
    expect(file?.metadata.labels).toMatchObject(created.labels)
  })

  it('a Restore after deleting a ConfigMap brings it back with its content, labelled by Velero', async () => {
    await core.deleteNamespacedConfigMap({ name: 'app-config', namespace: app })
    const name = uniqueName('kg-restore')
    const t0 = Date.now()
    await createRestore(kc, { name, backupName, spec: { includedNamespaces: [app] } })
    const done = await waitForVeleroPhase(kc, 'Restore', name, 'Completed')
    timings.restoreCompleted = since(t0)
    const cm = await configMap('app-config')
    expect(cm?.data).toEqual(original['app-config'])
    expect(cm?.metadata?.labels).toMatchObject({
      app: 'shop',
      'velero.io/backup-name': backupName,
      'velero.io/restore-name': name
    })
    expect(done.status).toMatchObject({
      phase: 'Completed',
      startTimestamp: expect.any(String),
      completionTimestamp: expect.any(String)
    })
    expect(done.status?.errors ?? 0).toBe(0)
  })

  it('existingResourcePolicy: none (the default) keeps a changed ConfigMap, update puts the backed-up data back', async () => {
    await core.patchNamespacedConfigMap({
      name: 'app-routes',
      namespace: app,
      body: [{ op: 'replace', path: '/data/routes', value: '/changed' }]
    })
    const keep = uniqueName('kg-restore-none')
    await createRestore(kc, { name: keep, backupName, spec: { includedNamespaces: [app] } })
    const kept = await waitForVeleroPhase(kc, 'Restore', keep, 'Completed')
    expect((await configMap('app-routes'))?.data).toEqual({ routes: '/changed' })
    // The skipped, different object is a warning (its text is in the restore results file).
    expect(kept.status?.warnings ?? 0).toBeGreaterThanOrEqual(1)

    const update = uniqueName('kg-restore-update')
    await createRestore(kc, {
      name: update,
      backupName,
      spec: { includedNamespaces: [app], existingResourcePolicy: 'update' }
    })
    await waitForVeleroPhase(kc, 'Restore', update, 'Completed')
    expect((await configMap('app-routes'))?.data).toEqual(original['app-routes'])
  })

  it('namespaceMapping restores into another namespace', async () => {
    const mapped = `${app}-mapped`
    const name = uniqueName('kg-restore-map')
    await createRestore(kc, {
      name,
      backupName,
      spec: { includedNamespaces: [app], namespaceMapping: { [app]: mapped } }
    })
    await waitForVeleroPhase(kc, 'Restore', name, 'Completed')
    for (const [cm, data] of Object.entries(original))
      expect((await configMap(cm, mapped))?.data).toEqual(data)
    const secret = await core.readNamespacedSecret({ name: 'app-secret', namespace: mapped })
    expect(Buffer.from(secret.data?.password ?? '', 'base64').toString()).toBe('hunter2')
  })

  describe('a BackupStorageLocation that cannot be used', () => {
    const locations: string[] = []
    const backups: string[] = []
    afterAll(async () => {
      for (const b of backups) await deleteVelero(kc, 'Backup', b)
      for (const l of locations) await deleteVelero(kc, 'BackupStorageLocation', l)
    })

    async function location(name: string, config: Record<string, string>, bucketName: string) {
      locations.push(name)
      await createVelero(
        kc,
        'BackupStorageLocation',
        { name },
        {
          provider: 'aws',
          objectStorage: { bucket: bucketName },
          config: {
            region: process.env.KNOWN_GOOD_TEST_OBJECT_STORE_REGION ?? '',
            s3ForcePathStyle: 'true',
            ...config
          }
        }
      )
      return waitFor(
        `BackupStorageLocation ${name} validated`,
        async () => {
          const l = await getVelero(kc, 'BackupStorageLocation', name)
          return l?.status?.phase ? l : undefined
        },
        { timeoutMs: 60_000, intervalMs: 200 }
      )
    }

    it('a missing bucket: Unavailable with the S3 error; a Backup to it fails validation', async () => {
      const l = await location(
        'kg-missing-bucket',
        { s3Url: process.env.KNOWN_GOOD_TEST_OBJECT_STORE_URL ?? '' },
        'no-such-bucket'
      )
      expect(l.status?.phase).toBe('Unavailable')
      expect(String(l.status?.message)).toMatch(
        /BackupStorageLocation "kg-missing-bucket" is unavailable/
      )
      process.stderr.write(`[velero.test] missing bucket: ${JSON.stringify(l.status)}\n`)

      const name = uniqueName('kg-to-missing')
      backups.push(name)
      await createBackup(kc, {
        name,
        namespaces: [app],
        spec: { storageLocation: 'kg-missing-bucket' }
      })
      const b = await waitForVeleroPhase(kc, 'Backup', name, 'FailedValidation')
      expect(b.status?.validationErrors).toEqual([
        "backup can't be created because BackupStorageLocation kg-missing-bucket is in Unavailable status."
      ])
      process.stderr.write(`[velero.test] backup to missing bucket: ${JSON.stringify(b.status)}\n`)
    })

    it('an object store that does not answer: Unavailable with the connection error', async () => {
      // A port on which nothing listens: what a stopped store looks like to Velero.
      const closed = await new Promise<number>(resolve => {
        const srv = net.createServer()
        srv.listen(0, '127.0.0.1', () => {
          const { port } = srv.address() as { port: number }
          srv.close(() => resolve(port))
        })
      })
      const l = await location('kg-no-store', { s3Url: `http://127.0.0.1:${closed}` }, bucket())
      expect(l.status?.phase).toBe('Unavailable')
      expect(String(l.status?.message)).toMatch(
        /BackupStorageLocation "kg-no-store" is unavailable/
      )
      process.stderr.write(`[velero.test] store down: ${JSON.stringify(l.status)}\n`)
    })
  })

  describe('disaster recovery: a second cluster with its own Velero on the same bucket', () => {
    let second: SecondPlane | undefined

    beforeAll(async () => {
      second = await startSecondPlane()
    }, 120_000)

    afterAll(async () => {
      await second?.stop()
      // The shared plane's Velero back for the tests after this file.
      await restartSharedVelero()
    }, 120_000)

    it('a second Velero on this machine waits for the lock, then fails naming the plane that holds it', async () => {
      await expect(second!.startVelero({ lockWaitMs: 1000 })).rejects.toThrow(
        new RegExp(
          `machine-wide lock .*plane ${clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`
        )
      )
    })

    it('a server flag that is not a Go duration is refused before anything starts, naming the flag', async () => {
      await expect(second!.startVelero({ gcFrequency: 'soon' })).rejects.toThrow(
        'garbage-collection-frequency: "soon" is not a Go duration (e.g. 5s, 1m30s)'
      )
      const state = describePlane(second!.state.dir)
      expect(state?.processes.map(p => p.name)).toEqual(['etcd', 'kube-apiserver'])
    })

    it('with the source Velero stopped, the new cluster syncs the Backups in: labels from creation, not the later one', async () => {
      let t0 = Date.now()
      await stopSharedVelero()
      timings.veleroStop = since(t0)
      t0 = Date.now()
      const started = await second!.startVelero()
      timings.secondVeleroStart = since(t0)
      t0 = Date.now()
      const [synced] = await waitForBackupsSynced(second!.kc, [backupName], { timeoutMs: 180_000 })
      timings.drSync = since(t0)
      expect(started.bucket).toBe(bucket())
      expect(synced!.status?.phase).toBe('Completed')
      expect(synced!.metadata.labels).toMatchObject({
        ...created.labels,
        'velero.io/storage-location': 'default'
      })
      expect(synced!.metadata.labels?.['known-good.dev/verdict-after']).toBeUndefined()
      expect(synced!.metadata.annotations).toMatchObject(created.annotations)
    }, 300_000)

    it('a Restore in the new cluster brings the application back', async () => {
      const name = uniqueName('kg-dr-restore')
      const t0 = Date.now()
      await createRestore(second!.kc, { name, backupName })
      await waitForVeleroPhase(second!.kc, 'Restore', name, 'Completed', {
        namespace: veleroNamespace()
      })
      timings.drRestoreCompleted = since(t0)
      const core2 = second!.kc.makeApiClient(CoreV1Api)
      for (const [cm, data] of Object.entries(original))
        expect((await core2.readNamespacedConfigMap({ name: cm, namespace: app })).data).toEqual(
          data
        )
      // Nothing of the source cluster's other Backups leaked in besides what the bucket holds.
      const list = (await second!.kc.makeApiClient(CustomObjectsApi).listNamespacedCustomObject({
        group: 'velero.io',
        version: 'v1',
        plural: 'backups',
        namespace: veleroNamespace()
      })) as { items: VeleroObject[] }
      for (const b of list.items) expect(await backupFileInBucket(b.metadata.name)).toBeDefined()
    })
  })
})
