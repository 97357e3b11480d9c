import type { KubeConfig } from '@kubernetes/client-node'
import {
  AppsV1Api,
  AuthenticationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubernetesObjectApi,
  PatchStrategy,
  RbacAuthorizationV1Api,
  setHeaderOptions
} from '@kubernetes/client-node'
import { ConfigurationError, getErrorMessage, ServiceUnreachableError } from '../errors.js'
import type { ClusterApi, ConfigMap, KubeObject, ResourceRef, WorkloadKind } from './api.js'
import { apiStatus, ClusterApiError } from './api.js'

function apiMessage(error: unknown): string {
  const body = (error as { body?: unknown } | null)?.body
  if (typeof body === 'string') {
    try {
      const parsed = JSON.parse(body) as { message?: unknown }
      if (typeof parsed.message === 'string') return parsed.message
    } catch {
      return body.slice(0, 500)
    }
  }
  const message = (body as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : getErrorMessage(error)
}

/** Node's codes for a server that cannot be reached or spoken to (net, dns, tls). */
const TRANSPORT_CODES = new Map<string, string>([
  ['ECONNREFUSED', 'connection refused'],
  ['ECONNRESET', 'connection reset'],
  ['ENOTFOUND', 'no such host (DNS)'],
  ['EAI_AGAIN', 'DNS lookup failed for now'],
  ['ETIMEDOUT', 'timed out'],
  ['EHOSTUNREACH', 'host unreachable'],
  ['ENETUNREACH', 'network unreachable'],
  ['EPIPE', 'connection closed'],
  ['UND_ERR_CONNECT_TIMEOUT', 'connect timed out'],
  ['UND_ERR_HEADERS_TIMEOUT', 'no answer in time'],
  ['UND_ERR_BODY_TIMEOUT', 'the answer stalled'],
  ['UND_ERR_SOCKET', 'connection closed'],
  ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS: the server certificate is self-signed and not trusted'],
  ['SELF_SIGNED_CERT_IN_CHAIN', 'TLS: a self-signed certificate in the chain is not trusted'],
  ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS: the server certificate cannot be verified'],
  ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'TLS: the issuer of the server certificate is unknown'],
  ['CERT_HAS_EXPIRED', 'TLS: the server certificate has expired'],
  ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS: the server certificate is for another name']
])

/** The transport failure behind an error (a `fetch failed` keeps it in its cause chain). */
export function transportFailure(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && TRANSPORT_CODES.has(code))
      return `${TRANSPORT_CODES.get(code)} (${code})`
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * Turns what the API server refused into an error that says what to change. 403 names the verb
 * and resource the identity lacks (the server's own words) and where the minimal rules are. A
 * server that cannot be reached, or refuses the credentials, is a `ServiceUnreachableError`
 * naming the server (ARCHITECTURE.md, "Errors").
 */
export function explainApiError(error: unknown, doing: string, server = 'its address'): Error {
  const status = apiStatus(error)
  const transport = status === undefined ? transportFailure(error) : undefined
  if (transport !== undefined)
    return new ServiceUnreachableError('kubernetes', server, `${doing}: ${transport}`, {
      cause: error
    })
  const message = apiMessage(error)
  if (status === 401)
    return new ServiceUnreachableError(
      'kubernetes',
      server,
      `${doing}: the cluster refused the credentials (401: ${message}); check the kubeconfig or token`,
      { cause: error }
    )
  if (status === 403) {
    return new ConfigurationError(
      `${doing}: permission denied (403: ${message}). Grant the CI identity the rules in deploy/rbac.yaml.`
    )
  }
  if (status === 404 && /the server could not find the requested resource/i.test(message)) {
    return new ConfigurationError(
      `${doing}: the cluster does not serve this resource (${message}); is the operator (Velero, the CSI snapshot CRDs, cert-manager) installed?`
    )
  }
  if (status === 422 || status === 400)
    return new ConfigurationError(
      `${doing}: the API server rejected the object (${status}: ${message})`
    )
  return new ClusterApiError(`${doing}: ${status ? `HTTP ${status}: ` : ''}${message}`, status, {
    cause: error
  })
}

const MERGE_PATCH = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)
const STRATEGIC_MERGE_PATCH = setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch)

