import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node'
import type { KubeConfig } from '@kubernetes/client-node'
import type { ClusterApi } from '../../src/cluster/api.js'
import { writeVerdictFile } from '../helpers/verdict.js'
import type { BackupController } from '../helpers/backup-controller/index.js'
import { startBackupController } from '../helpers/backup-controller/index.js'
import { adminKubeConfig, clusterEnv, createNamespace, deleteNamespace } from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { runCommand } from './helpers/run-command.js'

jest.setTimeout(60_000)

const COMMIT = 'c0ffee0000000000000000000000000000000001'

function verdictFile(verdict: 'clean' | 'blocked'): string {
  return writeVerdictFile(verdict, COMMIT)
}

describe('backups that move through their phases (test controller acting as Velero and the CSI snapshotter)', () => {
  let admin: KubeConfig
  let custom: CustomObjectsApi
  let velero: string
  let app: string
  let identity: RbacIdentity
  let controller: BackupController

  const as = (
    raw: Record<string, string>,
    extra: { wrap?: (api: ClusterApi) => ClusterApi } = {}
  ) =>
    runCommand(
      { 'backup-namespace': velero, ...raw },
      { kubeconfigYaml: identity.kubeconfigYaml, ...extra }
    )

  beforeAll(async () => {
    admin = adminKubeConfig()
    custom = admin.makeApiClient(CustomObjectsApi)
    velero = await createNamespace(admin, 'velero-life')
    app = await createNamespace(admin, 'app-life')
    identity = await rbacIdentity(admin, {
      veleroNamespace: velero,
      appNamespaces: [app],
      serviceAccountName: 'lifecycle'
    })
    controller = await startBackupController(clusterEnv('KNOWN_GOOD_TEST_KUBECONFIG'), {
      veleroNamespace: velero,
      snapshotNamespaces: [app],
      backupDelayMs: 300,
      restoreDelayMs: 300,
      // Backups of the schedule "doomed" fail; restores whose reason says "partial" partially fail.
      outcome: (kind, object) => {
        if (kind === 'Backup' && object.metadata?.labels?.['velero.io/schedule-name'] === 'doomed')
          return 'Failed'
        if (
          kind === 'Restore' &&
          /partial/.test(object.metadata?.annotations?.['known-good.dev/reason'] ?? '')
        )
          return 'PartiallyFailed'
        return undefined
      }
    })
    for (const schedule of ['nightly', 'doomed']) {
      await custom.createNamespacedCustomObject({
        group: 'velero.io',
        version: 'v1',
        namespace: velero,
        plural: 'schedules',
        body: {
          apiVersion: 'velero.io/v1',
          kind: 'Schedule',
          metadata: { name: schedule, labels: { team: 'shop' } },
          spec: { schedule: '0 1 * * *', template: { includedNamespaces: [app], ttl: '240h0m0s' } }
        }
      })
    }
  })

  afterAll(async () => {
    await controller?.stop()
    await identity?.cleanup()
    await deleteNamespace(admin, velero)
    await deleteNamespace(admin, app)
  })

  it('creates the pre-release backup from a schedule with the verdict at creation, and waits until it completes', async () => {
    const run = await as({
      command: 'label-backup',
      schedule: 'nightly',
      create: 'true',
      'verdict-file': verdictFile('clean')
    })
    const name = run.outputs['backup-name']!
    expect(name).toMatch(/^nightly-\d{14}$/)
    expect(run.outputs['backup-created']).toBe('true')
    const backup = (await custom.getNamespacedCustomObject({
      group: 'velero.io',
      version: 'v1',
      namespace: velero,
      plural: 'backups',
      name
    })) as {
      metadata: { labels: Record<string, string> }
      spec: Record<string, unknown>
      status: { phase: string }
    }
    expect(backup.status.phase).toBe('Completed')
    expect(backup.metadata.labels).toMatchObject({
      'velero.io/schedule-name': 'nightly',
      team: 'shop',
      'known-good.dev/verdict': 'clean',
      'known-good.dev/commit': COMMIT.slice(0, 12)
    })
    expect(backup.spec).toMatchObject({ includedNamespaces: [app], ttl: '240h0m0s' })
    // The controller saw our labels on the object it created: they were there from the start.
    expect(run.logger.text('warning')).not.toMatch(/live only in this cluster/)
  })

  it('fails with Velero’s reason when the backup it created fails', async () => {
    const started = Date.now()
    await expect(
      as({
        command: 'label-backup',
        schedule: 'doomed',
        create: 'true',
        'verdict-file': verdictFile('clean')
      })
    ).rejects.toThrow(/backup doomed-\d{14} ended Failed: .*backup execution failed/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('restores the newest known-good backup with an explicit backupName and reports what Velero reports', async () => {
    const run = await as({ command: 'restore', reason: 'incident 77', 'restore-namespaces': app })
    expect(run.outputs).toMatchObject({ 'restore-phase': 'Completed', 'restore-errors': '0' })
    const restore = (await custom.getNamespacedCustomObject({
      group: 'velero.io',
      version: 'v1',
      namespace: velero,
      plural: 'restores',
      name: run.outputs['restore-name']!
    })) as { metadata: { annotations: Record<string, string> }; spec: { backupName: string } }
    expect(restore.spec.backupName).toBe(run.outputs['backup-name'])
    expect(restore.spec.backupName).toMatch(/^nightly-/)
    expect(restore.metadata.annotations).toMatchObject({
      'known-good.dev/reason': 'incident 77',
      'known-good.dev/requested-by': 'octo-operator'
    })
  })

  it('fails the step when the restore only partially succeeds', async () => {
    await expect(as({ command: 'restore', reason: 'partial drill' })).rejects.toThrow(
      /ended PartiallyFailed/
    )
  })

  it('keeps waiting through an API that fails for a while (connection refused, 503)', async () => {
    let failures = 0
    const flaky = (api: ClusterApi): ClusterApi => ({
      ...api,
      get: async (ref, name) => {
        if (ref.plural === 'backups' && failures < 6) {
          failures++
          throw Object.assign(
            new Error(failures % 2 ? 'connect ECONNREFUSED 127.0.0.1' : 'HTTP 503'),
            failures % 2 ? {} : { status: 503 }
          )
        }
        return api.get(ref, name)
      }
    })
    const run = await as(
      {
        command: 'label-backup',
        schedule: 'nightly',
        create: 'true',
        'verdict-file': verdictFile('clean')
      },
      { wrap: flaky }
    )
    expect(failures).toBe(6)
    expect(run.outputs['backup-name']).toMatch(/^nightly-/)
    expect(run.logger.text('debug')).toMatch(/ECONNREFUSED 127\.0\.0\.1 \(retrying\)/)
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
