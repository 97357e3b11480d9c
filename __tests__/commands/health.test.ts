// health, the retention guard and drill on the plain fake cluster: what they decide, record,
// write (the metrics file, parsed with a Prometheus text parser) and how the CLI ends.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import type { ResourceRef } from '../../src/cluster/api.js'
import { EXIT } from '../../src/cli.js'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import { METRICS } from '../../src/report/prometheus.js'
import { run } from '../../src/run.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'
import { writeVerdictFile } from '../helpers/verdict.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const at = (hoursAgo: number) =>
  new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z')
const ref = (plural: string): ResourceRef => ({
  group: 'velero.io',
  version: 'v1',
  plural,
  namespace: 'velero'
})

function put(
  cluster: FakeCluster,
  name: string,
  hoursAgo: number,
  verdict: string | undefined,
  extra: {
    phase?: string
    expiresIn?: number
    schedule?: string
    annotations?: Record<string, string>
  } = {}
) {
  cluster.put(ref('backups'), {
    metadata: {
      name,
      namespace: 'velero',
      labels: {
        'velero.io/schedule-name': extra.schedule ?? 'daily',
        ...(verdict ? { 'known-good.dev/verdict': verdict } : {})
      },
      annotations: extra.annotations ?? {}
    },
    spec: { includedNamespaces: ['shop'] },
    status: {
      phase: extra.phase ?? 'Completed',
      startTimestamp: at(hoursAgo),
      expiration: at(-(extra.expiresIn ?? 720)),
      progress: { totalItems: 4, itemsBackedUp: 4 }
    }
  })
}

function plane(): FakeCluster {
  const cluster = new FakeCluster()
  cluster.put(ref('schedules'), {
    metadata: { name: 'daily', namespace: 'velero', creationTimestamp: at(24 * 90) },
    spec: { schedule: '0 3 * * *' },
    status: { phase: 'Enabled' }
  })
  cluster.put(ref('backupstoragelocations'), {
    metadata: { name: 'default', namespace: 'velero' },
    spec: {
      provider: 'aws',
      config: { s3Url: 'https://s3.example.test', kmsKeyId: 'alias/velero' }
    },
    status: { phase: 'Available', lastValidationTime: at(0) }
  })
  cluster.put('core/secrets/velero', {
    metadata: { name: 'velero-repo-credentials' },
    data: { 'repository-password': Buffer.from('correct horse battery staple').toString('base64') }
  } as never)
  return cluster
}

async function runIt(raw: RawInputs, cluster: FakeCluster) {
  const cwd = tempDir()
  const logger = new RecordingLogger()
  let summary = ''
  const { config } = parseConfig(raw, {}, 'cli', cwd)
  const result = await run(config, {
    logger,
    env: {},
    now: () => NOW,
    cluster,
    pollIntervalMs: 1,
    writeJobSummary: async markdown => {
      summary += markdown
    }
  })
  return { result, logger, summary, cwd }
}

