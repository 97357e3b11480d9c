// revoke and restore against the real API server, as the least-privilege identity of
// deploy/rbac.yaml, with a real git history in the workspace: releases A → B → C, a
// vulnerability introduced in B. The ledger ConfigMap, the labels and what restore chooses are
// the API server's own; a fresh namespace with the same Backups stands for a cluster that only
// has the bucket.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node'
import type { KubeConfig } from '@kubernetes/client-node'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { tempDir } from '../helpers/sarif.js'
import { adminKubeConfig, createNamespace, deleteNamespace } from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { runCommand } from './helpers/run-command.js'
import { createStorageLocation } from './helpers/velero.js'

const backups = { group: 'velero.io', version: 'v1', plural: 'backups' }

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

describe('revoke on the real API server, as the least-privilege identity', () => {
  let admin: KubeConfig
  let custom: CustomObjectsApi
  let velero: string
  let fresh: string
  let app: string
  let identity: RbacIdentity
  let workspace: string
  const commits: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' }

  async function release(namespace: string, name: string, commit: string, hoursAgo: number) {
    const start = new Date(Date.now() - hoursAgo * 3_600_000).toISOString().replace(/\.\d+Z/, 'Z')
    await custom.createNamespacedCustomObject({
      ...backups,
      namespace,
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: {
          name,
          labels: {
            'known-good.dev/verdict': 'clean',
            'known-good.dev/commit': commit.slice(0, 12)
          },
          annotations: { 'known-good.dev/commit-sha': commit }
        },
        spec: { includedNamespaces: [app] },
        status: { phase: 'Completed', startTimestamp: start }
      }
    })
  }

  async function labels(namespace: string, name: string) {
    const backup = (await custom.getNamespacedCustomObject({ ...backups, namespace, name })) as {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> }
    }
    return backup.metadata
  }

  const as = (raw: Record<string, string | boolean>, namespace = velero) =>
    runCommand(
      { 'backup-namespace': namespace, ...raw },
      { kubeconfigYaml: identity.kubeconfigYaml }
    )

  beforeAll(async () => {
    admin = adminKubeConfig()
    custom = admin.makeApiClient(CustomObjectsApi)
    velero = await createNamespace(admin, 'velero')
    fresh = await createNamespace(admin, 'velero-dr')
    await createStorageLocation(admin, velero)
    await createStorageLocation(admin, fresh)
    app = await createNamespace(admin, 'shop')
    identity = await rbacIdentity(admin, { veleroNamespace: velero, appNamespaces: [app] })
    workspace = tempDir('kg-repo-')
    git(workspace, 'init', '-q', '-b', 'main')
    for (const name of ['a', 'b', 'c'] as const) {
      writeFileSync(join(workspace, name), name)
      git(workspace, 'add', name)
      git(workspace, 'commit', '-q', '-m', `release ${name}`)
      commits[name] = git(workspace, 'rev-parse', 'HEAD')
    }
    await release(velero, 'release-a', commits.a, 3)
    await release(velero, 'release-b', commits.b, 2)
    await release(velero, 'release-c', commits.c, 1)
  })

  afterAll(async () => {
    await identity?.cleanup()
    for (const ns of [velero, fresh, app]) await deleteNamespace(admin, ns)
  })

  it('marks B and C (not A) revoked, writes the ledger, and restore goes back to A', async () => {
    const run = await as({
      command: 'revoke',
      workspace,
      'introduced-in': commits.b,
      reason: 'CVE-2026-1234 in the orders API'
    })
    expect(JSON.parse(run.outputs['revoked-commits']!)).toEqual([commits.b, commits.c].sort())
    expect((await labels(velero, 'release-a')).labels['known-good.dev/verdict']).toBe('clean')
    for (const name of ['release-b', 'release-c']) {
      const meta = await labels(velero, name)
      expect(meta.labels['known-good.dev/verdict']).toBe('revoked')
      expect(meta.annotations).toMatchObject({
        'known-good.dev/previous-verdict': 'clean',
        'known-good.dev/revoked-reason': 'CVE-2026-1234 in the orders API',
        'known-good.dev/revoked-by': 'octo-operator'
      })
    }
    const configMap = await admin
      .makeApiClient(CoreV1Api)
      .readNamespacedConfigMap({ namespace: velero, name: 'known-good-ledger' })
    expect(JSON.parse(configMap.data!['revocations.json']!).revocations).toHaveLength(1)

    // A second revocation updates the same ConfigMap (by name, with its resourceVersion).
    await as({
      command: 'revoke',
      workspace,
      commits: commits.a,
      reason: 'a second finding',
      'dry-run': true
    })
    const restore = await as({ command: 'restore', reason: 'incident 7', 'dry-run': true })
    expect(restore.outputs['backup-name']).toBe('release-a')
    expect(JSON.parse(restore.outputs.backups!)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'release-c', verdict: 'revoked', verdictSource: 'label' })
      ])
    )
  })

  it('a namespace with only the synced Backups refuses B and C when given the ledger file', async () => {
    const ledger = join(tempDir(), 'revocations.json')
    const source = await labels(velero, 'release-b')
    expect(source.labels['known-good.dev/verdict']).toBe('revoked')
    const configMap = await admin
      .makeApiClient(CoreV1Api)
      .readNamespacedConfigMap({ namespace: velero, name: 'known-good-ledger' })
    writeFileSync(ledger, configMap.data!['revocations.json']!)
    // As the bucket has them: the labels set at creation, no later one.
    await release(fresh, 'release-a', commits.a, 3)
    await release(fresh, 'release-b', commits.b, 2)
    await release(fresh, 'release-c', commits.c, 1)
    const dr = await rbacIdentity(admin, {
      veleroNamespace: fresh,
      appNamespaces: [fresh],
      serviceAccountName: 'dr'
    })
    try {
      const run = await runCommand(
        { command: 'restore', 'backup-namespace': fresh, reason: 'DR', ledger, 'dry-run': true },
        { kubeconfigYaml: dr.kubeconfigYaml }
      )
      expect(run.outputs['backup-name']).toBe('release-a')
      expect(run.summary).toContain('revoked \\(ledger\\): CVE\\-2026\\-1234 in the orders API')
      expect(JSON.parse(readFileSync(ledger, 'utf8')).schema).toBe('known-good.revocations/v1')
    } finally {
      await dr.cleanup()
    }
  })

  it('names the missing permission when the identity may not create the ledger', async () => {
    const rbac = readFileSync(process.env.KNOWN_GOOD_TEST_RBAC_FILE!, 'utf8')
    // The same rules without the configmaps create rule of the Velero role.
    const reduced = rbac.replace(
      / {2}# revoke: create the ledger ConfigMap the first time\.[\s\S]*?verbs: \[create\]\n/,
      ''
    )
    expect(reduced).not.toBe(rbac)
    const file = join(tempDir(), 'rbac.yaml')
    writeFileSync(
      file,
      reduced.replace(/name: known-good-velero\b/g, 'name: known-good-velero-nocm')
    )
    const ns = await createNamespace(admin, 'velero-weak')
    const weak = await rbacIdentity(admin, {
      veleroNamespace: ns,
      appNamespaces: [app],
      serviceAccountName: 'weak-revoke',
      rbacFile: file
    })
    try {
      await release(ns, 'release-c', commits.c, 1)
      const attempt = runCommand(
        { command: 'revoke', 'backup-namespace': ns, workspace, commits: commits.c, reason: 'x' },
        { kubeconfigYaml: weak.kubeconfigYaml }
      )
      await expect(attempt).rejects.toThrow(ConfigurationError)
      await expect(attempt).rejects.toThrow(
        /permission denied \(403: .*cannot create resource "configmaps" in API group "" in the namespace.*\)\. Grant the CI identity the rules in deploy\/rbac.yaml/
      )
    } finally {
      await weak.cleanup()
      await deleteNamespace(admin, ns)
    }
  })
})
