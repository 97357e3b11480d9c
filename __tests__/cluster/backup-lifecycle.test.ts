import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node'
import type { KubeConfig } from '@kubernetes/client-node'
import { writeVerdictFile } from '../helpers/verdict.js'
import type { BackupController } from '../helpers/backup-controller/index.js'
import { startBackupController } from '../helpers/backup-controller/index.js'
import { createNamespace, deleteNamespace } from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { startPlaneWithoutStorage, type OwnPlane } from './helpers/plane.js'
import { runCommand } from './helpers/run-command.js'
import { createStorageLocation } from './helpers/velero.js'

jest.setTimeout(60_000)

const COMMIT = 'c0ffee0000000000000000000000000000000001'

function verdictFile(verdict: 'clean' | 'blocked'): string {
  return writeVerdictFile(verdict, COMMIT)
}

// Velero's side (label-backup --create, restores, failed backups and restores, an API that
// fails for a while) runs on the real Velero: velero-release.test.ts. What stays here is the
// CSI snapshotter's side as the test controller plays it. In a plane of its own: the shared
// plane's real snapshot-controller would act on these VolumeSnapshots too
// (storage.test.ts covers the real one).
describe('CSI backups that move through their phases (test controller acting as the CSI snapshotter)', () => {
  let admin: KubeConfig
  let custom: CustomObjectsApi
  let velero: string
  let app: string
  let identity: RbacIdentity
  let controller: BackupController
  let plane: OwnPlane

  beforeAll(async () => {
    plane = await startPlaneWithoutStorage()
    admin = plane.kc
    custom = admin.makeApiClient(CustomObjectsApi)
    velero = await createNamespace(admin, 'velero-life')
    app = await createNamespace(admin, 'app-life')
    await createStorageLocation(admin, velero)
    identity = await rbacIdentity(admin, {
      veleroNamespace: velero,
      appNamespaces: [app],
      serviceAccountName: 'lifecycle'
    })
    controller = await startBackupController(plane.kubeconfig, {
      veleroNamespace: velero,
      snapshotNamespaces: [app],
      backupDelayMs: 300,
      restoreDelayMs: 300
    })
  })

  afterAll(async () => {
    await controller?.stop()
    await identity?.cleanup()
    await deleteNamespace(admin, velero)
    await deleteNamespace(admin, app)
    await plane?.stop()
  })

  describe('CSI VolumeSnapshots', () => {
    beforeAll(async () => {
      await custom.createClusterCustomObject({
        group: 'snapshot.storage.k8s.io',
        version: 'v1',
        plural: 'volumesnapshotclasses',
        body: {
          apiVersion: 'snapshot.storage.k8s.io/v1',
          kind: 'VolumeSnapshotClass',
          metadata: { name: `${app}-class` },
          driver: 'fast.csi.example.com',
          deletionPolicy: 'Delete'
        }
      })
      const core = admin.makeApiClient(CoreV1Api)
      for (const name of ['data-db-0', 'data-db-1']) {
        await core.createNamespacedPersistentVolumeClaim({
          namespace: app,
          body: {
            metadata: { name, labels: { app: 'db' } },
            spec: {
              accessModes: ['ReadWriteOnce'],
              storageClassName: 'fast',
              resources: { requests: { storage: '2Gi' } }
            }
          }
        })
      }
    })

    const csi = (raw: Record<string, string>) =>
      runCommand(
        { provider: 'csi', 'backup-namespace': app, ...raw },
        { kubeconfigYaml: identity.kubeconfigYaml }
      )

    it('snapshots the selected PVCs as one backup, labelled at creation, and waits until every snapshot is ready', async () => {
      const run = await csi({
        command: 'label-backup',
        create: 'true',
        'pvc-selector': 'app=db',
        'snapshot-class': `${app}-class`,
        'verdict-file': verdictFile('clean')
      })
      const group = run.outputs['backup-name']!
      const snapshots = (await custom.listNamespacedCustomObject({
        group: 'snapshot.storage.k8s.io',
        version: 'v1',
        namespace: app,
        plural: 'volumesnapshots',
        labelSelector: `known-good.dev/backup=${group}`
      })) as {
        items: { metadata: { labels: Record<string, string> }; status: { readyToUse: boolean } }[]
      }
      expect(snapshots.items).toHaveLength(2)
      expect(
        snapshots.items.every(
          s => s.status.readyToUse && s.metadata.labels['known-good.dev/verdict'] === 'clean'
        )
      ).toBe(true)
    })

    it('restores into new PVCs whose dataSource is the snapshot', async () => {
      const run = await csi({ command: 'restore', reason: 'restore drill' })
      expect(run.outputs['restore-phase']).toBe('Created')
      const pvcs = await admin
        .makeApiClient(CoreV1Api)
        .listNamespacedPersistentVolumeClaim({ namespace: app })
      const restored = pvcs.items.filter(p => p.spec?.dataSource?.kind === 'VolumeSnapshot')
      expect(
        restored.map(p => [
          p.spec?.storageClassName,
          p.spec?.resources?.requests?.storage,
          p.metadata?.annotations?.['known-good.dev/reason']
        ])
      ).toEqual([
        ['fast', '2Gi', 'restore drill'],
        ['fast', '2Gi', 'restore drill']
      ])
    })
  })
})
