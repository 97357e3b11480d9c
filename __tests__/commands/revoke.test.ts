// revoke and what restore makes of it, on plain fakes of the cluster port, the history and the
// GitHub API: which commits and backups a revocation covers, what it records where, and that a
// revoked release is never restored, from any source. The same flows run against the real API
// server in __tests__/cluster/revoke.test.ts.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ResourceRef } from '../../src/cluster/api.js'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import { ConfigurationError } from '../../src/errors.js'
import type { CommitState, GitHubApi } from '../../src/github/api.js'
import { statusVerdictLookup, STATUS_CONTEXT } from '../../src/github/commit-status.js'
import { run } from '../../src/run.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { FakeHistory } from '../helpers/fake-history.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)
const D = 'd'.repeat(40)
const BACKUPS: ResourceRef = {
  group: 'velero.io',
  version: 'v1',
  plural: 'backups',
  namespace: 'velero'
}
const CONFIGMAPS = 'core/configmaps/velero'

/** A backup of a release, labelled clean at creation, started on day `day` of November. */
function release(cluster: FakeCluster, name: string, commit: string, day: number) {
  cluster.put(BACKUPS, {
    metadata: {
      name,
      namespace: 'velero',
      labels: { 'known-good.dev/verdict': 'clean', 'known-good.dev/commit': commit.slice(0, 12) },
      annotations: { 'known-good.dev/commit-sha': commit }
    },
    status: {
      phase: 'Completed',
      startTimestamp: `2026-11-${String(day).padStart(2, '0')}T08:00:00Z`
    }
  })
}

/** Commit statuses as GitHub keeps them: the newest per commit and context. */
class FakeStatuses {
  readonly written: { sha: string; state: CommitState; description: string }[] = []
  api(): GitHubApi {
    return {
      createStatus: async (
        sha: string,
        state: CommitState,
        context: string,
        description: string
      ) => {
        expect(context).toBe(STATUS_CONTEXT)
        this.written.push({ sha, state, description })
      },
      commitStatus: async (sha: string) => {
        const newest = [...this.written].reverse().find(s => s.sha === sha)
        return newest && { state: newest.state, description: newest.description }
      }
    } as unknown as GitHubApi
  }
}

interface Run {
  outputs: Record<string, string>
  logger: RecordingLogger
  summary: string
}

async function command(
  cluster: FakeCluster,
  raw: RawInputs,
  options: { history?: FakeHistory; statuses?: FakeStatuses; workspace?: string } = {}
): Promise<Run> {
  const logger = new RecordingLogger()
  const env = { GITHUB_ACTOR: 'security-oncall', GITHUB_SHA: D }
  const workspace = options.workspace ?? tempDir()
  const { config } = parseConfig(raw, env, 'cli', workspace)
  let summary = ''
  const result = await run(config, {
    logger,
    env,
    now: () => new Date('2026-11-30T12:00:00Z'),
    cluster,
    history: async () => options.history ?? FakeHistory.line(A, B, C, D),
    ...(options.statuses
      ? {
          github: { api: options.statuses.api() },
          verdictLookup: statusVerdictLookup(options.statuses.api())
        }
      : {}),
    writeJobSummary: async markdown => {
      summary += markdown
    }
  })
  expect(result.status).toBe('ok')
  return { outputs: result.outputs as Record<string, string>, logger, summary }
}

function threeReleases(): FakeCluster {
  const cluster = new FakeCluster().storageLocation()
  release(cluster, 'release-a', A, 10)
  release(cluster, 'release-b', B, 11)
  release(cluster, 'release-c', C, 12)
  return cluster
}

const verdictOf = (cluster: FakeCluster, name: string) =>
  cluster.read(BACKUPS, name)!.metadata.labels!['known-good.dev/verdict']

