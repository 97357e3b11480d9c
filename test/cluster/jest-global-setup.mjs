// Jest globalSetup of the `cluster` project: builds (or finds cached) binaries, starts etcd +
// kube-apiserver (+ controller-manager, scheduler and kwok, see below) on
// random 127.0.0.1 ports in a temp dir, installs the upstream CRDs and exports for the tests:
//
//   KNOWN_GOOD_TEST_KUBECONFIG          admin kubeconfig (system:masters client certificate)
//   KNOWN_GOOD_TEST_CLUSTER_DIR         the plane's dir (state.json, logs/, pki/)
//   KNOWN_GOOD_TEST_CLUSTER_WORKLOADS   "1" when Deployments really roll out, else "0"
//   KNOWN_GOOD_TEST_KUBERNETES_VERSION  what /version reports, e.g. v1.37.2
//   KNOWN_GOOD_TEST_RBAC_FILE           deploy/rbac.yaml, the rules the action's identity gets
//   KNOWN_GOOD_TEST_CERT_MANAGER        "1" when cert-manager's controllers run, else "0"
//   KNOWN_GOOD_TEST_CERT_MANAGER_NAMESPACE  its --cluster-resource-namespace (ClusterIssuer Secrets)
//   KNOWN_GOOD_TEST_VELERO              "1" when Velero and its object store run, else "0"
//   KNOWN_GOOD_TEST_VELERO_NAMESPACE    Velero's namespace (velero): its Backups and Restores
//   KNOWN_GOOD_TEST_OBJECT_STORE_URL    versitygw's S3 endpoint (http://127.0.0.1:PORT)
//   KNOWN_GOOD_TEST_OBJECT_STORE_DIR    its posix root: <dir>/<bucket>/<key> are the objects
//   KNOWN_GOOD_TEST_OBJECT_STORE_REGION the region it and the BackupStorageLocation use
//   KNOWN_GOOD_TEST_BUCKET              the bucket of the BackupStorageLocation `default`
//   KNOWN_GOOD_TEST_OBJECT_STORE_CREDENTIALS  AWS shared credentials file with its keys
//   KNOWN_GOOD_TEST_STORAGE             "1" when the storage layer runs, else "0"
//   KNOWN_GOOD_TEST_STORAGE_DIR         the CSI driver's storage dir (volumes/<handle>/, snapshots/)
//   KNOWN_GOOD_TEST_CSI_DRIVER          the driver's name (dir.csi.known-good.dev)
//   KNOWN_GOOD_TEST_STORAGE_CLASS       the default StorageClass of that driver
//   KNOWN_GOOD_TEST_SNAPSHOT_CLASS      its VolumeSnapshotClass (default; labelled for Velero)
//
// kube-controller-manager, kube-scheduler and kwok start by default: measured, they add about
// 1.5-2 s to a 3-5 s start and ~260 MiB. KNOWN_GOOD_CLUSTER_WORKLOADS=0 leaves them out
// (tests that need rollouts then skip: see workloadsRunning() in the test helpers).
// cert-manager's controllers (test/cluster/cert-manager/main.go) start by default too:
// measured, they add about 0.5 s to the start (they are ready ~1.1 s after the CRDs: the API
// server answers watches of a new CRD with 429 until its watch cache is ready) and ~70 MiB.
// KNOWN_GOOD_CLUSTER_CERT_MANAGER=0 leaves them out (tests that need them then skip: see
// certManagerRunning() in the test helpers).
// Velero (`velero server` out of cluster, test/cluster/velero.mjs) and versitygw start by
// default too; KNOWN_GOOD_CLUSTER_VELERO=0 leaves them out (tests that need them then skip: see
// veleroRunning() in the test helpers). Only one Velero runs per machine (it binds :8080):
// a second suite waits up to KNOWN_GOOD_CLUSTER_VELERO_LOCK_WAIT seconds (default 120) for it.
// The storage layer (test/cluster/storage.mjs: dir-csi-driver, csi-provisioner, csi-snapshotter,
// snapshot-controller) starts by default when workloads run; KNOWN_GOOD_CLUSTER_STORAGE=0 leaves
// it out (tests that need it then skip: see storageRunning() in the test helpers).
// KNOWN_GOOD_CLUSTER_STATS=1 prints the peak memory of each process at teardown.
// KNOWN_GOOD_TEST_CLUSTER_DIR set beforehand (from `npm run cluster:up`) reuses that plane
// and leaves it running afterwards.
import path from 'node:path'
import { ensureBuilt, REPO_ROOT } from './build.mjs'
import { CERT_MANAGER_NAMESPACE, describePlane, startControlPlane } from './controlplane.mjs'