function items(list: unknown): KubeObject[] {
  return ((list as { items?: KubeObject[] }).items ?? []) as KubeObject[]
}

export function clusterApi(kubeConfig: KubeConfig): ClusterApi {
  const custom = kubeConfig.makeApiClient(CustomObjectsApi)
  const core = kubeConfig.makeApiClient(CoreV1Api)
  const apps = kubeConfig.makeApiClient(AppsV1Api)
  const rbac = kubeConfig.makeApiClient(RbacAuthorizationV1Api)
  const authn = kubeConfig.makeApiClient(AuthenticationV1Api)
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig)
  const plural = (kind: WorkloadKind) => `${kind.toLowerCase()}s`
  const server = kubeConfig.getCurrentCluster()?.server
  const explain = (error: unknown, doing: string) => explainApiError(error, doing, server)
  const call = async <T>(doing: string, request: () => Promise<T>): Promise<T> => {
    try {
      return await request()
    } catch (error) {
      throw explain(error, doing)
    }
  }
  const orUndefined = async <T>(
    doing: string,
    request: () => Promise<T>
  ): Promise<T | undefined> => {
    try {
      return await request()
    } catch (error) {
      if (apiStatus(error) === 404) return undefined
      throw explain(error, doing)
    }
  }
  const name = (ref: ResourceRef) => `${ref.plural}.${ref.group} in namespace ${ref.namespace}`
  return {
    list: (ref, labelSelector) =>
      call(`listing ${name(ref)}`, async () =>
        items(
          await custom.listNamespacedCustomObject({
            ...ref,
            ...(labelSelector ? { labelSelector } : {})
          })
        )
      ),
    get: async (ref, objectName) => {
      try {
        return (await custom.getNamespacedCustomObject({ ...ref, name: objectName })) as KubeObject
      } catch (error) {
        if (
          apiStatus(error) === 404 &&
          !/could not find the requested resource/i.test(apiMessage(error))
        )
          return undefined
        throw explain(error, `reading ${objectName} (${name(ref)})`)
      }
    },
    create: (ref, body) =>
      call(
        `creating ${body.metadata.name} (${name(ref)})`,
        async () => (await custom.createNamespacedCustomObject({ ...ref, body })) as KubeObject
      ),
    mergePatch: (ref, objectName, patch) =>
      call(
        `updating ${objectName} (${name(ref)})`,
        async () =>
          (await custom.patchNamespacedCustomObject(
            { ...ref, name: objectName, body: patch },
            MERGE_PATCH
          )) as KubeObject
      ),
    mergePatchStatus: (ref, objectName, patch) =>
      call(
        `updating the status of ${objectName} (${name(ref)})`,
        async () =>
          (await custom.patchNamespacedCustomObjectStatus(
            { ...ref, name: objectName, body: patch },
            MERGE_PATCH
          )) as KubeObject
      ),
    delete: async (ref, objectName) => {
      try {
        await custom.deleteNamespacedCustomObject({ ...ref, name: objectName })
      } catch (error) {
        if (apiStatus(error) === 404) return
        throw explain(error, `deleting ${objectName} (${name(ref)})`)
      }
    },
    getSecret: (namespace, secretName) =>
      orUndefined(
        `reading secret ${secretName} in namespace ${namespace}`,
        async () =>
          (await core.readNamespacedSecret({
            namespace,
            name: secretName
          })) as unknown as KubeObject & { data?: Record<string, string> }
      ),
    getConfigMap: (namespace, configMap) =>
      orUndefined(
        `reading configmap ${configMap} in namespace ${namespace}`,
        async () =>
          (await core.readNamespacedConfigMap({ namespace, name: configMap })) as ConfigMap
      ),
    createConfigMap: (namespace, body) =>
      call(
        `creating configmap ${body.metadata.name} in namespace ${namespace}`,
        async () =>
          (await core.createNamespacedConfigMap({ namespace, body: body as never })) as ConfigMap
      ),
    replaceConfigMap: (namespace, body) =>
      call(
        `updating configmap ${body.metadata.name} in namespace ${namespace}`,
        async () =>
          (await core.replaceNamespacedConfigMap({
            namespace,
            name: body.metadata.name,
            body: body as never
          })) as ConfigMap
      ),
    listWorkloads: (kind, namespace) =>
      call(`listing ${plural(kind)} in namespace ${namespace}`, async () => {
        if (kind === 'Deployment') return items(await apps.listNamespacedDeployment({ namespace }))
        if (kind === 'StatefulSet')
          return items(await apps.listNamespacedStatefulSet({ namespace }))
        return items(await apps.listNamespacedDaemonSet({ namespace }))
      }),
    getWorkload: (kind, namespace, workload) =>
      orUndefined(
        `reading ${kind.toLowerCase()} ${workload} in namespace ${namespace}`,
        async () => {
          if (kind === 'Deployment')
            return (await apps.readNamespacedDeployment({
              namespace,
              name: workload
            })) as unknown as KubeObject
          if (kind === 'StatefulSet')
            return (await apps.readNamespacedStatefulSet({
              namespace,
              name: workload
            })) as unknown as KubeObject
          return (await apps.readNamespacedDaemonSet({
            namespace,
            name: workload
          })) as unknown as KubeObject
        }
      ),
    patchWorkload: (kind, namespace, workload, patch) =>
      call(`restarting ${kind.toLowerCase()} ${workload} in namespace ${namespace}`, async () => {
        const param = { namespace, name: workload, body: patch }
        if (kind === 'Deployment')
          return (await apps.patchNamespacedDeployment(
            param,
            STRATEGIC_MERGE_PATCH
          )) as unknown as KubeObject
        if (kind === 'StatefulSet')
          return (await apps.patchNamespacedStatefulSet(
            param,
            STRATEGIC_MERGE_PATCH
          )) as unknown as KubeObject
        return (await apps.patchNamespacedDaemonSet(
          param,
          STRATEGIC_MERGE_PATCH
        )) as unknown as KubeObject
      }),
    whoAmI: () =>
      call('asking the API server who this identity is (SelfSubjectReview)', async () => {
        const review = await authn.createSelfSubjectReview({
          body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }
        })
        const username = review.status?.userInfo?.username
        if (!username) throw new Error('the SelfSubjectReview names no user')
        return username
      }),
    createNamespace: body =>
      call(
        `creating namespace ${body.metadata.name}`,
        async () => (await core.createNamespace({ body: body as never })) as unknown as KubeObject
      ),
    deleteNamespace: async namespace => {
      await orUndefined(`deleting namespace ${namespace}`, () =>
        core.deleteNamespace({ name: namespace })
      )
    },
    createRoleBinding: (namespace, body) =>
      call(
        `creating rolebinding ${body.metadata.name} in namespace ${namespace}`,
        async () =>
          (await rbac.createNamespacedRoleBinding({
            namespace,
            body: body as never
          })) as unknown as KubeObject
      ),
    getObject: (type, namespace, objectName) =>
      orUndefined(
        `reading ${type.kind} ${objectName} in namespace ${namespace}`,
        async () =>
          (await objects.read({
            apiVersion: type.apiVersion,
            kind: type.kind,
            metadata: { name: objectName, namespace }
          })) as unknown as KubeObject
      ),
    listPersistentVolumeClaims: (namespace, labelSelector) =>
      call(`listing persistentvolumeclaims in namespace ${namespace}`, async () =>
        items(
          await core.listNamespacedPersistentVolumeClaim({
            namespace,
            ...(labelSelector ? { labelSelector } : {})
          })
        )
      ),
    createPersistentVolumeClaim: (namespace, body) =>
      call(
        `creating persistentvolumeclaim ${body.metadata.name} in namespace ${namespace}`,
        async () =>
          (await core.createNamespacedPersistentVolumeClaim({
            namespace,
            body: body as never
          })) as unknown as KubeObject
      )
  }
}
