// The TEST controller of __tests__/helpers/backup-controller/ against the real API server:
// every transition it makes, how it writes (Velero: main object, merge patch with
// resourceVersion, retried on 409; CSI: status subresource), its watches (resume from the last
// resourceVersion, re-list on 410) and that stop() leaves nothing running.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node'
import {
  BACKUP_NAME_LABEL,
  BACKUP_UID_LABEL,
  DELAY_ANNOTATION,
  ERRORS_ANNOTATION,
  HOLD_FINALIZER,
  MESSAGE_ANNOTATION,
  OUTCOME_ANNOTATION,
  RESTORE_FINALIZER,
  SCHEDULE_NAME_LABEL,
  STORAGE_LOCATION_LABEL,
  WARNINGS_ANNOTATION,
  ensureDeleteBackupRequestCrd,
  startBackupController,
  type BackupController,
  type ControllerEvent,
  type KubeObject,
  type WriteInfo
} from '../helpers/backup-controller/index.js'
import { mergePatch } from '../helpers/backup-controller/util.js'
import { startPlaneWithoutStorage, type OwnPlane } from './helpers/plane.js'
import {
  adminKubeConfig,
  applyYaml,
  clusterEnv,
  createNamespace,
  deleteNamespace,
  expectStatus,
  waitFor
} from './helpers/cluster.js'

jest.setTimeout(30_000)

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
const velero = { group: 'velero.io', version: 'v1' }
const snapshotApi = { group: 'snapshot.storage.k8s.io', version: 'v1' }

let kc: KubeConfig
let custom: CustomObjectsApi

beforeAll(async () => {
  kc = adminKubeConfig()
  custom = kc.makeApiClient(CustomObjectsApi)
  // The harness installs Backup, Restore, Schedule, BackupStorageLocation: not this one.
  await ensureDeleteBackupRequestCrd(kc)
})

/**
 * The controller records a phase event after its write returns, so a watcher can see the new
 * phase a moment before the event is logged: wait for the event too before reading the log.
 */
async function phaseLogged(
  c: BackupController,
  kind: string,
  name: string,
  phase: string
): Promise<void> {
  await c.waitForEvent(
    e => e.type === 'phase' && e.kind === kind && e.name === name && e.phase === phase,
    `${kind} ${name} ${phase} logged`
  )
}

function phases(c: BackupController, kind: string, name: string): string[] {
  return c.events
    .filter(
      (e): e is Extract<ControllerEvent, { type: 'phase' }> =>
        e.type === 'phase' && e.kind === kind && e.name === name
    )
    .map(e => e.phase)
}