export const RBAC_FILE = path.join(REPO_ROOT, 'deploy', 'rbac.yaml')

export function workloadsWanted(env = process.env) {
  return env.KNOWN_GOOD_CLUSTER_WORKLOADS !== '0'
}

export function certManagerWanted(env = process.env) {
  return env.KNOWN_GOOD_CLUSTER_CERT_MANAGER !== '0'
}

export function storageWanted(env = process.env) {
  return env.KNOWN_GOOD_CLUSTER_STORAGE !== '0' && workloadsWanted(env)
}

export function veleroWanted(env = process.env) {
  if (env.KNOWN_GOOD_CLUSTER_VELERO === '0') return false
  const raw = env.KNOWN_GOOD_CLUSTER_VELERO_LOCK_WAIT
  const seconds = raw === undefined || raw === '' ? 120 : Number(raw)
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new Error(
      `KNOWN_GOOD_CLUSTER_VELERO_LOCK_WAIT=${JSON.stringify(raw)}: give a number of seconds, e.g. 120`
    )
  return { lockWaitMs: seconds * 1000 }
}

function exportPlane(state) {
  process.env.KNOWN_GOOD_TEST_KUBECONFIG = state.kubeconfig
  process.env.KNOWN_GOOD_TEST_CLUSTER_DIR = state.dir
  process.env.KNOWN_GOOD_TEST_CLUSTER_WORKLOADS = state.workloads ? '1' : '0'
  process.env.KNOWN_GOOD_TEST_KUBERNETES_VERSION = state.serverVersion ?? ''
  process.env.KNOWN_GOOD_TEST_RBAC_FILE = RBAC_FILE
  process.env.KNOWN_GOOD_TEST_CERT_MANAGER = state.certManager ? '1' : '0'
  process.env.KNOWN_GOOD_TEST_CERT_MANAGER_NAMESPACE = CERT_MANAGER_NAMESPACE
  const v = state.velero
  process.env.KNOWN_GOOD_TEST_VELERO = v?.running ? '1' : '0'
  if (v?.running) {
    process.env.KNOWN_GOOD_TEST_VELERO_NAMESPACE = v.namespace
    process.env.KNOWN_GOOD_TEST_OBJECT_STORE_URL = v.objectStore.url
    process.env.KNOWN_GOOD_TEST_OBJECT_STORE_DIR = v.objectStore.dir
    process.env.KNOWN_GOOD_TEST_OBJECT_STORE_REGION = v.objectStore.region
    process.env.KNOWN_GOOD_TEST_BUCKET = v.bucket
    process.env.KNOWN_GOOD_TEST_OBJECT_STORE_CREDENTIALS = v.credentialsFile
  }
  const s = state.storage
  process.env.KNOWN_GOOD_TEST_STORAGE = s?.running ? '1' : '0'
  if (s?.running) {
    process.env.KNOWN_GOOD_TEST_STORAGE_DIR = s.dir
    process.env.KNOWN_GOOD_TEST_CSI_DRIVER = s.driverName
    process.env.KNOWN_GOOD_TEST_STORAGE_CLASS = s.storageClass
    process.env.KNOWN_GOOD_TEST_SNAPSHOT_CLASS = s.snapshotClass
  }
}

export default async function globalSetup() {
  // Two Jest projects (the product's cluster tests and the plane's own) share one plane.
  if (globalThis.__knownGoodCluster) {
    globalThis.__knownGoodCluster.users++
    return
  }
  const log = m => process.stderr.write(`[cluster] ${m}\n`)
  const reuse = process.env.KNOWN_GOOD_TEST_CLUSTER_DIR
  if (reuse) {
    const state = describePlane(reuse)
    if (!state?.kubeconfig)
      throw new Error(`KNOWN_GOOD_TEST_CLUSTER_DIR=${reuse} holds no running control plane`)
    exportPlane(state)
    globalThis.__knownGoodCluster = { dir: reuse, reused: true, users: 1 }
    log(`reusing the control plane in ${reuse}`)
    return
  }
  const manifest = await ensureBuilt()
  const state = await startControlPlane(manifest, {
    workloads: workloadsWanted(),
    certManager: certManagerWanted(),
    velero: veleroWanted(),
    storage: storageWanted(),
    owned: true,
    log
  })
  exportPlane(state)
  globalThis.__knownGoodCluster = { dir: state.dir, reused: false, users: 1 }
}
