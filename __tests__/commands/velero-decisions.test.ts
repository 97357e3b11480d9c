// What restore and label-backup decide from what Velero reports, on the plain fake: storage
// locations Velero cannot use, failed backups and restores with Velero's messages from its
// files. The same against real Velero: __tests__/cluster/velero-*.test.ts.
import { describe, expect, it } from '@jest/globals'
import type { ResourceRef } from '../../src/cluster/api.js'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import { ConfigurationError } from '../../src/errors.js'
import { run } from '../../src/run.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { FakeVeleroFiles } from '../helpers/fake-velero-files.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'
import { writeVerdictFile } from '../helpers/verdict.js'

const SHA = 'c0ffee0000000000000000000000000000000001'
const ref = (plural: string): ResourceRef => ({
  group: 'velero.io',
  version: 'v1',
  plural,
  namespace: 'velero'
})
const UNAVAILABLE = {
  phase: 'Unavailable',
  lastValidationTime: '2026-11-25T07:59:00Z',
  message:
    'BackupStorageLocation "default" is unavailable: rpc error: code = Unknown desc = NoSuchBucket'
}

async function runWith(cluster: FakeCluster, raw: RawInputs, files = new FakeVeleroFiles(cluster)) {
  const logger = new RecordingLogger()
  const env = { GITHUB_SHA: SHA, GITHUB_ACTOR: 'octo-operator' }
  const { config } = parseConfig({ timeout: '5s', ...raw }, env, 'cli', tempDir())
  let summary = ''
  const result = await run(config, {
    logger,
    env,
    now: () => new Date('2026-11-25T08:00:00Z'),
    cluster,
    signedUrls: files,
    pollIntervalMs: 10,
    writeJobSummary: async markdown => {
      summary += markdown
    }
  })
  return { result, outputs: result.outputs as Record<string, string>, logger, summary, files }
}

function backup(
  cluster: FakeCluster,
  name: string,
  hoursAgo: number,
  { location = 'default', verdict = 'clean', phase = 'Completed' } = {}
) {
  cluster.put(ref('backups'), {
    metadata: {
      name,
      namespace: 'velero',
      labels: { 'known-good.dev/verdict': verdict, 'velero.io/storage-location': location }
    },
    spec: { storageLocation: location, includedNamespaces: ['shop'] },
    status: {
      phase,
      startTimestamp: new Date(Date.parse('2026-11-25T08:00:00Z') - hoursAgo * 3_600_000)
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
    }
  })
}

/** Velero ending every Restore at once with `status`, and its results file. */
function restores(
  cluster: FakeCluster,
  files: FakeVeleroFiles,
  status: Record<string, unknown>,
  results?: object
) {
  cluster.onCreate('restores', object => {
    object.status = status
    if (results) files.put('RestoreResults', object.metadata.name, results)
  })
}

describe('restore and storage locations', () => {
  it('passes over a backup whose location is Unavailable to an older one Velero can read', async () => {
    const cluster = new FakeCluster()
      .storageLocation('velero', 'default', UNAVAILABLE)
      .storageLocation('velero', 'secondary')
    backup(cluster, 'newest', 1)
    backup(cluster, 'older', 5, { location: 'secondary' })
    const { outputs } = await runWith(cluster, {
      command: 'restore',
      reason: 'drill',
      'dry-run': true
    })
    expect(outputs['backup-name']).toBe('older')
    const rows = JSON.parse(outputs.backups!) as { name: string; reason?: string }[]
    expect(JSON.stringify(rows)).toContain(
      'backup storage location default is Unavailable (validated 2026-11-25T07:59:00Z): BackupStorageLocation \\"default\\" is unavailable'
    )
  })

  it('refuses, naming the location and what Velero said, when every backup is on it', async () => {
    const cluster = new FakeCluster().storageLocation('velero', 'default', UNAVAILABLE)
    backup(cluster, 'only', 1)
    await expect(runWith(cluster, { command: 'restore', reason: 'x' })).rejects.toThrow(
      /no usable backup with verdict clean .*only: not usable: backup storage location default is Unavailable .*NoSuchBucket/
    )
  })

  it('refuses a named backup on an unusable location before creating the Restore', async () => {
    const cluster = new FakeCluster().storageLocation('velero', 'default', UNAVAILABLE)
    backup(cluster, 'named', 1)
    const attempt = runWith(cluster, { command: 'restore', reason: 'x', backup: 'named' })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /cannot restore backup named: backup storage location default is Unavailable .*Velero would refuse the restore; fix the location/
    )
    expect(cluster.calls.some(c => c.startsWith('create restores/'))).toBe(false)
  })

  it('refuses a backup whose location does not exist in this cluster', async () => {
    const cluster = new FakeCluster().storageLocation()
    backup(cluster, 'elsewhere', 1, { location: 'gone' })
    await expect(
      runWith(cluster, { command: 'restore', reason: 'x', backup: 'elsewhere' })
    ).rejects.toThrow('backup storage location gone does not exist in namespace velero')
  })
})

