// Proves the test control plane is the real thing: the behaviour below is exactly where
// hand-written fakes lie (validation, patch content types, optimistic concurrency, status
// subresources, RBAC, watches, rollouts).
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  ApiextensionsV1Api,
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  VersionApi,
  Watch,
  setHeaderOptions,
  type KubeConfig,
  type V1ConfigMap,
  type V1Deployment
} from '@kubernetes/client-node'
import {
  adminKubeConfig,
  applyYaml,
  clusterEnv,
  createNamespace,
  deleteNamespace,
  deleteYaml,
  expectStatus,
  waitFor,
  workloadsRunning
} from './helpers/cluster.js'
import { rbacIdentity, type RbacIdentity } from './helpers/identity.js'
import { startPlaneWithoutStorage, type OwnPlane } from './helpers/plane.js'

const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)
const jsonPatch = setHeaderOptions('Content-Type', PatchStrategy.JsonPatch)
const strategicMergePatch = setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch)

// Waits inside the tests (rollouts, RBAC propagation) have their own clearer timeouts.
jest.setTimeout(60_000)

let kc: KubeConfig
let ns: string
let veleroNs: string

beforeAll(async () => {
  kc = adminKubeConfig()
  ns = await createNamespace(kc, 'kg-harness')
  veleroNs = await createNamespace(kc, 'kg-velero')
})

afterAll(async () => {
  await deleteNamespace(kc, ns)
  await deleteNamespace(kc, veleroNs)
})

function pinnedKubernetesVersion(): string {
  const file = fileURLToPath(new URL('../../test/cluster/versions.env', import.meta.url))
  const env = fs.readFileSync(file, 'utf8')
  const m = /^KUBERNETES_VERSION=(\S+)$/m.exec(env)
  if (!m?.[1]) throw new Error('versions.env has no KUBERNETES_VERSION')
  return m[1]
}

describe('the API server', () => {
  it('reports the pinned Kubernetes version', async () => {
    const info = await kc.makeApiClient(VersionApi).getCode()
    expect(info.gitVersion).toBe(pinnedKubernetesVersion())
    expect(info.gitVersion).toBe(clusterEnv('KNOWN_GOOD_TEST_KUBERNETES_VERSION'))
    expect(info.major).toBe('1')
  })

  it('serves the upstream CRDs with upstream subresources', async () => {
    const ext = kc.makeApiClient(ApiextensionsV1Api)
    const crds = (await ext.listCustomResourceDefinition()).items
    const byName = new Map(crds.map(c => [c.metadata?.name, c]))
    const storedVersion = (name: string) => {
      const crd = byName.get(name)
      if (!crd) throw new Error(`CRD ${name} is not installed`)
      const v = crd.spec.versions.find(x => x.name === 'v1')
      if (!v?.served) throw new Error(`CRD ${name} does not serve v1`)
      return v
    }
    // Velero: status lives on the main object (no status subresource).
    for (const n of ['backups', 'restores', 'schedules', 'backupstoragelocations']) {
      expect(storedVersion(`${n}.velero.io`).subresources?.status).toBeUndefined()
    }
    for (const n of ['volumesnapshots', 'volumesnapshotcontents']) {
      expect(storedVersion(`${n}.snapshot.storage.k8s.io`).subresources?.status).toBeDefined()
    }
    storedVersion('volumesnapshotclasses.snapshot.storage.k8s.io')
    for (const n of ['certificates', 'certificaterequests', 'issuers', 'clusterissuers']) {
      expect(storedVersion(`${n}.cert-manager.io`).subresources?.status).toBeDefined()
    }
  })

  it('validates CRD objects against the upstream schema', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi)
    // cert-manager's schema requires spec.secretName and spec.issuerRef.
    const body = await expectStatus(422, () =>
      custom.createNamespacedCustomObject({
        group: 'cert-manager.io',
        version: 'v1',
        namespace: ns,
        plural: 'certificates',
        body: {
          apiVersion: 'cert-manager.io/v1',
          kind: 'Certificate',
          metadata: { name: 'invalid' },
          spec: { dnsNames: ['a.example'] }
        }
      })
    )
    expect(JSON.stringify(body)).toMatch(/secretName/)
  })
})

