// npm run bench:certs: time to rotate 1, 10 and 50 cert-manager Certificates with rotate-certs
// (renew + wait for a new revision and a new certificate in each Secret), on a local control
// plane with cert-manager's own controllers, against the slowest single rotation measured in the
// same run; and API calls per certificate. Target: 50 take ≤ 1.5 × the slowest single one.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { CoreV1Api, CustomObjectsApi, KubeConfig } from '@kubernetes/client-node'
import { ensureBuilt } from '../test/cluster/build.mjs'
import { startControlPlane, stopControlPlane } from '../test/cluster/controlplane.mjs'

const LIB = resolve('.bench/lib')
const NAMESPACE = 'bench'
const TOTAL = 50
const SINGLES = 5

execFileSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', LIB],
  { stdio: 'inherit' }
)
const { parseConfig } = await import(`${LIB}/config/index.js`)
const { clusterApi } = await import(`${LIB}/cluster/client.js`)
const { run } = await import(`${LIB}/run.js`)

const quiet = {
  debug() {},
  info() {},
  warning: m => console.log(`  warning: ${m}`),
  error: m => console.log(`  error: ${m}`),
  mask() {}
}

function counting(api, counter) {
  return new Proxy(api, {
    get: (target, key) =>
      typeof target[key] === 'function'
        ? (...args) => (counter.calls++, target[key](...args))
        : target[key]
  })
}

async function rotate(kubeconfigPath, names) {
  const raw = {
    command: 'rotate-certs',
    'kubeconfig-path': kubeconfigPath,
    namespaces: NAMESPACE,
    certificates: names.join('\n'),
    renew: 'true',
    'restart-workloads': 'false',
    concurrency: '10',
    timeout: '5m'
  }
  const { config } = parseConfig(raw, {}, 'cli', process.cwd())
  const kubeConfig = new KubeConfig()
  kubeConfig.loadFromFile(kubeconfigPath)
  const counter = { calls: 0 }
  const started = performance.now()
  const result = await run(config, {
    logger: quiet,
    now: () => new Date(),
    env: {},
    cluster: counting(clusterApi(kubeConfig), counter)
  })
  const seconds = (performance.now() - started) / 1000
  const renewed = JSON.parse(result.outputs.renewed).length
  if (renewed !== names.length) throw new Error(`renewed ${renewed} of ${names.length}`)
  return { seconds, calls: counter.calls }
}

async function seed(kubeConfig) {
  const custom = kubeConfig.makeApiClient(CustomObjectsApi)
  await kubeConfig
    .makeApiClient(CoreV1Api)
    .createNamespace({ body: { metadata: { name: NAMESPACE } } })
  const create = (plural, body) =>
    custom.createNamespacedCustomObject({
      group: 'cert-manager.io',
      version: 'v1',
      namespace: NAMESPACE,
      plural,
      body: { apiVersion: 'cert-manager.io/v1', ...body }
    })
  await create('issuers', {
    kind: 'Issuer',
    metadata: { name: 'selfsigned' },
    spec: { selfSigned: {} }
  })
  await create('certificates', {
    kind: 'Certificate',
    metadata: { name: 'root-ca' },
    spec: {
      isCA: true,
      commonName: 'root',
      secretName: 'root-ca',
      privateKey: { algorithm: 'ECDSA', size: 256 },
      issuerRef: { name: 'selfsigned', kind: 'Issuer' }
    }
  })
  await create('issuers', {
    kind: 'Issuer',
    metadata: { name: 'ca' },
    spec: { ca: { secretName: 'root-ca' } }
  })
  for (let i = 0; i < TOTAL; i++) {
    await create('certificates', {
      kind: 'Certificate',
      metadata: { name: `svc-${i}` },
      spec: {
        secretName: `svc-${i}-tls`,
        dnsNames: [`svc-${i}.example.test`],
        privateKey: { algorithm: 'ECDSA', size: 256 },
        issuerRef: { name: 'ca', kind: 'Issuer' }
      }
    })
  }
  for (;;) {
    const list = await custom.listNamespacedCustomObject({
      group: 'cert-manager.io',
      version: 'v1',
      namespace: NAMESPACE,
      plural: 'certificates'
    })
    if (
      list.items.filter(c => c.metadata.name.startsWith('svc-') && (c.status?.revision ?? 0) >= 1)
        .length === TOTAL
    )
      return
    await new Promise(r => setTimeout(r, 500))
  }
}

const manifest = await ensureBuilt({ quiet: true })
const plane = await startControlPlane(manifest, {
  workloads: false,
  certManager: true,
  velero: false,
  owned: true
})
try {
  const kubeConfig = new KubeConfig()
  kubeConfig.loadFromFile(plane.kubeconfig)
  await seed(kubeConfig)
  const names = Array.from({ length: TOTAL }, (_, i) => `svc-${i}`)
  const singles = []
  for (let i = 0; i < SINGLES; i++) singles.push(await rotate(plane.kubeconfig, [names[i]]))
  const slowest = Math.max(...singles.map(s => s.seconds))
  console.log(
    `single certificate, ${SINGLES} runs: ${singles.map(s => s.seconds.toFixed(2)).join(', ')} s; slowest ${slowest.toFixed(2)} s; ${singles[0].calls} API calls`
  )
  for (const count of [1, 10, 50]) {
    const result = await rotate(plane.kubeconfig, names.slice(0, count))
    console.log(
      `${String(count).padStart(2)} certificates: ${result.seconds.toFixed(2)} s (${(result.seconds / slowest).toFixed(2)} × slowest single), ${result.calls} API calls (${(result.calls / count).toFixed(1)} per certificate)`
    )
  }
  console.log('target: 50 certificates in ≤ 1.5 × the slowest single')
} finally {
  await stopControlPlane(plane.dir)
}
