import type { ClusterApi, SignedUrlReader } from '../cluster/api.js'
import { CsiSnapshotProvider } from './csi.js'
import { recordKeys } from './label-contract.js'
import type { BackupTarget } from './model.js'
import type { BackupProvider } from './provider.js'
import { VeleroProvider } from './velero.js'

/** The one place that knows every provider. */
export function createProvider(
  api: ClusterApi,
  target: BackupTarget,
  options: { snapshotClass?: string; now?: () => Date; reader?: SignedUrlReader } = {}
): BackupProvider {
  const keys = recordKeys(target.labelPrefix)
  switch (target.provider) {
    case 'velero':
      return new VeleroProvider(api, target.namespace, keys, options.now, {
        reader: options.reader
      })
    case 'csi':
      return new CsiSnapshotProvider(
        api,
        target.namespace,
        keys,
        options.snapshotClass,
        options.now
      )
  }
}
