// health, the retention guard and drill on the real plane, as the least-privilege identity of
// deploy/rbac.yaml. The checks read Backups, Schedules and BackupStorageLocations as the API
// server stores them (in a namespace of their own, which the real Velero does not watch, so the
// test decides their times); the retention guard runs against the real Velero, whose garbage
// collection (at a short --garbage-collection-frequency) deletes what the guard does not keep;
// the drill restores with the real Velero into a scratch namespace and leaves the application's
// namespace as it was.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  CoreV1Api,
  CustomObjectsApi,
  RbacAuthorizationV1Api,
  type KubeConfig
} from '@kubernetes/client-node'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import { tempDir } from '../helpers/sarif.js'
import {
  adminKubeConfig,
  createNamespace,
  deleteNamespace,
  expectStatus,
  ignoring,
  statusOf,
  waitFor
} from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { CommandFailed, runCommand } from './helpers/run-command.js'
import {
  backupFileInBucket,
  createBackup,
  createRestore,
  getVelero,
  listBucket,
  restartSharedVelero,
  stopSharedVelero,
  uniqueName,
  veleroNamespace,
  veleroRunning,
  waitForVeleroPhase
} from './helpers/velero.js'

jest.setTimeout(180_000)

const describeVelero = veleroRunning() ? describe : describe.skip
const timings: Record<string, number> = {}
const since = (t0: number) => Math.round((Date.now() - t0) / 100) / 10
const rfc = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().replace(/\.\d+Z$/, 'Z')
const HOUR = 3_600_000
/** The API server's message in an error body (a JSON Status, as text or parsed). */
function messageOf(body: unknown): string {
  const status = (typeof body === 'string' ? JSON.parse(body) : body) as { message?: string }
  return status.message ?? ''
}

/** Counts the identity's API requests (a wrap around its cluster client). */
function counting() {
  const calls: string[] = []
  const wrap = <T extends object>(api: T): T =>
    new Proxy(api, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          calls.push(String(key))
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      }
    })
  return { calls, wrap }
}

afterAll(() => {
  process.stderr.write(`[health.test] timings (s): ${JSON.stringify(timings)}\n`)
})

