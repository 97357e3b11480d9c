// The storage layer's options and inputs, refused before anything starts (test/cluster/).
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseVersions } from '../../test/cluster/build.mjs'
import { startControlPlane } from '../../test/cluster/controlplane.mjs'
import { addDriver, pvcVolumeDir, volumeDigests } from '../../test/cluster/storage.mjs'

const versionsEnv = fs.readFileSync('test/cluster/versions.env', 'utf8')

describe('versions.env', () => {
  it('is read as it is committed', () => {
    expect(parseVersions(versionsEnv)).toMatchObject({
      EXTERNAL_PROVISIONER_VERSION: expect.stringMatching(/^v6\./),
      EXTERNAL_SNAPSHOTTER_VERSION: expect.stringMatching(/^v8\./),
      CSI_TEST_VERSION: expect.stringMatching(/^v5\./),
      CSI_SPEC_VERSION: expect.stringMatching(/^v1\./)
    })
  })

  it('refuses CRDs of another release than the snapshot controller', () => {
    const other = versionsEnv.replace(
      /^EXTERNAL_SNAPSHOTTER_CLIENT_VERSION=.*$/m,
      'EXTERNAL_SNAPSHOTTER_CLIENT_VERSION=v8.6.0'
    )
    expect(() => parseVersions(other)).toThrow(
      /EXTERNAL_SNAPSHOTTER_CLIENT_VERSION \(v8\.6\.0\) must be EXTERNAL_SNAPSHOTTER_VERSION \(v8\.\d+\.\d+\)/
    )
  })

  it('refuses a version that is not vX.Y.Z, naming it', () => {
    const bad = versionsEnv.replace(/^CSI_TEST_VERSION=.*$/m, 'CSI_TEST_VERSION=latest')
    expect(() => parseVersions(bad)).toThrow('versions.env: CSI_TEST_VERSION must be vX.Y.Z')
  })
})

describe('startControlPlane({ storage })', () => {
  const manifest = { bin: {}, crds: [], kwokStages: [], versions: {} }

  it('needs workloads: the PV controller binds PVCs and hands them to the provisioner', async () => {
    await expect(startControlPlane(manifest, { storage: true })).rejects.toThrow(
      "the storage layer needs workloads: kube-controller-manager's PV controller binds PVCs"
    )
  })

  it('needs the CRDs', async () => {
    await expect(
      startControlPlane(manifest, { storage: true, workloads: true, crds: false })
    ).rejects.toThrow('the storage layer needs its CRDs')
  })

  it('needs a build with the storage layer', async () => {
    await expect(startControlPlane(manifest, { storage: true, workloads: true })).rejects.toThrow(
      'the build has no storage layer: run npm run cluster:build'
    )
  })
})

describe('storage helpers', () => {
  const empty = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-storage-unit-'))

  it('addDriver() refuses an instance name it cannot use in object and file names', async () => {
    for (const instance of ['Fault', 'a_b', '', '-x', 'x'.repeat(40)])
      await expect(addDriver(empty(), { instance })).rejects.toThrow(
        `instance ${JSON.stringify(instance)}: give a short lower-case name`
      )
  })

  it('addDriver() and pvcVolumeDir() name a dir that holds no plane with storage', async () => {
    const dir = empty()
    await expect(addDriver(dir, { instance: 'second' })).rejects.toThrow(
      `the plane in ${dir} runs no storage layer`
    )
    await expect(pvcVolumeDir(dir, 'app', 'data')).rejects.toThrow(
      `the plane in ${dir} runs no storage layer`
    )
  })

  it('volumeDigests() gives the SHA-256 of every file and the target of every link, in path order', () => {
    const dir = empty()
    fs.mkdirSync(path.join(dir, 'b'))
    fs.writeFileSync(path.join(dir, 'b', 'x'), 'abc')
    fs.writeFileSync(path.join(dir, 'a'), '')
    fs.symlinkSync('b/x', path.join(dir, 'c'))
    expect([...volumeDigests(dir)]).toEqual([
      ['a', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
      ['b/x', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
      ['c', '-> b/x']
    ])
  })
})
