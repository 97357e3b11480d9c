// The pure decisions of backup health: reading Velero's cron, each check, the retention guard's
// plan and the storage posture, on plain objects.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { parseCron } from '../../src/backup/cron.js'
import {
  parseExpected,
  scratchNamespace,
  sourceNamespace,
  countCheck
} from '../../src/backup/drill.js'
import type { HealthOptions, ScheduleInfo } from '../../src/backup/health.js'
import { evaluateHealth, failedLines, scheduleInfo } from '../../src/backup/health.js'
import { recordKeys } from '../../src/backup/label-contract.js'
import type { BackupInfo } from '../../src/backup/model.js'
import {
  DEFAULT_REPOSITORY_PASSWORD_SHA256,
  locationPosture,
  repositoryFinding
} from '../../src/backup/posture.js'
import { planRetention, protectedSet } from '../../src/backup/retention.js'
import type { Candidate } from '../../src/backup/selection.js'

const keys = recordKeys()
const NOW = new Date('2026-11-25T12:00:00Z')
const hours = (n: number) => n * 3_600_000
const at = (hoursAgo: number) =>
  new Date(NOW.getTime() - hours(hoursAgo)).toISOString().replace(/\.\d+Z$/, 'Z')

function backup(
  name: string,
  hoursAgo: number,
  options: Partial<BackupInfo> & { schedule?: string; expiresInHours?: number } = {}
): BackupInfo {
  const { schedule = 'daily', expiresInHours = 24 * 30, ...rest } = options
  const phase = rest.phase ?? 'Completed'
  return {
    kind: 'velero',
    name,
    namespace: 'velero',
    phase,
    usable: phase === 'Completed' && expiresInHours > 0,
    startedAt: at(hoursAgo),
    expiresAt: at(-expiresInHours),
    labels: schedule ? { 'velero.io/schedule-name': schedule } : {},
    annotations: {},
    ...rest
  }
}

function candidate(b: BackupInfo, verdict: Candidate['verdict'] = 'clean'): Candidate {
  return { backup: b, verdict, source: verdict === 'unverified' ? 'none' : 'label' }
}

const daily: ScheduleInfo = {
  name: 'daily',
  expression: '0 3 * * *',
  paused: false,
  validationErrors: [],
  createdAt: at(24 * 60)
}

const options = (over: Partial<HealthOptions> = {}): HealthOptions => ({
  tolerance: 1.5,
  maxKnownGoodAgeMs: hours(48),
  marginMs: hours(72),
  requireEncryption: false,
  skip: new Set(),
  now: NOW,
  ...over
})

const available = {
  metadata: { name: 'default', namespace: 'velero' },
  spec: {
    provider: 'aws',
    default: true,
    config: { s3Url: 'https://s3.example.test', serverSideEncryption: 'AES256' }
  },
  status: { phase: 'Available', lastValidationTime: at(0.01) }
}

function input(candidates: Candidate[], over: Record<string, unknown> = {}) {
  return {
    namespace: 'velero',
    keys,
    schedules: [daily],
    candidates,
    locations: [available],
    posture: [locationPosture(available)],
    repository: { state: 'checked' as const },
    ...over
  }
}

const status = (report: ReturnType<typeof evaluateHealth>, check: string) =>
  report.checks.filter(c => c.check === check).map(c => c.status)

describe("Velero's cron, as robfig/cron reads it", () => {
  it('five fields in UTC, descriptors, @every, CRON_TZ and ? as *', () => {
    const after = new Date('2026-01-02T10:00:00Z')
    expect(parseCron('0 3 * * *').next(after).toISOString()).toBe('2026-01-03T03:00:00.000Z')
    expect(parseCron('@daily').next(after).toISOString()).toBe('2026-01-03T00:00:00.000Z')
    expect(parseCron('@hourly').next(after).toISOString()).toBe('2026-01-02T11:00:00.000Z')
    expect(parseCron('@every 90m').next(after).toISOString()).toBe('2026-01-02T11:30:00.000Z')
    expect(parseCron('0 9 ? * MON-FRI').next(after).toISOString()).toBe('2026-01-05T09:00:00.000Z')
    // 03:00 in Berlin is 02:00 UTC in winter.
    expect(parseCron('CRON_TZ=Europe/Berlin 0 3 * * *').next(after).toISOString()).toBe(
      '2026-01-03T02:00:00.000Z'
    )
  })

  it('refuses what ParseStandard refuses', () => {
    expect(() => parseCron('0 3 * * * *')).toThrow(/5 parts/)
    expect(() => parseCron('0 25 * * *')).toThrow(/hour/)
    expect(() => parseCron('@fortnightly')).toThrow(/unknown descriptor/)
    expect(() => parseCron('@every soon')).toThrow(/@every needs a duration/)
    expect(() => parseCron('CRON_TZ=Mars/Olympus 0 3 * * *')).toThrow(/unknown time zone/)
  })
})

