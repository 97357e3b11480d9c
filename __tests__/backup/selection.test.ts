import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { recordKeys } from '../../src/backup/label-contract.js'
import type { Candidate } from '../../src/backup/selection.js'
import { selectKnownGood } from '../../src/backup/selection.js'
import { veleroBackupInfo } from '../../src/backup/velero.js'
import type { KubeObject } from '../../src/cluster/api.js'

const keys = recordKeys()
const NOW = new Date('2026-06-01T12:00:00Z')

/** Random Velero Backups as the API would return them: any phase, verdict label, times, expiry. */
const backup = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
  phase: fc.constantFrom(
    undefined,
    'New',
    'InProgress',
    'Completed',
    'PartiallyFailed',
    'Failed',
    'FailedValidation',
    'Deleting'
  ),
  verdict: fc.constantFrom(undefined, 'clean', 'blocked', 'unknown', 'CLEAN', 'yes'),
  startedMinutesAgo: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  expiresInMinutes: fc.option(fc.integer({ min: -1000, max: 100_000 }), { nil: undefined }),
  deleting: fc.boolean()
})

type BackupSpec = typeof backup extends fc.Arbitrary<infer T> ? T : never

function toObject(spec: BackupSpec): KubeObject {
  const status: Record<string, unknown> = {}
  if (spec.phase) status.phase = spec.phase
  if (spec.startedMinutesAgo !== undefined)
    status.startTimestamp = new Date(NOW.getTime() - spec.startedMinutesAgo * 60_000).toISOString()
  if (spec.expiresInMinutes !== undefined)
    status.expiration = new Date(NOW.getTime() + spec.expiresInMinutes * 60_000).toISOString()
  const metadata: KubeObject['metadata'] = {
    name: spec.name,
    namespace: 'velero',
    labels: spec.verdict ? { [keys.verdict]: spec.verdict } : {}
  }
  if (spec.deleting) metadata.deletionTimestamp = NOW.toISOString()
  return { metadata, status }
}

function candidates(specs: BackupSpec[]): Candidate[] {
  return specs.map(spec => {
    const info = veleroBackupInfo(toObject(spec), keys, NOW)
    return {
      backup: info,
      verdict: info.verdict ?? 'unverified',
      source: info.verdict ? 'label' : 'none'
    }
  })
}

describe('selectKnownGood', () => {
  it('always picks a usable, clean backup, and the newest such; never another', () => {
    fc.assert(
      fc.property(fc.uniqueArray(backup, { selector: b => b.name, maxLength: 25 }), specs => {
        const all = candidates(specs)
        const { chosen, considered } = selectKnownGood(all)
        expect(considered).toHaveLength(all.length)
        const eligible = all.filter(c => c.backup.usable && c.verdict === 'clean')
        if (eligible.length === 0) {
          expect(chosen).toBeUndefined()
          return
        }
        expect(chosen).toBeDefined()
        expect(chosen!.verdict).toBe('clean')
        expect(chosen!.backup.usable).toBe(true)
        expect(chosen!.backup.phase).toBe('Completed')
        const start = (c: Candidate) =>
          Date.parse(c.backup.startedAt ?? '') || Number.NEGATIVE_INFINITY
        for (const other of eligible) expect(start(other)).toBeLessThanOrEqual(start(chosen!))
      }),
      { numRuns: 1000 }
    )
  })

  it('never picks blocked, unknown or unverified backups, however new', () => {
    const specs: BackupSpec[] = [
      {
        name: 'old-clean',
        phase: 'Completed',
        verdict: 'clean',
        startedMinutesAgo: 500,
        expiresInMinutes: 100,
        deleting: false
      },
      {
        name: 'new-blocked',
        phase: 'Completed',
        verdict: 'blocked',
        startedMinutesAgo: 1,
        expiresInMinutes: 100,
        deleting: false
      },
      {
        name: 'new-unknown',
        phase: 'Completed',
        verdict: 'unknown',
        startedMinutesAgo: 2,
        expiresInMinutes: 100,
        deleting: false
      },
      {
        name: 'new-unlabelled',
        phase: 'Completed',
        verdict: undefined,
        startedMinutesAgo: 3,
        expiresInMinutes: 100,
        deleting: false
      },
      {
        name: 'newer-clean-expired',
        phase: 'Completed',
        verdict: 'clean',
        startedMinutesAgo: 4,
        expiresInMinutes: -1,
        deleting: false
      },
      {
        name: 'newer-clean-failed',
        phase: 'PartiallyFailed',
        verdict: 'clean',
        startedMinutesAgo: 5,
        expiresInMinutes: 100,
        deleting: false
      },
      {
        name: 'newer-clean-deleting',
        phase: 'Completed',
        verdict: 'clean',
        startedMinutesAgo: 6,
        expiresInMinutes: 100,
        deleting: true
      }
    ]
    const selection = selectKnownGood(candidates(specs))
    expect(selection.chosen?.backup.name).toBe('old-clean')
    expect(
      Object.fromEntries(selection.considered.map(c => [c.candidate.backup.name, c.reason]))
    ).toEqual({
      'new-blocked': 'verdict blocked',
      'new-unknown': 'verdict unknown',
      'new-unlabelled': 'verdict unverified',
      'newer-clean-expired': expect.stringMatching(/^not usable: expired at /),
      'newer-clean-failed': 'not usable: phase PartiallyFailed',
      'newer-clean-deleting': 'not usable: being deleted',
      'old-clean': 'chosen: newest usable backup with verdict clean (from label)'
    })
  })
})