describe('health on the real API server, as the least-privilege identity', () => {
  let admin: KubeConfig
  let custom: CustomObjectsApi
  let ns: string
  let app: string
  let identity: RbacIdentity

  const velero = (plural: string) => ({ group: 'velero.io', version: 'v1', plural, namespace: ns })

  async function backup(
    name: string,
    hoursAgo: number,
    verdict: string | undefined,
    phase = 'Completed',
    schedule = 'nightly'
  ) {
    await custom.createNamespacedCustomObject({
      ...velero('backups'),
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: {
          name,
          labels: {
            'velero.io/schedule-name': schedule,
            ...(verdict ? { 'known-good.dev/verdict': verdict } : {})
          }
        },
        spec: { includedNamespaces: [app] },
        // As Velero writes it (Backup has no status subresource).
        status: {
          phase,
          startTimestamp: rfc(hoursAgo * HOUR),
          expiration: rfc(-720 * HOUR),
          ...(phase === 'Failed'
            ? { failureReason: 'rpc error: code = Unknown desc = NoSuchBucket' }
            : {})
        }
      }
    })
  }

  /** Velero's Schedule and BackupStorageLocation CRDs have no status subresource either. */
  async function withStatus(plural: string, body: object, status: object) {
    await custom.createNamespacedCustomObject({ ...velero(plural), body: { ...body, status } })
  }

  const health = (raw: Record<string, string | string[] | boolean>) =>
    runCommand(
      { command: 'health', 'backup-namespace': ns, ...raw },
      { kubeconfigYaml: identity.kubeconfigYaml }
    )

  beforeAll(async () => {
    admin = adminKubeConfig()
    custom = admin.makeApiClient(CustomObjectsApi)
    ns = await createNamespace(admin, 'kg-health')
    app = await createNamespace(admin, 'kg-health-app')
    identity = await rbacIdentity(admin, { veleroNamespace: ns, appNamespaces: [app] })
    await withStatus(
      'schedules',
      {
        apiVersion: 'velero.io/v1',
        kind: 'Schedule',
        metadata: { name: 'nightly' },
        spec: { schedule: '0 3 * * *', template: { includedNamespaces: [app] } }
      },
      { phase: 'Enabled' }
    )
    // The plane's own store: plain http, no server-side encryption.
    await withStatus(
      'backupstoragelocations',
      {
        apiVersion: 'velero.io/v1',
        kind: 'BackupStorageLocation',
        metadata: { name: 'default' },
        spec: {
          provider: 'aws',
          default: true,
          objectStorage: { bucket: 'velero' },
          config: { region: 'us-east-1', s3ForcePathStyle: 'true', s3Url: 'http://127.0.0.1:9000' }
        }
      },
      { phase: 'Available', lastValidationTime: rfc(10_000) }
    )
    // What Velero's EnsureCommonRepositoryKey creates (pkg/repository/keys/keys.go).
    await admin.makeApiClient(CoreV1Api).createNamespacedSecret({
      namespace: ns,
      body: {
        metadata: { name: 'velero-repo-credentials' },
        stringData: { 'repository-password': 'static-passw0rd' }
      }
    })
    await admin.makeApiClient(CoreV1Api).createNamespacedSecret({
      namespace: ns,
      body: {
        metadata: { name: 'cloud-credentials' },
        stringData: { cloud: 'aws_secret_access_key=x' }
      }
    })
  })

  afterAll(async () => {
    await identity?.cleanup()
    for (const n of [ns, app]) await deleteNamespace(admin, n)
  })

  it('a stale schedule, a Failed last backup and no clean backup within max-known-good-age: each named, unhealthy', async () => {
    await backup('nightly-3', 40, undefined, 'Failed')
    await backup('nightly-2', 55, 'blocked')
    await backup('nightly-1', 79, 'clean')
    const { calls, wrap } = counting()
    const t0 = Date.now()
    const run = await runCommand(
      { command: 'health', 'backup-namespace': ns, 'skip-checks': ['posture', 'drill'] },
      { kubeconfigYaml: identity.kubeconfigYaml, wrap }
    )
    timings.healthRun = since(t0)
    timings.healthApiCalls = calls.length
    expect(run.outputs.healthy).toBe('false')
    const failed = JSON.parse(run.outputs['failed-checks']!) as string[]
    expect(failed).toEqual([
      expect.stringMatching(
        /^schedule-age: schedule nightly: newest backup nightly-3 started 1d 16h ago, more than 1.5 intervals \(cron "0 3 \* \* \*", every 1d\)/
      ),
      'last-backup: schedule nightly: last backup nightly-3 ended Failed: rpc error: code = Unknown desc = NoSuchBucket (1 failed since the last Completed one, nightly-2); see velero backup logs nightly-3',
      expect.stringMatching(
        /^known-good-age: namespace kg-health-\w+: newest known-good nightly-1 started 3d 7h ago, older than max-known-good-age 2d/
      )
    ])
    expect(run.summary).toContain('unhealthy')
    process.stderr.write(`[health.test] API calls of one health run: ${calls.join(', ')}\n`)
  })

  it('a healthy setup is ok; the metrics file parses; posture warns by default with both findings', async () => {
    await backup('nightly-4', 1, 'clean')
    const file = join(tempDir(), 'known-good.prom')
    const run = await health({ 'metrics-file': file, 'skip-checks': 'drill' })
    expect(run.outputs.healthy).toBe('true')
    const posture = (
      JSON.parse(run.outputs.health!) as {
        checks: { check: string; status: string; message: string }[]
      }
    ).checks.filter(c => c.check === 'posture')
    expect(posture.map(c => [c.status, c.message.split(':')[0]])).toEqual([
      ['warning', 'spec.config.s3Url'],
      ['warning', 'spec.config.serverSideEncryption'],
      ['warning', 'data.repository-password']
    ])
    expect(JSON.stringify(run)).not.toContain('static-passw0rd')
    const families = parsePrometheusTextFormat(readFileSync(file, 'utf8'))
    const clean = families.find(f => f.name === 'known_good_last_clean_backup_timestamp_seconds')
    expect(clean?.metrics).toEqual([
      { labels: { namespace: ns, schedule: 'nightly' }, value: expect.any(String) }
    ])
    expect(Math.abs(Number(clean!.metrics[0]!.value) - (Date.now() - HOUR) / 1000)).toBeLessThan(
      120
    )
    const available = families.find(f => f.name === 'known_good_storage_location_available')
    expect(available?.metrics).toEqual([
      { labels: { namespace: ns, location: 'default' }, value: '1' }
    ])
  })

  it('with require-encryption the posture findings fail the command', async () => {
    const run = await health({ 'require-encryption': true, 'skip-checks': 'drill' })
    expect(run.outputs.healthy).toBe('false')
    expect(JSON.parse(run.outputs['failed-checks']!)).toEqual([
      expect.stringMatching(
        /^posture: backupstoragelocation default: spec.config.s3Url: s3Url http:\/\/127.0.0.1:9000 is plain http/
      ),
      expect.stringMatching(
        /^posture: backupstoragelocation default: spec.config.serverSideEncryption: /
      ),
      expect.stringMatching(
        /^posture: secret velero-repo-credentials: data.repository-password: the repository password is still Velero's published static default/
      )
    ])
  })

  it('reads only the named Secret: the cloud credentials beside it are refused', async () => {
    const core = identity.kubeConfig.makeApiClient(CoreV1Api)
    await core.readNamespacedSecret({ namespace: ns, name: 'velero-repo-credentials' })
    const body = await expectStatus(403, () =>
      core.readNamespacedSecret({ namespace: ns, name: 'cloud-credentials' })
    )
    expect(messageOf(body)).toMatch(
      /cannot get resource "secrets" in API group "" in the namespace/
    )
    await expectStatus(403, () => core.listNamespacedSecret({ namespace: ns }))
  })

  it('names the missing permission when the identity may not list BackupStorageLocations', async () => {
    const rbac = readFileSync(process.env.KNOWN_GOOD_TEST_RBAC_FILE!, 'utf8')
    const reduced = rbac.replace(
      / {2}- apiGroups: \[velero\.io\]\n {4}resources: \[backupstoragelocations\]\n {4}verbs: \[get, list\]\n/,
      ''
    )
    expect(reduced).not.toBe(rbac)
    const rules = join(tempDir(), 'rbac.yaml')
    writeFileSync(
      rules,
      reduced.replace(/name: known-good-velero\b/g, 'name: known-good-velero-nobsl')
    )
    const weak = await rbacIdentity(admin, {
      veleroNamespace: ns,
      appNamespaces: [app],
      serviceAccountName: 'weak-health',
      rbacFile: rules
    })
    try {
      await expect(
        runCommand(
          { command: 'health', 'backup-namespace': ns },
          { kubeconfigYaml: weak.kubeconfigYaml }
        )
      ).rejects.toThrow(
        /listing backupstoragelocations.velero.io in namespace kg-health-\w+: permission denied \(403: .*cannot list resource "backupstoragelocations" in API group "velero.io" in the namespace .*\)\. Grant the CI identity the rules in deploy\/rbac.yaml/
      )
    } finally {
      await weak.cleanup()
    }
  })
})

