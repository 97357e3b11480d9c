// Helpers for tests that run against the real control plane started by
// test/cluster/jest-global-setup.mjs (etcd + kube-apiserver, and with workloads also
// kube-controller-manager, kube-scheduler and kwok; cert-manager's controllers).
import fs from 'node:fs'
import {
  ApiException,
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  loadAllYaml,
  type KubernetesObject
} from '@kubernetes/client-node'

/** Reads a variable exported by the global setup; a clear error when the suite runs without it. */
export function clusterEnv(
  name:
    | 'KNOWN_GOOD_TEST_KUBECONFIG'
    | 'KNOWN_GOOD_TEST_CLUSTER_DIR'
    | 'KNOWN_GOOD_TEST_CLUSTER_WORKLOADS'
    | 'KNOWN_GOOD_TEST_KUBERNETES_VERSION'
    | 'KNOWN_GOOD_TEST_RBAC_FILE'
    | 'KNOWN_GOOD_TEST_CERT_MANAGER'
    | 'KNOWN_GOOD_TEST_CERT_MANAGER_NAMESPACE'
    | 'KNOWN_GOOD_TEST_STORAGE_DIR'
    | 'KNOWN_GOOD_TEST_CSI_DRIVER'
    | 'KNOWN_GOOD_TEST_STORAGE_CLASS'
    | 'KNOWN_GOOD_TEST_SNAPSHOT_CLASS'
): string {
  const v = process.env[name]
  if (v === undefined) {
    throw new Error(
      `${name} is not set: run the cluster tests with jest --selectProjects cluster (its globalSetup starts the control plane)`
    )
  }
  return v
}

/** The admin (system:masters) identity. */
export function adminKubeConfig(): KubeConfig {
  const kc = new KubeConfig()
  kc.loadFromFile(clusterEnv('KNOWN_GOOD_TEST_KUBECONFIG'))
  return kc
}

/** True when kube-controller-manager, kube-scheduler and kwok run: Deployments roll out. */
export function workloadsRunning(): boolean {
  return process.env.KNOWN_GOOD_TEST_CLUSTER_WORKLOADS === '1'
}

/**
 * True when cert-manager's controllers run (SelfSigned and CA issuers, Certificates): the
 * Secrets of ClusterIssuers live in KNOWN_GOOD_TEST_CERT_MANAGER_NAMESPACE.
 */
export function certManagerRunning(): boolean {
  return process.env.KNOWN_GOOD_TEST_CERT_MANAGER === '1'
}

/**
 * True when the storage layer runs (dir-csi-driver, csi-provisioner, csi-snapshotter,
 * snapshot-controller; test/cluster/storage.mjs): PVCs of KNOWN_GOOD_TEST_STORAGE_CLASS are
 * provisioned, VolumeSnapshots taken.
 */
export function storageRunning(): boolean {
  return process.env.KNOWN_GOOD_TEST_STORAGE === '1'
}

/** The HTTP status of a failed API call, or undefined for any other error. */
export function statusOf(e: unknown): number | undefined {
  return e instanceof ApiException ? e.code : undefined
}

/** Runs `call`; an API error with one of `codes` becomes undefined. */
export async function ignoring<T>(codes: number[], call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call()
  } catch (e) {
    if (codes.includes(statusOf(e) ?? -1)) return undefined
    throw e
  }
}

/** Expects `call` to fail with HTTP `code`; returns the error body. */
export async function expectStatus(code: number, call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call()
  } catch (e) {
    if (statusOf(e) === code) return (e as ApiException<unknown>).body
    throw new Error(`expected HTTP ${code}, got: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e
    })
  }
  throw new Error(`expected HTTP ${code}, but the call succeeded`)
}

/**
 * Polls `check` until it returns a value that is neither undefined, null nor false.
 * The error on timeout says what was awaited and the last value or error seen.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 30_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {}
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const v = await check()
      if (v !== undefined && v !== null && v !== false) return v
      last = v
    } catch (e) {
      last = e
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`)
    }
    await new Promise(r => setTimeout(r, intervalMs))
  }
}

