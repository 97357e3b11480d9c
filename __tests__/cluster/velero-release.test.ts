// label-backup and restore through the real Velero of the test plane (test/cluster/velero.mjs),
// as the least-privilege identity of deploy/rbac.yaml: releases of an application whose state
// lives in Kubernetes objects, pre-release backups that Velero really takes and stores in
// object storage, an incident, and restores that Velero really carries out. Velero acts only in
// its own namespace, shared with the plane's other Velero tests: everything here has a name of
// its own (and our labels a prefix of their own), and the file holds the shared Velero while it
// runs (holdSharedVelero). The tests build on each other, in order.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  AdmissionregistrationV1Api,
  AppsV1Api,
  CoreV1Api,
  type KubeConfig
} from '@kubernetes/client-node'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ClusterApi } from '../../src/cluster/api.js'
import { ConfigurationError } from '../../src/errors.js'
import { tempDir } from '../helpers/sarif.js'
import { writeVerdictFile } from '../helpers/verdict.js'
import {
  adminKubeConfig,
  clusterEnv,
  createNamespace,
  deleteNamespace,
  ignoring,
  waitFor,
  workloadsRunning
} from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { CommandFailed, runCommand, type CommandRun } from './helpers/run-command.js'
import {
  backupFileInBucket,
  createBackup,
  createTestBucket,
  createVelero,
  deleteVelero,
  getVelero,
  holdSharedVelero,
  listVelero,
  uniqueName,
  veleroNamespace,
  veleroRunning,
  waitForVeleroPhase
} from './helpers/velero.js'

jest.setTimeout(120_000)

const describeVelero = veleroRunning() ? describe : describe.skip
const sha = () => randomBytes(20).toString('hex')
/** Figures of this run, printed at the end (the report's numbers come from here). */
const figures: Record<string, unknown> = {}

/** The application's state in one release: what a restore must bring back. */
interface AppState {
  orders: Record<string, string>
  password: string
  image: string
}
const RELEASE_1: AppState = {
  orders: { 'order-1001': '2 x widget, paid', 'order-1002': '1 x gadget, shipped' },
  password: 'release-1-password',
  image: 'registry.example/shop:1.0'
}
const RELEASE_2: AppState = {
  orders: { ...RELEASE_1.orders, 'order-1003': '5 x sprocket, paid' },
  password: 'release-2-password',
  image: 'registry.example/shop:2.0'
}

/** Counts the cluster calls of one command, by method. */
function counter(): { wrap: (api: ClusterApi) => ClusterApi; calls: Record<string, number> } {
  const calls: Record<string, number> = {}
  return {
    calls,
    wrap: api =>
      new Proxy(api, {
        get(target, method: keyof ClusterApi) {
          const fn = target[method]
          return (...args: unknown[]) => {
            const plural = (args[0] as { plural?: string } | undefined)?.plural
            const key = `${String(method)}${plural ? ` ${plural}` : ''}`
            calls[key] = (calls[key] ?? 0) + 1
            return (fn as (...a: unknown[]) => unknown).apply(target, args)
          }
        }
      })
  }
}
const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0)

/**
 * How Velero puts a name into a label: longer than 63 characters, its first 57 and six hex
 * digits of its SHA-256 (pkg/label/label.go, GetValidName).
 */
const veleroLabel = (name: string) =>
  name.length <= 63
    ? name
    : `${name.slice(0, 57)}${createHash('sha256').update(name).digest('hex').slice(0, 6)}`

/** Velero's timestamps have whole seconds: backups taken in one second would tie. */
const nextSecond = () => new Promise(r => setTimeout(r, 1100 - (Date.now() % 1000)))

