// The action's CI identity in tests: a ServiceAccount bound ONLY to the rules of
// deploy/rbac.yaml, authenticated with a token from the TokenRequest API (what a CI job gets
// from its cloud's OIDC exchange or a projected token), never with admin credentials.
import {
  AuthorizationV1Api,
  CoreV1Api,
  KubeConfig,
  RbacAuthorizationV1Api,
  type KubernetesObject,
  type V1ClusterRoleBinding,
  type V1RoleBinding
} from '@kubernetes/client-node'
import { applyYaml, clusterEnv, deleteYaml, ignoring, readYamlFile, waitFor } from './cluster.js'

export interface RbacIdentity {
  /** Client config that authenticates as the ServiceAccount (bearer token). */
  kubeConfig: KubeConfig
  /** The same as a kubeconfig file's text (for a CLI run as a child process). */
  kubeconfigYaml: string
  /** `system:serviceaccount:<namespace>:<name>` */
  username: string
  namespace: string
  name: string
  /** Removes what does not go away with the namespaces (the ClusterRoleBinding). */
  cleanup(): Promise<void>
}

export interface RbacIdentityOptions {
  /** Where the template binds known-good-velero (the template's namespace `velero`). */
  veleroNamespace: string
  /** Where the template binds known-good-app (the template's `my-app`); one binding each. */
  appNamespaces: string[]
  /** Where the template binds known-good-csi-ledger (provider csi with revoke/incident). */
  csiLedgerNamespaces?: string[]
  /** Namespace of the ServiceAccount (default: the first app namespace). */
  serviceAccountNamespace?: string
  serviceAccountName?: string
  /** The rules file (default: deploy/rbac.yaml via KNOWN_GOOD_TEST_RBAC_FILE). */
  rbacFile?: string
  /**
   * Also the drill's cluster-wide binding (rbac-scope: drill) and its admission policy, made for
   * this identity (the template's user name replaced by its own).
   */
  drill?: boolean
}

/** The user name deploy/rbac.yaml's template binds (its subject, and its admission policy's). */
const TEMPLATE_USER = 'system:serviceaccount:ci:known-good'

type Binding = (V1RoleBinding | V1ClusterRoleBinding) & KubernetesObject

/**
 * Applies deploy/rbac.yaml's ClusterRoles as they are, instantiates its binding templates for
 * a new ServiceAccount (by their label known-good.dev/rbac-scope: velero | app | cluster),
 * requests a token for it and returns a client config for that identity. Waits until the
 * authorizer has seen the bindings.
 */
