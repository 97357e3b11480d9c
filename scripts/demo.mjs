// npm run demo: the whole flow on this machine, with real Kubernetes and a real Velero.
// 1. starts the test control plane (test/cluster: kube-apiserver, etcd, controllers, kwok nodes,
//    Velero with its AWS plugin writing to versitygw; built from Go modules on first use),
// 2. deploys an application whose state lives in Kubernetes objects (orders in a ConfigMap,
//    payment keys in a Secret, its settings, a Deployment),
// 3. ships three releases: each is scanned (its own SARIF: clean, blocked, clean), rolled out,
//    and its backup is taken by Velero with the verdict set at creation (label-backup --create),
// 4. an incident: orders deleted, keys and settings tampered with, the Deployment hijacked,
// 5. restore: the newest known-good backup, for real, and a check that the state is back as it
//    was in that release; then a timeline of releases, verdicts and backups.
// Velero backs up Kubernetes objects here (no volumes, no node agent): see test/cluster/README.md.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { AppsV1Api, CoreV1Api, CustomObjectsApi, KubeConfig } from '@kubernetes/client-node'
import { ensureBuilt } from '../test/cluster/build.mjs'
import { startControlPlane, stopControlPlane } from '../test/cluster/controlplane.mjs'

const VELERO = 'velero'
const APP = 'shop'
const SCHEDULE = 'shop-nightly'
const OUT = '.demo'
const t0 = Date.now()
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`

function step(text) {
  console.log(`\n━━ ${text}  [${elapsed()}]`)
}

/** Runs the bundle as a CLI with --json: its outputs, its log (stderr) indented, its exit code. */
function knownGood(args, { showLog = false } = {}) {
  console.log(`$ known-good ${args.join(' ')}`)
  const run = spawnSync(process.execPath, ['dist/index.js', ...args, '--json'], {
    encoding: 'utf8',
    timeout: 180_000
  })
  const log = (run.stderr ?? '').trimEnd()
  if (showLog || (run.status !== 0 && run.status !== 1))
    for (const line of log.split('\n')) if (line) console.log(`  │ ${line}`)
  let outputs = {}
  try {
    outputs = JSON.parse(run.stdout || '{}')
  } catch {
    console.log(run.stdout)
  }
  console.log(`  (exit code ${run.status})`)
  return { status: run.status, outputs, log }
}

const commitOf = release => createHash('sha1').update(`shop release ${release}`).digest('hex')
const nextSecond = () => new Promise(r => setTimeout(r, 1050 - (Date.now() % 1000)))

async function until(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise(r => setTimeout(r, 200))
  }
}

/** The application: what a restore has to bring back. */
function appClient(kubeConfig) {
  const core = kubeConfig.makeApiClient(CoreV1Api)
  const apps = kubeConfig.makeApiClient(AppsV1Api)
  const upsert = async (read, create, replace) => {
    try {
      await read()
    } catch {
      return create()
    }
    return replace()
  }
  return {
    async setState(state) {
      const orders = { metadata: { name: 'orders', labels: { app: APP } }, data: state.orders }
      await upsert(
        () => core.readNamespacedConfigMap({ name: 'orders', namespace: APP }),
        () => core.createNamespacedConfigMap({ namespace: APP, body: orders }),
        () => core.replaceNamespacedConfigMap({ name: 'orders', namespace: APP, body: orders })
      )
      const settings = { metadata: { name: 'shop-settings' }, data: state.settings }
      await upsert(
        () => core.readNamespacedConfigMap({ name: 'shop-settings', namespace: APP }),
        () => core.createNamespacedConfigMap({ namespace: APP, body: settings }),
        () =>
          core.replaceNamespacedConfigMap({ name: 'shop-settings', namespace: APP, body: settings })
      )
      const keys = { metadata: { name: 'payment-keys' }, stringData: state.keys }
      await upsert(
        () => core.readNamespacedSecret({ name: 'payment-keys', namespace: APP }),
        () => core.createNamespacedSecret({ namespace: APP, body: keys }),
        () => core.replaceNamespacedSecret({ name: 'payment-keys', namespace: APP, body: keys })
      )
      const web = {
        metadata: { name: 'web', labels: { app: APP } },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: APP } },
          template: {
            metadata: { labels: { app: APP } },
            spec: { containers: [{ name: 'web', image: state.image }] }
          }
        }
      }
      await upsert(
        () => apps.readNamespacedDeployment({ name: 'web', namespace: APP }),
        () => apps.createNamespacedDeployment({ namespace: APP, body: web }),
        () => apps.replaceNamespacedDeployment({ name: 'web', namespace: APP, body: web })
      )
    },
    async setImage(image) {
      const web = await apps.readNamespacedDeployment({ name: 'web', namespace: APP })
      web.spec.template.spec.containers[0].image = image
      await apps.replaceNamespacedDeployment({ name: 'web', namespace: APP, body: web })
    },
    /** Waits until the Deployment runs `image` on every replica (kwok's simulated nodes). */
    async rolledOut(image) {
      await until(`the rollout of ${image}`, async () => {
        const d = await apps.readNamespacedDeployment({ name: 'web', namespace: APP })
        const s = d.status ?? {}
        return (
          d.spec?.template.spec?.containers[0]?.image === image &&
          (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
          s.updatedReplicas === 2 &&
          s.availableReplicas === 2 &&
          (s.replicas ?? 0) === 2
        )
      })
    },
    async readState() {
      const read = async call => {
        try {
          return await call()
        } catch {
          return undefined
        }
      }
      const orders = await read(() =>
        core.readNamespacedConfigMap({ name: 'orders', namespace: APP })
      )
      const settings = await read(() =>
        core.readNamespacedConfigMap({ name: 'shop-settings', namespace: APP })
      )
      const keys = await read(() =>
        core.readNamespacedSecret({ name: 'payment-keys', namespace: APP })
      )
      const web = await read(() => apps.readNamespacedDeployment({ name: 'web', namespace: APP }))
      return {
        orders: orders?.data,
        settings: settings?.data,
        keys:
          keys?.data &&
          Object.fromEntries(
            Object.entries(keys.data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()])
          ),
        image: web?.spec?.template.spec?.containers[0]?.image
      }
    }
  }
}

function releaseState(release, previous) {
  const orders = { ...previous?.orders }
  for (let i = 1; i <= 2; i++)
    orders[`order-${1000 + release * 10 + i}`] = `${i + release} x widget, paid (v1.${release}.0)`
  return {
    orders,
    settings: { release: `v1.${release}.0`, checkout: release >= 2 ? 'new' : 'classic' },
    keys: { 'stripe-key': `sk_demo_release_${release}` },
    image: `registry.example/shop:v1.${release}.0`
  }
}

function same(a, b) {
  return (
    JSON.stringify(a, Object.keys(a ?? {}).sort()) ===
    JSON.stringify(b, Object.keys(b ?? {}).sort())
  )
}

async function main() {
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  step('Starting a local Kubernetes control plane with Velero and an S3 object store')
  const manifest = await ensureBuilt()
  const plane = await startControlPlane(manifest, {
    workloads: true,
    certManager: false,
    velero: { lockWaitMs: 120_000 },
    owned: true,
    log: line => console.log(`[cluster] ${line}`)
  })
  let failed = false
  try {
    const kubeConfig = new KubeConfig()
    kubeConfig.loadFromFile(plane.kubeconfig)
    const app = appClient(kubeConfig)
    const cluster = ['--kubeconfig-path', plane.kubeconfig, '--backup-namespace', VELERO]
    const waiting = ['--timeout', '2m']
    await kubeConfig.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: APP } } })
    await kubeConfig.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
      group: 'velero.io',
      version: 'v1',
      namespace: VELERO,
      plural: 'schedules',
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Schedule',
        metadata: { name: SCHEDULE },
        // Runs at 01:00; the deploy job takes its own backup from its template.
        spec: { schedule: '0 1 * * *', template: { includedNamespaces: [APP], ttl: '720h0m0s' } }
      }
    })

    const releases = []
    let state
    for (const n of [1, 2, 3]) {
      const commit = commitOf(n)
      const version = `v1.${n}.0`
      step(`Release ${version} (commit ${commit.slice(0, 12)}): scan, roll out, back up`)
      const scan = knownGood([
        'scan',
        '--sarif',
        `scripts/demo/release-${n}.sarif`,
        '--output-dir',
        `${OUT}/release-${n}`,
        '--commit',
        commit,
        '--fail-on',
        'high'
      ])
      const verdict = scan.outputs.verdict
      console.log(
        `  verdict: ${verdict}${scan.outputs.reasons ? ` (${scan.outputs.reasons.split('\n')[0]})` : ''}`
      )
      if (verdict === 'blocked')
        console.log(
          '  (the release goes out anyway, as an urgent fix would: its backup records blocked)'
        )
      state = releaseState(n, state)
      await app.setState(state)
      await app.rolledOut(state.image)
      console.log(`  rolled out ${state.image}; ${Object.keys(state.orders).length} orders`)
      await nextSecond()
      const label = knownGood([
        'label-backup',
        ...cluster,
        ...waiting,
        '--schedule',
        SCHEDULE,
        '--create',
        '--verdict-file',
        `${OUT}/release-${n}/verdict.json`,
        '--commit',
        commit
      ])
      if (label.status !== 0) throw new Error(`label-backup of release ${version} failed`)
      console.log(
        `  Velero completed backup ${label.outputs['backup-name']}, verdict ${verdict} set at creation`
      )
      releases.push({
        version,
        commit,
        verdict,
        reasons: scan.outputs.reasons,
        backup: label.outputs['backup-name'],
        state: await app.readState()
      })
    }

    step('Which backups are safe to restore?')
    const list = knownGood(['backups', ...cluster], { showLog: true })

    step(
      'Incident: orders deleted, payment keys and settings tampered with, the Deployment hijacked'
    )
    const core = kubeConfig.makeApiClient(CoreV1Api)
    await core.deleteNamespacedConfigMap({ name: 'orders', namespace: APP })
    await core.replaceNamespacedSecret({
      name: 'payment-keys',
      namespace: APP,
      body: { metadata: { name: 'payment-keys' }, stringData: { 'stripe-key': 'sk_attacker' } }
    })
    await core.replaceNamespacedConfigMap({
      name: 'shop-settings',
      namespace: APP,
      body: {
        metadata: { name: 'shop-settings' },
        data: { release: 'v1.3.0', checkout: 'https://evil.example' }
      }
    })
    await app.setImage('registry.example/cryptominer:latest')
    const broken = await app.readState()
    console.log(
      `  orders: ${broken.orders ? Object.keys(broken.orders).length : 'gone'}; stripe-key: ${broken.keys?.['stripe-key']}; image: ${broken.image}`
    )

    step('Restore the newest known-good backup (for real), updating what was tampered with')
    const restore = knownGood(
      [
        'restore',
        ...cluster,
        ...waiting,
        '--reason',
        'incident: orders deleted, payment keys tampered with',
        '--restore-namespaces',
        APP,
        '--existing-resource-policy',
        'update'
      ],
      { showLog: true }
    )
    if (restore.status !== 0) throw new Error('the restore failed')
    const chosen = restore.outputs['backup-name']
    const expected = releases.find(r => r.backup === chosen)
    const now = await app.readState()
    step(`Is the state back as it was in release ${expected?.version}?`)
    for (const part of ['orders', 'keys', 'settings', 'image']) {
      const ok = same(now[part], expected?.state[part])
      failed ||= !ok
      const show =
        part === 'orders'
          ? `${Object.keys(now.orders ?? {}).length} orders`
          : JSON.stringify(now[part])
      console.log(`  ${ok ? '✓' : '✗'} ${part}: ${show}`)
    }

    step('Timeline')
    const rows = new Map(
      (restore.outputs.backups ?? list.outputs.backups ?? []).map(r => [r.name, r])
    )
    console.log(
      `  ${'release'.padEnd(8)} ${'commit'.padEnd(12)} ${'verdict'.padEnd(8)} ${'backup'.padEnd(30)} restore`
    )
    for (const r of releases) {
      const row = rows.get(r.backup)
      const why =
        r.backup === chosen
          ? `← chosen: newest usable backup with verdict clean (from its ${row?.verdictSource ?? 'label'})`
          : row?.verdict !== 'clean'
            ? `never: verdict ${row?.verdict}`
            : 'clean and usable, but older'
      console.log(
        `  ${r.version.padEnd(8)} ${r.commit.slice(0, 12)} ${r.verdict.padEnd(8)} ${r.backup.padEnd(30)} ${why}`
      )
      if (r.verdict === 'blocked' && r.reasons)
        console.log(`  ${''.padEnd(22)}(${r.reasons.split('\n')[0]})`)
    }
    console.log(
      `  incident → restore ${restore.outputs['restore-name']}: ${restore.outputs['restore-phase']}, ${restore.outputs['restore-warnings']} warnings, ${restore.outputs['restore-errors']} errors`
    )
  } finally {
    step('Stopping the control plane')
    await stopControlPlane(plane.dir)
    console.log(`\nDone in ${elapsed()}${failed ? ': the state is NOT as it was' : ''}.`)
  }
  if (failed) process.exitCode = 1
}

await main()