describe('health checks', () => {
  it('a healthy namespace: every check ok, nothing failed', () => {
    const report = evaluateHealth(
      input([
        candidate(backup('daily-1', 9)),
        candidate(
          backup('daily-2', 33, {
            annotations: { [keys.drilledAt]: at(5), [keys.drillResult]: 'passed' }
          })
        )
      ]),
      options()
    )
    expect(failedLines(report)).toEqual([])
    expect(report.healthy).toBe(true)
    expect(new Set(report.checks.map(c => c.status))).toEqual(new Set(['ok']))
    expect(report.groups).toEqual([
      expect.objectContaining({
        schedule: 'daily',
        backups: 2,
        knownGood: expect.objectContaining({ name: 'daily-1', protected: false }),
        lastDrill: { backup: 'daily-2', at: at(5), result: 'passed' }
      })
    ])
  })

  it('a schedule whose newest backup is older than 1.5 intervals is named with its cron', () => {
    const report = evaluateHealth(input([candidate(backup('daily-1', 40))]), options())
    expect(failedLines(report)).toEqual([
      expect.stringMatching(
        /^schedule-age: schedule daily: newest backup daily-1 started 1d 16h ago, more than 1.5 intervals \(cron "0 3 \* \* \*", every 1d\); Velero should have started one at /
      )
    ])
    // Yesterday's 03:00 backup at noon: today's 03:00 run is 9 h late, within the half interval.
    expect(
      status(evaluateHealth(input([candidate(backup('daily-1', 33))]), options()), 'schedule-age')
    ).toEqual(['ok'])
    // A schedule on weekdays only is not stale over the weekend.
    const weekdays = { ...daily, expression: '0 9 * * 1-5' }
    const friday = new Date('2026-11-27T09:00:05Z') // a Friday
    const monday = new Date('2026-11-30T10:00:00Z')
    const b = { ...backup('wd-1', 0), startedAt: friday.toISOString() }
    expect(
      status(
        evaluateHealth(input([candidate(b)], { schedules: [weekdays] }), options({ now: monday })),
        'schedule-age'
      )
    ).toEqual(['ok'])
  })

  it("a Failed last backup is named with Velero's reason and the count since the last Completed", () => {
    const report = evaluateHealth(
      input([
        candidate(
          backup('daily-3', 2, {
            phase: 'Failed',
            usable: false,
            failure: 'rpc error: NoSuchBucket'
          }),
          'unverified'
        ),
        candidate(backup('daily-2', 26, { phase: 'PartiallyFailed', usable: false }), 'unverified'),
        candidate(backup('daily-1', 30))
      ]),
      options()
    )
    expect(failedLines(report)).toEqual([
      'last-backup: schedule daily: last backup daily-3 ended Failed: rpc error: NoSuchBucket (2 failed since the last Completed one, daily-1); see velero backup logs daily-3'
    ])
    expect(report.schedules[0]?.failuresSinceCompleted).toBe(2)
  })

  it('no clean backup within max-known-good-age, and none at all, fail known-good-age', () => {
    const old = evaluateHealth(
      input([candidate(backup('daily-1', 9), 'blocked'), candidate(backup('daily-0', 60))]),
      options()
    )
    expect(failedLines(old)).toEqual([
      'known-good-age: namespace velero: newest known-good daily-0 started 2d 12h ago, older than max-known-good-age 2d: a restore would lose more than the team accepts'
    ])
    const none = evaluateHealth(
      input([
        candidate(backup('daily-1', 9), 'blocked'),
        candidate(backup('daily-0', 20), 'revoked')
      ]),
      options()
    )
    expect(failedLines(none)).toEqual([
      'known-good-age: namespace velero: no usable backup with verdict clean (2 backups: 1 blocked, 1 revoked); take one with label-backup --create after a clean scan'
    ])
    expect(status(none, 'known-good-expiry')).toEqual(['not checked'])
  })

  it('a known-good that expires within the margin fails known-good-expiry, unless switched off', () => {
    const soon = input([candidate(backup('daily-1', 9, { expiresInHours: 5 }))])
    expect(failedLines(evaluateHealth(soon, options()))).toEqual([
      expect.stringMatching(
        /^known-good-expiry: namespace velero: newest known-good daily-1 expires in 5h .*set protect-known-good to keep it$/
      )
    ])
    const off = evaluateHealth(soon, options({ skip: new Set(['known-good-expiry']) }))
    expect(off.healthy).toBe(true)
    expect(status(off, 'known-good-expiry')).toEqual(['off'])
  })

  it('storage: an Unavailable location fails with its message; no location at all fails', () => {
    const down = {
      ...available,
      metadata: { name: 'dr', namespace: 'velero' },
      status: {
        phase: 'Unavailable',
        lastValidationTime: at(0.01),
        message: 'BackupStorageLocation "dr" is unavailable: NoSuchBucket'
      }
    }
    const report = evaluateHealth(
      input([candidate(backup('daily-1', 9))], { locations: [available, down] }),
      options()
    )
    expect(failedLines(report)).toEqual([
      'storage: backupstoragelocation dr: Unavailable (validated 36s ago): BackupStorageLocation "dr" is unavailable: NoSuchBucket'
    ])
    expect(
      failedLines(
        evaluateHealth(
          input([candidate(backup('daily-1', 9))], { locations: [], posture: [] }),
          options()
        )
      )
    ).toEqual([
      'storage: namespace velero: no BackupStorageLocation: Velero has nowhere to write backups'
    ])
  })

  it('posture findings warn by default and fail with require-encryption; unknown providers are not checked', () => {
    const plain = {
      metadata: { name: 'default' },
      spec: { provider: 'aws', config: { s3Url: 'http://10.0.0.1:9000', region: 'us-east-1' } },
      status: { phase: 'Available', lastValidationTime: at(0) }
    }
    const gcp = {
      metadata: { name: 'gcs' },
      spec: { provider: 'gcp' },
      status: { phase: 'Available', lastValidationTime: at(0) }
    }
    const repository = {
      state: 'checked' as const,
      finding: repositoryFinding({ state: 'found', password: 'static-passw0rd' }, 'velero')!
    }
    const posture = [locationPosture(plain), locationPosture(gcp)]
    const run = (requireEncryption: boolean) =>
      evaluateHealth(
        input([candidate(backup('daily-1', 9))], { locations: [plain, gcp], posture, repository }),
        options({ requireEncryption })
      )
    const warned = run(false)
    expect(warned.healthy).toBe(true)
    expect(
      warned.checks.filter(c => c.check === 'posture').map(c => [c.subject, c.status])
    ).toEqual([
      ['backupstoragelocation default', 'warning'],
      ['backupstoragelocation default', 'warning'],
      ['backupstoragelocation gcs', 'not checked'],
      ['secret velero-repo-credentials', 'warning']
    ])
    expect(JSON.stringify(warned)).not.toContain('static-passw0rd')
    const failed = failedLines(run(true))
    expect(failed).toEqual([
      expect.stringMatching(
        /^posture: backupstoragelocation default: spec.config.s3Url: s3Url http:\/\/10.0.0.1:9000 is plain http/
      ),
      expect.stringMatching(
        /^posture: backupstoragelocation default: spec.config.serverSideEncryption: no serverSideEncryption, kmsKeyId or customerKeyEncryptionFile/
      ),
      expect.stringMatching(
        /^posture: secret velero-repo-credentials: data.repository-password: the repository password is still Velero's published static default/
      )
    ])
  })

  it('the last drill failing fails the drill check; none recorded is a warning', () => {
    const failed = evaluateHealth(
      input([
        candidate(
          backup('daily-1', 9, {
            annotations: { [keys.drilledAt]: at(1), [keys.drillResult]: 'failed' }
          })
        )
      ]),
      options()
    )
    expect(failedLines(failed)).toEqual([
      expect.stringMatching(/^drill: namespace velero: last drill, of daily-1, failed 1h ago/)
    ])
    expect(
      status(evaluateHealth(input([candidate(backup('daily-1', 9))]), options()), 'drill')
    ).toEqual(['warning'])
  })

  it('schedules in scope: only their backups count, a missing one is named; paused ones are not checked', () => {
    const report = evaluateHealth(
      input(
        [candidate(backup('manual-1', 1, { schedule: '' })), candidate(backup('daily-1', 100))],
        {
          schedules: [{ ...daily, paused: true }]
        }
      ),
      options({ schedules: ['daily', 'hourly'] })
    )
    expect(failedLines(report)).toEqual([
      'schedule-age: schedule hourly: no schedule hourly in namespace velero: check the schedules input',
      expect.stringMatching(
        /^known-good-age: namespace velero: newest known-good daily-1 started 4d 4h ago/
      )
    ])
    expect(status(report, 'schedule-age')).toEqual(['failed', 'not checked'])
    expect(report.groups.map(g => g.schedule)).toEqual(['daily'])
  })

  it('reads a Schedule object as Velero writes it', () => {
    expect(
      scheduleInfo({
        metadata: { name: 'bad', creationTimestamp: at(1) },
        spec: { schedule: 'nope', paused: false },
        status: {
          phase: 'FailedValidation',
          validationErrors: ['invalid schedule: expected exactly 5 fields, found 1: [nope]']
        }
      })
    ).toEqual({
      name: 'bad',
      expression: 'nope',
      paused: false,
      phase: 'FailedValidation',
      validationErrors: ['invalid schedule: expected exactly 5 fields, found 1: [nope]'],
      createdAt: at(1)
    })
  })
})

