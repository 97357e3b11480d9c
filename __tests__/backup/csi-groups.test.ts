// A CSI backup is a group of VolumeSnapshots: what makes a group whole, and what create does
// when a name is taken or a snapshot cannot be made, on the plain fake. The happy path against
// the real API server: __tests__/cluster/backup-lifecycle.test.ts.
import { describe, expect, it } from '@jest/globals'
import { CsiSnapshotProvider } from '../../src/backup/csi.js'
import { recordKeys } from '../../src/backup/label-contract.js'
import type { ResourceRef } from '../../src/cluster/api.js'
import { FakeCluster } from '../helpers/fake-cluster.js'

const NOW = new Date('2026-11-25T08:00:00Z')
const GROUP = 'pre-release-20261125080000'
const SNAPSHOTS: ResourceRef = {
  group: 'snapshot.storage.k8s.io',
  version: 'v1',
  plural: 'volumesnapshots',
  namespace: 'shop'
}
const keys = recordKeys()
const LABELS = { 'known-good.dev/verdict': 'clean' }

function plane(pvcs = ['data-db-0', 'data-db-1', 'data-db-2']) {
  const cluster = new FakeCluster()
  for (const name of pvcs)
    void cluster.createPersistentVolumeClaim('shop', { metadata: { name, labels: { app: 'db' } } })
  cluster.onCreate('volumesnapshots', object => {
    object.status = { readyToUse: true, creationTime: NOW.toISOString() }
  })
  const provider = new CsiSnapshotProvider(cluster, 'shop', keys, undefined, () => NOW)
  return { cluster, provider }
}

function snapshot(name: string, group: string, annotations: Record<string, string> = {}) {
  return {
    metadata: {
      name,
      namespace: 'shop',
      labels: { ...LABELS, 'known-good.dev/backup': group },
      annotations
    },
    status: { readyToUse: true, creationTime: NOW.toISOString() }
  }
}

describe('CSI backup groups', () => {
  it('a created group carries its size on every snapshot and is usable once all are ready', async () => {
    const { cluster, provider } = plane()
    const backup = await provider.create('app=db', LABELS, {})
    expect(backup.name).toBe(GROUP)
    const made = cluster.calls.filter(c => c.startsWith('create volumesnapshots/'))
    expect(made).toHaveLength(3)
    const first = cluster.read(SNAPSHOTS, `${GROUP}-data-db-0`)!
    expect(first.metadata.annotations?.['known-good.dev/snapshots']).toBe('3')
    expect((await provider.get(GROUP))?.usable).toBe(true)
  })

  it('a group with fewer snapshots than it was created with is never usable, and says why', async () => {
    const { cluster, provider } = plane()
    for (const pvc of ['data-db-0', 'data-db-1'])
      cluster.put(SNAPSHOTS, snapshot(`g-${pvc}`, 'g', { 'known-good.dev/snapshots': '3' }))
    const backup = await provider.get('g')
    expect(backup?.usable).toBe(false)
    expect(backup?.unusableReason).toBe(
      'incomplete: 2 of the 3 VolumeSnapshots it was created with'
    )
  })

  it('a group written before the count existed is taken as it is', async () => {
    const { cluster, provider } = plane()
    cluster.put(SNAPSHOTS, snapshot('old-data-db-0', 'old'))
    expect((await provider.get('old'))?.usable).toBe(true)
  })

  it('a failure part way leaves a group that is never chosen, and names what was made', async () => {
    const { cluster, provider } = plane()
    // Someone else's snapshot holds the name of the second one.
    cluster.put(SNAPSHOTS, {
      metadata: { name: `${GROUP}-data-db-1`, namespace: 'shop' },
      status: { readyToUse: true }
    })
    await expect(provider.create('app=db', LABELS, {})).rejects.toThrow(
      `backup ${GROUP} is incomplete: 1 of 3 VolumeSnapshots were created (${GROUP}-data-db-0) before: volumesnapshots "${GROUP}-data-db-1" already exists; it is never restored, delete its VolumeSnapshots (label known-good.dev/backup=${GROUP})`
    )
    const partial = await provider.get(GROUP)
    expect(partial?.usable).toBe(false)
    expect(partial?.unusableReason).toMatch(/^incomplete: 1 of the 3/)
  })

  it('a group name taken in the same second gives the next free one', async () => {
    const { cluster, provider } = plane(['data-db-0'])
    cluster.put(SNAPSHOTS, snapshot(`${GROUP}-data-db-0`, GROUP))
    const backup = await provider.create('app=db', LABELS, {})
    expect(backup.name).toBe(`${GROUP}-2`)
    expect(cluster.read(SNAPSHOTS, `${GROUP}-2-data-db-0`)?.metadata.labels).toMatchObject({
      'known-good.dev/backup': `${GROUP}-2`
    })
  })
})
