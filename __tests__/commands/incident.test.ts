// The incident playbook on plain fakes of the cluster port and the history: the order of its
// steps, what it pauses and resumes, what a failed step leaves behind and how a second run
// continues. The same playbook runs on the real plane in __tests__/cluster/incident.test.ts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { KubeObject, ResourceRef } from '../../src/cluster/api.js'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import { run } from '../../src/run.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { FakeVeleroFiles } from '../helpers/fake-velero-files.js'
import { FakeHistory } from '../helpers/fake-history.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)
const ref = (plural: string): ResourceRef => ({
  group: 'velero.io',
  version: 'v1',
  plural,
  namespace: 'velero'
})

function world(): FakeCluster {
  const cluster = new FakeCluster().storageLocation()
  ;[
    ['release-a', A, 10],
    ['release-b', B, 11],
    ['release-c', C, 12]
  ].forEach(([name, commit, day]) =>
    cluster.put(ref('backups'), {
      metadata: {
        name: name as string,
        namespace: 'velero',
        labels: {
          'known-good.dev/verdict': 'clean',
          'known-good.dev/commit': (commit as string).slice(0, 12)
        },
        annotations: { 'known-good.dev/commit-sha': commit as string }
      },
      status: { phase: 'Completed', startTimestamp: `2026-11-${day}T08:00:00Z` }
    })
  )
  cluster.put(ref('schedules'), { metadata: { name: 'nightly', namespace: 'velero' }, spec: {} })
  cluster.put(ref('schedules'), {
    metadata: { name: 'frozen', namespace: 'velero' },
    spec: { paused: true }
  })
  return cluster
}

/** Velero finishing every Restore at once, in the given phase. */
function velero(cluster: FakeCluster, phase: string | undefined): void {
  cluster.onCreate('restores', object => {
    if (phase) object.status = { phase, warnings: 0, errors: phase === 'Completed' ? 0 : 1 }
  })
}

async function incident(
  cluster: FakeCluster,
  raw: RawInputs,
  workspace = tempDir(),
  files = new FakeVeleroFiles(cluster)
) {
  const logger = new RecordingLogger()
  const env = { GITHUB_ACTOR: 'oncall', GITHUB_RUN_ID: '7001' }
  const { config } = parseConfig({ command: 'incident', ...raw }, env, 'cli', workspace)
  let summary = ''
  const result = await run(config, {
    logger,
    env,
    now: () => new Date('2026-11-30T12:00:00Z'),
    cluster,
    signedUrls: files,
    pollIntervalMs: 10,
    history: async () => FakeHistory.line(A, B, C),
    writeJobSummary: async markdown => {
      summary += markdown
    }
  })
  return { result, outputs: result.outputs as Record<string, string>, logger, summary }
}

const paused = (cluster: FakeCluster, name: string) =>
  cluster.read(ref('schedules'), name)!.spec?.paused === true
const restores = (cluster: FakeCluster) =>
  cluster.calls.filter(c => c.startsWith('create restores/'))

