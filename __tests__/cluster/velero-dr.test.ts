// Disaster recovery with the real Velero: the source cluster's pre-release backups are in the
// bucket; a second cluster (its own etcd, nothing copied) with its own Velero on the same bucket
// syncs them in, and known-good decides there, from what travelled with the backups (labels set
// at creation), the durable record (commit statuses on the local GitHub API server) and the
// revocation ledger file, which backup to restore. Labels added in the source cluster after a
// backup completed do not travel: such a backup is resolved through the commit status of the
// commit it names, or refused as unverified, never taken as clean.
//
// One Velero per machine: the shared plane's Velero is stopped while the second cluster's runs
// and started again at the end. The file holds the shared Velero (holdSharedVelero) throughout.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { AppsV1Api, CoreV1Api, type KubeConfig } from '@kubernetes/client-node'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import type { GitHubApi } from '../../src/github/api.js'
import { octokitApi } from '../../src/github/api.js'
import { STATUS_CONTEXT, statusState } from '../../src/github/commit-status.js'
import { octokitLikeAction } from '../helpers/github-server/action-octokit.js'
import {
  startGitHubServer,
  type GitHubServer
} from '../helpers/github-server/start-github-server.js'
import { tempDir } from '../helpers/sarif.js'
import { writeVerdictFile } from '../helpers/verdict.js'
import { adminKubeConfig, createNamespace, deleteNamespace, ignoring } from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { runCommand } from './helpers/run-command.js'
import {
  backupFileInBucket,
  createBackup,
  createVelero,
  deleteVelero,
  holdSharedVelero,
  listVelero,
  restartSharedVelero,
  startSecondPlane,
  stopSharedVelero,
  uniqueName,
  veleroNamespace,
  veleroRunning,
  waitForBackupsSynced,
  waitForVeleroPhase,
  type SecondPlane
} from './helpers/velero.js'

jest.setTimeout(120_000)

const describeVelero = veleroRunning() ? describe : describe.skip
const figures: Record<string, number> = {}
const since = (t0: number) => Math.round((Date.now() - t0) / 100) / 10
const nextSecond = () => new Promise(r => setTimeout(r, 1100 - (Date.now() % 1000)))

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  }).trim()
}

interface Row {
  name: string
  verdict: string
  verdictSource: string
  usable: boolean
  revokedReason?: string
}

