// The cluster commands' own decisions, on a plain in-memory fake of the cluster port: what they
// refuse, what they record and what they report. No Go, no API server; the same commands run
// against the real control plane in __tests__/cluster/.
import { describe, expect, it } from '@jest/globals'
import type { ResourceRef } from '../../src/cluster/api.js'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import { ConfigurationError } from '../../src/errors.js'
import { run } from '../../src/run.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'
import { writeVerdictFile } from '../helpers/verdict.js'

const SHA = 'c0ffee0000000000000000000000000000000001'
const OTHER = 'bad0000000000000000000000000000000000002'
const backups: ResourceRef = {
  group: 'velero.io',
  version: 'v1',
  plural: 'backups',
  namespace: 'velero'
}
const certificates = (namespace: string): ResourceRef => ({
  group: 'cert-manager.io',
  version: 'v1',
  plural: 'certificates',
  namespace
})
const requests = (namespace: string): ResourceRef => ({
  ...certificates(namespace),
  plural: 'certificaterequests'
})

async function runWith(cluster: FakeCluster, raw: RawInputs) {
  const logger = new RecordingLogger()
  const env = { GITHUB_SHA: SHA, GITHUB_ACTOR: 'octo-operator' }
  const { config } = parseConfig(raw, env, 'cli', tempDir())
  const result = await run(config, {
    logger,
    env,
    now: () => new Date('2026-11-25T08:00:00Z'),
    cluster,
    pollIntervalMs: 20
  })
  return { result, logger }
}

function completedBackup(name: string, labels: Record<string, string> = {}) {
  return {
    metadata: { name, namespace: 'velero', labels },
    status: { phase: 'Completed', startTimestamp: '2026-11-24T08:00:00Z' }
  }
}

describe('label-backup', () => {
  it('refuses the verdict of another commit than the one being deployed', async () => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(backups, completedBackup('pre-release'))
    const attempt = runWith(cluster, {
      command: 'label-backup',
      'backup-name': 'pre-release',
      'verdict-file': writeVerdictFile('clean', OTHER)
    })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      `verdict-file is for commit ${OTHER}, but this deploy is for ${SHA}`
    )
    expect(cluster.read(backups, 'pre-release')!.metadata.labels).toEqual({})
  })

  it('never relabels a backup that carries another commit', async () => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(
      backups,
      completedBackup('taken', {
        'known-good.dev/verdict': 'clean',
        'known-good.dev/commit': 'bad000000000'
      })
    )
    await expect(
      runWith(cluster, {
        command: 'label-backup',
        'backup-name': 'taken',
        'verdict-file': writeVerdictFile('blocked', SHA)
      })
    ).rejects.toThrow(/already carries the verdict of commit bad000000000/)
    expect(cluster.read(backups, 'taken')!.metadata.labels!['known-good.dev/verdict']).toBe('clean')
  })

  it('records the verdict, short commit and details on the backup it is given', async () => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(backups, completedBackup('pre-release'))
    const { result } = await runWith(cluster, {
      command: 'label-backup',
      'backup-name': 'pre-release',
      'verdict-file': writeVerdictFile('blocked', SHA, { high: 2 })
    })
    expect(result.status).toBe('ok')
    const labelled = cluster.read(backups, 'pre-release')!
    expect(labelled.metadata.labels).toEqual({
      'known-good.dev/verdict': 'blocked',
      'known-good.dev/commit': SHA.slice(0, 12)
    })
    expect(JSON.parse(labelled.metadata.annotations!['known-good.dev/counts']!)).toMatchObject({
      high: 2
    })
    expect(labelled.metadata.annotations!['known-good.dev/commit-sha']).toBe(SHA)
  })
})

