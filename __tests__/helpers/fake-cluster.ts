import type {
  ClusterApi,
  ConfigMap,
  KubeObject,
  ResourceRef,
  WorkloadKind
} from '../../src/cluster/api.js'
import { ClusterApiError } from '../../src/cluster/api.js'

/** A JSON merge patch of a string map: null removes a key. */
function merged(
  current: Record<string, string> | undefined,
  patch: Record<string, string | null> | undefined
): Record<string, string> {
  const out = { ...current }
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete out[key]
    else out[key] = value
  }
  return out
}

/**
 * A plain in-memory stand-in for the ClusterApi port, for unit tests of the commands' own
 * decisions (what they refuse, what they record). It keeps objects by resource and name, counts
 * resourceVersions and answers a merge patch with a stale resourceVersion with 409, like the API
 * server; anything about the server's behaviour itself is tested against the real one.
 */
export class FakeCluster implements ClusterApi {
  private readonly objects = new Map<string, KubeObject>()
  private version = 1
  readonly calls: string[] = []

  private static key(ref: ResourceRef | string, name: string): string {
    const where = typeof ref === 'string' ? ref : `${ref.group}/${ref.plural}/${ref.namespace}`
    return `${where}/${name}`
  }

  /** Puts an object in place (for the test's setup), as it would be read back. */
  put(ref: ResourceRef | string, object: KubeObject): KubeObject {
    const stored: KubeObject = structuredClone(object)
    stored.metadata.resourceVersion = String(this.version++)
    this.objects.set(FakeCluster.key(ref, object.metadata.name), stored)
    return structuredClone(stored)
  }

  /**
   * Puts a Velero BackupStorageLocation in place (Available by default), as Velero leaves it
   * after validating it: backups of a location that is missing or Unavailable cannot be used.
   */
  storageLocation(
    namespace = 'velero',
    name = 'default',
    status: Record<string, unknown> = { phase: 'Available' },
    spec: Record<string, unknown> = { default: name === 'default' }
  ): this {
    this.put(
      { group: 'velero.io', version: 'v1', plural: 'backupstoragelocations', namespace },
      { metadata: { name, namespace }, spec: { provider: 'aws', ...spec }, status }
    )
    return this
  }

  read(ref: ResourceRef | string, name: string): KubeObject | undefined {
    const object = this.objects.get(FakeCluster.key(ref, name))
    return object && structuredClone(object)
  }

  private all(prefix: string, labelSelector?: string): KubeObject[] {
    const wanted = (labelSelector ?? '').split(',').filter(Boolean)
    const selected = (o: KubeObject) =>
      wanted.every(term => {
        const [k, v] = term.split('=')
        const labels = o.metadata.labels ?? {}
        return v === undefined ? k! in labels : labels[k!] === v
      })
    return [...this.objects.entries()]
      .filter(([key, o]) => key.startsWith(`${prefix}/`) && selected(o))
      .map(([, o]) => structuredClone(o))
  }

  async list(ref: ResourceRef, labelSelector?: string): Promise<KubeObject[]> {
    this.calls.push(`list ${ref.plural}`)
    return this.all(`${ref.group}/${ref.plural}/${ref.namespace}`, labelSelector)
  }

  async get(ref: ResourceRef, name: string): Promise<KubeObject | undefined> {
    this.calls.push(`get ${ref.plural}/${name}`)
    return this.read(ref, name)
  }

  private readonly reactions = new Map<string, (object: KubeObject) => void>()

  /** What a controller would do with a new object of this plural (e.g. Velero finishing a Restore). */
  onCreate(plural: string, react: (object: KubeObject) => void): void {
    this.reactions.set(plural, react)
  }

  async create(ref: ResourceRef, body: KubeObject): Promise<KubeObject> {
    this.calls.push(`create ${ref.plural}/${body.metadata.name}`)
    if (this.read(ref, body.metadata.name))
      throw new ClusterApiError(`${ref.plural} "${body.metadata.name}" already exists`, 409)
    const created = this.put(ref, {
      ...body,
      metadata: { ...body.metadata, creationTimestamp: new Date().toISOString() }
    })
    const react = this.reactions.get(ref.plural)
    if (react) {
      const changed = structuredClone(created)
      react(changed)
      this.put(ref, changed)
    }
    return created
  }

  private patch(ref: ResourceRef, name: string, patch: object, part: 'metadata' | 'status') {
    const current = this.read(ref, name)
    if (!current) throw new ClusterApiError(`${ref.plural} "${name}" not found`, 404)
    const p = patch as { metadata?: KubeObject['metadata']; status?: Record<string, unknown> }
    const locked = p.metadata?.resourceVersion
    if (locked !== undefined && locked !== current.metadata.resourceVersion)
      throw new ClusterApiError('the object has been modified', 409)
    if (part === 'metadata') {
      current.metadata.labels = merged(current.metadata.labels, p.metadata?.labels)
      current.metadata.annotations = merged(current.metadata.annotations, p.metadata?.annotations)
      const spec = (patch as { spec?: Record<string, unknown> }).spec
      if (spec) current.spec = { ...current.spec, ...spec }
      // Velero's CRDs have no status subresource: a patch of the object changes its status too.
      if (ref.group === 'velero.io' && p.status) current.status = { ...current.status, ...p.status }
    } else {
      current.status = { ...current.status, ...p.status }
    }
    return this.put(ref, current)
  }