describe('with a running controller', () => {
  let ns: string
  let appNs: string
  let controller: BackupController
  /** Set by a test to act before the controller's writes. */
  let beforeWrite: ((w: WriteInfo) => void | Promise<void>) | undefined

  const backups = () => ({ ...velero, namespace: ns, plural: 'backups' })
  const restores = () => ({ ...velero, namespace: ns, plural: 'restores' })

  async function createBackup(
    name: string,
    {
      annotations,
      spec = {},
      labels
    }: { annotations?: Record<string, string>; spec?: object; labels?: Record<string, string> } = {}
  ): Promise<KubeObject> {
    return (await custom.createNamespacedCustomObject({
      ...backups(),
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: { name, annotations, labels },
        spec: { includedNamespaces: [appNs], ...spec }
      }
    })) as KubeObject
  }

  async function createRestore(
    name: string,
    spec: object,
    annotations?: Record<string, string>
  ): Promise<KubeObject> {
    return (await custom.createNamespacedCustomObject({
      ...restores(),
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Restore',
        metadata: { name, annotations },
        spec
      }
    })) as KubeObject
  }

  beforeAll(async () => {
    ns = await createNamespace(kc, 'kg-velero')
    appNs = await createNamespace(kc, 'kg-app')
    controller = await startBackupController(clusterEnv('KNOWN_GOOD_TEST_KUBECONFIG'), {
      veleroNamespace: ns,
      snapshotNamespaces: [appNs],
      backupDelayMs: 100,
      restoreDelayMs: 100,
      snapshotDelayMs: 50,
      deleteDelayMs: 50,
      beforeWrite: w => beforeWrite?.(w)
    })
  })

  afterAll(async () => {
    await controller?.stop()
    expect(controller?.events.filter(e => e.type === 'error') ?? []).toEqual([])
    await deleteNamespace(kc, ns)
    await deleteNamespace(kc, appNs)
  })

  describe('Velero Backup', () => {
    it('New → Queued → ReadyToStart → InProgress → Finalizing → Completed, as Velero 1.18 writes it', async () => {
      await createBackup('plain', { spec: { ttl: '1h' } })
      const b = await controller.waitForPhase('Backup', 'plain', 'Completed')
      await phaseLogged(controller, 'Backup', 'plain', 'Completed')
      expect(phases(controller, 'Backup', 'plain')).toEqual([
        'Queued',
        'ReadyToStart',
        'InProgress',
        'Finalizing',
        'Completed'
      ])
      const s = b.status as Record<string, unknown>
      expect(s).toEqual({
        phase: 'Completed',
        version: 1,
        formatVersion: '1.1.0',
        startTimestamp: expect.stringMatching(RFC3339),
        completionTimestamp: expect.stringMatching(RFC3339),
        expiration: expect.stringMatching(RFC3339),
        progress: { totalItems: 25, itemsBackedUp: 25 }
      })
      // expiration = start + spec.ttl; the given ttl stays as written
      expect(Date.parse(s.expiration as string) - Date.parse(s.startTimestamp as string)).toBe(
        3_600_000
      )
      expect(b.spec?.ttl).toBe('1h')
      // what prepareBackupRequest adds
      expect(b.spec).toMatchObject({
        storageLocation: 'default',
        csiSnapshotTimeout: '10m0s',
        itemOperationTimeout: '4h0m0s',
        defaultVolumesToFsBackup: false,
        snapshotMoveData: false
      })
      expect(b.metadata.labels?.[STORAGE_LOCATION_LABEL]).toBe('default')
      expect(b.metadata.annotations?.['velero.io/source-cluster-k8s-gitversion']).toBe(
        clusterEnv('KNOWN_GOOD_TEST_KUBERNETES_VERSION')
      )
    })

    it('defaults spec.ttl to 720h0m0s and sets expiration 30 days after the start', async () => {
      await createBackup('default-ttl')
      const b = await controller.waitForPhase('Backup', 'default-ttl', 'Completed')
      const s = b.status as { startTimestamp: string; expiration: string }
      expect(b.spec?.ttl).toBe('720h0m0s')
      expect(Date.parse(s.expiration) - Date.parse(s.startTimestamp)).toBe(720 * 3_600_000)
    })

    it('writes status on the main object (no status subresource): merge patch, no /status', async () => {
      const b = await controller.waitForPhase('Backup', 'plain', 'Completed')
      const writes = (
        b.metadata as { managedFields?: { subresource?: string; fieldsV1?: object }[] }
      ).managedFields
      const statusWriters = (writes ?? []).filter(m =>
        JSON.stringify(m.fieldsV1).includes('"f:status"')
      )
      expect(statusWriters.length).toBeGreaterThan(0)
      for (const m of statusWriters) expect(m.subresource).toBeUndefined()
      // Without a status subresource every status change is a change of the object.
      expect(b.metadata.generation).toBeGreaterThanOrEqual(6)
      await expectStatus(404, () =>
        custom.patchNamespacedCustomObjectStatus(
          { ...backups(), name: 'plain', body: { status: { phase: 'Failed' } } },
          mergePatch
        )
      )
    })

    it('retries a write that answers 409 Conflict (stale resourceVersion) after reading again', async () => {
      let touched = false
      beforeWrite = async w => {
        if (touched || w.kind !== 'Backup' || w.name !== 'conflicted' || w.phase !== 'InProgress')
          return
        touched = true
        // Someone else writes first: the controller's resourceVersion is now stale.
        await custom.patchNamespacedCustomObject(
          { ...backups(), name: 'conflicted', body: { metadata: { labels: { touched: 'yes' } } } },
          mergePatch
        )
      }
      try {
        await createBackup('conflicted')
        const b = await controller.waitForPhase('Backup', 'conflicted', 'Completed')
        expect(touched).toBe(true)
        const conflicts = controller.events.filter(
          e => e.type === 'conflict' && e.kind === 'Backup' && e.name === 'conflicted'
        )
        // exactly the provoked one: the retry read the new version and succeeded
        expect(conflicts).toHaveLength(1)
        // the other writer's change survived; InProgress was written once, after the retry
        expect(b.metadata.labels?.touched).toBe('yes')
        expect(phases(controller, 'Backup', 'conflicted').filter(p => p === 'InProgress')).toEqual([
          'InProgress'
        ])
      } finally {
        beforeWrite = undefined
      }
    })

    it('per-object outcomes: PartiallyFailed, Failed, FailedValidation, Hang', async () => {
      await Promise.all([
        createBackup('partial', {
          annotations: { [OUTCOME_ANNOTATION]: 'PartiallyFailed', [WARNINGS_ANNOTATION]: '2' }
        }),
        createBackup('failed', { annotations: { [OUTCOME_ANNOTATION]: 'Failed' } }),
        createBackup('failed-msg', {
          annotations: {
            [OUTCOME_ANNOTATION]: 'Failed',
            [MESSAGE_ANNOTATION]: 'backup execution failed: disk on fire'
          }
        }),
        createBackup('invalid', { annotations: { [OUTCOME_ANNOTATION]: 'FailedValidation' } }),
        createBackup('hanging', { annotations: { [OUTCOME_ANNOTATION]: 'Hang' } })
      ])
      const partial = await controller.waitForPhase('Backup', 'partial', 'PartiallyFailed')
      await phaseLogged(controller, 'Backup', 'partial', 'PartiallyFailed')
      expect(phases(controller, 'Backup', 'partial').slice(-2)).toEqual([
        'FinalizingPartiallyFailed',
        'PartiallyFailed'
      ])
      expect(partial.status).toMatchObject({
        errors: 1,
        warnings: 2,
        completionTimestamp: expect.stringMatching(RFC3339),
        progress: { totalItems: 25, itemsBackedUp: 24 }
      })

      const failed = await controller.waitForPhase('Backup', 'failed', 'Failed')
      await phaseLogged(controller, 'Backup', 'failed', 'Failed')
      expect(phases(controller, 'Backup', 'failed').slice(-2)).toEqual(['InProgress', 'Failed'])
      expect(failed.status).toMatchObject({
        errors: 1,
        startTimestamp: expect.stringMatching(RFC3339),
        completionTimestamp: expect.stringMatching(RFC3339),
        failureReason: expect.stringMatching(/^backup execution failed: /)
      })
      const failedMsg = await controller.waitForPhase('Backup', 'failed-msg', 'Failed')
      expect(failedMsg.status?.failureReason).toBe('backup execution failed: disk on fire')

      const invalid = await controller.waitForPhase('Backup', 'invalid', 'FailedValidation')
      expect(invalid.status).toEqual({
        phase: 'FailedValidation',
        version: 1,
        formatVersion: '1.1.0',
        expiration: expect.stringMatching(RFC3339),
        validationErrors: [
          "backup can't be created because BackupStorageLocation default is in Unavailable status."
        ]
      })

      await controller.waitForPhase('Backup', 'hanging', 'InProgress')
      await new Promise(r => setTimeout(r, 400)) // well past backupDelayMs
      const hanging = await controller.waitForPhase('Backup', 'hanging', 'InProgress')
      expect(hanging.status?.completionTimestamp).toBeUndefined()
    })

    it("Velero's own validation: includes/excludes, labelSelector with orLabelSelectors; unknown outcomes", async () => {
      await Promise.all([
        createBackup('bad-ns', {
          spec: { includedNamespaces: ['a', 'b'], excludedNamespaces: ['a'] }
        }),
        createBackup('bad-selectors', {
          spec: {
            labelSelector: { matchLabels: { a: 'b' } },
            orLabelSelectors: [{ matchLabels: { c: 'd' } }]
          }
        }),
        createBackup('bogus', { annotations: { [OUTCOME_ANNOTATION]: 'Bogus' } })
      ])
      const badNs = await controller.waitForPhase('Backup', 'bad-ns', 'FailedValidation')
      expect(badNs.status?.validationErrors).toEqual([
        'Invalid included/excluded namespace lists: excludes list cannot contain an item in the includes list: a'
      ])
      const badSel = await controller.waitForPhase('Backup', 'bad-selectors', 'FailedValidation')
      expect(badSel.status?.validationErrors).toEqual([
        'encountered labelSelector as well as orLabelSelectors in backup spec, only one can be specified'
      ])
      const bogus = await controller.waitForPhase('Backup', 'bogus', 'FailedValidation')
      expect(JSON.stringify(bogus.status?.validationErrors)).toMatch(/unknown outcome \\"Bogus\\"/)
    })

    it('setOutcome() decides for objects created without the annotation (e.g. by product code)', async () => {
      controller.setOutcome('Backup', 'made-by-product', 'Failed')
      await createBackup('made-by-product')
      await controller.waitForPhase('Backup', 'made-by-product', 'Failed')
    })

    it('leaves objects that already have a phase alone (seeded fixtures)', async () => {
      await custom.createNamespacedCustomObject({
        ...backups(),
        body: {
          apiVersion: 'velero.io/v1',
          kind: 'Backup',
          metadata: { name: 'seeded' },
          spec: {},
          status: { phase: 'Completed', startTimestamp: '2026-01-01T00:00:00Z' }
        }
      })
      await new Promise(r => setTimeout(r, 300))
      const b = (await custom.getNamespacedCustomObject({
        ...backups(),
        name: 'seeded'
      })) as KubeObject
      expect(b.status).toEqual({ phase: 'Completed', startTimestamp: '2026-01-01T00:00:00Z' })
      expect(phases(controller, 'Backup', 'seeded')).toEqual([])
    })
  })

  describe('expired and deleted backups', () => {
    it('expireBackup() moves status.expiration into the past and nothing else', async () => {
      await createBackup('old')
      await controller.waitForPhase('Backup', 'old', 'Completed')
      const b = await controller.expireBackup('old')
      expect(Date.parse(b.status?.expiration as string)).toBeLessThan(Date.now())
      expect(b.status?.phase).toBe('Completed')
    })

    it("markBackupDeleting(): a held DeleteBackupRequest leaves the Backup in phase Deleting, as Velero's deletion controller writes", async () => {
      const created = await createBackup('doomed')
      await controller.waitForPhase('Backup', 'doomed', 'Completed')
      const b = await controller.markBackupDeleting('doomed')
      expect(b.status?.phase).toBe('Deleting')
      const dbrs = (await custom.listNamespacedCustomObject({
        ...velero,
        namespace: ns,
        plural: 'deletebackuprequests',
        labelSelector: `${BACKUP_NAME_LABEL}=doomed`
      })) as { items: KubeObject[] }
      expect(dbrs.items).toHaveLength(1)
      expect(dbrs.items[0]?.metadata.name).toMatch(/^doomed-/)
      expect(dbrs.items[0]?.metadata.labels?.[BACKUP_UID_LABEL]).toBe(created.metadata.uid)
      expect(dbrs.items[0]?.status).toEqual({ phase: 'InProgress' })
    })

    it("markBackupDeleting({ via: 'phase' }) writes phase Deleting directly", async () => {
      await createBackup('doomed-2')
      await controller.waitForPhase('Backup', 'doomed-2', 'Completed')
      const b = await controller.markBackupDeleting('doomed-2', { via: 'phase' })
      expect(b.status?.phase).toBe('Deleting')
    })

    it("markBackupDeleting({ via: 'finalizer' }) sets metadata.deletionTimestamp; releaseBackup() lets it go", async () => {
      await createBackup('held')
      await controller.waitForPhase('Backup', 'held', 'Completed')
      const b = await controller.markBackupDeleting('held', { via: 'finalizer' })
      expect(b.metadata.deletionTimestamp).toMatch(RFC3339)
      expect(b.metadata.finalizers).toEqual([HOLD_FINALIZER])
      expect(b.status?.phase).toBe('Completed')
      await controller.releaseBackup('held')
      await expectStatus(404, () =>
        custom.getNamespacedCustomObject({ ...backups(), name: 'held' })
      )
    })

    it('deleteBackup() (`velero backup delete`) removes the Backup, its Restores and the request', async () => {
      await createBackup('gone')
      await controller.waitForPhase('Backup', 'gone', 'Completed')
      await createRestore('from-gone', { backupName: 'gone' })
      await controller.waitForPhase('Restore', 'from-gone', 'Completed')
      await controller.deleteBackup('gone')
      await expectStatus(404, () =>
        custom.getNamespacedCustomObject({ ...restores(), name: 'from-gone' })
      )
      expect(phases(controller, 'Backup', 'gone')).toContain('Deleting')
      await waitFor('the DeleteBackupRequest to go', async () => {
        const l = (await custom.listNamespacedCustomObject({
          ...velero,
          namespace: ns,
          plural: 'deletebackuprequests',
          labelSelector: `${BACKUP_NAME_LABEL}=gone`
        })) as { items: unknown[] }
        return l.items.length === 0
      })
    })

    it('a DeleteBackupRequest for a missing or running backup ends Processed with errors', async () => {
      await createBackup('running', { annotations: { [OUTCOME_ANNOTATION]: 'Hang' } })
      await controller.waitForPhase('Backup', 'running', 'InProgress')
      for (const [name, backupName] of [
        ['del-missing', 'no-such-backup'],
        ['del-running', 'running']
      ])
        await custom.createNamespacedCustomObject({
          ...velero,
          namespace: ns,
          plural: 'deletebackuprequests',
          body: {
            apiVersion: 'velero.io/v1',
            kind: 'DeleteBackupRequest',
            metadata: { name },
            spec: { backupName }
          }
        })
      const missing = await controller.waitForPhase(
        'DeleteBackupRequest',
        'del-missing',
        'Processed'
      )
      expect(missing.status?.errors).toEqual(['backup not found'])
      const running = await controller.waitForPhase(
        'DeleteBackupRequest',
        'del-running',
        'Processed'
      )
      expect(running.status?.errors).toEqual(['backup is still in progress'])
    })
  })

  describe('Velero Schedule', () => {
    const schedules = () => ({ ...velero, namespace: ns, plural: 'schedules' })

    beforeAll(async () => {
      await custom.createNamespacedCustomObject({
        ...schedules(),
        body: {
          apiVersion: 'velero.io/v1',
          kind: 'Schedule',
          metadata: {
            name: 'nightly',
            labels: { owner: 'sre' },
            annotations: { note: 'from schedule' }
          },
          spec: {
            schedule: '0 3 * * *',
            template: {
              includedNamespaces: ['app'],
              ttl: '24h0m0s',
              metadata: { labels: { team: 'a' } }
            }
          }
        }
      })
    })

    it("validates the cron expression: Enabled, or FailedValidation with Velero's message", async () => {
      const s = await controller.waitForPhase('Schedule', 'nightly', 'Enabled')
      expect(s.spec?.skipImmediately).toBe(false)
      await custom.createNamespacedCustomObject({
        ...schedules(),
        body: {
          apiVersion: 'velero.io/v1',
          kind: 'Schedule',
          metadata: { name: 'broken' },
          spec: { schedule: 'every day', template: {} }
        }
      })
      const broken = await controller.waitForPhase('Schedule', 'broken', 'FailedValidation')
      expect(broken.status?.validationErrors).toEqual([
        'invalid schedule: expected exactly 5 fields, found 2: [every day]'
      ])
    })

    it('runSchedule() creates <schedule>-<yyyymmddhhmmss> (UTC) from the template, labelled velero.io/schedule-name', async () => {
      const at = new Date('2026-01-02T03:04:05.678Z')
      const created = await controller.runSchedule('nightly', at)
      expect(created.metadata.name).toBe('nightly-20260102030405')
      // the template's labels win over the schedule's; the schedule's annotations are copied
      expect(created.metadata.labels).toEqual({ team: 'a', [SCHEDULE_NAME_LABEL]: 'nightly' })
      expect(created.metadata.annotations).toEqual({ note: 'from schedule' })
      expect(created.spec).toEqual({
        includedNamespaces: ['app'],
        ttl: '24h0m0s',
        metadata: { labels: { team: 'a' } }
      })
      const b = await controller.waitForPhase('Backup', 'nightly-20260102030405', 'Completed')
      const s = b.status as { startTimestamp: string; expiration: string }
      expect(Date.parse(s.expiration) - Date.parse(s.startTimestamp)).toBe(24 * 3_600_000)
      const schedule = (await custom.getNamespacedCustomObject({
        ...schedules(),
        name: 'nightly'
      })) as KubeObject
      expect(schedule.status?.lastBackup).toBe('2026-01-02T03:04:05Z')
      // Velero's naming: a second run in the same second is AlreadyExists
      await expectStatus(409, () => controller.runSchedule('nightly', at))
    })
  })

  describe('Velero Restore', () => {
    beforeAll(async () => {
      await Promise.all([
        createBackup('source'),
        createBackup('broken-source', { annotations: { [OUTCOME_ANNOTATION]: 'Failed' } })
      ])
      await controller.waitForPhase('Backup', 'source', 'Completed')
      await controller.waitForPhase('Backup', 'broken-source', 'Failed')
    })

    it("'' → InProgress → Finalizing → Completed, with Velero's finalizer and spec defaults", async () => {
      await createRestore(
        'r1',
        { backupName: 'source', existingResourcePolicy: 'update' },
        {
          [WARNINGS_ANNOTATION]: '3'
        }
      )
      const r = await controller.waitForPhase('Restore', 'r1', 'Completed')
      await phaseLogged(controller, 'Restore', 'r1', 'Completed')
      expect(phases(controller, 'Restore', 'r1')).toEqual(['InProgress', 'Finalizing', 'Completed'])
      expect(r.status).toEqual({
        phase: 'Completed',
        startTimestamp: expect.stringMatching(RFC3339),
        completionTimestamp: expect.stringMatching(RFC3339),
        progress: { totalItems: 25, itemsRestored: 25 },
        warnings: 3
      })
      expect(r.metadata.finalizers).toEqual([RESTORE_FINALIZER])
      expect(r.spec?.itemOperationTimeout).toBe('4h0m0s')
      expect(r.spec?.excludedResources).toEqual(
        expect.arrayContaining(['nodes', 'events', 'backups.velero.io', 'restores.velero.io'])
      )
    })

    it("FailedValidation with Velero's messages: no such backup; neither or both sources", async () => {
      await Promise.all([
        createRestore('r-missing', { backupName: 'missing' }),
        createRestore('r-neither', {}),
        createRestore('r-both', { backupName: 'source', scheduleName: 'nightly' }),
        createRestore('r-policy', { backupName: 'source', existingResourcePolicy: 'overwrite' })
      ])
      const missing = await controller.waitForPhase('Restore', 'r-missing', 'FailedValidation')
      expect(missing.status).toEqual({
        phase: 'FailedValidation',
        validationErrors: [
          `Error retrieving backup: can't find backup ${ns}/missing: backups.velero.io "missing" not found`
        ]
      })
      const either =
        'Either a backup or schedule must be specified as a source for the restore, but not both'
      for (const name of ['r-neither', 'r-both']) {
        const r = await controller.waitForPhase('Restore', name, 'FailedValidation')
        expect(r.status?.validationErrors).toEqual([either])
      }
      const policy = await controller.waitForPhase('Restore', 'r-policy', 'FailedValidation')
      expect(policy.status?.validationErrors).toEqual(['Invalid ExistingResourcePolicy: overwrite'])
    })

    it('spec.scheduleName: the newest Completed backup of the schedule becomes spec.backupName', async () => {
      await custom.createNamespacedCustomObject({
        ...velero,
        namespace: ns,
        plural: 'schedules',
        body: {
          apiVersion: 'velero.io/v1',
          kind: 'Schedule',
          metadata: { name: 'hourly' },
          spec: { schedule: '@hourly', template: { ttl: '1h0m0s' } }
        }
      })
      await controller.runSchedule('hourly', new Date('2026-02-01T00:00:00Z'))
      await controller.runSchedule('hourly', new Date('2026-02-01T01:00:00Z'))
      await controller.waitForPhase('Backup', 'hourly-20260201000000', 'Completed')
      await controller.waitForPhase('Backup', 'hourly-20260201010000', 'Completed')
      await createRestore('r-schedule', { scheduleName: 'hourly' })
      const r = await controller.waitForPhase('Restore', 'r-schedule', 'Completed')
      // both started within the same second or so: newest by startTimestamp, ties by list order
      expect(r.spec?.backupName).toMatch(/^hourly-202602010[01]0000$/)
    })

    it('per-object outcomes: PartiallyFailed, Failed, Hang; a backup that never completed fails the restore', async () => {
      await Promise.all([
        createRestore(
          'r-partial',
          { backupName: 'source' },
          {
            [OUTCOME_ANNOTATION]: 'PartiallyFailed',
            [ERRORS_ANNOTATION]: '4'
          }
        ),
        createRestore('r-failed', { backupName: 'source' }, { [OUTCOME_ANNOTATION]: 'Failed' }),
        createRestore('r-hang', { backupName: 'source' }, { [OUTCOME_ANNOTATION]: 'Hang' }),
        createRestore('r-of-failed', { backupName: 'broken-source' })
      ])
      const partial = await controller.waitForPhase('Restore', 'r-partial', 'PartiallyFailed')
      await phaseLogged(controller, 'Restore', 'r-partial', 'PartiallyFailed')
      expect(phases(controller, 'Restore', 'r-partial').slice(-2)).toEqual([
        'FinalizingPartiallyFailed',
        'PartiallyFailed'
      ])
      expect(partial.status).toMatchObject({
        errors: 4,
        completionTimestamp: expect.stringMatching(RFC3339)
      })
      const failed = await controller.waitForPhase('Restore', 'r-failed', 'Failed')
      expect(failed.status?.failureReason).toMatch(/^restore execution failed: /)
      const ofFailed = await controller.waitForPhase('Restore', 'r-of-failed', 'Failed')
      expect(ofFailed.status?.failureReason).toMatch(
        /^restore execution failed: error downloading backup/
      )
      await new Promise(r => setTimeout(r, 300))
      await controller.waitForPhase('Restore', 'r-hang', 'InProgress', { timeoutMs: 0 })
    })

    it('a deleted Restore loses its finalizer and goes away', async () => {
      await createRestore('r-delete', { backupName: 'source' })
      await controller.waitForPhase('Restore', 'r-delete', 'Completed')
      await custom.deleteNamespacedCustomObject({ ...restores(), name: 'r-delete' })
      await waitFor('the restore to go', async () => {
        try {
          await custom.getNamespacedCustomObject({ ...restores(), name: 'r-delete' })
          return false
        } catch {
          return true
        }
      })
    })
  })
})