/** Creates a namespace with a unique name (`<prefix>-xxxxx`) and returns its name. */
export async function createNamespace(kc: KubeConfig, prefix = 'kg-test'): Promise<string> {
  const core = kc.makeApiClient(CoreV1Api)
  const ns = await core.createNamespace({
    body: { metadata: { generateName: `${prefix}-`, labels: { 'known-good.dev/test': 'true' } } }
  })
  const name = ns.metadata?.name
  if (!name) throw new Error('the API server returned a namespace without a name')
  return name
}

/**
 * Deletes a namespace without waiting: its contents go when the namespace controller
 * (kube-controller-manager) runs; without workloads the namespace stays Terminating, which
 * does no harm in a throw-away plane.
 */
export async function deleteNamespace(kc: KubeConfig, name: string): Promise<void> {
  await ignoring([404, 409], () => kc.makeApiClient(CoreV1Api).deleteNamespace({ name }))
}

/** KubernetesObjectApi that can tell namespaced kinds from cluster-scoped ones. */
class ObjectApi extends KubernetesObjectApi {
  static forConfig(kc: KubeConfig): ObjectApi {
    const api = kc.makeApiClient(ObjectApi)
    api.setDefaultNamespace(kc)
    return api
  }
  async namespaced(apiVersion: string, kind: string): Promise<boolean> {
    const r = await this.resource(apiVersion, kind)
    if (!r) throw new Error(`the API server does not serve ${apiVersion} ${kind}`)
    return r.namespaced
  }
}

/** Parses YAML (one or many documents; empty documents are skipped). */
export function parseYaml(text: string): KubernetesObject[] {
  return loadAllYaml(text).filter((o): o is KubernetesObject => o !== null && typeof o === 'object')
}

async function placed(
  api: ObjectApi,
  o: KubernetesObject,
  namespace?: string
): Promise<KubernetesObject> {
  const copy = structuredClone(o)
  if (!copy.apiVersion || !copy.kind)
    throw new Error(`an object without apiVersion/kind: ${JSON.stringify(o)}`)
  copy.metadata ??= {}
  if (namespace && (await api.namespaced(copy.apiVersion, copy.kind)))
    copy.metadata.namespace ??= namespace
  return copy
}

/**
 * Server-side applies every object of `yaml` (a string or parsed objects), like
 * `kubectl apply --server-side`; namespaced objects without a namespace go to `namespace`.
 * Returns the objects as the server stored them.
 */
export async function applyYaml(
  kc: KubeConfig,
  yaml: string | KubernetesObject[],
  {
    namespace,
    fieldManager = 'known-good-tests'
  }: { namespace?: string; fieldManager?: string } = {}
): Promise<KubernetesObject[]> {
  const api = ObjectApi.forConfig(kc)
  const out: KubernetesObject[] = []
  for (const o of typeof yaml === 'string' ? parseYaml(yaml) : yaml) {
    const spec = await placed(api, o, namespace)
    out.push(
      await api.patch(spec, undefined, undefined, fieldManager, true, PatchStrategy.ServerSideApply)
    )
  }
  return out
}

/** Deletes every object of `yaml` (missing ones are fine), in reverse order. */
export async function deleteYaml(
  kc: KubeConfig,
  yaml: string | KubernetesObject[],
  { namespace }: { namespace?: string } = {}
): Promise<void> {
  const api = ObjectApi.forConfig(kc)
  const objects = typeof yaml === 'string' ? parseYaml(yaml) : yaml
  for (const o of [...objects].reverse()) {
    const spec = await placed(api, o, namespace)
    await ignoring([404], () =>
      api.delete(spec, undefined, undefined, undefined, undefined, 'Background')
    )
  }
}

/** Reads a YAML file of the repository as objects. */
export function readYamlFile(file: string): KubernetesObject[] {
  return parseYaml(fs.readFileSync(file, 'utf8'))
}
