import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions
} from '@kubernetes/client-node'
import type { KubeConfig } from '@kubernetes/client-node'
import { generateKeyPairSync, X509Certificate } from 'node:crypto'
import {
  adminKubeConfig,
  applyYaml,
  certManagerRunning,
  createNamespace,
  deleteNamespace,
  waitFor,
  workloadsRunning
} from './helpers/cluster.js'
import type { RbacIdentity } from './helpers/identity.js'
import { rbacIdentity } from './helpers/identity.js'
import { runCommand } from './helpers/run-command.js'

// rotate-certs against the real API server with cert-manager's own controllers issuing, run as
// the least-privilege identity; Deployments really roll out (kwok nodes).
jest.setTimeout(120_000)

const describeIf = certManagerRunning() && workloadsRunning() ? describe : describe.skip
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)

interface Certificate {
  metadata: { name: string; generation?: number }
  status?: { revision?: number; conditions?: { type: string; status: string }[] }
}

function deployment(name: string, pod: string, extra = ''): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}${extra}}
spec:
  replicas: 1
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${pod}
`
}

describeIf('rotate-certs with the real cert-manager', () => {
  let admin: KubeConfig
  let ns: string
  let identity: RbacIdentity

  const certificate = (name: string) =>
    admin.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({
      group: 'cert-manager.io',
      version: 'v1',
      namespace: ns,
      plural: 'certificates',
      name
    }) as Promise<Certificate>
  const serial = async (secret: string) => {
    const s = await admin
      .makeApiClient(CoreV1Api)
      .readNamespacedSecret({ name: secret, namespace: ns })
    return new X509Certificate(Buffer.from(s.data!['tls.crt']!, 'base64')).serialNumber
  }
  const template = async (name: string) =>
    (await admin.makeApiClient(AppsV1Api).readNamespacedDeployment({ name, namespace: ns })).spec
      ?.template.metadata?.annotations ?? {}
  const rotate = (raw: Record<string, string>) =>
    runCommand(
      { command: 'rotate-certs', namespaces: ns, timeout: '90s', ...raw },
      { kubeconfigYaml: identity.kubeconfigYaml }
    )

  beforeAll(async () => {
    admin = adminKubeConfig()
    ns = await createNamespace(admin, 'certs')
    identity = await rbacIdentity(admin, {
      veleroNamespace: ns,
      appNamespaces: [ns],
      serviceAccountName: 'rotator'
    })
    await applyYaml(
      admin,
      `
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: selfsigned}
spec: {selfSigned: {}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: root-ca}
spec: {isCA: true, commonName: root, secretName: root-ca, privateKey: {algorithm: ECDSA, size: 256}, issuerRef: {name: selfsigned, kind: Issuer}}
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: ca}
spec: {ca: {secretName: root-ca}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web, labels: {tier: front}}
spec: {secretName: web-tls, dnsNames: [web.example.test], privateKey: {algorithm: ECDSA, size: 256}, issuerRef: {name: ca, kind: Issuer}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: api, labels: {tier: front}}
spec: {secretName: api-tls, dnsNames: [api.example.test], privateKey: {algorithm: ECDSA, size: 256}, issuerRef: {name: ca, kind: Issuer}}
`,
      { namespace: ns }
    )
    const volume = `      volumes: [{name: tls, secret: {secretName: web-tls}}]`
    await applyYaml(
      admin,
      [
        deployment(
          'subpath-app',
          `${volume}\n      containers: [{name: c, image: app, volumeMounts: [{name: tls, mountPath: /tls/tls.crt, subPath: tls.crt}]}]`
        ),
        deployment(
          'plain-app',
          `${volume}\n      containers: [{name: c, image: app, volumeMounts: [{name: tls, mountPath: /tls}]}]`
        ),
        deployment(
          'reloader-app',
          `      containers: [{name: c, image: app, envFrom: [{secretRef: {name: web-tls}}]}]`,
          ', annotations: {reloader.stakater.com/auto: "true"}'
        ),
        deployment(
          'paused-app',
          `      containers: [{name: c, image: app, env: [{name: KEY, valueFrom: {secretKeyRef: {name: web-tls, key: tls.key}}}]}]`
        ).replace('  replicas: 1', '  replicas: 1\n  paused: true')
      ].join('\n---\n'),
      { namespace: ns }
    )
    for (const name of ['web', 'api']) {
      await waitFor(
        `certificate ${name} issued`,
        async () => ((await certificate(name)).status?.revision ?? 0) >= 1,
        { timeoutMs: 60_000 }
      )
    }
  })

  afterAll(async () => {
    await identity?.cleanup()
    await deleteNamespace(admin, ns)
  })

  it('without renew only reports expiry and changes nothing', async () => {
    const before = (await certificate('web')).status?.revision
    const run = await rotate({ certificates: 'web' })
    expect(JSON.parse(run.outputs.renewed!)).toEqual([])
    const [row] = JSON.parse(run.outputs.expiry!) as {
      name: string
      daysLeft: number
      ready: boolean
    }[]
    expect(row).toMatchObject({ name: 'web', ready: true })
    expect(row!.daysLeft).toBeGreaterThan(80)
    expect((await certificate('web')).status?.revision).toBe(before)
  })

  it('renews as cmctl does, proves the new certificate, restarts exactly the workloads that cannot reload it', async () => {
    const revisions = {
      web: (await certificate('web')).status!.revision!,
      api: (await certificate('api')).status!.revision!
    }
    const serials = { web: await serial('web-tls'), api: await serial('api-tls') }
    const run = await rotate({ 'certificate-selector': 'tier=front', renew: 'true' })
    const renewed = JSON.parse(run.outputs.renewed!) as {
      name: string
      oldRevision: number
      newRevision: number
    }[]
    expect(renewed.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { namespace: ns, name: 'api', oldRevision: revisions.api, newRevision: revisions.api + 1 },
      { namespace: ns, name: 'web', oldRevision: revisions.web, newRevision: revisions.web + 1 }
    ])
    expect(await serial('web-tls')).not.toBe(serials.web)
    expect(await serial('api-tls')).not.toBe(serials.api)
    const restarted = JSON.parse(run.outputs.restarted!) as {
      name: string
      action: string
      why: string
    }[]
    expect(restarted.map(r => [r.name, r.action]).sort()).toEqual([
      ['paused-app', 'reported'],
      ['subpath-app', 'restarted']
    ])
    expect((await template('subpath-app'))['kubectl.kubernetes.io/restartedAt']).toBeDefined()
    expect((await template('reloader-app'))['kubectl.kubernetes.io/restartedAt']).toBeUndefined()
    expect((await template('plain-app'))['kubectl.kubernetes.io/restartedAt']).toBeUndefined()
    expect((await template('paused-app'))['kubectl.kubernetes.io/restartedAt']).toBeUndefined()
  })

  it('says what cert-manager waits for when a renewal is stuck (its issuer is gone)', async () => {
    await applyYaml(
      admin,
      `
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: short-lived}
spec: {ca: {secretName: root-ca}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: orphan}
spec: {secretName: orphan-tls, dnsNames: [orphan.example.test], privateKey: {algorithm: ECDSA, size: 256}, issuerRef: {name: short-lived, kind: Issuer}}
`,
      { namespace: ns }
    )
    await waitFor(
      'certificate orphan issued',
      async () => ((await certificate('orphan')).status?.revision ?? 0) >= 1,
      { timeoutMs: 60_000 }
    )
    await admin.makeApiClient(CustomObjectsApi).deleteNamespacedCustomObject({
      group: 'cert-manager.io',
      version: 'v1',
      namespace: ns,
      plural: 'issuers',
      name: 'short-lived'
    })
    await expect(rotate({ certificates: 'orphan', renew: 'true', timeout: '4s' })).rejects.toThrow(
      /orphan: not re-issued within the timeout: CertificateRequest orphan-2: Pending \(Referenced "Issuer" not found/
    )
  })

  it('fails the step with the reason cert-manager gave when issuance fails', async () => {
    const core = admin.makeApiClient(CoreV1Api)
    const root = await core.readNamespacedSecret({ name: 'root-ca', namespace: ns })
    await core.createNamespacedSecret({
      namespace: ns,
      body: {
        metadata: { name: 'fragile-ca' },
        type: 'kubernetes.io/tls',
        data: { 'tls.crt': root.data!['tls.crt']!, 'tls.key': root.data!['tls.key']! }
      }
    })
    await applyYaml(
      admin,
      `
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: fragile-ca}
spec: {ca: {secretName: fragile-ca}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: flaky}
spec: {secretName: flaky-tls, dnsNames: [flaky.example.test], privateKey: {algorithm: ECDSA, size: 256}, issuerRef: {name: fragile-ca, kind: Issuer}}
`,
      { namespace: ns }
    )
    await waitFor(
      'certificate flaky issued',
      async () => ((await certificate('flaky')).status?.revision ?? 0) >= 1,
      { timeoutMs: 60_000 }
    )
    // The CA's key no longer matches its certificate: the Issuer looks fine, signing fails.
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    await core.patchNamespacedSecret(
      {
        name: 'fragile-ca',
        namespace: ns,
        body: { data: { 'tls.key': Buffer.from(otherKey).toString('base64') } }
      },
      mergePatch
    )
    await new Promise(r => setTimeout(r, 500))
    await expect(rotate({ certificates: 'flaky', renew: 'true' })).rejects.toThrow(
      /renewal failed: .*flaky: CertificateRequest flaky-\w+: Failed \(.*[Ee]rror signing certificate/
    )
  })
})