describe('patch content types', () => {
  const name = 'patch-me'
  let core: CoreV1Api

  beforeAll(async () => {
    core = kc.makeApiClient(CoreV1Api)
    await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name }, data: { a: '1', b: '2' } }
    })
  })

  it('merge patch (RFC 7386) adds, replaces and deletes keys with null', async () => {
    const cm = await core.patchNamespacedConfigMap(
      { name, namespace: ns, body: { data: { a: null, c: '3' } } },
      mergePatch
    )
    expect(cm.data).toEqual({ b: '2', c: '3' })
  })

  it('JSON patch (RFC 6902) applies operations and rejects an object body', async () => {
    const cm = await core.patchNamespacedConfigMap(
      {
        name,
        namespace: ns,
        body: [
          { op: 'replace', path: '/data/b', value: 'x' },
          { op: 'add', path: '/data/d', value: '4' }
        ]
      },
      jsonPatch
    )
    expect(cm.data).toEqual({ b: 'x', c: '3', d: '4' })
    // The generated client's default content type is JSON patch: a merge-shaped body fails.
    await expectStatus(400, () =>
      core.patchNamespacedConfigMap({ name, namespace: ns, body: { data: { e: '5' } } })
    )
    // A failing "test" operation makes the whole patch fail (422 from the real server).
    await expectStatus(422, () =>
      core.patchNamespacedConfigMap(
        {
          name,
          namespace: ns,
          body: [
            { op: 'test', path: '/data/b', value: 'not-x' },
            { op: 'remove', path: '/data/b' }
          ]
        },
        jsonPatch
      )
    )
    expect((await core.readNamespacedConfigMap({ name, namespace: ns })).data?.b).toBe('x')
  })

  it('custom resources reject strategic merge patch (415) and accept merge patch', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi)
    const backup = { group: 'velero.io', version: 'v1', namespace: veleroNs, plural: 'backups' }
    await custom.createNamespacedCustomObject({
      ...backup,
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: { name: 'b1' },
        spec: { includedNamespaces: [ns] }
      }
    })
    await expectStatus(415, () =>
      custom.patchNamespacedCustomObject(
        {
          ...backup,
          name: 'b1',
          body: { metadata: { labels: { 'known-good.dev/verdict': 'clean' } } }
        },
        strategicMergePatch
      )
    )
    const patched = await custom.patchNamespacedCustomObject(
      {
        ...backup,
        name: 'b1',
        body: { metadata: { labels: { 'known-good.dev/verdict': 'clean' } } }
      },
      mergePatch
    )
    expect(patched.metadata.labels['known-good.dev/verdict']).toBe('clean')
  })
})

describe('optimistic concurrency', () => {
  it('answers 409 Conflict to a write with a stale resourceVersion', async () => {
    const core = kc.makeApiClient(CoreV1Api)
    const created = await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name: 'rv' }, data: { n: '0' } }
    })
    const stale: V1ConfigMap = structuredClone(created)
    const fresh = await core.replaceNamespacedConfigMap({
      name: 'rv',
      namespace: ns,
      body: { ...created, data: { n: '1' } }
    })
    expect(fresh.metadata?.resourceVersion).not.toBe(created.metadata?.resourceVersion)
    // PUT with the old resourceVersion
    await expectStatus(409, () =>
      core.replaceNamespacedConfigMap({
        name: 'rv',
        namespace: ns,
        body: { ...stale, data: { n: '2' } }
      })
    )
    // merge patch that carries the old resourceVersion (how we update conditions safely)
    await expectStatus(409, () =>
      core.patchNamespacedConfigMap(
        {
          name: 'rv',
          namespace: ns,
          body: { metadata: { resourceVersion: stale.metadata?.resourceVersion }, data: { n: '3' } }
        },
        mergePatch
      )
    )
    expect((await core.readNamespacedConfigMap({ name: 'rv', namespace: ns })).data?.n).toBe('1')
  })
})