describe("restore with Velero's messages", () => {
  const partly = {
    errors: {
      namespaces: {
        shop: ['error restoring configmaps/shop/orders: forbidden by policy [see](https://x)']
      }
    },
    warnings: { namespaces: { shop: ['could not restore, ConfigMap:app already exists'] } }
  }

  it('a PartiallyFailed restore fails with the reasons from its results file: log, summary, output', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    backup(cluster, 'good', 1)
    restores(cluster, files, { phase: 'PartiallyFailed', errors: 1, warnings: 1 }, partly)
    const { result, outputs, logger, summary } = await runWith(
      cluster,
      { command: 'restore', reason: 'x' },
      files
    )
    expect(result.status).toBe('failed')
    expect(result.failure).toMatch(
      /^restore good-restore-\S+ of backup good ended PartiallyFailed \(1 errors, 1 warnings\): namespace shop: error restoring configmaps\/shop\/orders: forbidden by policy .*restore-messages$/
    )
    expect(JSON.parse(outputs['restore-messages']!)).toEqual({
      errors: [
        {
          scope: 'namespace shop',
          message: 'error restoring configmaps/shop/orders: forbidden by policy [see](https://x)'
        }
      ],
      warnings: [
        { scope: 'namespace shop', message: 'could not restore, ConfigMap:app already exists' }
      ],
      omitted: 0
    })
    expect(logger.text('info')).toContain(
      'error (namespace shop): error restoring configmaps/shop/orders'
    )
    // Cluster text in the summary is escaped: no link, no Markdown.
    expect(summary).toContain('forbidden by policy \\[see\\]\\(https:\u200b//x\\)')
    // The DownloadRequest was cleaned up.
    expect(cluster.calls.filter(c => c.startsWith('delete downloadrequests/'))).toHaveLength(1)
  })

  it("trusts the storage location's CA certificate for the download, as Velero's client does", async () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
    const cluster = new FakeCluster().storageLocation(
      'velero',
      'default',
      { phase: 'Available' },
      { default: true, objectStorage: { bucket: 'b', caCert: Buffer.from(pem).toString('base64') } }
    )
    const files = new FakeVeleroFiles(cluster)
    backup(cluster, 'good', 1)
    restores(cluster, files, { phase: 'PartiallyFailed', errors: 1, warnings: 0 }, partly)
    await runWith(cluster, { command: 'restore', reason: 'x' }, files)
    expect(files.reads.map(r => r.limits.caCert)).toEqual([pem])
    // The location was read once, for the check before the restore and for the download.
    expect(cluster.calls.filter(c => c === 'get backupstoragelocations/default')).toHaveLength(1)
  })

  it('a Completed restore with warnings succeeds and says what Velero skipped', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    backup(cluster, 'good', 1)
    restores(
      cluster,
      files,
      { phase: 'Completed', errors: 0, warnings: 1 },
      {
        errors: {},
        warnings: partly.warnings
      }
    )
    const { result, outputs } = await runWith(cluster, { command: 'restore', reason: 'x' }, files)
    expect(result.status).toBe('ok')
    expect(JSON.parse(outputs['restore-messages']!).warnings).toHaveLength(1)
  })

  it('a clean Completed restore reads no file', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    backup(cluster, 'good', 1)
    restores(cluster, files, { phase: 'Completed', errors: 0, warnings: 0 })
    const { outputs } = await runWith(cluster, { command: 'restore', reason: 'x' }, files)
    expect(files.reads).toEqual([])
    expect(cluster.calls.some(c => c.startsWith('create downloadrequests/'))).toBe(false)
    expect(JSON.parse(outputs['restore-messages']!)).toEqual({
      errors: [],
      warnings: [],
      omitted: 0
    })
  })

  it('results that cannot be read leave the phase as Velero set it, and say why', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    backup(cluster, 'good', 1)
    restores(cluster, files, { phase: 'PartiallyFailed', errors: 2, warnings: 0 })
    const failing = {
      read: async () => {
        throw new Error(
          'downloading from object storage at minio.velero.svc:9000: getaddrinfo ENOTFOUND'
        )
      }
    }
    const { result, outputs, logger } = await runWith(
      cluster,
      { command: 'restore', reason: 'x' },
      Object.assign(files, failing)
    )
    expect(result.status).toBe('failed')
    expect(result.failure).toMatch(/ended PartiallyFailed \(2 errors, 0 warnings\)/)
    expect(JSON.parse(outputs['restore-messages']!).unavailable).toMatch(/ENOTFOUND/)
    expect(logger.text('warning')).toMatch(/could not read Velero's results of restore .*ENOTFOUND/)
  })

  it('a restore Velero refuses (FailedValidation) fails with its validation errors', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    backup(cluster, 'good', 1)
    restores(cluster, files, {
      phase: 'FailedValidation',
      validationErrors: ['The BSL default is unavailable, cannot retrieve the backup']
    })
    const { result } = await runWith(cluster, { command: 'restore', reason: 'x' }, files)
    expect(result.status).toBe('failed')
    expect(result.failure).toContain(
      'ended FailedValidation (0 errors, 0 warnings): status: The BSL default is unavailable'
    )
  })
})