describeVelero('disaster recovery: a new cluster with its own Velero on the same bucket', () => {
  const id = uniqueName('dr')
  const prefix = `${id}.known-good.dev/`
  const velero = veleroNamespace()
  const schedule = `${id}-nightly`
  let admin: KubeConfig
  let app: string
  let identity: RbacIdentity
  let github: GitHubServer
  let api: GitHubApi
  let second: SecondPlane | undefined
  let drIdentity: RbacIdentity
  let release: (() => void) | undefined
  let ledgerFile: string
  let workspace: string
  /** Per release: its commit, its backup, the orders it had. */
  const releases: { commit: string; backup: string; orders: Record<string, string> }[] = []

  const inSource = (raw: Record<string, string | boolean>, commit?: string) =>
    runCommand(
      { 'backup-namespace': velero, 'label-prefix': prefix, ...raw },
      {
        kubeconfigYaml: identity.kubeconfigYaml,
        ...(commit ? { env: { GITHUB_SHA: commit } } : {}),
        github: { api }
      }
    )
  const inDr = (raw: Record<string, string | boolean>, withGitHub: boolean) =>
    runCommand(
      { 'backup-namespace': velero, 'label-prefix': prefix, ...raw },
      { kubeconfigYaml: drIdentity.kubeconfigYaml, ...(withGitHub ? { github: { api } } : {}) }
    )
  const rowsOf = (json: string) => new Map((JSON.parse(json) as Row[]).map(r => [r.name, r]))

  /** A release: its state, its scan's commit status, its pre-release backup. */
  async function deploy(n: number, how: 'create' | 'commit at creation' | 'labelled later') {
    const commit = git(workspace, 'rev-parse', 'HEAD~' + (4 - n))
    const orders = Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`order-${1001 + i}`, `release ${n}: ${i + 1} x widget`])
    )
    const core = admin.makeApiClient(CoreV1Api)
    await core.replaceNamespacedConfigMap({
      name: 'orders',
      namespace: app,
      body: { metadata: { name: 'orders' }, data: orders }
    })
    // The scan's durable record: the commit status known-good/verdict (what scan sets).
    await api.createStatus(commit, statusState('clean'), STATUS_CONTEXT, 'clean: 0 blocking')
    await nextSecond()
    const verdictFile = writeVerdictFile('clean', commit)
    let backup: string
    if (how === 'create') {
      const run = await inSource(
        { command: 'label-backup', schedule, create: true, 'verdict-file': verdictFile },
        commit
      )
      backup = run.outputs['backup-name']!
    } else {
      // A backup Velero took on its own (a nightly); with `commit at creation` it was created
      // naming its commit (`velero backup create --labels …`), the verdict only labelled later.
      backup = `${id}-release-${n}`
      await createBackup(admin, {
        name: backup,
        namespaces: [app],
        ...(how === 'commit at creation'
          ? {
              labels: { [`${prefix}commit`]: commit.slice(0, 12) },
              annotations: { [`${prefix}commit-sha`]: commit }
            }
          : {})
      })
      await waitForVeleroPhase(admin, 'Backup', backup, 'Completed')
      await inSource(
        { command: 'label-backup', 'backup-name': backup, 'verdict-file': verdictFile },
        commit
      )
    }
    releases[n] = { commit, backup, orders }
  }

  beforeAll(async () => {
    release = await holdSharedVelero('velero-dr.test.ts')
    admin = adminKubeConfig()
    workspace = tempDir('kg-dr-repo-')
    git(workspace, 'init', '-q', '-b', 'main')
    for (const n of [1, 2, 3, 4]) {
      writeFileSync(join(workspace, 'VERSION'), String(n))
      git(workspace, 'add', 'VERSION')
      git(workspace, 'commit', '-q', '-m', `release ${n}`)
    }
    github = await startGitHubServer({
      commits: [1, 2, 3, 4].map(n => git(workspace, 'rev-parse', `HEAD~${4 - n}`))
    })
    api = octokitApi(octokitLikeAction('ghs_token', github.url), github.repo, github.url)
    app = await createNamespace(admin, 'kg-dr-shop')
    await admin.makeApiClient(CoreV1Api).createNamespacedConfigMap({
      namespace: app,
      body: { metadata: { name: 'orders' }, data: {} }
    })
    await admin.makeApiClient(AppsV1Api).createNamespacedDeployment({
      namespace: app,
      body: {
        metadata: { name: 'web' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'shop' } },
          template: {
            metadata: { labels: { app: 'shop' } },
            spec: { containers: [{ name: 'web', image: 'registry.example/shop:1.0' }] }
          }
        }
      }
    })
    identity = await rbacIdentity(admin, {
      veleroNamespace: velero,
      appNamespaces: [app],
      serviceAccountName: id
    })
    await createVelero(
      admin,
      'Schedule',
      { name: schedule },
      { schedule: '0 0 1 1 *', template: { includedNamespaces: [app], ttl: '24h0m0s' } }
    )
    // Release 1 and 4 take their backup with the verdict at creation; release 2's backup named
    // its commit at creation, its verdict was labelled later; release 3's had nothing at creation.
    await deploy(1, 'create')
    await deploy(2, 'commit at creation')
    await deploy(3, 'labelled later')
    await deploy(4, 'create')
    // Release 4 is found compromised after the fact: revoked in the source cluster (labels, its
    // ledger ConfigMap, the commit status), and the ledger written as a file.
    const revoke = await inSource({
      command: 'revoke',
      workspace,
      commits: releases[4]!.commit,
      reason: 'CVE-2026-4242 in the orders API',
      'output-dir': tempDir()
    })
    ledgerFile = revoke.outputs['ledger-file']!
  }, 16 * 60_000)

  afterAll(async () => {
    try {
      await second?.stop()
      await restartSharedVelero()
      await deleteVelero(admin, 'Schedule', schedule)
      for (const r of releases.filter(Boolean))
        await createVelero(
          admin,
          'DeleteBackupRequest',
          { name: `${r.backup}-delete` },
          { backupName: r.backup }
        ).catch(() => undefined)
      await identity?.cleanup()
      await deleteNamespace(admin, app)
      await github?.stop()
    } finally {
      release?.()
      process.stderr.write(`[velero-dr.test] timings (s): ${JSON.stringify(figures)}\n`)
    }
  }, 180_000)

  it('in the source cluster, the later labels and the revocation are on the Backups but not in object storage', async () => {
    for (const n of [2, 3]) {
      const file = await backupFileInBucket(releases[n]!.backup)
      expect(file?.status?.phase).toBe('Completed')
      expect(file?.metadata.labels?.[`${prefix}verdict`]).toBeUndefined()
    }
    expect((await backupFileInBucket(releases[2]!.backup))?.metadata.labels).toMatchObject({
      [`${prefix}commit`]: releases[2]!.commit.slice(0, 12)
    })
    expect(
      (await backupFileInBucket(releases[3]!.backup))?.metadata.labels?.[`${prefix}commit`]
    ).toBeUndefined()
    expect((await backupFileInBucket(releases[4]!.backup))?.metadata.labels).toMatchObject({
      [`${prefix}verdict`]: 'clean'
    })
    const source = rowsOf((await inSource({ command: 'backups' })).outputs.backups!)
    expect(source.get(releases[4]!.backup)).toMatchObject({ verdict: 'revoked' })
  })

  it("the new cluster's Velero syncs the backups in; known-good backups shows the verdicts set at creation, and the rest through the commit statuses", async () => {
    second = await startSecondPlane()
    let t0 = Date.now()
    await stopSharedVelero()
    figures.sharedVeleroStop = since(t0)
    t0 = Date.now()
    await second.startVelero()
    figures.secondVeleroStart = since(t0)
    t0 = Date.now()
    await waitForBackupsSynced(
      second.kc,
      [1, 2, 3, 4].map(n => releases[n]!.backup),
      { timeoutMs: 180_000 }
    )
    figures.backupSync = since(t0)
    await createNamespace(second.kc, 'kg-ci').then(async ns => {
      drIdentity = await rbacIdentity(second!.kc, {
        veleroNamespace: velero,
        appNamespaces: [],
        serviceAccountNamespace: ns,
        serviceAccountName: 'restorer'
      })
    })
    // Only what travelled: the labels set at creation.
    const labelsOnly = rowsOf((await inDr({ command: 'backups' }, false)).outputs.backups!)
    expect(labelsOnly.get(releases[1]!.backup)).toMatchObject({
      verdict: 'clean',
      verdictSource: 'label',
      usable: true
    })
    expect(labelsOnly.get(releases[2]!.backup)).toMatchObject({ verdict: 'unverified' })
    expect(labelsOnly.get(releases[3]!.backup)).toMatchObject({ verdict: 'unverified' })
    // The revocation was made after release 4's backup completed: its label did not travel.
    expect(labelsOnly.get(releases[4]!.backup)).toMatchObject({
      verdict: 'clean',
      verdictSource: 'label'
    })

    // With the durable record: release 2 by the commit it names, release 4 revoked by its status.
    const withStatuses = rowsOf((await inDr({ command: 'backups' }, true)).outputs.backups!)
    expect(withStatuses.get(releases[2]!.backup)).toMatchObject({
      verdict: 'clean',
      verdictSource: 'commit status'
    })
    expect(withStatuses.get(releases[3]!.backup)).toMatchObject({
      verdict: 'unverified',
      verdictSource: 'none'
    })
    expect(withStatuses.get(releases[4]!.backup)).toMatchObject({
      verdict: 'revoked',
      verdictSource: 'commit status',
      revokedReason: 'CVE-2026-4242 in the orders API'
    })
  }, 300_000)

  it('the ledger file refuses the revoked release there, with neither labels nor a token', async () => {
    const withoutLedger = await inDr(
      { command: 'restore', reason: 'DR drill', 'dry-run': true },
      false
    )
    // Without any record of the revocation the new cluster cannot know of it …
    expect(withoutLedger.outputs['backup-name']).toBe(releases[4]!.backup)
    // … the ledger file written by revoke tells it: release 4 is passed over, release 3 is
    // unverified, release 2 unverified without a token, so release 1 (clean from creation).
    const run = await inDr(
      { command: 'restore', reason: 'DR drill', 'dry-run': true, ledger: ledgerFile },
      false
    )
    expect(run.outputs['backup-name']).toBe(releases[1]!.backup)
    const rows = rowsOf(run.outputs.backups!)
    expect(rows.get(releases[4]!.backup)).toMatchObject({
      verdict: 'revoked',
      verdictSource: 'ledger',
      revokedReason: 'CVE-2026-4242 in the orders API'
    })
    expect(run.summary).toContain('revoked \\(ledger\\): CVE\\-2026\\-4242 in the orders API')
  })

  it('a backup whose verdict was only labelled later is refused as unverified when named', async () => {
    const attempt = inDr(
      { command: 'restore', reason: 'DR', backup: releases[3]!.backup, ledger: ledgerFile },
      true
    )
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      `backup ${releases[3]!.backup} has verdict unverified: set allow-unverified (with a reason) to restore it anyway`
    )
  })

  it('restore takes the newest known-good backup (release 2, through its commit status) and brings the application back into the new cluster', async () => {
    const t0 = Date.now()
    const run = await inDr(
      {
        command: 'restore',
        reason: 'disaster recovery: region lost',
        'restore-namespaces': app,
        ledger: ledgerFile
      },
      true
    )
    figures.drRestore = since(t0)
    expect(run.outputs['backup-name']).toBe(releases[2]!.backup)
    expect(run.outputs['restore-phase']).toBe('Completed')
    expect(run.outputs.verdict).toBe('clean')
    const rows = rowsOf(run.outputs.backups!)
    expect(rows.get(releases[3]!.backup)).toMatchObject({ verdict: 'unverified' })
    expect(rows.get(releases[4]!.backup)).toMatchObject({ verdict: 'revoked' })
    const core = second!.kc.makeApiClient(CoreV1Api)
    const orders = await core.readNamespacedConfigMap({ name: 'orders', namespace: app })
    expect(orders.data).toEqual(releases[2]!.orders)
    const web = await ignoring([404], () =>
      second!.kc.makeApiClient(AppsV1Api).readNamespacedDeployment({ name: 'web', namespace: app })
    )
    expect(web?.spec?.template.spec?.containers[0]?.image).toBe('registry.example/shop:1.0')
    // Nothing in the new cluster came from anywhere but the bucket.
    for (const b of await listVelero(second!.kc, 'Backup'))
      expect(await backupFileInBucket(b.metadata.name)).toBeDefined()
  })
})