describe('incident', () => {
  it('pauses, revokes, restores the newest known-good backup, resumes, and writes the record', async () => {
    const cluster = world()
    velero(cluster, 'Completed')
    const workspace = tempDir()
    const { result, outputs, summary } = await incident(
      cluster,
      {
        reason: 'orders tampered with',
        'introduced-in': B,
        'incident-id': 'inc-42',
        timeout: '5s'
      },
      workspace
    )
    expect(result.status).toBe('ok')
    // Paused before anything was restored, resumed after; the one paused by someone else stays so.
    const order = cluster.calls.filter(c => /^patch schedules\/nightly|^create restores/.test(c))
    expect(order[0]).toBe('patch schedules/nightly')
    expect(order.indexOf('patch schedules/nightly')).toBeLessThan(
      order.findIndex(c => c.startsWith('create restores/'))
    )
    expect(paused(cluster, 'nightly')).toBe(false)
    expect(paused(cluster, 'frozen')).toBe(true)
    expect(JSON.parse(outputs['paused-schedules']!)).toEqual(['nightly'])
    // B and C revoked, A restored, the Restore carries the incident.
    expect(JSON.parse(outputs['revoked-commits']!)).toEqual([B, C])
    expect(outputs['backup-name']).toBe('release-a')
    const [restore] = restores(cluster)
    const object = cluster.read(ref('restores'), restore!.slice('create restores/'.length))!
    expect(object.spec).toMatchObject({ backupName: 'release-a' })
    expect(object.metadata.labels).toMatchObject({ 'known-good.dev/incident': 'inc-42' })
    // The record: every step in order with its result.
    const record = JSON.parse(readFileSync(outputs['incident-file']!, 'utf8'))
    expect(record.steps.map((s: { step: string; result: string }) => [s.step, s.result])).toEqual([
      ['pause-schedules', 'done'],
      ['revoke', 'done'],
      ['plan', 'done'],
      ['restore', 'done'],
      ['rotate-certificates', 'skipped'],
      ['resume-schedules', 'done']
    ])
    expect(record).toMatchObject({ id: 'inc-42', result: 'done', backup: { name: 'release-a' } })
    expect(readFileSync(outputs['incident-report']!, 'utf8')).toContain('| 4 | restore | done |')
    expect(summary).toContain('known-good incident inc\\-42: done')
  })

  it('stops at a failed restore, resumes the schedules, and a second run finishes without a second Restore', async () => {
    const cluster = world()
    velero(cluster, undefined) // Velero does not finish in time …
    const first = await incident(cluster, {
      reason: 'orders lost',
      'incident-id': 'inc-7',
      timeout: '200ms'
    })
    expect(first.result.status).toBe('failed')
    expect(first.outputs['failed-step']).toBe('restore')
    expect(first.result.failure).toMatch(
      /step restore failed: timed out .*run the incident again with incident-id inc-7 to continue/
    )
    expect(paused(cluster, 'nightly')).toBe(false)
    expect(restores(cluster)).toHaveLength(1)
    // … then it does.
    const [name] = restores(cluster).map(c => c.slice('create restores/'.length))
    const object = cluster.read(ref('restores'), name!) as KubeObject
    cluster.put(ref('restores'), {
      ...object,
      status: { phase: 'Completed', warnings: 0, errors: 0 }
    })

    const second = await incident(cluster, {
      reason: 'orders lost',
      'incident-id': 'inc-7',
      timeout: '5s'
    })
    expect(second.result.status).toBe('ok')
    expect(restores(cluster)).toHaveLength(1)
    const record = JSON.parse(readFileSync(second.outputs['incident-file']!, 'utf8'))
    expect(record.attempts).toBe(2)
    expect(
      record.steps
        .filter((s: { attempt: number }) => s.attempt === 2)
        .map((s: { step: string; result: string }) => [s.step, s.result])
    ).toEqual([
      ['pause-schedules', 'done'],
      ['revoke', 'skipped'],
      ['plan', 'done'],
      ['restore', 'skipped'],
      ['rotate-certificates', 'skipped'],
      ['resume-schedules', 'done']
    ])
  })

  it('a restore Velero ends PartiallyFailed fails the step with its phase', async () => {
    const cluster = world()
    const files = new FakeVeleroFiles(cluster)
    cluster.onCreate('restores', object => {
      object.status = { phase: 'PartiallyFailed', warnings: 0, errors: 1 }
      files.put('RestoreResults', object.metadata.name, {
        errors: { namespaces: { shop: ['error restoring configmaps/shop/orders: forbidden'] } }
      })
    })
    const { result, outputs } = await incident(
      cluster,
      { reason: 'x', 'incident-id': 'inc-8' },
      tempDir(),
      files
    )
    expect(result.status).toBe('failed')
    expect(outputs['failed-step']).toBe('restore')
    expect(outputs['restore-phase']).toBe('PartiallyFailed')
    // Velero's reason, from its results file, not only the count.
    expect(result.failure).toContain(
      'namespace shop: error restoring configmaps/shop/orders: forbidden'
    )
    expect(paused(cluster, 'nightly')).toBe(false)
  })

  it('a dry run plans without the releases it would revoke, and changes nothing', async () => {
    const cluster = world()
    const { result, outputs, logger } = await incident(cluster, {
      reason: 'rehearsal',
      'introduced-in': B,
      'incident-id': 'inc-9',
      'dry-run': true
    })
    expect(result.status).toBe('ok')
    expect(outputs['backup-name']).toBe('release-a')
    expect(cluster.calls.filter(c => /^(patch|create|replace)/.test(c))).toEqual([])
    expect(logger.text()).toContain('would revoke 2 commit(s)')
    const record = JSON.parse(readFileSync(outputs['incident-file']!, 'utf8'))
    expect(record.result).toBe('dry-run')
    expect(record.steps.slice(3).map((s: { result: string }) => s.result)).toEqual([
      'stopped',
      'stopped',
      'stopped'
    ])
  })

  it('an incident that is done does nothing when run again', async () => {
    const cluster = world()
    velero(cluster, 'Completed')
    await incident(cluster, { reason: 'x', 'incident-id': 'inc-10' })
    const before = cluster.calls.length
    const again = await incident(cluster, { reason: 'x', 'incident-id': 'inc-10' })
    expect(again.result.status).toBe('ok')
    expect(again.logger.text()).toContain('incident inc-10 is done')
    expect(cluster.calls.slice(before).filter(c => /^(patch|create|replace)/.test(c))).toEqual([])
  })

  it('a failed plan (no clean backup) resumes the schedules and says so', async () => {
    const cluster = world()
    const { result, outputs } = await incident(cluster, {
      reason: 'x',
      'incident-id': 'inc-11',
      'introduced-in': A
    })
    expect(result.status).toBe('failed')
    expect(outputs['failed-step']).toBe('plan')
    expect(result.failure).toContain('no usable backup with verdict clean')
    expect(paused(cluster, 'nightly')).toBe(false)
  })

  it.each([
    [
      { reason: 'x', 'incident-id': 'Inc 1' },
      `--incident-id is "Inc 1": expected up to 63 lower-case`
    ],
    [{ 'incident-id': 'inc-1' }, '--reason is required for incident'],
    [{ reason: 'x', schedules: 'nope', 'incident-id': 'inc-12' }, '']
  ])('bad input %j', async (raw, message) => {
    if (message === '') {
      const { result } = await incident(world(), raw)
      expect(result.failure).toContain('schedule nope does not exist in namespace velero')
      return
    }
    expect(() => parseConfig({ command: 'incident', ...raw }, {}, 'cli', tempDir())).toThrow(
      message
    )
  })

  it('needs an incident-id outside a CI run', () => {
    expect(() => parseConfig({ command: 'incident', reason: 'x' }, {}, 'cli', tempDir())).toThrow(
      '--incident-id is required for incident outside a CI run'
    )
  })
})