describeVelero('releases, backups and restores through the real Velero', () => {
  const id = uniqueName('rel')
  const prefix = `${id}.known-good.dev/`
  const commits = { release1: sha(), release2: sha() }
  let admin: KubeConfig
  let core: CoreV1Api
  let apps: AppsV1Api
  let app: string
  let velero: string
  let identity: RbacIdentity
  let release: (() => void) | undefined
  const schedule = `${id}-nightly`
  const cleanup: (() => Promise<unknown>)[] = []
  let release1Backup: string
  let release2Backup: string

  const as = (
    raw: Record<string, string | boolean>,
    options: {
      commit?: string
      wrap?: (api: ClusterApi) => ClusterApi
      kubeconfigYaml?: string
    } = {}
  ) =>
    runCommand(
      { 'backup-namespace': velero, 'label-prefix': prefix, ...raw },
      {
        kubeconfigYaml: options.kubeconfigYaml ?? identity.kubeconfigYaml,
        env: { GITHUB_SHA: options.commit ?? commits.release1 },
        ...(options.wrap ? { wrap: options.wrap } : {})
      }
    )
  const failing = async (run: Promise<CommandRun>): Promise<CommandFailed> => {
    try {
      await run
    } catch (e) {
      if (e instanceof CommandFailed) return e
      throw e
    }
    throw new Error('the command succeeded')
  }

  async function setState(state: AppState, namespace = app): Promise<void> {
    const body = { metadata: { name: 'orders', labels: { app: 'shop' } }, data: state.orders }
    if (await ignoring([404], () => core.readNamespacedConfigMap({ name: 'orders', namespace })))
      await core.replaceNamespacedConfigMap({ name: 'orders', namespace, body })
    else await core.createNamespacedConfigMap({ namespace, body })
    const secret = {
      metadata: { name: 'db-credentials' },
      stringData: { password: state.password }
    }
    if (
      await ignoring([404], () => core.readNamespacedSecret({ name: 'db-credentials', namespace }))
    )
      await core.replaceNamespacedSecret({ name: 'db-credentials', namespace, body: secret })
    else await core.createNamespacedSecret({ namespace, body: secret })
    const deployment = {
      metadata: { name: 'web', labels: { app: 'shop' } },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'shop' } },
        template: {
          metadata: { labels: { app: 'shop' } },
          spec: { containers: [{ name: 'web', image: state.image }] }
        }
      }
    }
    if (await ignoring([404], () => apps.readNamespacedDeployment({ name: 'web', namespace })))
      await apps.replaceNamespacedDeployment({ name: 'web', namespace, body: deployment })
    else await apps.createNamespacedDeployment({ namespace, body: deployment })
  }

  async function readState(namespace = app): Promise<Partial<AppState>> {
    const orders = await ignoring([404], () =>
      core.readNamespacedConfigMap({ name: 'orders', namespace })
    )
    const secret = await ignoring([404], () =>
      core.readNamespacedSecret({ name: 'db-credentials', namespace })
    )
    const web = await ignoring([404], () =>
      apps.readNamespacedDeployment({ name: 'web', namespace })
    )
    const state: Partial<AppState> = {}
    if (orders) state.orders = orders.data ?? {}
    if (secret?.data?.password)
      state.password = Buffer.from(secret.data.password, 'base64').toString('utf8')
    const image = web?.spec?.template.spec?.containers[0]?.image
    if (image) state.image = image
    return state
  }

  beforeAll(async () => {
    release = await holdSharedVelero('velero-release.test.ts')
    admin = adminKubeConfig()
    core = admin.makeApiClient(CoreV1Api)
    apps = admin.makeApiClient(AppsV1Api)
    velero = veleroNamespace()
    app = await createNamespace(admin, 'kg-shop')
    await setState(RELEASE_1)
    identity = await rbacIdentity(admin, {
      veleroNamespace: velero,
      appNamespaces: [app],
      serviceAccountName: id
    })
    await createVelero(
      admin,
      'Schedule',
      { name: schedule, labels: { team: 'shop' } },
      // Velero runs a schedule at its next cron time only: January 1st, never during the test.
      { schedule: '0 0 1 1 *', template: { includedNamespaces: [app], ttl: '24h0m0s' } }
    )
    cleanup.push(() => deleteVelero(admin, 'Schedule', schedule))
  }, 16 * 60_000)

  afterAll(async () => {
    try {
      for (const step of cleanup.reverse()) await step().catch(() => undefined)
      // Our Backups (and with them their Restores and files) go the way Velero deletes them.
      for (const b of await listVelero(admin, 'Backup')) {
        if (!b.metadata.name.startsWith(id)) continue
        await createVelero(
          admin,
          'DeleteBackupRequest',
          { name: `${b.metadata.name}-delete`.slice(0, 253) },
          { backupName: b.metadata.name }
        ).catch(() => undefined)
      }
      await identity?.cleanup()
      for (const ns of [app, `${app}-copy`, `${app}-denied`]) await deleteNamespace(admin, ns)
    } finally {
      release?.()
      process.stderr.write(`[velero-release.test] ${JSON.stringify(figures)}\n`)
    }
  })

  it('label-backup --create from a Schedule: Velero completes the backup, and velero-backup.json in the bucket carries our labels and annotations', async () => {
    const count = counter()
    const t0 = Date.now()
    const run = await as(
      {
        command: 'label-backup',
        schedule,
        create: true,
        'verdict-file': writeVerdictFile('clean', commits.release1),
        'run-url': 'https://ci.example/runs/1'
      },
      { wrap: count.wrap }
    )
    figures.labelCreateSeconds = (Date.now() - t0) / 1000
    figures.labelCreateCalls = { total: total(count.calls), ...count.calls }
    release1Backup = run.outputs['backup-name']!
    expect(release1Backup).toMatch(new RegExp(`^${schedule}-\\d{14}$`))
    expect(run.outputs['backup-created']).toBe('true')
    const ours = {
      [`${prefix}verdict`]: 'clean',
      [`${prefix}commit`]: commits.release1.slice(0, 12)
    }
    // Velero completed it, with what it adds itself.
    const inCluster = await getVelero(admin, 'Backup', release1Backup)
    expect(inCluster?.status?.phase).toBe('Completed')
    expect(inCluster?.metadata.labels).toMatchObject({
      ...ours,
      team: 'shop',
      'velero.io/schedule-name': schedule,
      'velero.io/storage-location': 'default'
    })
    // What Velero stored in object storage: our labels and annotations, from creation.
    const file = await backupFileInBucket(release1Backup)
    expect(file?.status?.phase).toBe('Completed')
    expect(file?.metadata.labels).toMatchObject(ours)
    expect(file?.metadata.annotations).toMatchObject({
      [`${prefix}commit-sha`]: commits.release1,
      [`${prefix}run-url`]: 'https://ci.example/runs/1',
      [`${prefix}sarif-sha256`]: 'ab'.repeat(32),
      [`${prefix}scanned-at`]: '2026-11-25T08:00:00.000Z'
    })
    expect(file?.spec).toMatchObject({ includedNamespaces: [app], ttl: '24h0m0s' })
    expect(run.logger.text('warning')).not.toMatch(/live only in this cluster/)
    expect(run.summary).toMatch(/Completed, verdict clean \(set at creation\)/)
  })

  it('a verdict labelled after Velero completed the backup is on the cluster object, not in object storage', async () => {
    await nextSecond()
    await setState(RELEASE_2)
    // Release 2's pre-release backup, taken by Velero (as a nightly would be), labelled afterwards.
    release2Backup = `${id}-release-2`
    await createBackup(admin, { name: release2Backup, namespaces: [app] })
    await waitForVeleroPhase(admin, 'Backup', release2Backup, 'Completed')
    const run = await as(
      {
        command: 'label-backup',
        'backup-name': release2Backup,
        'verdict-file': writeVerdictFile('blocked', commits.release2, { high: 1 })
      },
      { commit: commits.release2 }
    )
    expect(run.logger.text('warning')).toMatch(/live only in this cluster/)
    const inCluster = await getVelero(admin, 'Backup', release2Backup)
    expect(inCluster?.metadata.labels?.[`${prefix}verdict`]).toBe('blocked')
    const file = await backupFileInBucket(release2Backup)
    expect(file?.status?.phase).toBe('Completed')
    expect(file?.metadata.labels?.[`${prefix}verdict`]).toBeUndefined()
    expect(file?.metadata.annotations?.[`${prefix}commit-sha`]).toBeUndefined()
  })

  it('after an incident, restore takes the newest known-good backup and brings the deleted objects back as they were in that release; changed ones stay (existing-resource-policy none) and Velero says so', async () => {
    // The incident: orders deleted, credentials tampered with, the Deployment removed.
    await core.deleteNamespacedConfigMap({ name: 'orders', namespace: app })
    await core.replaceNamespacedSecret({
      name: 'db-credentials',
      namespace: app,
      body: { metadata: { name: 'db-credentials' }, stringData: { password: 'attacker' } }
    })
    await apps.deleteNamespacedDeployment({ name: 'web', namespace: app })
    await waitFor('the Deployment to be gone', async () =>
      (await ignoring([404], () => apps.readNamespacedDeployment({ name: 'web', namespace: app })))
        ? undefined
        : true
    )
    const count = counter()
    const t0 = Date.now()
    const run = await as(
      { command: 'restore', reason: 'incident: orders deleted', 'restore-namespaces': app },
      { wrap: count.wrap }
    )
    figures.restoreSeconds = (Date.now() - t0) / 1000
    figures.restoreCalls = { total: total(count.calls), ...count.calls }
    expect(run.outputs['backup-name']).toBe(release1Backup)
    expect(run.outputs['restore-phase']).toBe('Completed')
    const rows = JSON.parse(run.outputs.backups!) as { name: string; verdict: string }[]
    expect(rows.find(r => r.name === release2Backup)?.verdict).toBe('blocked')
    // Deleted objects are back with release 1's content (not release 2's).
    const state = await readState()
    expect(state.orders).toEqual(RELEASE_1.orders)
    expect(state.image).toBe(RELEASE_1.image)
    // The tampered Secret exists, so Velero left it: a warning, with its text from the results file.
    expect(state.password).toBe('attacker')
    const messages = JSON.parse(run.outputs['restore-messages']!) as {
      warnings: { scope: string; message: string }[]
    }
    expect(messages.warnings).toContainEqual({
      scope: `namespace ${app}`,
      message: expect.stringMatching(
        /could not restore, Secret:db-credentials already exists\. Warning: the in-cluster version is different than the backed-up version/
      )
    })
    expect(Number(run.outputs['restore-warnings'])).toBeGreaterThanOrEqual(1)
    expect(run.summary).toMatch(/Secret:db\\-credentials already exists/)
    // The restore is recorded with who and why, and Velero labels what it restored.
    const restore = await getVelero(admin, 'Restore', run.outputs['restore-name']!)
    expect(restore?.spec).toMatchObject({ backupName: release1Backup, includedNamespaces: [app] })
    expect(restore?.metadata.annotations).toMatchObject({
      [`${prefix}reason`]: 'incident: orders deleted',
      [`${prefix}requested-by`]: 'octo-operator'
    })
    const orders = await core.readNamespacedConfigMap({ name: 'orders', namespace: app })
    expect(orders.metadata?.labels).toMatchObject({
      'velero.io/backup-name': release1Backup,
      'velero.io/restore-name': veleroLabel(run.outputs['restore-name']!)
    })
  })

  it('existing-resource-policy update puts the changed objects back as they were in that release', async () => {
    const run = await as({
      command: 'restore',
      reason: 'incident: credentials tampered with',
      'restore-namespaces': app,
      'existing-resource-policy': 'update'
    })
    expect(run.outputs['backup-name']).toBe(release1Backup)
    expect(run.outputs['restore-phase']).toBe('Completed')
    expect(await readState()).toEqual(RELEASE_1)
    if (workloadsRunning())
      await waitFor('the restored Deployment to roll out', async () => {
        const web = await apps.readNamespacedDeployment({ name: 'web', namespace: app })
        return (web.status?.readyReplicas ?? 0) >= 1
      })
  })

  it('namespace-mapping restores the release into another namespace', async () => {
    const copy = `${app}-copy`
    const run = await as({
      command: 'restore',
      reason: 'forensics copy',
      'restore-namespaces': app,
      'namespace-mapping': `${app}=${copy}`
    })
    expect(run.outputs['restore-phase']).toBe('Completed')
    expect(await readState(copy)).toEqual(RELEASE_1)
  })

  describe('a restore Velero ends PartiallyFailed', () => {
    const denied = () => `${app}-denied`
    const policy = () => `${id}-deny-restored`

    beforeAll(async () => {
      // An admission policy refusing restored ConfigMaps in one namespace, as Kyverno or
      // Gatekeeper might: Velero restores the rest and counts one error.
      await core.createNamespace({
        body: { metadata: { name: denied(), labels: { [`${id}.test/deny`]: 'true' } } }
      })
      const admission = admin.makeApiClient(AdmissionregistrationV1Api)
      await admission.createValidatingAdmissionPolicy({
        body: {
          metadata: { name: policy() },
          spec: {
            failurePolicy: 'Fail',
            matchConstraints: {
              resourceRules: [
                {
                  apiGroups: [''],
                  apiVersions: ['v1'],
                  operations: ['CREATE', 'UPDATE'],
                  resources: ['configmaps']
                }
              ]
            },
            validations: [
              {
                expression:
                  "!has(object.metadata.labels) || !('velero.io/restore-name' in object.metadata.labels)",
                message: 'restored ConfigMaps are refused in this namespace'
              }
            ]
          }
        }
      })
      await admission.createValidatingAdmissionPolicyBinding({
        body: {
          metadata: { name: policy() },
          spec: {
            policyName: policy(),
            validationActions: ['Deny'],
            matchResources: {
              namespaceSelector: { matchLabels: { [`${id}.test/deny`]: 'true' } }
            }
          }
        }
      })
      cleanup.push(() => admission.deleteValidatingAdmissionPolicyBinding({ name: policy() }))
      cleanup.push(() => admission.deleteValidatingAdmissionPolicy({ name: policy() }))
      // The policy is enforced from a cache: wait until a restored-looking ConfigMap is refused.
      await waitFor('the admission policy to be enforced', async () => {
        try {
          await core.createNamespacedConfigMap({
            namespace: denied(),
            body: { metadata: { name: 'probe', labels: { 'velero.io/restore-name': 'x' } } }
          })
          await core.deleteNamespacedConfigMap({ name: 'probe', namespace: denied() })
          return false
        } catch {
          return true
        }
      })
    })

    it("fails with Velero's reasons from its results file, in the log, the summary and restore-messages; the signed URL is masked", async () => {
      const failed = await failing(
        as({
          command: 'restore',
          reason: 'restore into a guarded namespace',
          'restore-namespaces': app,
          'namespace-mapping': `${app}=${denied()}`
        })
      )
      const { outputs, logger, summary } = failed.run
      expect(outputs['restore-phase']).toBe('PartiallyFailed')
      expect(Number(outputs['restore-errors'])).toBeGreaterThanOrEqual(1)
      const reason = new RegExp(
        `error restoring configmaps/${denied()}/orders: .*ValidatingAdmissionPolicy '${policy()}' .*restored ConfigMaps are refused in this namespace`
      )
      expect(failed.message).toMatch(
        new RegExp(
          `ended PartiallyFailed \\(\\d+ errors, \\d+ warnings\\): namespace ${denied()}: `
        )
      )
      expect(failed.message).toMatch(reason)
      const messages = JSON.parse(outputs['restore-messages']!) as {
        errors: { scope: string; message: string }[]
      }
      expect(messages.errors).toContainEqual({
        scope: `namespace ${denied()}`,
        message: expect.stringMatching(reason)
      })
      expect(logger.text('info')).toMatch(reason)
      expect(summary).toMatch(/ValidatingAdmissionPolicy/)
      // The rest was restored.
      expect((await readState(denied())).password).toBe(RELEASE_1.password)
      // The signed URL (and its signature) were masked and never logged.
      const url = logger.masked.find(m => m.includes('X-Amz-Signature='))
      expect(url).toBeDefined()
      const signature = new URL(url!).searchParams.get('X-Amz-Signature')!
      expect(logger.masked).toContain(signature)
      expect(JSON.stringify(logger.lines)).not.toContain(signature)
      // Its DownloadRequest is gone.
      const requests = await listVelero(admin, 'DownloadRequest')
      expect(requests.filter(r => r.metadata.name.startsWith(outputs['restore-name']!))).toEqual([])
    })

    it('without the downloadrequests rules, the restore still ends with its phase and says why the messages are missing', async () => {
      const rules = readFileSync(clusterEnv('KNOWN_GOOD_TEST_RBAC_FILE'), 'utf8')
      const reduced = rules
        .replace(
          / {2}- apiGroups: \[velero\.io\]\n {4}resources: \[downloadrequests\]\n {4}verbs: \[[^\]]*\]\n/,
          ''
        )
        .replace(/name: known-good-velero\b/g, `name: ${id}-no-downloads`)
      expect(reduced).not.toContain('downloadrequests]')
      const file = join(tempDir(), 'rbac.yaml')
      writeFileSync(file, reduced)
      const weak = await rbacIdentity(admin, {
        veleroNamespace: velero,
        appNamespaces: [app],
        serviceAccountName: `${id}-weak`,
        rbacFile: file
      })
      cleanup.push(() => weak.cleanup())
      const failed = await failing(
        as(
          {
            command: 'restore',
            reason: 'restore into a guarded namespace',
            'restore-namespaces': app,
            'namespace-mapping': `${app}=${denied()}`
          },
          { kubeconfigYaml: weak.kubeconfigYaml }
        )
      )
      expect(failed.run.outputs['restore-phase']).toBe('PartiallyFailed')
      expect(JSON.parse(failed.run.outputs['restore-messages']!).unavailable).toMatch(
        /permission denied \(403: .*cannot create resource "downloadrequests"/
      )
      expect(failed.run.logger.text('warning')).toMatch(/could not read Velero's results/)
    })
  })

  it('a backup Velero ends PartiallyFailed (its schedule names a namespace that does not exist) fails label-backup with the reason from its results', async () => {
    const broken = `${id}-broken`
    await createVelero(
      admin,
      'Schedule',
      { name: broken },
      { schedule: '0 0 1 1 *', template: { includedNamespaces: [`${id}-no-such-namespace`] } }
    )
    cleanup.push(() => deleteVelero(admin, 'Schedule', broken))
    const failed = await failing(
      as({
        command: 'label-backup',
        schedule: broken,
        create: true,
        'verdict-file': writeVerdictFile('clean', commits.release1)
      })
    )
    expect(failed.message).toMatch(
      new RegExp(
        `^backup ${broken}-\\d{14} ended PartiallyFailed; velero: .*fail to get the namespace ${id}-no-such-namespace specified in backup.Spec.IncludedNamespaces`
      )
    )
    const messages = JSON.parse(failed.run.outputs['backup-messages']!) as {
      errors: { scope: string; message: string }[]
    }
    expect(messages.errors[0]).toMatchObject({ scope: 'velero' })
    expect(failed.run.summary).toMatch(/ended PartiallyFailed/)
  })

  describe('a storage location Velero cannot use', () => {
    const region = () => process.env.KNOWN_GOOD_TEST_OBJECT_STORE_REGION ?? ''
    async function location(name: string, bucket: string) {
      await createVelero(
        admin,
        'BackupStorageLocation',
        { name },
        {
          provider: 'aws',
          objectStorage: { bucket },
          config: {
            region: region(),
            s3ForcePathStyle: 'true',
            s3Url: process.env.KNOWN_GOOD_TEST_OBJECT_STORE_URL ?? ''
          }
        }
      )
      return waitFor(
        `BackupStorageLocation ${name} validated`,
        async () => {
          const l = await getVelero(admin, 'BackupStorageLocation', name)
          return l?.status?.phase ? l : undefined
        },
        { timeoutMs: 60_000, intervalMs: 200 }
      )
    }

    it('label-backup --create refuses before creating anything, naming the location and what Velero said', async () => {
      const gone = `${id}-gone`
      cleanup.push(() => deleteVelero(admin, 'BackupStorageLocation', gone))
      expect((await location(gone, `${id}-no-such-bucket`)).status?.phase).toBe('Unavailable')
      const to = `${id}-to-gone`
      await createVelero(
        admin,
        'Schedule',
        { name: to },
        { schedule: '0 0 1 1 *', template: { includedNamespaces: [app], storageLocation: gone } }
      )
      cleanup.push(() => deleteVelero(admin, 'Schedule', to))
      const attempt = as({
        command: 'label-backup',
        schedule: to,
        create: true,
        'verdict-file': writeVerdictFile('clean', commits.release1)
      })
      await expect(attempt).rejects.toThrow(ConfigurationError)
      await expect(attempt).rejects.toThrow(
        new RegExp(
          `cannot take a backup from schedule ${to}: backup storage location ${gone} is Unavailable \\(validated .*\\): BackupStorageLocation "${gone}" is unavailable: .*NoSuchBucket.*fix the location`
        )
      )
      const taken = (await listVelero(admin, 'Backup')).filter(
        b => b.metadata.labels?.['velero.io/schedule-name'] === to
      )
      expect(taken).toEqual([])
    })

    it('restore refuses a backup whose location became unusable, and the latest known-good passes it over', async () => {
      const moved = `${id}-moved`
      cleanup.push(() => deleteVelero(admin, 'BackupStorageLocation', moved))
      const own = await createTestBucket(`${id}-moved`)
      expect((await location(moved, own)).status?.phase).toBe('Available')
      await nextSecond()
      const onMoved = `${id}-on-moved`
      await createBackup(admin, {
        name: onMoved,
        namespaces: [app],
        labels: { [`${prefix}verdict`]: 'clean' },
        spec: { storageLocation: moved }
      })
      await waitForVeleroPhase(admin, 'Backup', onMoved, 'Completed')
      // The location's bucket goes away (re-created pointing at a bucket that does not exist).
      await deleteVelero(admin, 'BackupStorageLocation', moved)
      await waitFor('the location to be gone', async () =>
        (await getVelero(admin, 'BackupStorageLocation', moved)) ? undefined : true
      )
      expect((await location(moved, `${id}-deleted-bucket`)).status?.phase).toBe('Unavailable')

      const attempt = as({ command: 'restore', reason: 'x', backup: onMoved })
      await expect(attempt).rejects.toThrow(ConfigurationError)
      await expect(attempt).rejects.toThrow(
        new RegExp(
          `cannot restore backup ${onMoved}: backup storage location ${moved} is Unavailable .*NoSuchBucket.*Velero would refuse the restore`
        )
      )
      const plan = await as({ command: 'restore', reason: 'x', 'dry-run': true })
      expect(plan.outputs['backup-name']).toBe(release1Backup)
      const rows = JSON.parse(plan.outputs.backups!) as { name: string; unusableReason?: string }[]
      expect(rows.find(r => r.name === onMoved)?.unusableReason).toMatch(
        new RegExp(`^backup storage location ${moved} is Unavailable`)
      )
    })
  })

  it('label-backup keeps waiting through an API that fails for a while (connection refused, 503)', async () => {
    await nextSecond()
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
        schedule,
        create: true,
        'verdict-file': writeVerdictFile('clean', commits.release1)
      },
      { wrap: flaky }
    )
    expect(failures).toBe(6)
    expect((await getVelero(admin, 'Backup', run.outputs['backup-name']!))?.status?.phase).toBe(
      'Completed'
    )
    expect(run.logger.text('debug')).toMatch(/ECONNREFUSED 127\.0\.0\.1 \(retrying\)/)
  })

  it('a schedule that does not exist is refused, naming it', async () => {
    await expect(
      as({
        command: 'label-backup',
        schedule: `${id}-nope`,
        create: true,
        'verdict-file': writeVerdictFile('clean', commits.release1)
      })
    ).rejects.toThrow(`schedule ${id}-nope does not exist in namespace ${veleroNamespace()}`)
  })

  it('a backup Velero deletes while label-backup waits fails the step and says so', async () => {
    await nextSecond()
    let deleted: string | undefined
    // When the command first looks at its new backup, Velero has completed it and is asked to
    // delete it (what `velero backup delete` does: a DeleteBackupRequest); the look waits for that.
    const wrap = (api: ClusterApi): ClusterApi => ({
      ...api,
      get: async (ref, name) => {
        if (ref.plural === 'backups' && deleted === undefined) {
          deleted = name
          await waitForVeleroPhase(admin, 'Backup', name, 'Completed')
          await createVelero(
            admin,
            'DeleteBackupRequest',
            { name: `${name}-delete` },
            { backupName: name }
          )
          await waitFor(
            `Velero to delete ${name}`,
            async () => {
              const b = await getVelero(admin, 'Backup', name)
              return !b || b.status?.phase === 'Deleting' ? true : undefined
            },
            { timeoutMs: 60_000, intervalMs: 100 }
          )
        }
        return api.get(ref, name)
      }
    })
    const failed = await failing(
      as(
        {
          command: 'label-backup',
          schedule,
          create: true,
          'verdict-file': writeVerdictFile('clean', commits.release1)
        },
        { wrap }
      )
    )
    expect(failed.message).toMatch(
      new RegExp(
        `^backup ${deleted} was deleted while waiting for it to complete \\((it is gone|it is being deleted, phase Deleting)\\): nothing to record a verdict on; take a new backup$`
      )
    )
    expect(failed.run.outputs['backup-name']).toBe(deleted)
  })
})