describeVelero("the retention guard against Velero's own garbage collection", () => {
  let admin: KubeConfig
  let app: string
  let identity: RbacIdentity
  const schedule = uniqueName('kg-ret')
  const names = {
    clean: `${schedule}-clean`,
    blocked: `${schedule}-blocked`,
    newer: `${schedule}-newer`
  }
  const guard = (margin: string) =>
    runCommand(
      {
        command: 'health',
        'backup-namespace': veleroNamespace(),
        schedules: schedule,
        'protect-known-good': '1',
        'protect-margin': margin,
        'skip-checks': ['schedule-age', 'posture', 'drill', 'storage', 'known-good-age']
      },
      { kubeconfigYaml: identity.kubeconfigYaml }
    )

  async function take(name: string, verdict: string, ttl: string) {
    await createBackup(admin, {
      name,
      namespaces: [app],
      labels: { 'known-good.dev/verdict': verdict, 'velero.io/schedule-name': schedule },
      spec: { ttl }
    })
    return waitForVeleroPhase(admin, 'Backup', name, 'Completed')
  }

  beforeAll(async () => {
    admin = adminKubeConfig()
    app = await createNamespace(admin, 'kg-ret-app')
    await admin.makeApiClient(CoreV1Api).createNamespacedConfigMap({
      namespace: app,
      body: { metadata: { name: 'orders' }, data: { last: '4711' } }
    })
    identity = await rbacIdentity(admin, {
      veleroNamespace: veleroNamespace(),
      appNamespaces: [app]
    })
    const t0 = Date.now()
    await stopSharedVelero()
    await restartSharedVelero({ gcFrequency: '5s', lockWaitMs: 600_000 })
    timings.veleroRestartShortGc = since(t0)
  }, 700_000)

  afterAll(async () => {
    await identity?.cleanup()
    await deleteNamespace(admin, app)
    await deleteNamespace(admin, `${app}-back`)
    // Velero's default collection frequency again, for the tests after this file.
    await stopSharedVelero()
    await restartSharedVelero({ gcFrequency: '1h', lockWaitMs: 600_000 })
  }, 700_000)

  it('an expired blocked backup is deleted by Velero; the protected clean one survives with its data, and restores', async () => {
    const t0 = Date.now()
    await take(names.clean, 'clean', '40s')
    await take(names.blocked, 'blocked', '40s')
    const original = (await getVelero(admin, 'Backup', names.clean))!.status!.expiration as string
    const run = await guard('10m')
    const actions = JSON.parse(run.outputs['protected-backups']!) as {
      kind: string
      backup: string
      from: string
      to: string
    }[]
    expect(actions).toEqual([
      { kind: 'extend', backup: names.clean, schedule, from: original, to: expect.any(String) }
    ])
    const held = await getVelero(admin, 'Backup', names.clean)
    expect(held?.metadata.annotations?.['known-good.dev/original-expiration']).toBe(original)
    expect(Date.parse(held!.status!.expiration as string) - Date.now()).toBeGreaterThan(15 * 60_000)

    // Velero's garbage collection deletes the blocked one once it expired (and its files).
    await waitFor(
      `Velero's GC to delete ${names.blocked}`,
      async () => (await getVelero(admin, 'Backup', names.blocked)) === undefined,
      { timeoutMs: 150_000, intervalMs: 1000 }
    )
    timings.blockedCollected = since(t0)
    expect(await listBucket(`backups/${names.blocked}/`)).toEqual([])
    // Three collections after its original expiration, the clean one is still there, data and all.
    const wait = Date.parse(original) + 15_000 - Date.now()
    if (wait > 0) await new Promise(r => setTimeout(r, wait))
    expect((await getVelero(admin, 'Backup', names.clean))?.status?.phase).toBe('Completed')
    expect(await backupFileInBucket(names.clean)).toBeDefined()
    expect(await listBucket(`backups/${names.clean}/`)).toEqual(
      expect.arrayContaining([`backups/${names.clean}/${names.clean}.tar.gz`])
    )

    const restore = uniqueName('kg-ret-restore')
    await createRestore(admin, {
      name: restore,
      backupName: names.clean,
      spec: { includedNamespaces: [app], namespaceMapping: { [app]: `${app}-back` } }
    })
    await waitForVeleroPhase(admin, 'Restore', restore, 'Completed')
    const cm = await admin
      .makeApiClient(CoreV1Api)
      .readNamespacedConfigMap({ namespace: `${app}-back`, name: 'orders' })
    expect(cm.data).toEqual({ last: '4711' })
    timings.retentionToRestore = since(t0)
  }, 400_000)

  it('once a newer clean backup exists the protection is released, and Velero collects the old one', async () => {
    const original = (await getVelero(admin, 'Backup', names.clean))!.metadata.annotations![
      'known-good.dev/original-expiration'
    ]!
    await take(names.newer, 'clean', '1h')
    const run = await guard('10m')
    expect(JSON.parse(run.outputs['protected-backups']!)).toEqual([
      { kind: 'release', backup: names.clean, schedule, from: expect.any(String), to: original }
    ])
    const t0 = Date.now()
    await waitFor(
      `Velero's GC to delete the released ${names.clean}`,
      async () => (await getVelero(admin, 'Backup', names.clean)) === undefined,
      { timeoutMs: 120_000, intervalMs: 1000 }
    )
    timings.releasedCollected = since(t0)
    expect((await getVelero(admin, 'Backup', names.newer))?.status?.phase).toBe('Completed')
  }, 300_000)
})