  async mergePatch(ref: ResourceRef, name: string, patch: object): Promise<KubeObject> {
    this.calls.push(`patch ${ref.plural}/${name}`)
    return this.patch(ref, name, patch, 'metadata')
  }

  async mergePatchStatus(ref: ResourceRef, name: string, patch: object): Promise<KubeObject> {
    this.calls.push(`patch-status ${ref.plural}/${name}`)
    return this.patch(ref, name, patch, 'status')
  }

  async delete(ref: ResourceRef, name: string): Promise<void> {
    this.calls.push(`delete ${ref.plural}/${name}`)
    this.objects.delete(FakeCluster.key(ref, name))
  }

  async getConfigMap(namespace: string, name: string): Promise<ConfigMap | undefined> {
    this.calls.push(`get configmaps/${name}`)
    return this.read(`core/configmaps/${namespace}`, name) as ConfigMap | undefined
  }

  async createConfigMap(namespace: string, body: ConfigMap): Promise<ConfigMap> {
    this.calls.push(`create configmaps/${body.metadata.name}`)
    if (this.read(`core/configmaps/${namespace}`, body.metadata.name))
      throw new ClusterApiError(`configmaps "${body.metadata.name}" already exists`, 409)
    return this.put(`core/configmaps/${namespace}`, body) as ConfigMap
  }

  async replaceConfigMap(namespace: string, body: ConfigMap): Promise<ConfigMap> {
    this.calls.push(`replace configmaps/${body.metadata.name}`)
    const current = this.read(`core/configmaps/${namespace}`, body.metadata.name)
    if (!current) throw new ClusterApiError(`configmaps "${body.metadata.name}" not found`, 404)
    if (body.metadata.resourceVersion !== current.metadata.resourceVersion)
      throw new ClusterApiError('the object has been modified', 409)
    return this.put(`core/configmaps/${namespace}`, body) as ConfigMap
  }

  async listPersistentVolumeClaims(namespace: string, labelSelector?: string) {
    return this.all(`core/pvcs/${namespace}`, labelSelector)
  }

  async createPersistentVolumeClaim(namespace: string, body: KubeObject) {
    return this.put(`core/pvcs/${namespace}`, body)
  }

  async getSecret(namespace: string, name: string) {
    return this.read(`core/secrets/${namespace}`, name) as
      (KubeObject & { data?: Record<string, string> }) | undefined
  }

  async listWorkloads(kind: WorkloadKind, namespace: string) {
    return this.all(`apps/${kind}/${namespace}`)
  }

  async getWorkload(kind: WorkloadKind, namespace: string, name: string) {
    return this.read(`apps/${kind}/${namespace}`, name)
  }

  /** The user name whoAmI answers. */
  username = 'system:serviceaccount:ci:known-good'

  async whoAmI(): Promise<string> {
    this.calls.push('whoami')
    return this.username
  }

  async createNamespace(body: KubeObject): Promise<KubeObject> {
    this.calls.push(`create namespaces/${body.metadata.name}`)
    if (this.read('core/namespaces/', body.metadata.name))
      throw new ClusterApiError(`namespaces "${body.metadata.name}" already exists`, 409)
    return this.put('core/namespaces/', body)
  }

  async deleteNamespace(name: string): Promise<void> {
    this.calls.push(`delete namespaces/${name}`)
    for (const key of [...this.objects.keys()])
      if (key === `core/namespaces//${name}` || key.includes(`/${name}/`)) this.objects.delete(key)
  }

  namespaceExists(name: string): boolean {
    return this.read('core/namespaces/', name) !== undefined
  }

  async createRoleBinding(namespace: string, body: KubeObject): Promise<KubeObject> {
    this.calls.push(`create rolebindings/${body.metadata.name}`)
    return this.put(`rbac/rolebindings/${namespace}`, body)
  }

  /** Objects by `apiVersion/Kind` in a namespace, for getObject. */
  putObject(apiVersion: string, kind: string, namespace: string, object: KubeObject): void {
    this.put(`objects/${apiVersion}/${kind}/${namespace}`, object)
  }

  async getObject(
    type: { apiVersion: string; kind: string },
    namespace: string,
    name: string
  ): Promise<KubeObject | undefined> {
    this.calls.push(`get ${type.kind}/${name}`)
    return this.read(`objects/${type.apiVersion}/${type.kind}/${namespace}`, name)
  }

  async patchWorkload(kind: WorkloadKind, namespace: string, name: string, _patch: object) {
    const workload = this.read(`apps/${kind}/${namespace}`, name)
    if (!workload) throw new ClusterApiError(`${kind} "${name}" not found`, 404)
    this.calls.push(`restart ${kind}/${name}`)
    return workload
  }
}