describe('the retention guard', () => {
  const margin = hours(72)
  const plan = (candidates: Candidate[], keep = 1) =>
    planRetention(candidates, keys, { keep, marginMs: margin, now: NOW })

  it('extends the newest clean backup of each schedule when it would expire within the margin', () => {
    const candidates = [
      candidate(backup('daily-3', 1, { expiresInHours: 700 }), 'blocked'),
      candidate(backup('daily-2', 25, { expiresInHours: 10 })),
      candidate(backup('daily-1', 49, { expiresInHours: 5 })),
      candidate(backup('weekly-1', 100, { schedule: 'weekly', expiresInHours: -1, usable: false })),
      candidate(backup('manual-1', 3, { schedule: '', expiresInHours: 500 }))
    ]
    expect(plan(candidates)).toEqual([
      { kind: 'extend', backup: 'daily-2', schedule: 'daily', from: at(-10), to: at(-144) },
      // Expired, not yet collected: its data is still there.
      { kind: 'extend', backup: 'weekly-1', schedule: 'weekly', from: at(1), to: at(-144) }
    ])
    expect([...protectedSet(candidates, 2)].sort()).toEqual([
      'daily-1',
      'daily-2',
      'manual-1',
      'weekly-1'
    ])
  })

  it('never protects blocked, unknown, unverified, revoked or unfinished backups', () => {
    const candidates = [
      candidate(backup('a', 1, { expiresInHours: 1 }), 'blocked'),
      candidate(backup('b', 2, { expiresInHours: 1 }), 'unknown'),
      candidate(backup('c', 3, { expiresInHours: 1 }), 'unverified'),
      candidate(backup('d', 4, { expiresInHours: 1 }), 'revoked'),
      candidate(backup('e', 5, { expiresInHours: 1, phase: 'PartiallyFailed' })),
      candidate(
        backup('f', 6, { expiresInHours: 1, unusableReason: 'being deleted', usable: false })
      )
    ]
    expect(plan(candidates, 5)).toEqual([])
  })

  it('gives the original expiration back once enough newer clean backups exist, or once revoked', () => {
    const held = (name: string, hoursAgo: number, verdict: Candidate['verdict'] = 'clean') =>
      candidate(
        backup(name, hoursAgo, {
          expiresInHours: 100,
          annotations: { [keys.originalExpiration]: at(2) }
        }),
        verdict
      )
    expect(plan([candidate(backup('daily-2', 1)), held('daily-1', 30)])).toEqual([
      { kind: 'release', backup: 'daily-1', schedule: 'daily', from: at(-100), to: at(2) }
    ])
    expect(plan([held('daily-1', 30, 'revoked')])).toEqual([
      { kind: 'release', backup: 'daily-1', schedule: 'daily', from: at(-100), to: at(2) }
    ])
    // Still the newest clean one and far from expiring: nothing to do.
    expect(plan([held('daily-1', 30)])).toEqual([])
  })
})

