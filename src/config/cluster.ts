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

function parseLabelPrefix(reader: InputReader): string {
  const labelPrefix = reader.string('label-prefix')
  if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?$/.test(labelPrefix) || labelPrefix.length > 254) {
    reader.fail(
      'label-prefix',
      labelPrefix,
      'expected a DNS subdomain followed by /, e.g. known-good.dev/'
    )
  }
  return labelPrefix
}

export function parseBackupTarget(reader: InputReader): BackupTarget {
  const labelPrefix = parseLabelPrefix(reader)
  return {
    provider: reader.enum('provider'),
    namespace: reader.string('backup-namespace'),
    labelPrefix
  }
}

/** The backup target of a command that knows Velero only (health, drill): no provider input. */
export function parseVeleroTarget(reader: InputReader): BackupTarget {
  const labelPrefix = parseLabelPrefix(reader)
  return { provider: 'velero', namespace: reader.string('backup-namespace'), labelPrefix }
}
