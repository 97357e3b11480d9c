#!/usr/bin/env node
// npm run cluster:up [-- --no-workloads] [--no-cert-manager] [--no-velero] [--no-storage] [--json]
// Starts a control plane for a person (demo, local trials) that keeps running after this
// script exits; `npm run cluster:down` stops it and removes its files.
// --json: one JSON object on stdout (kubeconfig, dir, veleroNamespace, bucket, objectStoreUrl,
// objectStoreDir, credentialsFile, storageDir, storageClass, ...) instead of the text; progress
// goes to stderr either way.
import fs from 'node:fs'
import path from 'node:path'
import { ensureBuilt, UP_POINTER as POINTER } from './build.mjs'
import { alive, describePlane, startControlPlane } from './controlplane.mjs'

const KNOWN = new Set([
  '--no-workloads',
  '--no-cert-manager',
  '--no-velero',
  '--no-storage',
  '--json'
])

async function main() {
  const args = process.argv.slice(2)
  const unknown = args.filter(a => !KNOWN.has(a))
  if (unknown.length) {
    process.stderr.write(
      `cluster:up: unknown option ${unknown[0]} (known: ${[...KNOWN].join(', ')})\n`
    )
    process.exit(2)
  }
  const workloads = !args.includes('--no-workloads')
  const certManager = !args.includes('--no-cert-manager')
  const velero = !args.includes('--no-velero')
  // The storage layer needs workloads (kube-controller-manager binds PVCs).
  const storage = !args.includes('--no-storage') && workloads
  const json = args.includes('--json')
  if (fs.existsSync(POINTER)) {
    const { dir } = JSON.parse(fs.readFileSync(POINTER, 'utf8'))
    const state = describePlane(dir)
    if (state && state.processes.some(p => alive(p.pid))) {
      process.stderr.write(
        `A control plane is already up (${dir}); run npm run cluster:down first.\n`
      )
      process.exit(1)
    }
    fs.rmSync(POINTER, { force: true })
  }
  const manifest = await ensureBuilt()
  const state = await startControlPlane(manifest, {
    workloads,
    certManager,
    velero,
    storage,
    owned: false,
    log: m => process.stderr.write(`[cluster] ${m}\n`)
  })
  fs.mkdirSync(path.dirname(POINTER), { recursive: true })
  fs.writeFileSync(POINTER, JSON.stringify({ dir: state.dir }) + '\n')
  const v = manifest.versions
  const vel = state.velero
  const sto = state.storage
  if (json) {
    process.stdout.write(
      JSON.stringify({
        kubeconfig: state.kubeconfig,
        dir: state.dir,
        server: state.server,
        kubernetesVersion: state.serverVersion,
        logs: path.join(state.dir, 'logs'),
        workloads,
        certManager,
        velero: Boolean(vel?.running),
        ...(vel?.running
          ? {
              veleroNamespace: vel.namespace,
              veleroVersion: v.velero,
              bucket: vel.bucket,
              objectStoreUrl: vel.objectStore.url,
              objectStoreDir: vel.objectStore.dir,
              objectStoreRegion: vel.objectStore.region,
              credentialsFile: vel.credentialsFile
            }
          : {}),
        storage: Boolean(sto?.running),
        ...(sto?.running
          ? {
              storageDir: sto.dir,
              csiDriver: sto.driverName,
              storageClass: sto.storageClass,
              snapshotClass: sto.snapshotClass,
              externalProvisionerVersion: v.externalProvisioner,
              externalSnapshotterVersion: v.externalSnapshotter
            }
          : {})
      }) + '\n'
    )
    return
  }
  process.stdout.write(`
Kubernetes ${state.serverVersion} (etcd ${v.etcd}${workloads ? `, kwok ${v.kwok}: node ${'kwok-node-0'} runs pods without containers` : ''}${certManager ? `, cert-manager ${v.certManager}: SelfSigned and CA issuers` : ''}${vel?.running ? `, Velero ${v.velero} in namespace ${vel.namespace}` : ''}${sto?.running ? `, CSI driver ${sto.driverName} with external-provisioner ${v.externalProvisioner} and external-snapshotter ${v.externalSnapshotter}` : ''}) is up at ${state.server}

  kubeconfig (admin):  ${state.kubeconfig}
  logs:                ${path.join(state.dir, 'logs')}
${
  vel?.running
    ? `  object store:        ${vel.objectStore.url} (versitygw ${v.versitygw}, bucket ${vel.bucket}; files under ${vel.objectStore.dir})
  S3 credentials:      ${vel.credentialsFile} (AWS shared credentials file)
`
    : ''
}${
    sto?.running
      ? `  volumes:             ${sto.dir}/volumes/<volume handle>/ (StorageClass ${sto.storageClass}, the default; never mounted: no kubelet)
  snapshots:           ${sto.dir}/snapshots/ (VolumeSnapshotClass ${sto.snapshotClass})
`
      : ''
  }
Use it:
  export KUBECONFIG=${state.kubeconfig}
  kubectl get --raw /version
  kubectl get crds
${sto?.running ? '  kubectl get storageclasses,volumesnapshotclasses,pvc,pv,volumesnapshots -A\n' : ''}${vel?.running ? `  kubectl -n ${vel.namespace} get backupstoragelocations,backups,restores` : '  kubectl create namespace velero && kubectl -n velero get backups'}

Run the cluster tests against it (faster than a fresh plane per run):
  KNOWN_GOOD_TEST_CLUSTER_DIR=${state.dir} node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects cluster

Stop it and remove its files:
  npm run cluster:down
`)
}

main().catch(e => {
  process.stderr.write(`[cluster:up] ${e.stack ?? e}\n`)
  process.exit(1)
})