describe('storage posture', () => {
  it('names each field: plain http, insecureSkipTLSVerify, nothing at rest', () => {
    const posture = locationPosture({
      metadata: { name: 'default' },
      spec: {
        provider: 'velero.io/aws',
        config: { s3Url: 'http://store:9000', insecureSkipTLSVerify: 'true' }
      }
    })
    expect(posture.findings.map(f => [f.object, f.field])).toEqual([
      ['backupstoragelocation/default', 'spec.config.s3Url'],
      ['backupstoragelocation/default', 'spec.config.insecureSkipTLSVerify'],
      ['backupstoragelocation/default', 'spec.config.serverSideEncryption']
    ])
    for (const key of ['serverSideEncryption', 'kmsKeyId', 'customerKeyEncryptionFile'])
      expect(
        locationPosture({
          metadata: { name: 'x' },
          spec: { provider: 'aws', config: { [key]: 'set' } }
        }).findings
      ).toEqual([])
    expect(locationPosture({ metadata: { name: 'x' }, spec: { provider: 'azure' } }).state).toBe(
      'not checked'
    )
  })

  it("compares the repository password as a digest of Velero's default", () => {
    // The digest in the code is the one of the default in pkg/repository/keys/keys.go.
    expect(createHash('sha256').update('static-passw0rd').digest('hex')).toBe(
      DEFAULT_REPOSITORY_PASSWORD_SHA256
    )
    expect(
      repositoryFinding({ state: 'found', password: 'a long one of our own' }, 'velero')
    ).toBeUndefined()
    expect(repositoryFinding({ state: 'missing' }, 'velero')?.message).toMatch(/does not exist yet/)
    const finding = repositoryFinding({ state: 'found', password: 'static-passw0rd' }, 'velero')
    expect(finding?.object).toBe('secret/velero-repo-credentials (namespace velero)')
    expect(JSON.stringify(finding)).not.toContain('static-passw0rd')
  })
})

