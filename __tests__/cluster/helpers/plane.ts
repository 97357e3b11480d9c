// A control plane of a test file's own, without the storage layer: for tests where the test
// backup controller acts as the CSI snapshotter. In the shared plane the real snapshot-controller
// acts on every VolumeSnapshot of every namespace (it has no namespace option) and the default
// StorageClass provisions every PVC without a class, so the two would write the same objects.
import { KubeConfig } from '@kubernetes/client-node'
import { ensureBuilt } from '../../../test/cluster/build.mjs'
import { startControlPlane, stopControlPlane } from '../../../test/cluster/controlplane.mjs'

export interface OwnPlane {
  dir: string
  kubeconfig: string
  kc: KubeConfig
  stop(): Promise<void>
}

/** etcd, kube-apiserver and the upstream CRDs; no controllers, no storage layer. */
export async function startPlaneWithoutStorage(): Promise<OwnPlane> {
  const manifest = await ensureBuilt({ quiet: true })
  const state = await startControlPlane(manifest, {
    workloads: false,
    certManager: false,
    velero: false,
    storage: false,
    owned: true
  })
  const kc = new KubeConfig()
  kc.loadFromFile(state.kubeconfig)
  return {
    dir: state.dir,
    kubeconfig: state.kubeconfig,
    kc,
    stop: async () => {
      await stopControlPlane(state.dir)
    }
  }
}