describe('status subresource of a CRD', () => {
  const cert = { group: 'cert-manager.io', version: 'v1', plural: 'certificates' }
  const conditions = (type: string) => [
    {
      type,
      status: 'True',
      reason: 'ManuallyTriggered',
      message: 'test',
      lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      observedGeneration: 1
    }
  ]

  it('ignores spec changes sent to /status and status changes sent to the object', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi)
    await custom.createNamespacedCustomObject({
      ...cert,
      namespace: ns,
      body: {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
        metadata: { name: 'web' },
        spec: {
          secretName: 'web-tls',
          dnsNames: ['web.example'],
          issuerRef: { name: 'ca', kind: 'Issuer' }
        }
      }
    })
    const afterStatus = await custom.patchNamespacedCustomObjectStatus(
      {
        ...cert,
        namespace: ns,
        name: 'web',
        body: {
          spec: { secretName: 'changed-through-status' },
          status: { conditions: conditions('Issuing') }
        }
      },
      mergePatch
    )
    expect(afterStatus.spec.secretName).toBe('web-tls')
    expect(afterStatus.status.conditions[0].type).toBe('Issuing')
    expect(afterStatus.metadata.generation).toBe(1)

    const afterMain = await custom.patchNamespacedCustomObject(
      {
        ...cert,
        namespace: ns,
        name: 'web',
        body: { spec: { secretName: 'web-tls-2' }, status: { revision: 99 } }
      },
      mergePatch
    )
    expect(afterMain.spec.secretName).toBe('web-tls-2')
    expect(afterMain.status.revision).toBeUndefined()
    expect(afterMain.metadata.generation).toBe(2)
  })

  it('a merge patch replaces the whole conditions array', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi)
    const patched = await custom.patchNamespacedCustomObjectStatus(
      {
        ...cert,
        namespace: ns,
        name: 'web',
        body: { status: { conditions: conditions('Ready') } }
      },
      mergePatch
    )
    expect(patched.status.conditions.map((c: { type: string }) => c.type)).toEqual(['Ready'])
  })

  it('Velero Backup (no status subresource) takes status on the main object', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi)
    const b = await custom.patchNamespacedCustomObject(
      {
        group: 'velero.io',
        version: 'v1',
        namespace: veleroNs,
        plural: 'backups',
        name: 'b1',
        body: { status: { phase: 'Completed' } }
      },
      mergePatch
    )
    expect(b.status.phase).toBe('Completed')
  })
})

describe('RBAC with the rules of deploy/rbac.yaml', () => {
  let identity: RbacIdentity
  let appNs: string
  let otherNs: string

  beforeAll(async () => {
    appNs = await createNamespace(kc, 'kg-app')
    otherNs = await createNamespace(kc, 'kg-other')
    identity = await rbacIdentity(kc, { veleroNamespace: veleroNs, appNamespaces: [appNs] })
  })

  afterAll(async () => {
    await identity?.cleanup()
    await deleteNamespace(kc, appNs)
    await deleteNamespace(kc, otherNs)
  })

  it('authenticates with a TokenRequest token as the ServiceAccount', async () => {
    const custom = identity.kubeConfig.makeApiClient(CustomObjectsApi)
    const list = await custom.listNamespacedCustomObject({
      group: 'velero.io',
      version: 'v1',
      namespace: veleroNs,
      plural: 'backups'
    })
    expect(Array.isArray(list.items)).toBe(true)
    expect(identity.username).toBe(`system:serviceaccount:${appNs}:known-good`)
  })

  it('allows what the roles grant', async () => {
    const custom = identity.kubeConfig.makeApiClient(CustomObjectsApi)
    const backups = { group: 'velero.io', version: 'v1', namespace: veleroNs, plural: 'backups' }
    await custom.createNamespacedCustomObject({
      ...backups,
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: { name: 'by-ci', labels: { 'known-good.dev/verdict': 'clean' } },
        spec: {}
      }
    })
    await custom.patchNamespacedCustomObject(
      {
        ...backups,
        name: 'by-ci',
        body: { metadata: { labels: { 'known-good.dev/commit': 'abc1234' } } }
      },
      mergePatch
    )
    // secrets: get by name is granted (404 = allowed but missing, not 403)
    await expectStatus(404, () =>
      identity.kubeConfig
        .makeApiClient(CoreV1Api)
        .readNamespacedSecret({ name: 'nope', namespace: appNs })
    )
  })

  it('denies what the roles do not grant', async () => {
    const core = identity.kubeConfig.makeApiClient(CoreV1Api)
    const custom = identity.kubeConfig.makeApiClient(CustomObjectsApi)
    const backups = { group: 'velero.io', version: 'v1', namespace: veleroNs, plural: 'backups' }
    await expectStatus(403, () => custom.deleteNamespacedCustomObject({ ...backups, name: 'b1' }))
    await expectStatus(403, () => core.listNamespacedSecret({ namespace: appNs })) // get only, no list
    await expectStatus(403, () => core.readNamespacedSecret({ name: 'x', namespace: veleroNs })) // not in Velero's ns
    await expectStatus(403, () =>
      core.createNamespacedConfigMap({ namespace: appNs, body: { metadata: { name: 'x' } } })
    )
    await expectStatus(403, () =>
      custom.listNamespacedCustomObject({ ...backups, namespace: otherNs })
    )
    // certificates: the status subresource may be patched, the object itself may not
    await expectStatus(403, () =>
      custom.patchNamespacedCustomObject(
        {
          group: 'cert-manager.io',
          version: 'v1',
          namespace: appNs,
          plural: 'certificates',
          name: 'web',
          body: { spec: {} }
        },
        mergePatch
      )
    )
    await expectStatus(403, () => core.listNamespace())
  })
})