describe('drill helpers', () => {
  it('reads --expect as kind/name or apiVersion/Kind/name, and says what is wrong', () => {
    expect(parseExpected('configmap/orders')).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'orders'
    })
    expect(parseExpected('deployments/web')).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment'
    })
    expect(parseExpected('cert-manager.io/v1/Certificate/web')).toMatchObject({
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      name: 'web'
    })
    expect(parseExpected('widget/x')).toMatch(/^unknown kind "widget": use one of configmap, cm,/)
    expect(parseExpected('configmap/Not_A_Name')).toBe('expected kind/name with a Kubernetes name')
    expect(parseExpected('orders')).toBe('expected kind/name or apiVersion/Kind/name')
  })

  it('names the scratch namespace after the source with a random suffix, within 63 characters', () => {
    const a = scratchNamespace('shop')
    expect(a).toMatch(/^shop-drill-[0-9a-f]{6}$/)
    expect(scratchNamespace('shop')).not.toBe(a)
    expect(scratchNamespace('x'.repeat(63)).length).toBeLessThanOrEqual(63)
  })

  it("takes the backup's only namespace, or the one asked for, or says to name one", () => {
    const b = (included?: string[]) => ({
      metadata: { name: 'b' },
      spec: included ? { includedNamespaces: included } : {}
    })
    expect(sourceNamespace(b(['shop']), undefined)).toEqual({ namespace: 'shop' })
    expect(sourceNamespace(b(['shop', 'web']), 'web')).toEqual({ namespace: 'web' })
    expect(sourceNamespace(b(['shop', 'web']), undefined)).toEqual({
      problem: 'backup b holds namespaces shop, web: name the one to drill with restore-namespaces'
    })
    expect(sourceNamespace(b(), undefined)).toEqual({
      problem: 'backup b holds every namespace: name the one to drill with restore-namespaces'
    })
    expect(sourceNamespace(b(['shop']), 'web')).toEqual({
      problem: 'backup b holds namespaces shop, not web'
    })
  })

  it('counts what Velero restored against what it found to restore and what the backup holds', () => {
    const restore = (restored: number, total: number) => ({
      metadata: { name: 'r' },
      status: { progress: { itemsRestored: restored, totalItems: total } }
    })
    const held = {
      metadata: { name: 'b' },
      status: { progress: { itemsBackedUp: 5, totalItems: 5 } }
    }
    expect(countCheck(restore(5, 5), held)).toEqual({
      name: 'items',
      passed: true,
      detail: '5 of 5 items restored; the backup holds 5 items'
    })
    expect(countCheck(restore(3, 5), held).passed).toBe(false)
    expect(countCheck({ metadata: { name: 'r' } }, held).passed).toBe(false)
  })
})
