// The incident playbook on the real plane, as the least-privilege identity: real Velero takes
// the pre-release backups of three releases A → B → C and restores one, cert-manager re-issues
// the certificate, git decides which releases contain the vulnerability. Then a failure at the
// restore step, and a second run that finishes without a second Restore.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node'
import type { KubeConfig } from '@kubernetes/client-node'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ClusterApi } from '../../src/cluster/api.js'
import { tempDir } from '../helpers/sarif.js'
import { writeVerdictFile } from '../helpers/verdict.js'
import {
  adminKubeConfig,
  applyYaml,
  certManagerRunning,
  createNamespace,
  deleteNamespace,
  waitFor
} from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { CommandFailed, runCommand } from './helpers/run-command.js'
import {
  createVelero,
  deleteVelero,
  getVelero,
  listVelero,
  uniqueName,
  veleroNamespace,
  veleroRunning
} from './helpers/velero.js'

jest.setTimeout(240_000)
const describeIf = veleroRunning() && certManagerRunning() ? describe : describe.skip

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.test',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.test'
    }
  }).trim()
}

describeIf('incident on real Velero and cert-manager, as the least-privilege identity', () => {
  let admin: KubeConfig
  let core: CoreV1Api
  let app: string
  let identity: RbacIdentity
  let workspace: string
  const velero = () => veleroNamespace()
  const schedule = uniqueName('shop-nightly')
  // Our own label prefix: other tests' backups in Velero's namespace are not ours to choose.
  const prefix = `${uniqueName('inc')}.known-good.dev/`
  const commits: string[] = []
  const releaseBackups: string[] = []

  const orders = async () =>
    (await core.readNamespacedConfigMap({ name: 'orders', namespace: app })).data
  const setOrders = async (data: Record<string, string>) => {
    await core.deleteNamespacedConfigMap({ name: 'orders', namespace: app }).catch(() => undefined)
    await core.createNamespacedConfigMap({
      namespace: app,
      body: { metadata: { name: 'orders' }, data }
    })
  }
  const certificateRevision = async () =>
    (
      (await admin.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({
        group: 'cert-manager.io',
        version: 'v1',
        namespace: app,
        plural: 'certificates',
        name: 'web'
      })) as { status?: { revision?: number } }
    ).status?.revision ?? 0
  const paused = async () => (await getVelero(admin, 'Schedule', schedule))?.spec?.paused === true
  const restoresOf = async (incident: string) =>
    (await listVelero(admin, 'Restore')).filter(
      r => r.metadata.labels?.[`${prefix}incident`] === incident
    )
  const as = (raw: Record<string, string | boolean>, wrap?: (api: ClusterApi) => ClusterApi) =>
    runCommand(
      { 'backup-namespace': velero(), 'label-prefix': prefix, ...raw },
      { kubeconfigYaml: identity.kubeconfigYaml, ...(wrap ? { wrap } : {}) }
    )

  beforeAll(async () => {
    admin = adminKubeConfig()
    core = admin.makeApiClient(CoreV1Api)
    app = await createNamespace(admin, 'shop')
    identity = await rbacIdentity(admin, {
      veleroNamespace: velero(),
      appNamespaces: [app],
      serviceAccountName: uniqueName('oncall')
    })
    await applyYaml(
      admin,
      `
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: selfsigned}
spec: {selfSigned: {}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web}
spec: {secretName: web-tls, dnsNames: [shop.example.test], privateKey: {algorithm: ECDSA, size: 256}, issuerRef: {name: selfsigned, kind: Issuer}}
`,
      { namespace: app }
    )
    // A schedule that never runs by itself (1 January): the releases take their backups from it.
    await createVelero(
      admin,
      'Schedule',
      { name: schedule },
      {
        schedule: '0 0 1 1 *',
        template: { includedNamespaces: [app], ttl: '24h0m0s' }
      }
    )
    workspace = tempDir('kg-shop-')
    git(workspace, 'init', '-q', '-b', 'main')
    const start = Date.now()
    for (const [i, release] of ['a', 'b', 'c'].entries()) {
      writeFileSync(join(workspace, 'release'), release)
      git(workspace, 'add', 'release')
      git(workspace, 'commit', '-q', '-m', `release ${release}`)
      const commit = git(workspace, 'rev-parse', 'HEAD')
      commits.push(commit)
      await setOrders({ release, 'order-1': `${release}: 2 pizzas` })
      // Each deploy: the pre-release backup, with the (clean) verdict at creation.
      const run = await runCommand(
        {
          command: 'label-backup',
          'backup-namespace': velero(),
          'label-prefix': prefix,
          schedule,
          create: 'true',
          commit,
          'verdict-file': writeVerdictFile('clean', commit)
        },
        { kubeconfigYaml: identity.kubeconfigYaml, now: () => new Date(start + i * 60_000) }
      )
      releaseBackups.push(run.outputs['backup-name']!)
    }
    await waitFor('certificate web issued', async () => (await certificateRevision()) >= 1, {
      timeoutMs: 60_000
    })
  })

  afterAll(async () => {
    await identity?.cleanup()
    await deleteVelero(admin, 'Schedule', schedule)
    for (const backup of releaseBackups) await deleteVelero(admin, 'Backup', backup)
    await deleteNamespace(admin, app)
  })

  it('pauses, revokes B and C, restores A, renews the certificate, resumes, and keeps the timeline', async () => {
    // The incident: orders deleted, a ConfigMap planted.
    await core.deleteNamespacedConfigMap({ name: 'orders', namespace: app })
    await core.createNamespacedConfigMap({
      namespace: app,
      body: { metadata: { name: 'planted' }, data: { x: 'y' } }
    })
    const revisionBefore = await certificateRevision()
    const id = uniqueName('inc')
    const pausedDuring: boolean[] = []
    const run = await as(
      {
        command: 'incident',
        'incident-id': id,
        reason: 'orders tampered with; CVE-2026-1234 since release b',
        workspace,
        'introduced-in': commits[1]!,
        schedules: schedule,
        'restore-namespaces': app,
        namespaces: app,
        timeout: '90s'
      },
      api => ({
        ...api,
        create: async (ref, body) => {
          // While the Restore is created, the schedule must be paused.
          if (ref.plural === 'restores') pausedDuring.push(await paused())
          return api.create(ref, body)
        }
      })
    )
    expect(pausedDuring).toEqual([true])
    expect(await paused()).toBe(false)
    expect(run.outputs['backup-name']).toBe(releaseBackups[0])
    expect(JSON.parse(run.outputs['revoked-commits']!)).toEqual([commits[1], commits[2]].sort())
    expect(await orders()).toEqual({ release: 'a', 'order-1': 'a: 2 pizzas' })
    expect(await certificateRevision()).toBeGreaterThan(revisionBefore)
    expect(await restoresOf(id)).toHaveLength(1)
    const record = JSON.parse(readFileSync(run.outputs['incident-file']!, 'utf8'))
    expect(record.steps.map((s: { step: string; result: string }) => [s.step, s.result])).toEqual([
      ['pause-schedules', 'done'],
      ['revoke', 'done'],
      ['plan', 'done'],
      ['restore', 'done'],
      ['rotate-certificates', 'done'],
      ['resume-schedules', 'done']
    ])
    expect(record.renewedCertificates).toMatchObject([{ namespace: app, name: 'web' }])
    expect(readFileSync(run.outputs['incident-report']!, 'utf8')).toContain(
      `Backup restored: ${releaseBackups[0]!.replace(/-/g, '\\-')}`
    )
  })

  it('a failure at the restore step resumes the schedule, and a second run finishes without a second Restore', async () => {
    await core.deleteNamespacedConfigMap({ name: 'orders', namespace: app })
    const id = uniqueName('inc')
    const raw = {
      command: 'incident',
      'incident-id': id,
      reason: 'orders lost again',
      schedules: schedule,
      'restore-namespaces': app,
      timeout: '90s'
    }
    let injected = false
    const attempt = as(raw, api => ({
      ...api,
      get: async (ref, name) => {
        // The connection to the API server breaks right after the Restore was created.
        if (ref.plural === 'restores' && !injected) {
          injected = true
          throw new Error('injected: the connection to the API server was lost for good')
        }
        return api.get(ref, name)
      }
    }))
    await expect(attempt).rejects.toThrow(CommandFailed)
    const failed = await attempt.catch((e: CommandFailed) => e.run)
    expect(failed.outputs['failed-step']).toBe('restore')
    expect(await paused()).toBe(false)
    // Velero goes on and restores all the same.
    const [restore] = await restoresOf(id)
    expect(restore).toBeDefined()
    await waitFor(
      'the Restore to complete',
      async () =>
        (await getVelero(admin, 'Restore', restore!.metadata.name))?.status?.phase === 'Completed',
      { timeoutMs: 60_000 }
    )
    const again = await as(raw)
    expect(await restoresOf(id)).toHaveLength(1)
    const record = JSON.parse(readFileSync(again.outputs['incident-file']!, 'utf8'))
    expect(record.attempts).toBe(2)
    expect(
      record.steps.find(
        (s: { step: string; attempt: number }) => s.step === 'restore' && s.attempt === 2
      )
    ).toMatchObject({ result: 'skipped' })
    expect(await orders()).toEqual({ release: 'a', 'order-1': 'a: 2 pizzas' })
    expect(again.outputs['restore-name']).toBe(restore!.metadata.name)
  })
})