describe('restore', () => {
  it.each([
    ['blocked', { 'known-good.dev/verdict': 'blocked' }],
    ['unknown', { 'known-good.dev/verdict': 'unknown' }],
    ['unverified', {}]
  ])('refuses a named %s backup without allow-unverified', async (verdict, labels) => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(backups, completedBackup('named', labels))
    await expect(
      runWith(cluster, { command: 'restore', backup: 'named', reason: 'drill' })
    ).rejects.toThrow(
      `backup named has verdict ${verdict}: set allow-unverified (with a reason) to restore it anyway`
    )
    expect(cluster.calls.filter(c => c.startsWith('create'))).toEqual([])
  })

  it('takes it with allow-unverified, saying so with the reason', async () => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(backups, completedBackup('named', { 'known-good.dev/verdict': 'blocked' }))
    const { result, logger } = await runWith(cluster, {
      command: 'restore',
      backup: 'named',
      reason: 'the only copy of the orders',
      'allow-unverified': true,
      'dry-run': true
    })
    expect(result.status).toBe('ok')
    expect(logger.text('warning')).toContain(
      'restoring backup named whose verdict is blocked, as allow-unverified asks; reason: the only copy of the orders'
    )
    const [plan] = JSON.parse((result.outputs as Record<string, string>).plan!) as {
      metadata: { labels: Record<string, string> }
    }[]
    expect(plan!.metadata.labels).toEqual({ 'known-good.dev/verdict': 'blocked' })
  })

  it('never takes an unusable backup, allow-unverified or not', async () => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(backups, {
      ...completedBackup('broken', { 'known-good.dev/verdict': 'clean' }),
      status: { phase: 'PartiallyFailed' }
    })
    await expect(
      runWith(cluster, {
        command: 'restore',
        backup: 'broken',
        reason: 'drill',
        'allow-unverified': true
      })
    ).rejects.toThrow('backup broken cannot be restored: phase PartiallyFailed')
  })
})

describe('rotate-certs', () => {
  it('records a renewal that never finishes as failed, with what cert-manager waits for, and still sets the outputs', async () => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(certificates('shop'), {
      metadata: { name: 'orphan', namespace: 'shop', generation: 1 },
      spec: { secretName: 'orphan-tls' },
      status: {
        revision: 1,
        notAfter: '2027-02-01T00:00:00Z',
        conditions: [{ type: 'Ready', status: 'True', observedGeneration: 1 }]
      }
    })
    cluster.put(requests('shop'), {
      metadata: {
        name: 'orphan-2',
        namespace: 'shop',
        annotations: {
          'cert-manager.io/certificate-name': 'orphan',
          'cert-manager.io/certificate-revision': '2'
        }
      },
      status: {
        conditions: [
          {
            type: 'Ready',
            status: 'False',
            reason: 'Pending',
            message: 'Referenced "Issuer" not found'
          }
        ]
      }
    })
    const { result } = await runWith(cluster, {
      command: 'rotate-certs',
      namespaces: ['shop'],
      renew: true,
      timeout: '300ms'
    })
    expect(result.status).toBe('failed')
    expect(result.failure).toBe(
      'renewal failed: shop/orphan: not re-issued within the timeout: CertificateRequest orphan-2: Pending (Referenced "Issuer" not found)'
    )
    const outputs = result.outputs as Record<string, string>
    expect(JSON.parse(outputs.renewed!)).toEqual([])
    expect(JSON.parse(outputs.skipped!)).toEqual([])
    expect(JSON.parse(outputs.expiry!)).toMatchObject([
      { namespace: 'shop', name: 'orphan', notAfter: '2027-02-01T00:00:00Z' }
    ])
    // The trigger went through the status subresource, as cmctl renew does.
    expect(cluster.calls).toContain('patch-status certificates/orphan')
  })

  it('leaves a certificate that is already issuing alone and says so', async () => {
    const cluster = new FakeCluster().storageLocation()
    cluster.put(certificates('shop'), {
      metadata: { name: 'busy', namespace: 'shop', generation: 1 },
      spec: { secretName: 'busy-tls' },
      status: { revision: 3, conditions: [{ type: 'Issuing', status: 'True' }] }
    })
    const { result } = await runWith(cluster, {
      command: 'rotate-certs',
      namespaces: ['shop'],
      renew: true,
      timeout: '1s'
    })
    expect(result.status).toBe('ok')
    expect(JSON.parse((result.outputs as Record<string, string>).skipped!)).toEqual([
      { namespace: 'shop', name: 'busy', reason: 'already issuing' }
    ])
    expect(cluster.calls).not.toContain('patch-status certificates/busy')
  })
})