describe('revoke by ancestry', () => {
  it('marks every release that contains introduced-in, and restore goes back to the one before', async () => {
    const cluster = threeReleases()
    const statuses = new FakeStatuses()
    const workspace = tempDir()
    const revoked = await command(
      cluster,
      {
        command: 'revoke',
        'introduced-in': B.slice(0, 12),
        reason: 'CVE-2026-1234 in the orders API'
      },
      { statuses, workspace }
    )
    expect(JSON.parse(revoked.outputs['revoked-commits']!)).toEqual([B, C, D])
    expect(verdictOf(cluster, 'release-a')).toBe('clean')
    expect(verdictOf(cluster, 'release-b')).toBe('revoked')
    expect(verdictOf(cluster, 'release-c')).toBe('revoked')
    expect(cluster.read(BACKUPS, 'release-b')!.metadata.annotations).toMatchObject({
      'known-good.dev/revoked-at': '2026-11-30T12:00:00.000Z',
      'known-good.dev/revoked-reason': 'CVE-2026-1234 in the orders API',
      'known-good.dev/revoked-by': 'security-oncall',
      'known-good.dev/previous-verdict': 'clean'
    })
    // The durable records: commit statuses of the backups' commits, the ledger twice.
    expect(statuses.written.map(s => [s.sha, s.state, s.description])).toEqual([
      [B, 'failure', 'revoked: CVE-2026-1234 in the orders API'],
      [C, 'failure', 'revoked: CVE-2026-1234 in the orders API']
    ])
    const configMap = cluster.read(CONFIGMAPS, 'known-good-ledger') as unknown as {
      data: Record<string, string>
    }
    const ledger = JSON.parse(configMap.data['revocations.json']!)
    expect(ledger.revocations).toMatchObject([
      {
        commits: [B, C, D],
        introducedIn: B.slice(0, 12),
        reason: 'CVE-2026-1234 in the orders API'
      }
    ])
    expect(JSON.parse(readFileSync(revoked.outputs['ledger-file']!, 'utf8'))).toEqual(ledger)
    expect(revoked.outputs['ledger-file']).toBe(
      join(workspace, 'known-good-report', 'revocations.json')
    )

    const restored = await command(cluster, {
      command: 'restore',
      reason: 'incident',
      'dry-run': true
    })
    expect(restored.outputs['backup-name']).toBe('release-a')
    expect(restored.summary).toContain('revoked \\(label\\): CVE\\-2026\\-1234 in the orders API')
  })

  it('leaves the releases that contain fixed-in alone', async () => {
    const cluster = threeReleases()
    release(cluster, 'release-d', D, 13)
    const out = await command(cluster, {
      command: 'revoke',
      'introduced-in': B,
      'fixed-in': D,
      reason: 'CVE-2026-1234'
    })
    expect(JSON.parse(out.outputs['revoked-commits']!)).toEqual([B, C])
    expect(verdictOf(cluster, 'release-d')).toBe('clean')
    const restored = await command(cluster, { command: 'restore', reason: 'x', 'dry-run': true })
    expect(restored.outputs['backup-name']).toBe('release-d')
  })

  it('changes nothing in a dry run, and says what it would do', async () => {
    const cluster = threeReleases()
    const out = await command(cluster, {
      command: 'revoke',
      'introduced-in': B,
      reason: 'pentest finding',
      'dry-run': true
    })
    expect(JSON.parse(out.outputs['revoked-backups']!)).toEqual([
      { name: 'release-b', previous: 'clean', already: false },
      { name: 'release-c', previous: 'clean', already: false }
    ])
    expect(out.logger.text()).toContain('would revoke 3 commit(s)')
    expect(cluster.calls.filter(c => /^(patch|create|replace)/.test(c))).toEqual([])
    expect(out.outputs['ledger-file']).toBeUndefined()
  })

  it('is idempotent: the same revocation again adds nothing and relabels nothing', async () => {
    const cluster = threeReleases()
    const raw = { command: 'revoke', 'introduced-in': B, reason: 'CVE-2026-1234' } as const
    const first = await command(cluster, raw)
    const patches = cluster.calls.filter(c => c.startsWith('patch')).length
    const second = await command(cluster, raw)
    expect(second.outputs['revocation-id']).toBe(first.outputs['revocation-id'])
    expect(cluster.calls.filter(c => c.startsWith('patch')).length).toBe(patches)
    const configMap = cluster.read(CONFIGMAPS, 'known-good-ledger') as unknown as {
      data: Record<string, string>
    }
    expect(JSON.parse(configMap.data['revocations.json']!).revocations).toHaveLength(1)
  })

  it('records a revocation that matches no backup, and says so', async () => {
    const cluster = threeReleases()
    const out = await command(cluster, { command: 'revoke', commits: [D], reason: 'bad build' })
    expect(JSON.parse(out.outputs['revoked-backups']!)).toEqual([])
    expect(out.logger.text()).toContain('no backup is of these commits: the revocation is recorded')
    expect(existsSync(out.outputs['ledger-file']!)).toBe(true)
  })
})

