/**
 * The cluster as the product uses it: only the calls it makes (a port). The client-node
 * implementation is `client.ts`; tests pass plain fakes or run against the real API server.
 */

/** A Kubernetes object as the API returns it; providers read the fields they know. */
export interface KubeObject {
  apiVersion?: string
  kind?: string
  metadata: {
    name: string
    namespace?: string
    uid?: string
    resourceVersion?: string
    generation?: number
    creationTimestamp?: string
    deletionTimestamp?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
  }
  spec?: Record<string, unknown>
  status?: Record<string, unknown>
}

export interface ResourceRef {
  group: string
  version: string
  plural: string
  namespace: string
}

/** Only the cluster calls the product makes; tests run them against a real API server. */
export interface ClusterApi {
  list(ref: ResourceRef, labelSelector?: string): Promise<KubeObject[]>
  get(ref: ResourceRef, name: string): Promise<KubeObject | undefined>
  create(ref: ResourceRef, body: KubeObject): Promise<KubeObject>
  /** JSON merge patch (CRDs take no strategic merge). Include `metadata.resourceVersion` to lock. */
  mergePatch(ref: ResourceRef, name: string, patch: object): Promise<KubeObject>
  /** JSON merge patch of the status subresource (CRDs that have one). */
  mergePatchStatus(ref: ResourceRef, name: string, patch: object): Promise<KubeObject>
  /** Deletes an object; one that is already gone is no error. */
  delete(ref: ResourceRef, name: string): Promise<void>
  getConfigMap(namespace: string, name: string): Promise<ConfigMap | undefined>
  createConfigMap(namespace: string, body: ConfigMap): Promise<ConfigMap>
  /** Replaces the whole ConfigMap; `metadata.resourceVersion` makes it fail with 409 if it changed. */
  replaceConfigMap(namespace: string, body: ConfigMap): Promise<ConfigMap>
  listPersistentVolumeClaims(namespace: string, labelSelector?: string): Promise<KubeObject[]>
  createPersistentVolumeClaim(namespace: string, body: KubeObject): Promise<KubeObject>
  getSecret(
    namespace: string,
    name: string
  ): Promise<(KubeObject & { data?: Record<string, string> }) | undefined>
  listWorkloads(kind: WorkloadKind, namespace: string): Promise<KubeObject[]>
  getWorkload(kind: WorkloadKind, namespace: string, name: string): Promise<KubeObject | undefined>
  /** Strategic merge patch, as `kubectl rollout restart` sends it. */
  patchWorkload(
    kind: WorkloadKind,
    namespace: string,
    name: string,
    patch: object
  ): Promise<KubeObject>
  /** Who the API server says we are (SelfSubjectReview): the user name RBAC matches. */
  whoAmI(): Promise<string>
  createNamespace(body: KubeObject): Promise<KubeObject>
  /** Deletes a namespace (its contents go with it); a missing one is fine. */
  deleteNamespace(name: string): Promise<void>
  createRoleBinding(namespace: string, body: KubeObject): Promise<KubeObject>
  /** Any namespaced object by apiVersion and kind (found through discovery); undefined on 404. */
  getObject(
    type: { apiVersion: string; kind: string },
    namespace: string,
    name: string
  ): Promise<KubeObject | undefined>
}

/** Bounds of one download of a signed URL. */
export interface DownloadLimits {
  /** For the whole download, redirects included. */
  timeoutMs: number
  /** Largest body accepted (bytes, as sent: compressed files stay compressed). */
  maxBytes: number
  /** PEM CA certificate(s) to trust besides the system's (the storage location's caCert). */
  caCert?: string
}

export type Downloaded = { found: true; body: Buffer } | { found: false }

/**
 * Reads a pre-signed object-storage URL that the cluster handed out (Velero's DownloadRequest):
 * `found: false` for 404, an error otherwise. The URL is a credential: implementations never put
 * it in an error. The adapter is `download.ts`.
 */
export interface SignedUrlReader {
  read(url: string, limits: DownloadLimits): Promise<Downloaded>
}

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet'

export type ConfigMap = KubeObject & { data?: Record<string, string> }

/** HTTP status of a failed API call, or undefined for transport errors. */
export function apiStatus(error: unknown): number | undefined {
  // client-node's ApiException carries the status as `code`; octokit's errors as `status`.
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown }
  if (typeof status === 'number') return status
  return typeof code === 'number' ? code : undefined
}

/** A failed API call that is not the user's to fix (conflict, server error), with its status. */
export class ClusterApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'ClusterApiError'
  }
}

/** How to reach the cluster, as the user gave it (see the cluster inputs). */
export interface ClusterConnection {
  /** Kubeconfig content, raw YAML or base64 (a secret). */
  kubeconfig?: string
  kubeconfigPath?: string
  context?: string
  /** Skip TLS verification: never the default, always warned about. */
  insecureSkipTlsVerify: boolean
}