describe('health', () => {
  it('a healthy setup is ok; the metrics file parses and carries the documented names', async () => {
    const cluster = plane()
    put(cluster, 'daily-2', 9, 'clean', {
      annotations: { 'known-good.dev/drilled-at': at(2), 'known-good.dev/drill-result': 'passed' }
    })
    put(cluster, 'daily-1', 33, 'blocked')
    const dir = tempDir()
    const file = join(dir, 'textfile', 'known-good.prom')
    const { result, summary } = await runIt({ command: 'health', 'metrics-file': file }, cluster)
    expect(result.status).toBe('ok')
    expect(result.outputs).toMatchObject({
      healthy: 'true',
      'failed-checks': '[]',
      'metrics-file': file
    })
    expect(summary).toContain('known-good health (namespace velero): healthy')
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(join(dir, 'textfile'))).toEqual(['known-good.prom'])
    const families = parsePrometheusTextFormat(readFileSync(file, 'utf8'))
    const value = (name: string, labels: Record<string, string>) =>
      families
        .find(f => f.name === name)
        ?.metrics.find(m => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value
    const group = { namespace: 'velero', schedule: 'daily' }
    expect(families.every(f => f.type === 'GAUGE' && f.help.length > 0)).toBe(true)
    expect(Number(value(METRICS.lastClean.name, group))).toBe(Date.parse(at(9)) / 1000)
    expect(Number(value(METRICS.lastBackup.name, group))).toBe(Date.parse(at(9)) / 1000)
    expect(Number(value(METRICS.cleanExpiry.name, group))).toBe(Date.parse(at(-720)) / 1000)
    expect(value(METRICS.backups.name, { ...group, verdict: 'clean' })).toBe('1')
    expect(value(METRICS.backups.name, { ...group, verdict: 'blocked' })).toBe('1')
    expect(Number(value(METRICS.lastDrill.name, group))).toBe(Date.parse(at(2)) / 1000)
    expect(value(METRICS.lastDrillSuccess.name, group)).toBe('1')
    expect(value(METRICS.storageAvailable.name, { namespace: 'velero', location: 'default' })).toBe(
      '1'
    )
    expect(value(METRICS.checkFailed.name, { namespace: 'velero', check: 'known-good-age' })).toBe(
      '0'
    )
    // Every name the README documents is in the file, none it does not.
    const readme = readFileSync('README.md', 'utf8')
    for (const f of families) expect(readme).toContain(`\`${f.name}\``)
  })

  it('unhealthy: exit code 5 on the CLI, each failed check on a line of its own', async () => {
    const cluster = plane()
    put(cluster, 'daily-2', 50, 'blocked', { phase: 'Failed' })
    put(cluster, 'daily-1', 74, 'clean')
    const { result } = await runIt({ command: 'health' }, cluster)
    expect(result.status).toBe('unhealthy')
    const lines = result.failure!.split('\n')
    expect(lines.map(l => l.split(':')[0])).toEqual([
      'schedule-age',
      'last-backup',
      'known-good-age'
    ])
    expect(JSON.parse(result.outputs['failed-checks']!)).toEqual(lines)
    expect(EXIT.unhealthy).toBe(5)
  })

  it('the retention guard extends the newest clean backup, records the original, and releases it later', async () => {
    const cluster = plane()
    put(cluster, 'daily-2', 9, 'blocked')
    put(cluster, 'daily-1', 33, 'clean', { expiresIn: 2 })
    // Another schedule in scope: the guard leaves this one's backups alone.
    const other = await runIt(
      {
        command: 'health',
        schedules: 'weekly',
        'protect-known-good': '1',
        'protect-margin': '24h'
      },
      cluster
    )
    expect(JSON.parse(other.result.outputs['protected-backups']!)).toEqual([])
    const { result } = await runIt(
      { command: 'health', 'protect-known-good': '1', 'protect-margin': '24h' },
      cluster
    )
    expect(JSON.parse(result.outputs['protected-backups']!)).toEqual([
      { kind: 'extend', backup: 'daily-1', schedule: 'daily', from: at(-2), to: at(-48) }
    ])
    const held = cluster.read(ref('backups'), 'daily-1')!
    expect(held.status?.expiration).toBe(at(-48))
    expect(held.metadata.annotations?.['known-good.dev/original-expiration']).toBe(at(-2))
    // Healthy again: the known-good no longer expires within the margin.
    expect(result.status).toBe('ok')
    // A second run keeps the first original, does not move it again.
    await runIt({ command: 'health', 'protect-known-good': '1', 'protect-margin': '24h' }, cluster)
    expect(
      cluster.read(ref('backups'), 'daily-1')!.metadata.annotations?.[
        'known-good.dev/original-expiration'
      ]
    ).toBe(at(-2))
    // A newer clean backup: daily-1 gets its own expiration back, the annotation goes.
    put(cluster, 'daily-3', 1, 'clean')
    const later = await runIt(
      { command: 'health', 'protect-known-good': '1', 'protect-margin': '24h' },
      cluster
    )
    expect(JSON.parse(later.result.outputs['protected-backups']!)).toEqual([
      { kind: 'release', backup: 'daily-1', schedule: 'daily', from: at(-48), to: at(-2) }
    ])
    const released = cluster.read(ref('backups'), 'daily-1')!
    expect(released.status?.expiration).toBe(at(-2))
    expect(released.metadata.annotations).not.toHaveProperty('known-good.dev/original-expiration')
  })

  it('label-backup with protect-known-good guards the schedule of the backup it labelled', async () => {
    const cluster = plane()
    put(cluster, 'daily-1', 33, 'clean', { expiresIn: 2 })
    put(cluster, 'daily-2', 1, undefined)
    const { result } = await runIt(
      {
        command: 'label-backup',
        'backup-name': 'daily-2',
        'verdict-file': writeVerdictFile('blocked', 'c0ffee0000000000000000000000000000000001'),
        'protect-known-good': '1'
      },
      cluster
    )
    expect(JSON.parse(result.outputs['protected-backups']!)).toEqual([
      expect.objectContaining({ kind: 'extend', backup: 'daily-1' })
    ])
  })

  it('switches checks off one by one and refuses an unknown one, naming the input', () => {
    expect(() =>
      parseConfig({ command: 'health', 'skip-checks': 'drill\nnope' }, {}, 'cli', tempDir())
    ).toThrow(
      '--skip-checks is "nope": expected one of schedule-age, last-backup, known-good-age, known-good-expiry, storage, posture, drill'
    )
    expect(() =>
      parseConfig({ command: 'health', 'schedule-tolerance': '1' }, {}, 'cli', tempDir())
    ).toThrow('--schedule-tolerance is "1": expected a number greater than 1, e.g. 1.5')
    expect(() =>
      parseConfig({ command: 'health', 'metrics-file': 'health.txt' }, {}, 'action', tempDir())
    ).toThrow('input \'metrics-file\' is "health.txt": expected a file name ending in .prom')
  })
})