describe('a fresh cluster with only the bucket', () => {
  /** What a DR cluster syncs from the bucket: the labels set at creation (clean), nothing later. */
  function synced(): FakeCluster {
    return threeReleases()
  }

  async function ledgerFile(): Promise<string> {
    const source = threeReleases()
    const out = await command(source, {
      command: 'revoke',
      'introduced-in': B,
      reason: 'CVE-2026-1234'
    })
    return out.outputs['ledger-file']!
  }

  it('refuses the revoked releases when given the ledger file', async () => {
    const file = await ledgerFile()
    const restored = await command(synced(), {
      command: 'restore',
      reason: 'disaster recovery',
      ledger: file,
      'dry-run': true
    })
    expect(restored.outputs['backup-name']).toBe('release-a')
    expect(restored.summary).toContain('revoked \\(ledger\\): CVE\\-2026\\-1234')
  })

  it('refuses them through the commit statuses when given a token', async () => {
    const statuses = new FakeStatuses()
    await command(
      threeReleases(),
      { command: 'revoke', 'introduced-in': B, reason: 'CVE-2026-1234' },
      { statuses }
    )
    const restored = await command(
      synced(),
      { command: 'restore', reason: 'disaster recovery', 'dry-run': true },
      { statuses }
    )
    expect(restored.outputs['backup-name']).toBe('release-a')
    expect(restored.summary).toContain('revoked \\(commit status\\): CVE\\-2026\\-1234')
  })

  it('never restores a revoked backup named by hand, allow-unverified or not', async () => {
    const file = await ledgerFile()
    await expect(
      command(synced(), {
        command: 'restore',
        backup: 'release-c',
        reason: 'I know what I am doing',
        'allow-unverified': true,
        ledger: file
      })
    ).rejects.toThrow(
      'backup release-c is revoked (ledger): CVE-2026-1234; a revoked release is never restored, allow-unverified or not'
    )
  })

  it('refuses a ledger file that is not ours', async () => {
    const file = join(tempDir(), 'revocations.json')
    writeFileSync(file, JSON.stringify({ revocations: [] }))
    await expect(
      command(synced(), { command: 'restore', reason: 'x', ledger: file, 'dry-run': true })
    ).rejects.toThrow(`ledger ${file} is not a known-good revocation ledger`)
  })
})

describe('bad input', () => {
  it.each([
    [
      'an unknown commit',
      { commits: ['e'.repeat(40)] },
      FakeHistory.line(A, B, C, D),
      `commit ${'e'.repeat(40)} is not a commit of the workspace's repository`
    ],
    [
      'an introduced-in no release contains',
      { 'introduced-in': 'f'.repeat(40) },
      new FakeHistory(
        new Map([
          [A, []],
          [B, [A]],
          ['f'.repeat(40), [A]]
        ]),
        B
      ),
      `introduced-in ${'f'.repeat(40)} is an ancestor neither of HEAD nor of any backup's commit`
    ],
    [
      'a shallow clone',
      { 'introduced-in': B },
      new FakeHistory(new Map([[B, []]]), B, true),
      'check out with fetch-depth: 0'
    ]
  ])('%s', async (_what, inputs, history, message) => {
    const cluster = threeReleases()
    const attempt = command(cluster, { command: 'revoke', reason: 'x', ...inputs }, { history })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(message)
    expect(cluster.calls.filter(c => /^(patch|create|replace)/.test(c))).toEqual([])
  })

  it.each([
    [{ 'introduced-in': B }, `--reason is required for revoke`],
    [{ reason: 'x' }, 'revoke needs --commits or --introduced-in'],
    [{ reason: 'x', 'fixed-in': D }, '--fixed-in needs --introduced-in'],
    [{ reason: 'x', commits: ['main'] }, '--commits is "main": expected a commit SHA']
  ])('%j', (inputs, message) => {
    expect(() => parseConfig({ command: 'revoke', ...inputs }, {}, 'cli', tempDir())).toThrow(
      message
    )
  })
})
