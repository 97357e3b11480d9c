import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node'
import type { KubeConfig } from '@kubernetes/client-node'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ClusterApi } from '../../src/cluster/api.js'
import { ConfigurationError } from '../../src/errors.js'
import { writeVerdictFile } from '../helpers/verdict.js'
import { tempDir } from '../helpers/sarif.js'
import { adminKubeConfig, createNamespace, deleteNamespace } from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { runCommand } from './helpers/run-command.js'
import { createStorageLocation } from './helpers/velero.js'

const COMMIT = 'c0ffee0000000000000000000000000000000001'
const OTHER_COMMIT = 'bad0000000000000000000000000000000000002'
const backups = { group: 'velero.io', version: 'v1', plural: 'backups' }
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)

function verdictFile(verdict: 'clean' | 'blocked' | 'unknown', commit = COMMIT): string {
  return writeVerdictFile(
    verdict,
    commit,
    verdict === 'blocked' ? { high: 2, medium: 1 } : { medium: 1 }
  )
}

interface BackupSpec {
  name: string
  phase?: string
  minutesAgo?: number
  expiresInMinutes?: number
  labels?: Record<string, string>
  annotations?: Record<string, string>
}

describe('label-backup, restore and backups against the real API server, as the least-privilege identity', () => {
  let admin: KubeConfig
  let custom: CustomObjectsApi
  let velero: string
  let app: string
  let identity: RbacIdentity

  async function createBackup(spec: BackupSpec, namespace = velero): Promise<void> {
    const start = new Date(Date.now() - (spec.minutesAgo ?? 10) * 60_000)
    const status: Record<string, unknown> = {
      phase: spec.phase ?? 'Completed',
      startTimestamp: start.toISOString().replace(/\.\d+Z/, 'Z')
    }
    status.expiration = new Date(Date.now() + (spec.expiresInMinutes ?? 60 * 24) * 60_000)
      .toISOString()
      .replace(/\.\d+Z/, 'Z')
    // Velero's Backup has no status subresource: the status is part of the object itself.
    await custom.createNamespacedCustomObject({
      ...backups,
      namespace,
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: {
          name: spec.name,
          labels: spec.labels ?? {},
          annotations: spec.annotations ?? {}
        },
        spec: { includedNamespaces: [app] },
        status
      }
    })
  }

  async function readBackup(name: string): Promise<{
    metadata: { labels?: Record<string, string>; annotations?: Record<string, string> }
  }> {
    return (await custom.getNamespacedCustomObject({
      ...backups,
      namespace: velero,
      name
    })) as never
  }

  const as = (
    raw: Record<string, string>,
    extra: Parameters<typeof runCommand>[1] extends infer O ? Partial<O> : never = {}
  ) =>
    runCommand(
      { 'backup-namespace': velero, ...raw },
      { kubeconfigYaml: identity.kubeconfigYaml, ...extra }
    )

  beforeAll(async () => {
    admin = adminKubeConfig()
    custom = admin.makeApiClient(CustomObjectsApi)
    velero = await createNamespace(admin, 'velero')
    await createStorageLocation(admin, velero)
    app = await createNamespace(admin, 'shop')
    identity = await rbacIdentity(admin, { veleroNamespace: velero, appNamespaces: [app] })
  })

  afterAll(async () => {
    await identity?.cleanup()
    await deleteNamespace(admin, velero)
    await deleteNamespace(admin, app)
  })

  it('labels an existing backup with the verdict (labels for selection, annotations for detail) and says the labels are a local index', async () => {
    await createBackup({ name: 'pre-release-1' })
    const run = await as({
      command: 'label-backup',
      'backup-name': 'pre-release-1',
      'verdict-file': verdictFile('blocked'),
      'run-url': 'https://ci.example/run/9'
    })
    expect(run.outputs).toMatchObject({
      'backup-name': 'pre-release-1',
      'backup-created': 'false',
      verdict: 'blocked'
    })
    const backup = await readBackup('pre-release-1')
    expect(backup.metadata.labels).toMatchObject({
      'known-good.dev/verdict': 'blocked',
      'known-good.dev/commit': COMMIT.slice(0, 12)
    })
    expect(backup.metadata.annotations).toMatchObject({
      'known-good.dev/commit-sha': COMMIT,
      'known-good.dev/run-url': 'https://ci.example/run/9',
      'known-good.dev/sarif-sha256': 'ab'.repeat(32),
      'known-good.dev/scanned-at': '2026-11-25T08:00:00.000Z'
    })
    expect(JSON.parse(backup.metadata.annotations!['known-good.dev/counts']!)).toMatchObject({
      high: 2,
      medium: 1
    })
    expect(run.logger.text('warning')).toMatch(/live only in this cluster/)
  })

  it('labels an unknown verdict as unknown, never clean', async () => {
    await createBackup({ name: 'pre-release-unknown' })
    await as({
      command: 'label-backup',
      'backup-name': 'pre-release-unknown',
      'verdict-file': verdictFile('unknown')
    })
    expect(
      (await readBackup('pre-release-unknown')).metadata.labels?.['known-good.dev/verdict']
    ).toBe('unknown')
  })

  it('refuses to relabel a backup that belongs to another commit, and writes nothing', async () => {
    await createBackup({
      name: 'pre-release-other',
      labels: {
        'known-good.dev/verdict': 'clean',
        'known-good.dev/commit': OTHER_COMMIT.slice(0, 12)
      }
    })
    await expect(
      as({
        command: 'label-backup',
        'backup-name': 'pre-release-other',
        'verdict-file': verdictFile('blocked')
      })
    ).rejects.toThrow(/already carries the verdict of commit bad000000000/)
    expect(
      (await readBackup('pre-release-other')).metadata.labels?.['known-good.dev/verdict']
    ).toBe('clean')
  })

  it('refuses a verdict file of another commit', async () => {
    await expect(
      as({
        command: 'label-backup',
        'backup-name': 'pre-release-1',
        'verdict-file': verdictFile('clean', OTHER_COMMIT)
      })
    ).rejects.toThrow(ConfigurationError)
  })

  it('retries a write that lost a race (409 from the API server) and loses nothing', async () => {
    await createBackup({ name: 'contended' })
    let raced = 0
    const wrap = (api: ClusterApi): ClusterApi => ({
      ...api,
      mergePatch: async (ref, name, patch) => {
        if (raced++ < 2) {
          // Another writer changes the object between our read and our write.
          await custom.patchNamespacedCustomObject(
            {
              ...backups,
              namespace: velero,
              name,
              body: { metadata: { annotations: { [`other-writer/${raced}`]: 'x' } } }
            },
            mergePatch
          )
        }
        return api.mergePatch(ref, name, patch)
      }
    })
    await as(
      { command: 'label-backup', 'backup-name': 'contended', 'verdict-file': verdictFile('clean') },
      { wrap }
    )
    const backup = await readBackup('contended')
    expect(raced).toBe(3)
    expect(backup.metadata.labels?.['known-good.dev/verdict']).toBe('clean')
    expect(backup.metadata.annotations).toMatchObject({
      'other-writer/1': 'x',
      'other-writer/2': 'x'
    })
  })

  it('lets concurrent writers all finish', async () => {
    await createBackup({ name: 'concurrent' })
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        as({
          command: 'label-backup',
          'backup-name': 'concurrent',
          'verdict-file': verdictFile('clean')
        })
      )
    )
    expect((await readBackup('concurrent')).metadata.labels?.['known-good.dev/verdict']).toBe(
      'clean'
    )
  })

  describe('restore selection', () => {
    let ns: string
    let selectionIdentity: RbacIdentity
    const inNs = (raw: Record<string, string>, extra = {}) =>
      runCommand(
        { 'backup-namespace': ns, ...raw },
        { kubeconfigYaml: selectionIdentity.kubeconfigYaml, ...extra }
      )
    const clean = { 'known-good.dev/verdict': 'clean' }

    afterAll(async () => {
      await selectionIdentity?.cleanup()
      await deleteNamespace(admin, ns)
    })

    beforeAll(async () => {
      // A Velero namespace of its own, so that the other tests' backups do not take part.
      ns = await createNamespace(admin, 'velero-sel')
      await createStorageLocation(admin, ns)
      selectionIdentity = await rbacIdentity(admin, {
        veleroNamespace: ns,
        appNamespaces: [ns],
        serviceAccountName: 'selector'
      })
      for (const spec of [
        { name: 'old-clean', minutesAgo: 300, labels: clean },
        { name: 'newer-clean', minutesAgo: 200, labels: clean },
        { name: 'newest-blocked', minutesAgo: 5, labels: { 'known-good.dev/verdict': 'blocked' } },
        { name: 'new-clean-expired', minutesAgo: 20, expiresInMinutes: -1, labels: clean },
        { name: 'new-clean-failed', minutesAgo: 30, phase: 'PartiallyFailed', labels: clean },
        {
          name: 'new-unlabelled',
          minutesAgo: 40,
          annotations: { 'known-good.dev/commit-sha': 'feed000000000000000000000000000000000003' }
        }
      ]) {
        await createBackup(spec, ns)
      }
    })

    it('dry run: chooses the newest usable clean backup, shows the Restore it would create, creates nothing', async () => {
      const run = await inNs({
        command: 'restore',
        reason: 'incident 4711',
        'dry-run': 'true',
        'restore-namespaces': app,
        'namespace-mapping': `${app}=${app}-restored`
      })
      expect(run.outputs['backup-name']).toBe('newer-clean')
      const [restore] = JSON.parse(run.outputs.plan!) as {
        kind: string
        metadata: { annotations: Record<string, string> }
        spec: Record<string, unknown>
      }[]
      expect(restore!.kind).toBe('Restore')
      expect(restore!.spec).toEqual({
        backupName: 'newer-clean',
        includedNamespaces: [app],
        namespaceMapping: { [app]: `${app}-restored` }
      })
      expect(restore!.metadata.annotations).toMatchObject({
        'known-good.dev/reason': 'incident 4711',
        'known-good.dev/requested-by': 'octo-operator'
      })
      const restores = (await custom.listNamespacedCustomObject({
        ...backups,
        plural: 'restores',
        namespace: ns
      })) as { items: unknown[] }
      expect(restores.items).toEqual([])
      expect(run.summary).toMatch(/newest\\-blocked \| .* \| verdict blocked \|/)
      expect(run.summary).toContain(
        '<pre>\n[\n  {\n    &quot;apiVersion&quot;: &quot;velero.io/v1&quot;'
      )
    })

    it('checks an unlabelled backup against the durable record (commit status) of its commit', async () => {
      const lookup = {
        verdictOf: async (sha: string) =>
          sha.startsWith('feed') ? { verdict: 'clean' as const } : undefined
      }
      const run = await inNs(
        { command: 'restore', reason: 'incident', 'dry-run': 'true' },
        { verdictLookup: lookup }
      )
      expect(run.outputs['backup-name']).toBe('new-unlabelled')
    })

    it('refuses a named blocked backup unless allow-unverified, and then records the reason', async () => {
      await expect(
        inNs({
          command: 'restore',
          reason: 'incident',
          backup: 'newest-blocked',
          'dry-run': 'true'
        })
      ).rejects.toThrow(
        'backup newest-blocked has verdict blocked: set allow-unverified (with a reason) to restore it anyway'
      )
      const run = await inNs({
        command: 'restore',
        reason: 'forensics copy',
        backup: 'newest-blocked',
        'dry-run': 'true',
        'allow-unverified': 'true'
      })
      expect(run.outputs['backup-name']).toBe('newest-blocked')
      expect(run.logger.text('warning')).toMatch(/whose verdict is blocked.*forensics copy/)
    })

    it('refuses a named backup that is not usable, whatever the override', async () => {
      await expect(
        inNs({
          command: 'restore',
          reason: 'x',
          backup: 'new-clean-failed',
          'allow-unverified': 'true'
        })
      ).rejects.toThrow('cannot be restored: phase PartiallyFailed')
    })

    it('lists every backup with its verdict', async () => {
      const run = await inNs({ command: 'backups' })
      const rows = JSON.parse(run.outputs.backups!) as {
        name: string
        usable: boolean
        verdict: string
      }[]
      expect(rows.find(r => r.name === 'newer-clean')).toMatchObject({
        usable: true,
        verdict: 'clean'
      })
      expect(rows.find(r => r.name === 'new-clean-expired')).toMatchObject({
        usable: false,
        verdict: 'clean'
      })
      expect(rows.find(r => r.name === 'new-unlabelled')).toMatchObject({ verdict: 'unverified' })
    })
  })

  it('names the missing permission when the identity lacks one verb', async () => {
    const rbac = (await import('node:fs')).readFileSync(
      process.env.KNOWN_GOOD_TEST_RBAC_FILE!,
      'utf8'
    )
    // The same rules with `patch` taken away from the Velero role.
    const reduced = rbac.replace(
      /(resources: \[backups\][\s\S]*?verbs: \[)([^\]]*)\]/,
      (_whole, head: string, verbs: string) =>
        `${head}${verbs
          .split(',')
          .map(v => v.trim())
          .filter(v => v !== 'patch')
          .join(', ')}]`
    )
    expect(reduced).not.toBe(rbac)
    const file = join(tempDir(), 'rbac.yaml')
    writeFileSync(
      file,
      reduced.replace(/name: known-good-velero\b/g, 'name: known-good-velero-nopatch')
    )
    const ns = await createNamespace(admin, 'velero-weak')
    const weak = await rbacIdentity(admin, {
      veleroNamespace: ns,
      appNamespaces: [ns],
      serviceAccountName: 'weak',
      rbacFile: file
    })
    try {
      await createBackup({ name: 'needs-patch' }, ns)
      const attempt = runCommand(
        {
          command: 'label-backup',
          'backup-namespace': ns,
          'backup-name': 'needs-patch',
          'verdict-file': verdictFile('clean')
        },
        { kubeconfigYaml: weak.kubeconfigYaml }
      )
      await expect(attempt).rejects.toThrow(ConfigurationError)
      await expect(attempt).rejects.toThrow(
        /permission denied \(403: .*cannot patch resource "backups" in API group "velero.io".*\)\. Grant the CI identity the rules in deploy\/rbac.yaml/
      )
    } finally {
      await weak.cleanup()
      await deleteNamespace(admin, ns)
    }
  })
})