describe("drill with Velero's messages", () => {
  it('a PartiallyFailed drill restore fails the drill with the reasons from its results file', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    backup(cluster, 'good', 1)
    restores(
      cluster,
      files,
      { phase: 'PartiallyFailed', errors: 1, warnings: 0 },
      { errors: { namespaces: { shop: ['error restoring configmaps/shop/orders: denied'] } } }
    )
    const { result, outputs } = await runWith(cluster, { command: 'drill' }, files)
    expect(result.status).toBe('failed')
    expect(outputs['drill-result']).toBe('failed')
    expect(result.failure).toMatch(
      /restore: Restore good-drill-\S+ ended PartiallyFailed with 0 warnings and 1 errors: namespace shop: error restoring configmaps\/shop\/orders: denied/
    )
    expect(files.reads).toHaveLength(1)
  })
})

describe('label-backup --create and storage locations, schedules, failed backups', () => {
  const create = (cluster: FakeCluster, files?: FakeVeleroFiles) =>
    runWith(
      cluster,
      {
        command: 'label-backup',
        schedule: 'nightly',
        create: true,
        'verdict-file': writeVerdictFile('clean', SHA)
      },
      files
    )
  function schedule(
    cluster: FakeCluster,
    template: Record<string, unknown> = {},
    status?: Record<string, unknown>
  ) {
    cluster.put(ref('schedules'), {
      metadata: { name: 'nightly', namespace: 'velero' },
      spec: { schedule: '0 1 * * *', template: { includedNamespaces: ['shop'], ...template } },
      ...(status ? { status } : {})
    })
  }

  it('refuses a schedule Velero found invalid, with its validation errors', async () => {
    const cluster = new FakeCluster().storageLocation()
    schedule(cluster, {}, { phase: 'FailedValidation', validationErrors: ['invalid schedule'] })
    await expect(create(cluster)).rejects.toThrow(
      "schedule nightly in namespace velero failed Velero's validation: invalid schedule"
    )
  })

  it('refuses before creating when the location (the template’s or the default) cannot take a backup', async () => {
    for (const [template, locations, message] of [
      [
        {},
        (c: FakeCluster) => c.storageLocation('velero', 'default', UNAVAILABLE),
        /storage location default is Unavailable .*NoSuchBucket/
      ],
      [
        { storageLocation: 'nope' },
        (c: FakeCluster) => c.storageLocation(),
        /storage location nope does not exist/
      ],
      [
        {},
        (c: FakeCluster) =>
          c.storageLocation(
            'velero',
            'archive',
            { phase: 'Available' },
            { default: true, accessMode: 'ReadOnly' }
          ),
        /storage location archive is ReadOnly/
      ]
    ] as const) {
      const cluster = new FakeCluster()
      locations(cluster)
      schedule(cluster, template)
      const attempt = create(cluster)
      await expect(attempt).rejects.toThrow(ConfigurationError)
      await expect(attempt).rejects.toThrow(message)
      expect(cluster.calls.some(c => c.startsWith('create backups/'))).toBe(false)
    }
  })

  it('takes the next free name when the schedule already has a backup of that second', async () => {
    const cluster = new FakeCluster().storageLocation()
    schedule(cluster)
    // Velero's own scheduled backup, and an earlier run, in the same second.
    for (const name of ['nightly-20261125080000', 'nightly-20261125080000-2'])
      cluster.put(ref('backups'), {
        metadata: { name, namespace: 'velero', labels: { 'velero.io/schedule-name': 'nightly' } },
        status: { phase: 'InProgress' }
      })
    cluster.onCreate('backups', object => {
      object.status = { phase: 'Completed' }
    })
    const { result, outputs } = await create(cluster)
    expect(result.status).toBe('ok')
    expect(outputs['backup-name']).toBe('nightly-20261125080000-3')
    expect(cluster.read(ref('backups'), 'nightly-20261125080000-3')!.metadata.labels).toMatchObject(
      { 'known-good.dev/verdict': 'clean', 'velero.io/schedule-name': 'nightly' }
    )
    // The backups that were there are left as they were.
    expect(cluster.read(ref('backups'), 'nightly-20261125080000')!.metadata.labels).toEqual({
      'velero.io/schedule-name': 'nightly'
    })
  })

  it('gives up after five taken names, with the API server’s words', async () => {
    const cluster = new FakeCluster().storageLocation()
    schedule(cluster)
    for (const name of ['', '-2', '-3', '-4', '-5'])
      cluster.put(ref('backups'), {
        metadata: { name: `nightly-20261125080000${name}`, namespace: 'velero' }
      })
    await expect(create(cluster)).rejects.toThrow(
      'cannot create a backup of schedule nightly: the names nightly-20261125080000 to nightly-20261125080000-5 are taken in namespace velero (backups "nightly-20261125080000-5" already exists); run again a second later'
    )
    expect(cluster.calls.filter(c => c.startsWith('create backups/'))).toHaveLength(5)
  })

  it('a backup Velero ends PartiallyFailed fails the step with the errors of its results file', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    schedule(cluster)
    cluster.onCreate('backups', object => {
      object.status = { phase: 'PartiallyFailed', errors: 1 }
      object.spec = { ...object.spec, storageLocation: 'default' }
      files.put('BackupResults', object.metadata.name, {
        errors: {
          velero: ['fail to get the namespace shop specified in backup.Spec.IncludedNamespaces']
        }
      })
    })
    const { result, outputs, summary } = await create(cluster, files)
    expect(result.status).toBe('failed')
    expect(result.failure).toMatch(
      /^backup nightly-20261125080000 ended PartiallyFailed; velero: fail to get the namespace shop/
    )
    expect(outputs['backup-name']).toBe('nightly-20261125080000')
    expect(JSON.parse(outputs['backup-messages']!).errors).toEqual([
      {
        scope: 'velero',
        message: 'fail to get the namespace shop specified in backup.Spec.IncludedNamespaces'
      }
    ])
    expect(summary).toContain('ended PartiallyFailed')
  })

  it('without a results file, the errors of the backup log explain it', async () => {
    const cluster = new FakeCluster().storageLocation()
    const files = new FakeVeleroFiles(cluster)
    schedule(cluster)
    cluster.onCreate('backups', object => {
      object.status = { phase: 'Failed', failureReason: 'backup execution failed' }
      files.put(
        'BackupLog',
        object.metadata.name,
        'time="x" level=info msg="ok"\ntime="x" level=error msg="Error uploading backup" error="NoSuchBucket"\n'
      )
    })
    const { result, outputs } = await create(cluster, files)
    expect(result.failure).toMatch(
      /ended Failed: backup execution failed; log: Error uploading backup: NoSuchBucket/
    )
    expect(JSON.parse(outputs['backup-messages']!).errors).toEqual([
      { scope: 'status', message: 'backup execution failed' },
      { scope: 'log', message: 'Error uploading backup: NoSuchBucket' }
    ])
  })

  it('FailedValidation is explained by the state of the storage location', async () => {
    const cluster = new FakeCluster().storageLocation()
    schedule(cluster)
    cluster.onCreate('backups', object => {
      object.status = {
        phase: 'FailedValidation',
        validationErrors: [
          "backup can't be created because BackupStorageLocation default is in Unavailable status."
        ]
      }
      object.spec = { ...object.spec, storageLocation: 'default' }
      // Velero found it Unavailable after our check.
      cluster.storageLocation('velero', 'default', UNAVAILABLE)
    })
    const { result, outputs } = await create(cluster)
    expect(result.status).toBe('failed')
    expect(result.failure).toMatch(
      /ended FailedValidation: backup can't be created .*; storage location default: backup storage location default is Unavailable .*NoSuchBucket/
    )
    expect(JSON.parse(outputs['backup-messages']!).errors).toHaveLength(2)
  })

  it('a backup deleted while we wait fails the step and says so', async () => {
    const cluster = new FakeCluster().storageLocation()
    schedule(cluster)
    cluster.onCreate('backups', object => {
      object.status = { phase: 'Deleting' }
    })
    const { result } = await create(cluster)
    expect(result.status).toBe('failed')
    expect(result.failure).toBe(
      'backup nightly-20261125080000 was deleted while waiting for it to complete (it is being deleted, phase Deleting): nothing to record a verdict on; take a new backup'
    )
  })
})
