// Property: over random histories of releases, revocations (by commit and by ancestry) and
// backups, restore never chooses a revoked, blocked, unknown or unusable backup, and always
// chooses the newest remaining clean usable one when one exists. The expectation is computed
// here from the history itself, not by the product's code.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ResourceRef } from '../../src/cluster/api.js'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import { run } from '../../src/run.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { FakeHistory } from '../helpers/fake-history.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'

const BACKUPS: ResourceRef = {
  group: 'velero.io',
  version: 'v1',
  plural: 'backups',
  namespace: 'velero'
}
const sha = (i: number) => i.toString(16).padStart(2, '0').repeat(20)

interface World {
  /** parents[i] = the parents of commit i (indexes below i): a history that may branch and merge. */
  parents: number[][]
  backups: {
    commit: number
    verdict: 'clean' | 'blocked' | 'unknown' | undefined
    phase: 'Completed' | 'Failed' | 'PartiallyFailed'
    day: number
  }[]
  revokeCommits: number[]
  introducedIn: number | undefined
  fixedIn: number | undefined
}

const world: fc.Arbitrary<World> = fc.integer({ min: 2, max: 9 }).chain(n =>
  fc.record({
    parents: fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        i === 0
          ? fc.constant([] as number[])
          : fc.uniqueArray(fc.integer({ min: 0, max: i - 1 }), { minLength: 1, maxLength: 2 })
      )
    ),
    backups: fc.array(
      fc.record({
        commit: fc.integer({ min: 0, max: n - 1 }),
        verdict: fc.constantFrom('clean', 'clean', 'blocked', 'unknown', undefined),
        phase: fc.constantFrom('Completed', 'Completed', 'Completed', 'Failed', 'PartiallyFailed'),
        day: fc.integer({ min: 1, max: 28 })
      }),
      { maxLength: 8 }
    ),
    revokeCommits: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 }),
    introducedIn: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: undefined }),
    fixedIn: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: undefined })
  })
)

function ancestors(w: World, c: number): Set<number> {
  const seen = new Set<number>()
  const stack = [c]
  while (stack.length) {
    const x = stack.pop()!
    if (seen.has(x)) continue
    seen.add(x)
    stack.push(...w.parents[x]!)
  }
  return seen
}

/** Commits revoked in this world: the named ones, and those containing introduced-in but not fixed-in. */
function revoked(w: World, head: number): Set<number> {
  const out = new Set(w.revokeCommits)
  if (w.introducedIn === undefined) return out
  const candidates = new Set<number>([...w.backups.map(b => b.commit)])
  for (let c = 0; c < w.parents.length; c++)
    if (ancestors(w, head).has(c) && ancestors(w, c).has(w.introducedIn)) candidates.add(c)
  for (const c of candidates)
    if (
      ancestors(w, c).has(w.introducedIn) &&
      !(w.fixedIn !== undefined && ancestors(w, c).has(w.fixedIn))
    )
      out.add(c)
  return out
}

async function command(cluster: FakeCluster, history: FakeHistory, raw: RawInputs) {
  const env = { GITHUB_ACTOR: 'prop' }
  const { config } = parseConfig(raw, env, 'cli', tempDir())
  return run(config, {
    logger: new RecordingLogger(),
    env,
    now: () => new Date('2026-11-30T12:00:00Z'),
    cluster,
    history: async () => history
  })
}

describe('restore after revocations (property)', () => {
  it('chooses exactly the newest clean usable backup of a commit that is not revoked', async () => {
    await fc.assert(
      fc.asyncProperty(world, async w => {
        const head = w.parents.length - 1
        const history = new FakeHistory(
          new Map(w.parents.map((ps, i) => [sha(i), ps.map(sha)])),
          sha(head)
        )
        const cluster = new FakeCluster().storageLocation()
        w.backups.forEach((b, i) =>
          cluster.put(BACKUPS, {
            metadata: {
              name: `backup-${i}`,
              namespace: 'velero',
              labels: {
                ...(b.verdict ? { 'known-good.dev/verdict': b.verdict } : {}),
                'known-good.dev/commit': sha(b.commit).slice(0, 12)
              },
              annotations: { 'known-good.dev/commit-sha': sha(b.commit) }
            },
            status: {
              phase: b.phase,
              startTimestamp: `2026-11-${String(b.day).padStart(2, '0')}T08:00:00Z`
            }
          })
        )
        let revocations = 0
        if (w.revokeCommits.length > 0) {
          await command(cluster, history, {
            command: 'revoke',
            commits: w.revokeCommits.map(sha),
            reason: 'named'
          })
          revocations++
        }
        const reaches =
          w.introducedIn !== undefined &&
          (ancestors(w, head).has(w.introducedIn) ||
            w.backups.some(b => ancestors(w, b.commit).has(w.introducedIn!)))
        if (w.introducedIn !== undefined && reaches) {
          await command(cluster, history, {
            command: 'revoke',
            'introduced-in': sha(w.introducedIn),
            ...(w.fixedIn !== undefined ? { 'fixed-in': sha(w.fixedIn) } : {}),
            reason: 'ancestry'
          })
          revocations++
        }
        const bad = revoked(w, head)
        if (!(w.introducedIn !== undefined && reaches)) {
          // Only the named commits were revoked.
          for (const c of [...bad]) if (!w.revokeCommits.includes(c)) bad.delete(c)
        }
        const expected = w.backups
          .map((b, i) => ({ ...b, name: `backup-${i}` }))
          .filter(b => b.phase === 'Completed' && b.verdict === 'clean' && !bad.has(b.commit))
          .sort((a, b) => b.day - a.day || (a.name < b.name ? 1 : -1))[0]
        const attempt = command(cluster, history, {
          command: 'restore',
          reason: 'property',
          'dry-run': true
        })
        if (expected === undefined) {
          await expect(attempt).rejects.toThrow('no usable backup with verdict clean')
        } else {
          const result = await attempt
          expect((result.outputs as Record<string, string>)['backup-name']).toBe(expected.name)
        }
        return revocations >= 0
      }),
      { numRuns: 150 }
    )
  })
})