describe('drill', () => {
  function drillPlane() {
    const cluster = plane()
    put(cluster, 'daily-1', 9, 'clean')
    const restored: string[] = []
    cluster.onCreate('restores', restore => {
      const mapping = restore.spec?.namespaceMapping as Record<string, string>
      restored.push(JSON.stringify(restore.spec))
      cluster.putObject('v1', 'ConfigMap', mapping.shop!, { metadata: { name: 'orders' } })
      restore.status = {
        phase: 'Completed',
        warnings: 0,
        errors: 0,
        progress: { totalItems: 4, itemsRestored: 4 }
      }
    })
    return { cluster, restored }
  }

  it('restores into a labelled scratch namespace, checks, deletes it and records passed', async () => {
    const { cluster, restored } = drillPlane()
    const { result } = await runIt({ command: 'drill', expect: 'configmap/orders' }, cluster)
    expect(result.status).toBe('ok')
    const scratch = result.outputs['drill-namespace']!
    expect(scratch).toMatch(/^shop-drill-[0-9a-f]{6}$/)
    expect(JSON.parse(restored[0]!)).toEqual({
      backupName: 'daily-1',
      includedNamespaces: ['shop'],
      namespaceMapping: { shop: scratch },
      includeClusterResources: false
    })
    expect(cluster.calls).toEqual(
      expect.arrayContaining([
        `create namespaces/${scratch}`,
        'create rolebindings/known-good-drill',
        `delete namespaces/${scratch}`
      ])
    )
    expect(cluster.namespaceExists(scratch)).toBe(false)
    const annotations = cluster.read(ref('backups'), 'daily-1')!.metadata.annotations
    expect(annotations).toMatchObject({
      'known-good.dev/drilled-at': '2026-11-25T12:00:00Z',
      'known-good.dev/drill-result': 'passed'
    })
    expect(result.outputs['drill-result']).toBe('passed')
  })

  it('a failing --expect fails the drill and records failed; keep leaves the namespace', async () => {
    const { cluster } = drillPlane()
    const { result } = await runIt(
      { command: 'drill', expect: ['configmap/orders', 'secret/missing'], keep: true },
      cluster
    )
    expect(result.status).toBe('failed')
    expect(result.failure).toMatch(
      /expect secret\/missing: Secret missing is not in shop-drill-[0-9a-f]{6} after the restore/
    )
    expect(
      cluster.read(ref('backups'), 'daily-1')!.metadata.annotations?.['known-good.dev/drill-result']
    ).toBe('failed')
    expect(cluster.namespaceExists(result.outputs['drill-namespace']!)).toBe(true)
  })

  it('refuses a backup that is not clean, and a backup of several namespaces without restore-namespaces', async () => {
    const { cluster } = drillPlane()
    put(cluster, 'daily-0', 20, 'blocked')
    await expect(runIt({ command: 'drill', backup: 'daily-0' }, cluster)).rejects.toThrow(
      'backup daily-0 has verdict blocked'
    )
    cluster.put(ref('backups'), {
      ...cluster.read(ref('backups'), 'daily-1')!,
      spec: { includedNamespaces: ['shop', 'web'] }
    })
    await expect(runIt({ command: 'drill' }, cluster)).rejects.toThrow(
      'backup daily-1 holds namespaces shop, web: name the one to drill with restore-namespaces'
    )
    expect(existsSync).toBeDefined()
  })
})