// In a plane of its own, without the storage layer: the shared plane's real snapshot-controller
// would act on the VolumeSnapshot below (a finalizer, an error status of its own).
describe('test helpers', () => {
  let plane: OwnPlane
  let kc: KubeConfig
  let ns: string

  beforeAll(async () => {
    plane = await startPlaneWithoutStorage()
    kc = plane.kc
    ns = await createNamespace(kc, 'kg-helpers')
  })

  afterAll(async () => {
    await plane?.stop()
  })

  const yaml = (snapshotClass: string) => `
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshotClass
metadata:
  name: ${snapshotClass}
driver: hostpath.csi.k8s.io
deletionPolicy: Delete
---
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshot
metadata:
  name: data-before-release
  labels: {known-good.dev/verdict: unknown}
spec:
  volumeSnapshotClassName: ${snapshotClass}
  source:
    persistentVolumeClaimName: data
`

  it('apply YAML (cluster-scoped and namespaced), CEL validation of upstream CRDs, delete YAML', async () => {
    const snapshotClass = `kg-${ns}`
    const [cls, snap] = await applyYaml(kc, yaml(snapshotClass), { namespace: ns })
    expect(cls?.metadata?.namespace).toBeUndefined()
    expect(snap?.metadata?.namespace).toBe(ns)
    // Applying again is a no-op, not an error (server-side apply).
    const [, again] = await applyYaml(kc, yaml(snapshotClass), { namespace: ns })
    expect(again?.metadata?.resourceVersion).toBe(snap?.metadata?.resourceVersion)

    // The CRD's CEL rule: the source is immutable.
    const custom = kc.makeApiClient(CustomObjectsApi)
    const snapshots = {
      group: 'snapshot.storage.k8s.io',
      version: 'v1',
      namespace: ns,
      plural: 'volumesnapshots'
    }
    const body = await expectStatus(422, () =>
      custom.patchNamespacedCustomObject(
        {
          ...snapshots,
          name: 'data-before-release',
          body: { spec: { source: { persistentVolumeClaimName: 'other' } } }
        },
        mergePatch
      )
    )
    expect(JSON.stringify(body)).toMatch(/immutable/)

    // status.readyToUse goes through the status subresource (what the CSI snapshotter does)
    await custom.patchNamespacedCustomObjectStatus(
      { ...snapshots, name: 'data-before-release', body: { status: { readyToUse: true } } },
      mergePatch
    )
    const ready = await waitFor('readyToUse', async () => {
      const s = await custom.getNamespacedCustomObject({
        ...snapshots,
        name: 'data-before-release'
      })
      return s.status?.readyToUse === true && s
    })
    expect(ready.spec.source.persistentVolumeClaimName).toBe('data')

    await deleteYaml(kc, yaml(snapshotClass), { namespace: ns })
    await expectStatus(404, () =>
      custom.getNamespacedCustomObject({ ...snapshots, name: 'data-before-release' })
    )
    await expectStatus(404, () =>
      custom.getClusterCustomObject({
        group: 'snapshot.storage.k8s.io',
        version: 'v1',
        plural: 'volumesnapshotclasses',
        name: snapshotClass
      })
    )
  })
})