// In a plane of its own, without the storage layer: the shared plane's real snapshot-controller
// acts on every VolumeSnapshot, and its default StorageClass would provision the PVC below
// (storage.test.ts covers the real controllers).
describe('CSI VolumeSnapshot', () => {
  let plane: OwnPlane
  let kc: KubeConfig
  let custom: CustomObjectsApi
  let appNs: string
  let controller: BackupController
  let snapshotClass: string
  const snapshots = () => ({ ...snapshotApi, namespace: appNs, plural: 'volumesnapshots' })
  const contents = { ...snapshotApi, plural: 'volumesnapshotcontents' }

  async function createSnapshot(
    name: string,
    annotations?: Record<string, string>,
    className = snapshotClass
  ) {
    return (await custom.createNamespacedCustomObject({
      ...snapshots(),
      body: {
        apiVersion: 'snapshot.storage.k8s.io/v1',
        kind: 'VolumeSnapshot',
        metadata: { name, annotations },
        spec: {
          volumeSnapshotClassName: className,
          source: { persistentVolumeClaimName: 'data' }
        }
      }
    })) as KubeObject
  }

  beforeAll(async () => {
    plane = await startPlaneWithoutStorage()
    kc = plane.kc
    custom = kc.makeApiClient(CustomObjectsApi)
    appNs = await createNamespace(kc, 'kg-app')
    controller = await startBackupController(plane.kubeconfig, {
      veleroNamespace: await createNamespace(kc, 'kg-velero'),
      snapshotNamespaces: [appNs],
      snapshotDelayMs: 50,
      deleteDelayMs: 50
    })
    snapshotClass = `kg-${appNs}`
    await applyYaml(
      kc,
      `
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshotClass
metadata: {name: ${snapshotClass}}
driver: hostpath.csi.k8s.io
deletionPolicy: Delete
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 2Gi}}
`,
      { namespace: appNs }
    )
  })

  afterAll(async () => {
    await custom
      .deleteClusterCustomObject({
        ...snapshotApi,
        plural: 'volumesnapshotclasses',
        name: snapshotClass
      })
      .catch(() => undefined)
    await controller?.stop()
    expect(controller?.events.filter(e => e.type === 'error') ?? []).toEqual([])
    await plane?.stop()
  })

  it('New → Bound → Ready through the status subresource, with a bound VolumeSnapshotContent', async () => {
    const created = await createSnapshot('snap')
    const vs = await controller.waitForPhase('VolumeSnapshot', 'snap', 'Ready', {
      namespace: appNs
    })
    await phaseLogged(controller, 'VolumeSnapshot', 'snap', 'Ready')
    expect(phases(controller, 'VolumeSnapshot', 'snap')).toEqual(['Bound', 'Ready'])
    const contentName = `snapcontent-${created.metadata.uid}`
    expect(vs.status).toEqual({
      boundVolumeSnapshotContentName: contentName,
      creationTime: expect.stringMatching(RFC3339),
      readyToUse: true,
      restoreSize: '2Gi'
    })
    const managed =
      (vs.metadata as { managedFields?: { subresource?: string; fieldsV1?: object }[] })
        .managedFields ?? []
    const statusWriters = managed.filter(m => JSON.stringify(m.fieldsV1).includes('"f:status"'))
    expect(statusWriters.length).toBeGreaterThan(0)
    for (const m of statusWriters) expect(m.subresource).toBe('status')

    const content = (await custom.getClusterCustomObject({
      ...contents,
      name: contentName
    })) as KubeObject & {
      status: Record<string, unknown>
    }
    expect(content.spec).toMatchObject({
      volumeSnapshotRef: {
        kind: 'VolumeSnapshot',
        namespace: appNs,
        name: 'snap',
        uid: created.metadata.uid
      },
      driver: 'hostpath.csi.k8s.io',
      deletionPolicy: 'Delete',
      volumeSnapshotClassName: snapshotClass,
      source: { volumeHandle: `test-volume-${appNs}-data` }
    })
    expect(content.status).toEqual({
      snapshotHandle: `test-snapshot-${created.metadata.uid}`,
      creationTime: expect.any(Number),
      restoreSize: 2 * 2 ** 30,
      readyToUse: true
    })
    expect(
      new Date((content.status.creationTime as number) / 1e6).toISOString().replace(/\.\d+Z$/, 'Z')
    ).toBe(vs.status?.creationTime)
  })

  it('outcome Error: status.error {message, time} and readyToUse false (snapshot and content)', async () => {
    await createSnapshot('snap-error', { [OUTCOME_ANNOTATION]: 'Error' })
    const vs = await controller.waitForPhase('VolumeSnapshot', 'snap-error', 'Error', {
      namespace: appNs
    })
    expect(vs.status).toEqual({
      boundVolumeSnapshotContentName: expect.stringMatching(/^snapcontent-/),
      readyToUse: false,
      error: {
        message: expect.stringMatching(
          /^Failed to check and update snapshot content: failed to take snapshot of the volume /
        ),
        time: expect.stringMatching(RFC3339)
      }
    })
    const content = (await custom.getClusterCustomObject({
      ...contents,
      name: vs.status?.boundVolumeSnapshotContentName as string
    })) as KubeObject
    expect(content.status).toEqual({ readyToUse: false, error: vs.status?.error })
  })

  it('outcome Hang stays Bound with readyToUse false; a missing class is an error at once', async () => {
    await createSnapshot('snap-hang', { [OUTCOME_ANNOTATION]: 'Hang', [DELAY_ANNOTATION]: '0' })
    await createSnapshot('snap-noclass', undefined, 'no-such-class')
    await controller.waitForPhase('VolumeSnapshot', 'snap-hang', 'Bound', { namespace: appNs })
    const noClass = await controller.waitForPhase('VolumeSnapshot', 'snap-noclass', 'Error', {
      namespace: appNs
    })
    expect(noClass.status?.error).toMatchObject({
      message:
        'Failed to create snapshot content with error failed to get input parameters to create snapshot snap-noclass: "volumesnapshotclass.snapshot.storage.k8s.io \\"no-such-class\\" not found"'
    })
    expect(noClass.status?.readyToUse).toBe(false)
    await new Promise(r => setTimeout(r, 200))
    const hang = await controller.waitForPhase('VolumeSnapshot', 'snap-hang', 'Bound', {
      namespace: appNs,
      timeoutMs: 0
    })
    expect(hang.status).toEqual({
      boundVolumeSnapshotContentName: expect.stringMatching(/^snapcontent-/),
      readyToUse: false
    })
  })

  it('deleting a snapshot deletes its content (deletionPolicy Delete)', async () => {
    const created = await createSnapshot('snap-delete')
    await controller.waitForPhase('VolumeSnapshot', 'snap-delete', 'Ready', { namespace: appNs })
    await custom.deleteNamespacedCustomObject({ ...snapshots(), name: 'snap-delete' })
    await waitFor('the content to go', async () => {
      try {
        await custom.getClusterCustomObject({
          ...contents,
          name: `snapcontent-${created.metadata.uid}`
        })
        return false
      } catch {
        return true
      }
    })
  })
})

