import type { BackupTarget } from '../backup/model.js'
import type { ClusterConnection } from '../cluster/api.js'
import type { InputReader } from './reader.js'

/** How to reach the cluster, as the user gave it. */
export function parseConnection(reader: InputReader): ClusterConnection {
  const connection: ClusterConnection = {
    insecureSkipTlsVerify: reader.boolean('insecure-skip-tls-verify')
  }
  const kubeconfig = reader.string('kubeconfig')
  const kubeconfigPath = reader.string('kubeconfig-path')
  const context = reader.string('context')
  if (kubeconfig) connection.kubeconfig = kubeconfig
  if (kubeconfigPath) connection.kubeconfigPath = kubeconfigPath
  if (context) connection.context = context
  return connection
}

export function parseBackupTarget(reader: InputReader): BackupTarget {
  const labelPrefix = reader.string('label-prefix')
  if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?$/.test(labelPrefix) || labelPrefix.length > 254) {
    reader.fail(
      'label-prefix',
      labelPrefix,
      'expected a DNS subdomain followed by /, e.g. known-good.dev/'
    )
  }
  return {
    provider: reader.enum('provider'),
    namespace: reader.string('backup-namespace'),
    labelPrefix
  }
}
