import { existsSync } from 'node:fs'
import { KubeConfig } from '@kubernetes/client-node'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import type { ClusterConnection } from './api.js'

function decode(content: string): string {
  const trimmed = content.trim()
  if (
    /^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(trimmed) ||
    trimmed.startsWith('{')
  )
    return trimmed
  const decoded = Buffer.from(trimmed, 'base64').toString('utf8')
  if (/^(apiVersion|kind|clusters|contexts|users)\s*:/m.test(decoded)) return decoded
  throw new ConfigurationError("input 'kubeconfig' is neither kubeconfig YAML nor base64 of it")
}

/** Every secret in a kubeconfig, in the forms it may be printed (as is, and base64-decoded). */
function secretsOf(kubeConfig: KubeConfig): string[] {
  const secrets: string[] = []
  for (const user of kubeConfig.getUsers()) {
    for (const value of [user.token, user.password, user.keyData, user.certData]) {
      if (typeof value === 'string' && value.length >= 8) {
        secrets.push(value)
        const decoded = Buffer.from(value, 'base64').toString('utf8')
        if (/PRIVATE KEY|CERTIFICATE/.test(decoded))
          secrets.push(
            ...decoded.split('\n').filter(line => line.length >= 16 && !line.startsWith('-----'))
          )
      }
    }
  }
  return secrets
}

/**
 * Builds the one KubeConfig of a run: the `kubeconfig` input (content), else `kubeconfig-path`,
 * else $KUBECONFIG (what azure/aks-set-context, google-github-actions/get-gke-credentials and
 * aws eks update-kubeconfig export), else the in-cluster service account. Secrets are masked
 * before anything could print them. TLS is verified unless explicitly, and loudly, disabled.
 */
export function connectCluster(
  connection: ClusterConnection,
  env: Record<string, string | undefined>,
  logger: Logger
): KubeConfig {
  const kubeConfig = new KubeConfig()
  try {
    if (connection.kubeconfig) {
      logger.mask(connection.kubeconfig.trim())
      kubeConfig.loadFromString(decode(connection.kubeconfig))
    } else if (connection.kubeconfigPath) {
      if (!existsSync(connection.kubeconfigPath))
        throw new ConfigurationError(`kubeconfig-path ${connection.kubeconfigPath} does not exist`)
      kubeConfig.loadFromFile(connection.kubeconfigPath)
    } else if (env.KUBECONFIG) {
      const first = env.KUBECONFIG.split(':').find(path => existsSync(path))
      if (!first)
        throw new ConfigurationError(`KUBECONFIG names no existing file (${env.KUBECONFIG})`)
      kubeConfig.loadFromFile(first)
    } else if (
      env.KUBERNETES_SERVICE_HOST &&
      existsSync('/var/run/secrets/kubernetes.io/serviceaccount/token')
    ) {
      kubeConfig.loadFromCluster()
    } else {
      throw new ConfigurationError(
        'no cluster to talk to: give the kubeconfig input (secret content), kubeconfig-path, or set KUBECONFIG (e.g. with azure/aks-set-context)'
      )
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(`the kubeconfig cannot be read: ${getErrorMessage(error)}`)
  }
  for (const secret of secretsOf(kubeConfig)) logger.mask(secret)
  if (connection.context) {
    if (!kubeConfig.getContextObject(connection.context)) {
      const known = kubeConfig
        .getContexts()
        .map(c => c.name)
        .join(', ')
      throw new ConfigurationError(
        `context ${JSON.stringify(connection.context)} is not in the kubeconfig (it has: ${known || 'none'})`
      )
    }
    kubeConfig.setCurrentContext(connection.context)
  }
  const cluster = kubeConfig.getCurrentCluster()
  if (!cluster)
    throw new ConfigurationError(
      'the kubeconfig has no current cluster: set its current-context or the context input'
    )
  if (connection.insecureSkipTlsVerify) {
    logger.warning(
      `insecure-skip-tls-verify is on: the API server at ${cluster.server} is not authenticated, anyone on the path can read and change what is sent`
    )
    kubeConfig.clusters = kubeConfig.clusters.map(c =>
      c.name === cluster.name ? { ...c, skipTLSVerify: true } : c
    )
  } else if (cluster.skipTLSVerify) {
    throw new ConfigurationError(
      `the kubeconfig disables TLS verification for ${cluster.server}; remove insecure-skip-tls-verify from it, or set the insecure-skip-tls-verify input to accept the risk explicitly`
    )
  }
  return kubeConfig
}
