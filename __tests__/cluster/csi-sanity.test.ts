// csi-sanity (github.com/kubernetes-csi/csi-test, the CSI spec's conformance suite) against the
// plane's CSI driver, dir-csi-driver, on a storage dir of its own: every case passes but the
// node-side ones that need a mount, skipped by name below (the reasons are in
// test/cluster/README.md, "csi-sanity"). Run twice: with the default snapshot parameters and
// with compression gzip. Then the driver's own Go tests (archives, paths, locks) and its flags.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { describePlane } from '../../test/cluster/controlplane.mjs'
import { clusterEnv, waitFor } from './helpers/cluster.js'

jest.setTimeout(180_000)

/**
 * The cases skipped by name: each publishes a volume on a node (NodePublishVolume), which needs
 * a mount; the driver never mounts (no kubelet in the plane, and a bind mount needs
 * CAP_SYS_ADMIN). Ginkgo matches a skip pattern against the spec's full text.
 */
const SKIPPED = [
  'Node Service should work',
  'Node Service should be idempotent',
  'Node Service NodeUnpublishVolume should remove target path'
]

interface SpecReport {
  State: string
  LeafNodeText: string
  ContainerHierarchyTexts: string[] | null
  Failure?: { Message?: string }
}

const text = (s: SpecReport) => [...(s.ContainerHierarchyTexts ?? []), s.LeafNodeText].join(' ')

