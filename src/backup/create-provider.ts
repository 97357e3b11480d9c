import type { ClusterApi } from '../cluster/client.js'
import type { ClusterConfig } from '../config.js'
import { CsiSnapshotProvider } from './csi.js'
import { recordKeys } from './keys.js'
import type { BackupProvider } from './provider.js'
import { VeleroProvider } from './velero.js'

/** The one place that knows every provider. */
export function createProvider(
  api: ClusterApi,
  cluster: ClusterConfig,
  options: { snapshotClass?: string; now?: () => Date } = {}
): BackupProvider {
  const keys = recordKeys(cluster.labelPrefix)
  switch (cluster.provider) {
    case 'velero':
      return new VeleroProvider(api, cluster.namespace, keys, options.now)
    case 'csi':
      return new CsiSnapshotProvider(
        api,
        cluster.namespace,
        keys,
        options.snapshotClass,
        options.now
      )
  }
}