export async function rbacIdentity(
  admin: KubeConfig,
  opts: RbacIdentityOptions
): Promise<RbacIdentity> {
  const objects = readYamlFile(opts.rbacFile ?? clusterEnv('KNOWN_GOOD_TEST_RBAC_FILE'))
  const saNamespace = opts.serviceAccountNamespace ?? opts.appNamespaces[0]
  if (!saNamespace)
    throw new Error('rbacIdentity: give at least one app namespace or serviceAccountNamespace')
  const saName = opts.serviceAccountName ?? 'known-good'
  const subjects = [{ kind: 'ServiceAccount', name: saName, namespace: saNamespace }]

  const roles = objects.filter(o => o.kind === 'ClusterRole' || o.kind === 'Role')
  const bindings = objects.filter(
    (o): o is Binding => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding'
  )
  if (!roles.length || !bindings.length)
    throw new Error('the RBAC file has no roles or no bindings')
  await applyYaml(admin, roles)

  const core = admin.makeApiClient(CoreV1Api)
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api)
  await core.createNamespacedServiceAccount({
    namespace: saNamespace,
    body: { metadata: { name: saName } }
  })

  const clusterBindings: string[] = []
  const policies: KubernetesObject[] = []
  for (const b of bindings) {
    const scope = b.metadata?.labels?.['known-good.dev/rbac-scope']
    const body = { roleRef: b.roleRef, subjects, metadata: { labels: b.metadata?.labels } }
    if (scope === 'drill' && !opts.drill) continue
    if (b.kind === 'ClusterRoleBinding') {
      // Cluster-scoped: a unique name per identity, removed by cleanup().
      const name = `${b.metadata?.name ?? 'known-good'}-${saNamespace}-${saName}`
      await rbac.createClusterRoleBinding({
        body: { ...body, metadata: { ...body.metadata, name } }
      })
      clusterBindings.push(name)
      continue
    }
    const targets =
      scope === 'velero'
        ? [opts.veleroNamespace]
        : scope === 'app'
          ? opts.appNamespaces
          : scope === 'csi-ledger'
            ? (opts.csiLedgerNamespaces ?? [])
            : undefined
    if (!targets)
      throw new Error(
        `RoleBinding ${b.metadata?.name} has no known known-good.dev/rbac-scope label`
      )
    for (const namespace of targets) {
      await rbac.createNamespacedRoleBinding({
        namespace,
        // One binding per identity and scope, so identities (and scopes) can share a namespace.
        body: {
          ...body,
          metadata: {
            ...body.metadata,
            name: `${b.metadata?.name ?? 'known-good'}-${scope}-${saName}`
          }
        }
      })
    }
  }

  const username = `system:serviceaccount:${saNamespace}:${saName}`
  if (opts.drill) {
    // The admission policy and its binding, per identity: a unique name, its own user name.
    const suffix = `${saNamespace}-${saName}`
    for (const o of objects.filter(o =>
      /^ValidatingAdmissionPolicy(Binding)?$/.test(o.kind ?? '')
    )) {
      const text = JSON.stringify(o).split(TEMPLATE_USER).join(username)
      const copy = JSON.parse(text) as KubernetesObject & { spec?: { policyName?: string } }
      copy.metadata = { ...copy.metadata, name: `${o.metadata?.name}-${suffix}` }
      if (copy.spec?.policyName) copy.spec.policyName = `${copy.spec.policyName}-${suffix}`
      policies.push(copy)
    }
    if (policies.length !== 2)
      throw new Error('the RBAC file has no ValidatingAdmissionPolicy with its binding for drill')
    await applyYaml(admin, policies)
  }

  const token = await core.createNamespacedServiceAccountToken({
    name: saName,
    namespace: saNamespace,
    body: {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { audiences: [], expirationSeconds: 3600 }
    }
  })
  const tokenValue = token.status?.token
  if (!tokenValue) throw new Error('TokenRequest returned no token')

  const cluster = admin.getCurrentCluster()
  if (!cluster) throw new Error('the admin kubeconfig has no current cluster')
  const kc = new KubeConfig()
  kc.loadFromOptions({
    clusters: [
      {
        name: cluster.name,
        server: cluster.server,
        caData: cluster.caData,
        caFile: cluster.caFile,
        skipTLSVerify: false
      }
    ],
    users: [{ name: username, token: tokenValue }],
    contexts: [{ name: 'known-good-ci', cluster: cluster.name, user: username }],
    currentContext: 'known-good-ci'
  })

  // RBAC is enforced from an informer cache: wait until this identity's grant is visible.
  const authz = kc.makeApiClient(AuthorizationV1Api)
  const probeNamespace = opts.appNamespaces[0] ?? opts.veleroNamespace
  const probe = opts.appNamespaces[0]
    ? {
        namespace: probeNamespace,
        group: 'cert-manager.io',
        resource: 'certificates',
        verb: 'list'
      }
    : { namespace: probeNamespace, group: 'velero.io', resource: 'backups', verb: 'list' }
  await waitFor(`RBAC for ${username} to take effect`, async () => {
    const r = await authz.createSelfSubjectAccessReview({
      body: { spec: { resourceAttributes: probe } }
    })
    return r.status?.allowed === true
  })

  return {
    kubeConfig: kc,
    kubeconfigYaml: kc.exportConfig(),
    username,
    namespace: saNamespace,
    name: saName,
    cleanup: async () => {
      for (const name of clusterBindings)
        await ignoring([404], () => rbac.deleteClusterRoleBinding({ name }))
      if (policies.length) await deleteYaml(admin, policies)
    }
  }
}