describeVelero('drill with the real Velero, as the least-privilege identity', () => {
  let admin: KubeConfig
  let app: string
  let identity: RbacIdentity
  const backupName = uniqueName('kg-drill')

  /** Every object of the app namespace we look at, with its resourceVersion and content. */
  async function snapshot(namespace: string) {
    const core = admin.makeApiClient(CoreV1Api)
    const cms = await core.listNamespacedConfigMap({ namespace })
    const secrets = await core.listNamespacedSecret({ namespace })
    const ns = await core.readNamespace({ name: namespace })
    return {
      namespace: { rv: ns.metadata?.resourceVersion, labels: ns.metadata?.labels },
      configMaps: cms.items.map(c => [c.metadata?.name, c.metadata?.resourceVersion, c.data]),
      secrets: secrets.items.map(s => [s.metadata?.name, s.metadata?.resourceVersion])
    }
  }

  beforeAll(async () => {
    admin = adminKubeConfig()
    app = await createNamespace(admin, 'kg-drill-app')
    const core = admin.makeApiClient(CoreV1Api)
    await core.createNamespacedConfigMap({
      namespace: app,
      body: { metadata: { name: 'orders', labels: { app: 'shop' } }, data: { last: '4711' } }
    })
    await core.createNamespacedSecret({
      namespace: app,
      body: { metadata: { name: 'db-credentials' }, stringData: { password: 'hunter2' } }
    })
    identity = await rbacIdentity(admin, {
      veleroNamespace: veleroNamespace(),
      appNamespaces: [app],
      serviceAccountName: 'drill',
      drill: true
    })
    await createBackup(admin, {
      name: backupName,
      namespaces: [app],
      labels: { 'known-good.dev/verdict': 'clean' }
    })
    await waitForVeleroPhase(admin, 'Backup', backupName, 'Completed')
    // The admission policy is enforced once the API server has compiled it: wait for a refusal.
    const probe = identity.kubeConfig.makeApiClient(CoreV1Api)
    await waitFor('the drill admission policy to refuse an unlabelled namespace', async () => {
      try {
        await probe.createNamespace({ body: { metadata: { name: 'kg-probe' } }, dryRun: 'All' })
        return false
      } catch (e) {
        return statusOf(e) === 403 || statusOf(e) === 422
      }
    })
  }, 120_000)

  afterAll(async () => {
    await identity?.cleanup()
    await deleteNamespace(admin, app)
  })

  const drill = (raw: Record<string, string | string[] | boolean>) =>
    runCommand(
      { command: 'drill', 'backup-namespace': veleroNamespace(), backup: backupName, ...raw },
      { kubeconfigYaml: identity.kubeconfigYaml }
    )

  it('restores into a scratch namespace, checks it, deletes it, records passed; the app namespace is unchanged', async () => {
    const before = await snapshot(app)
    const t0 = Date.now()
    const run = await drill({ expect: ['configmap/orders', 'secret/db-credentials'] })
    timings.drill = since(t0)
    const scratch = run.outputs['drill-namespace']!
    expect(scratch).toMatch(new RegExp(`^${app}-drill-[0-9a-f]{6}$`))
    expect(run.outputs['drill-result']).toBe('passed')
    const checks = JSON.parse(run.outputs['drill-checks']!) as {
      name: string
      passed: boolean
      detail: string
    }[]
    process.stderr.write(`[health.test] drill checks: ${JSON.stringify(checks)}\n`)
    expect(checks.map(c => [c.name, c.passed])).toEqual([
      ['restore', true],
      ['items', true],
      ['expect configmap/orders', true],
      ['expect secret/db-credentials', true]
    ])
    const restore = await getVelero(admin, 'Restore', run.outputs['restore-name']!)
    expect(restore?.spec).toMatchObject({
      backupName,
      includedNamespaces: [app],
      namespaceMapping: { [app]: scratch },
      includeClusterResources: false
    })
    const backup = await getVelero(admin, 'Backup', backupName)
    expect(backup?.metadata.annotations).toMatchObject({
      'known-good.dev/drill-result': 'passed',
      'known-good.dev/drilled-at': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    })
    const t1 = Date.now()
    await waitFor(
      `scratch namespace ${scratch} to be gone`,
      async () =>
        (await ignoring([404], () =>
          admin.makeApiClient(CoreV1Api).readNamespace({ name: scratch })
        )) === undefined,
      { timeoutMs: 120_000, intervalMs: 500 }
    )
    timings.scratchGone = since(t1)
    expect(await snapshot(app)).toEqual(before)
  }, 300_000)

  it('a failing --expect fails the drill and records drill-result: failed', async () => {
    const attempt = drill({ expect: 'configmap/invoices' })
    await expect(attempt).rejects.toThrow(CommandFailed)
    await expect(attempt).rejects.toThrow(
      /expect configmap\/invoices: ConfigMap invoices is not in kg-drill-app-\w+-drill-[0-9a-f]{6} after the restore/
    )
    const backup = await getVelero(admin, 'Backup', backupName)
    expect(backup?.metadata.annotations?.['known-good.dev/drill-result']).toBe('failed')
  }, 300_000)

  it('the drill rules cannot reach a real namespace: no delete, no RoleBinding there, no unlabelled namespace', async () => {
    const core = identity.kubeConfig.makeApiClient(CoreV1Api)
    const rbac = identity.kubeConfig.makeApiClient(RbacAuthorizationV1Api)
    const deleted = await expectStatus(403, () => core.deleteNamespace({ name: app }))
    expect(messageOf(deleted)).toMatch(
      /cannot delete resource "namespaces" in API group "" in the namespace/
    )
    const bound = await expectStatus(403, () =>
      rbac.createNamespacedRoleBinding({
        namespace: app,
        body: {
          metadata: { name: 'sneaky' },
          roleRef: {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'ClusterRole',
            name: 'known-good-drill-scratch'
          },
          subjects: [
            { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: identity.username }
          ]
        }
      })
    )
    expect(messageOf(bound)).toMatch(
      /known-good may create RoleBindings only in its own scratch namespaces/
    )
    const unlabelled = await expectStatus(403, () =>
      core.createNamespace({ body: { metadata: { name: uniqueName('kg-plain') } } })
    )
    expect(messageOf(unlabelled)).toMatch(
      /known-good may create only scratch namespaces labelled known-good.dev\/drill/
    )
    // And no other role than the scratch one can be bound, even in a scratch-labelled namespace.
    const admins = await expectStatus(403, () =>
      rbac.createNamespacedRoleBinding({
        namespace: app,
        body: {
          metadata: { name: 'sneaky-admin' },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin' },
          subjects: [
            { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: identity.username }
          ]
        }
      })
    )
    expect(messageOf(admins)).toMatch(/forbidden/)
  })
})