describe('watches and lifecycle', () => {
  let ns: string
  const backups = () => ({ ...velero, namespace: ns, plural: 'backups' })
  const create = (name: string) =>
    custom.createNamespacedCustomObject({
      ...backups(),
      body: { apiVersion: 'velero.io/v1', kind: 'Backup', metadata: { name }, spec: {} }
    })

  beforeAll(async () => {
    ns = await createNamespace(kc, 'kg-velero-watch')
  })
  afterAll(async () => {
    await deleteNamespace(kc, ns)
  })

  it('processes objects that existed before it started (initial list)', async () => {
    await create('before-start')
    const c = await startBackupController(kc, { veleroNamespace: ns, backupDelayMs: 0 })
    try {
      await c.waitForPhase('Backup', 'before-start', 'Completed')
    } finally {
      await c.stop()
    }
  })

  it('resumes an ended watch from the last resourceVersion; re-lists after 410 Gone', async () => {
    const c = await startBackupController(kc, {
      veleroNamespace: ns,
      backupDelayMs: 0,
      watchTimeoutSeconds: 1,
      schedules: false,
      deleteBackupRequests: false
    })
    try {
      const backupsWatch = `backups.velero.io in ${ns}`
      const isBackups = (e: ControllerEvent) => e.type === 'watch' && e.resource === backupsWatch
      const listedAt = c.events.filter(
        e => isBackups(e) && e.type === 'watch' && e.action === 'listed'
      )
      expect(listedAt).toHaveLength(1)
      // The server ends each watch after 1 s; the next one starts where the last one ended.
      const ended = await c.waitForEvent(
        e => isBackups(e) && e.type === 'watch' && e.action === 'ended',
        'a watch end',
        { timeoutMs: 5_000 }
      )
      const next = await c.waitForEvent(
        e => isBackups(e) && e.type === 'watch' && e.action === 'watching' && e.at >= ended.at,
        'the next watch',
        { since: c.events.indexOf(ended) }
      )
      expect(next.type === 'watch' && next.resourceVersion).toBe(
        ended.type === 'watch' && ended.resourceVersion
      )
      expect(
        c.events.filter(e => isBackups(e) && e.type === 'watch' && e.action === 'listed')
      ).toHaveLength(1)
      await create('after-rewatch')
      await c.waitForPhase('Backup', 'after-rewatch', 'Completed')

      // A resourceVersion the server no longer has: 410 Expired → a new list.
      const mark = c.events.length
      c.restartWatches('1')
      await c.waitForEvent(
        e => isBackups(e) && e.type === 'watch' && e.action === 'expired',
        '410',
        {
          since: mark
        }
      )
      await c.waitForEvent(
        e => isBackups(e) && e.type === 'watch' && e.action === 'listed',
        'a re-list',
        {
          since: mark
        }
      )
      await create('after-relist')
      await c.waitForPhase('Backup', 'after-relist', 'Completed')
      expect(c.events.filter(e => e.type === 'error')).toEqual([])
    } finally {
      await c.stop()
    }
  })

  it('stop() ends every watch, timer and request: nothing keeps the process alive', async () => {
    const relevant = (kinds: string[]) =>
      kinds.filter(
        k => k === 'TCPSocketWrap' || k === 'TLSSocketWrap' || k === 'TLSWrap' || k === 'Timeout'
      )
    const settle = async () =>
      waitFor(
        'no sockets or timers of ours',
        () => relevant(process.getActiveResourcesInfo()).length <= baseline.length,
        { timeoutMs: 10_000, intervalMs: 50 }
      )
    const baseline = relevant(process.getActiveResourcesInfo())
    const snapNs = await createNamespace(kc, 'kg-snap-stop')
    try {
      const c = await startBackupController(kc, {
        veleroNamespace: ns,
        snapshotNamespaces: [snapNs],
        backupDelayMs: 60_000 // a timer pending at stop()
      })
      await create('pending-at-stop')
      await c.waitForPhase('Backup', 'pending-at-stop', 'InProgress')
      expect(relevant(process.getActiveResourcesInfo()).length).toBeGreaterThan(baseline.length)
      const watches = c.watches().map(w => w.resource)
      expect(watches).toEqual([
        `backups.velero.io in ${ns}`,
        `restores.velero.io in ${ns}`,
        `schedules.velero.io in ${ns}`,
        `deletebackuprequests.velero.io in ${ns}`,
        `volumesnapshots.snapshot.storage.k8s.io in ${snapNs}`
      ])
      const t0 = Date.now()
      await c.stop()
      expect(Date.now() - t0).toBeLessThan(5_000)
      const stopped = c.events.filter(e => e.type === 'watch' && e.action === 'stopped')
      expect(stopped.map(e => e.type === 'watch' && e.resource).sort()).toEqual([...watches].sort())
      await settle()
      // and it really stopped: a new backup stays untouched
      await create('after-stop')
      await new Promise(r => setTimeout(r, 300))
      const b = (await custom.getNamespacedCustomObject({
        ...backups(),
        name: 'after-stop'
      })) as KubeObject
      expect(b.status).toBeUndefined()
      await c.stop() // idempotent
    } finally {
      await deleteNamespace(kc, snapNs)
    }
    await settle()
  })
})