describe('watch', () => {
  it('sees an update made after the watch started', async () => {
    const core = kc.makeApiClient(CoreV1Api)
    const cm = await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name: 'watched' }, data: { v: '0' } }
    })
    const events: { type: string; value?: string; rv?: string }[] = []
    const watch = new Watch(kc)
    const controller = await watch.watch(
      `/api/v1/namespaces/${ns}/configmaps`,
      {
        fieldSelector: 'metadata.name=watched',
        resourceVersion: cm.metadata?.resourceVersion ?? ''
      },
      (type, obj: V1ConfigMap) =>
        events.push({ type, value: obj.data?.v, rv: obj.metadata?.resourceVersion }),
      () => {}
    )
    try {
      const updated = await core.patchNamespacedConfigMap(
        { name: 'watched', namespace: ns, body: { data: { v: '1' } } },
        mergePatch
      )
      const seen = await waitFor(
        'the MODIFIED event',
        () => events.find(e => e.type === 'MODIFIED'),
        { timeoutMs: 10_000 }
      )
      expect(seen).toEqual({ type: 'MODIFIED', value: '1', rv: updated.metadata?.resourceVersion })
    } finally {
      controller.abort()
    }
  })
})

const withWorkloads = workloadsRunning() ? describe : describe.skip

withWorkloads('workloads (kube-controller-manager, kube-scheduler, kwok)', () => {
  const deployment = (name: string) => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 2
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: app
          image: registry.invalid/app:1
`
  // What `kubectl rollout status` waits for.
  const rolledOut = (d: V1Deployment) =>
    (d.status?.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
    d.status?.updatedReplicas === d.spec?.replicas &&
    d.status?.replicas === d.spec?.replicas &&
    d.status?.availableReplicas === d.spec?.replicas

  it('a Deployment rolls out, and rolls out again after a restart', async () => {
    const apps = kc.makeApiClient(AppsV1Api)
    const core = kc.makeApiClient(CoreV1Api)
    await applyYaml(kc, deployment('web'), { namespace: ns })
    const first = await waitFor('rollout', async () => {
      const d = await apps.readNamespacedDeployment({ name: 'web', namespace: ns })
      return rolledOut(d) && d
    })
    expect(first.status?.readyReplicas).toBe(2)
    const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=web' })
    expect(pods.items.map(p => p.status?.phase)).toEqual(['Running', 'Running'])
    expect(new Set(pods.items.map(p => p.spec?.nodeName))).toEqual(new Set(['kwok-node-0']))

    // `kubectl rollout restart`: strategic merge patch of a pod-template annotation
    const restartedAt = new Date().toISOString()
    await apps.patchNamespacedDeployment(
      {
        name: 'web',
        namespace: ns,
        body: {
          spec: {
            template: {
              metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt } }
            }
          }
        }
      },
      strategicMergePatch
    )
    await waitFor('rollout after restart', async () => {
      const d = await apps.readNamespacedDeployment({ name: 'web', namespace: ns })
      return rolledOut(d) && d.metadata?.generation === 2 && d
    })
    const after = await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=web' })
    const current = after.items.filter(p => !p.metadata?.deletionTimestamp)
    expect(current).toHaveLength(2)
    for (const p of current) {
      expect(p.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toBe(restartedAt)
    }
    await deleteYaml(kc, deployment('web'), { namespace: ns })
  })
})