function run(
  bin: string,
  args: string[],
  log: string,
  timeoutMs: number,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const fd = fs.openSync(log, 'a')
    const child = spawn(bin, args, { stdio: ['ignore', fd, fd], ...options })
    fs.closeSync(fd)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', code => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}

describe('csi-sanity against dir-csi-driver', () => {
  let work: string
  let socket: string
  let bin: Record<string, string>
  let driver: ReturnType<typeof spawn> | undefined

  beforeAll(async () => {
    const state = describePlane(clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR'))
    if (!state?.bin['csi-sanity']) throw new Error('the plane was built without csi-sanity')
    bin = state.bin
    // A short path: a unix socket path holds at most 107 bytes.
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-sanity-'))
    socket = path.join(work, 'csi.sock')
    const log = fs.openSync(path.join(work, 'driver.log'), 'a')
    driver = spawn(
      bin['dir-csi-driver']!,
      [
        `--endpoint=unix://${socket}`,
        `--storage-dir=${path.join(work, 'storage')}`,
        '--node-id=sanity-node'
      ],
      { stdio: ['ignore', log, log] }
    )
    fs.closeSync(log)
    await waitFor('dir-csi-driver serving', () =>
      fs.readFileSync(path.join(work, 'driver.log'), 'utf8').includes('dir-csi-driver ready')
    )
  })

  afterAll(async () => {
    if (driver && driver.exitCode === null) {
      const exited = new Promise(r => driver!.once('exit', r))
      driver.kill('SIGTERM')
      await exited
    }
    fs.rmSync(work, { recursive: true, force: true })
  })

  async function sanity(name: string, extra: string[]): Promise<SpecReport[]> {
    const report = path.join(work, `${name}.json`)
    const code = await run(
      bin['csi-sanity']!,
      [
        `--csi.endpoint=unix://${socket}`,
        `--csi.mountdir=${path.join(work, `${name}-mnt`)}`,
        `--csi.stagingdir=${path.join(work, `${name}-staging`)}`,
        // 64 MiB volumes: the driver refuses a volume larger than the disk's free space.
        '--csi.testvolumesize=67108864',
        ...extra,
        '-ginkgo.no-color',
        `-ginkgo.json-report=${report}`,
        ...SKIPPED.map(t => `-ginkgo.skip=${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
      ],
      path.join(work, `${name}.log`),
      150_000
    )
    const specs = (
      JSON.parse(fs.readFileSync(report, 'utf8')) as { SpecReports: SpecReport[] }[]
    )[0]!.SpecReports.filter(s => s.LeafNodeText)
    const failed = specs.filter(
      s => s.State !== 'passed' && s.State !== 'skipped' && s.State !== 'pending'
    )
    process.stderr.write(
      `[csi-sanity ${name}] ${['passed', 'skipped', 'pending', 'failed'].map(st => `${st} ${st === 'failed' ? failed.length : specs.filter(s => s.State === st).length}`).join(', ')}\n`
    )
    if (failed.length || code !== 0)
      throw new Error(
        `csi-sanity exited with ${code}; failed: ${failed.map(s => `${text(s)}: ${s.Failure?.Message ?? ''}`).join('\n')}\n${fs.readFileSync(path.join(work, `${name}.log`), 'utf8').slice(-3000)}`
      )
    return specs
  }

  const expectConformance = (specs: SpecReport[]) => {
    const passed = specs.filter(s => s.State === 'passed').map(text)
    // What the driver claims (controller service, volumes, snapshots, capacity) is exercised.
    for (const t of [
      'Identity Service GetPluginInfo should return appropriate information',
      'Controller Service [Controller Server] CreateVolume should fail when requesting to create a volume with already existing name and different capacity',
      'Controller Service [Controller Server] CreateVolume should create volume from an existing source snapshot',
      'Controller Service [Controller Server] ListVolumes should fail when an invalid starting_token is passed',
      'Controller Service [Controller Server] GetCapacity should return capacity (no optional values added)',
      'CreateSnapshot [Controller Server] should fail when requesting to create a snapshot with already existing name and different source volume ID',
      'ListSnapshots [Controller Server] should return next token when a limited number of entries are requested',
      'Node Service NodePublishVolume should fail when no volume capability is provided'
    ])
      expect(passed).toContain(t)
    expect(passed.length).toBeGreaterThanOrEqual(46)
    // Skipped by name: exactly the list, nothing that ran (ginkgo marks them skipped).
    const byName = specs.filter(s => SKIPPED.includes(text(s)))
    expect(byName.map(s => [text(s), s.State]).sort()).toEqual(
      SKIPPED.map(t => [t, 'skipped']).sort()
    )
  }

  it('passes with the default snapshot parameters (tar)', async () => {
    expectConformance(await sanity('tar', []))
  })

  it('passes with compression gzip (VolumeSnapshotClass parameters)', async () => {
    const params = path.join(work, 'snapshot-parameters.yaml')
    fs.writeFileSync(params, 'compression: gzip\n')
    expectConformance(await sanity('gzip', [`--csi.testsnapshotparameters=${params}`]))
    // The driver logs each archive it cuts: these were gzip.
    const cut = fs
      .readFileSync(path.join(work, 'driver.log'), 'utf8')
      .split('\n')
      .filter(l => / of volume vol-/.test(l))
    expect(cut.some(l => /: snap-[0-9a-f]{40}\.tar\.gz, /.test(l))).toBe(true)
    // csi-sanity deletes what it made: nothing is left in the driver's storage.
    expect(fs.readdirSync(path.join(work, 'storage', 'snapshots'))).toEqual([])
    expect(fs.readdirSync(path.join(work, 'storage', 'volumes'))).toEqual([])
  })

  it('the skipped cases and why are written down in test/cluster/README.md', () => {
    const readme = fs.readFileSync('test/cluster/README.md', 'utf8')
    for (const t of SKIPPED) expect(readme).toContain(`\`${t}\``)
  })
})

describe('dir-csi-driver', () => {
  let work: string

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-driver-'))
  })

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('passes its Go tests (archives round-trip, never write outside the volume, locks exclude)', async () => {
    const log = path.join(work, 'go-test.log')
    const code = await run('go', ['test', '-count=1', './dir-csi-driver/'], log, 170_000, {
      cwd: 'test/cluster/storage',
      env: { ...process.env, GOWORK: 'off', GOFLAGS: '-mod=readonly', GOTOOLCHAIN: 'local' }
    })
    const out = fs.readFileSync(log, 'utf8')
    expect({ code, out }).toEqual({
      code: 0,
      out: expect.stringMatching(/^ok\s+known-good\.dev\/test\/cluster\/storage\/dir-csi-driver/m)
    })
  })

  it.each([
    ['no endpoint', [], '--endpoint is required'],
    [
      'a relative endpoint',
      ['--endpoint=relative.sock', '--storage-dir=x'],
      '--endpoint "relative.sock": give an absolute path'
    ],
    [
      'a socket path longer than sun_path',
      [`--endpoint=/tmp/${'s'.repeat(120)}.sock`, '--storage-dir=x'],
      'a unix socket path holds at most 107'
    ],
    ['no storage dir', ['--endpoint=/tmp/x.sock'], '--storage-dir is required'],
    [
      'a driver name CSI does not allow',
      ['--endpoint=/tmp/x.sock', '--storage-dir=x', '--driver-name=-bad-'],
      '--driver-name "-bad-": a CSI driver name is at most 63 characters'
    ],
    [
      'an argument that is no flag',
      ['--endpoint=/tmp/x.sock', '--storage-dir=x', 'extra'],
      'unexpected argument "extra"'
    ]
  ])('refuses %s, naming it', async (_label, args, message) => {
    const state = describePlane(clusterEnv('KNOWN_GOOD_TEST_CLUSTER_DIR'))
    const log = path.join(work, 'flags.log')
    fs.writeFileSync(log, '')
    const code = await run(state!.bin['dir-csi-driver']!, args, log, 10_000)
    expect(code).toBe(1)
    expect(fs.readFileSync(log, 'utf8')).toContain(message)
  })
})
