// npm run demo: the main job end to end on this machine, on a real (local) Kubernetes API.
// 1. starts the test control plane (built from Go modules on first use: see test/cluster),
// 2. seeds a Velero schedule and a few backups as Velero would have left them,
// 3. scans the SARIF that real scanners wrote for the deliberately vulnerable sample app,
// 4. labels the pre-release backup with that verdict,
// 5. lists the backups and shows a dry-run restore choosing the newest known-good backup.
import { execFileSync, spawnSync } from 'node:child_process'
import { CoreV1Api, CustomObjectsApi, KubeConfig } from '@kubernetes/client-node'
import { ensureBuilt } from '../test/cluster/build.mjs'
import { startControlPlane, stopControlPlane } from '../test/cluster/controlplane.mjs'

const VELERO = 'velero'
const APP = 'shop'
const DAY = 86_400_000

function step(text) {
  console.log(`\n━━ ${text}`)
}

function knownGood(args) {
  console.log(`$ known-good ${args.join(' ')}`)
  const run = spawnSync(process.execPath, ['dist/index.js', ...args], { stdio: 'inherit' })
  console.log(`(exit code ${run.status})`)
  return run.status
}

const rfc3339 = date => date.toISOString().replace(/\.\d+Z$/, 'Z')
const stamp = date => date.toISOString().replace(/[-:T]/g, '').slice(0, 14)

async function seed(kubeConfig, commit) {
  const core = kubeConfig.makeApiClient(CoreV1Api)
  const custom = kubeConfig.makeApiClient(CustomObjectsApi)
  for (const name of [VELERO, APP]) await core.createNamespace({ body: { metadata: { name } } })
  const velero = { group: 'velero.io', version: 'v1', namespace: VELERO }
  await custom.createNamespacedCustomObject({
    ...velero,
    plural: 'schedules',
    body: {
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: { name: 'nightly' },
      spec: { schedule: '0 1 * * *', template: { includedNamespaces: [APP], ttl: '720h0m0s' } }
    }
  })
  const now = Date.now()
  const backups = [
    {
      daysAgo: 3,
      phase: 'Completed',
      verdict: 'clean',
      commit: '1111111111111111111111111111111111111111'
    },
    {
      daysAgo: 2,
      phase: 'Completed',
      verdict: 'blocked',
      commit: '2222222222222222222222222222222222222222'
    },
    {
      daysAgo: 1,
      phase: 'PartiallyFailed',
      verdict: 'clean',
      commit: '3333333333333333333333333333333333333333'
    },
    // The pre-release backup Velero's schedule just took for this release: no verdict yet.
    { daysAgo: 0, phase: 'Completed', commit }
  ]
  for (const b of backups) {
    const start = new Date(now - b.daysAgo * DAY - 60_000)
    const labels = {
      'velero.io/schedule-name': 'nightly',
      ...(b.verdict
        ? { 'known-good.dev/verdict': b.verdict, 'known-good.dev/commit': b.commit.slice(0, 12) }
        : {})
    }
    await custom.createNamespacedCustomObject({
      ...velero,
      plural: 'backups',
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: { name: `nightly-${stamp(start)}`, labels },
        spec: { includedNamespaces: [APP], ttl: '720h0m0s' },
        // Velero's Backup has no status subresource: the status is part of the object.
        status: {
          phase: b.phase,
          startTimestamp: rfc3339(start),
          completionTimestamp: rfc3339(new Date(start.getTime() + 60_000)),
          expiration: rfc3339(new Date(start.getTime() + 30 * DAY))
        }
      }
    })
  }
}

async function main() {
  step('Starting a local Kubernetes control plane (kube-apiserver + etcd, Velero CRDs)')
  const manifest = await ensureBuilt()
  const plane = await startControlPlane(manifest, {
    workloads: false,
    certManager: false,
    owned: true,
    log: line => console.log(`[cluster] ${line}`)
  })
  try {
    const kubeConfig = new KubeConfig()
    kubeConfig.loadFromFile(plane.kubeconfig)
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
    step(
      'Seeding: a Velero schedule "nightly" and four backups (clean, blocked, failed, and tonight\'s pre-release one)'
    )
    await seed(kubeConfig, commit)
    const cluster = ['--kubeconfig-path', plane.kubeconfig, '--backup-namespace', VELERO]
    step(
      'Scan: the SARIF that Bandit, gosec, ESLint, Semgrep, hadolint and Checkov wrote for the sample app'
    )
    knownGood([
      'scan',
      '--sarif',
      '__tests__/fixtures/sarif/real/*[0-9].sarif',
      '--output-dir',
      '.demo/report',
      '--commit',
      commit,
      '--fail-on',
      'high'
    ])
    step('Deploy job: record the verdict on the pre-release backup (the newest of the schedule)')
    knownGood([
      'label-backup',
      ...cluster,
      '--schedule',
      'nightly',
      '--verdict-file',
      '.demo/report/verdict.json',
      '--commit',
      commit
    ])
    step('Which backups are safe to restore?')
    knownGood(['backups', ...cluster])
    step('Incident drill: a dry-run restore picks the newest usable backup whose verdict is clean')
    knownGood([
      'restore',
      ...cluster,
      '--reason',
      'demo: incident drill',
      '--restore-namespaces',
      APP,
      '--dry-run'
    ])
  } finally {
    step('Stopping the control plane')
    await stopControlPlane(plane.dir)
  }
}

await main()
