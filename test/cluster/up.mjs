#!/usr/bin/env node
// npm run cluster:up [-- --no-workloads] [--no-cert-manager]
// Starts a control plane for a person (demo, local trials) that keeps running after this
// script exits; `npm run cluster:down` stops it and removes its files.
import fs from 'node:fs'
import path from 'node:path'
import { ensureBuilt, UP_POINTER as POINTER } from './build.mjs'
import { alive, describePlane, startControlPlane } from './controlplane.mjs'

async function main() {
  const workloads = !process.argv.includes('--no-workloads')
  const certManager = !process.argv.includes('--no-cert-manager')
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
    owned: false,
    log: m => process.stderr.write(`[cluster] ${m}\n`)
  })
  fs.mkdirSync(path.dirname(POINTER), { recursive: true })
  fs.writeFileSync(POINTER, JSON.stringify({ dir: state.dir }) + '\n')
  const v = manifest.versions
  process.stdout.write(`
Kubernetes ${state.serverVersion} (etcd ${v.etcd}${workloads ? `, kwok ${v.kwok}: node ${'kwok-node-0'} runs pods without containers` : ''}${certManager ? `, cert-manager ${v.certManager}: SelfSigned and CA issuers` : ''}) is up at ${state.server}

  kubeconfig (admin):  ${state.kubeconfig}
  logs:                ${path.join(state.dir, 'logs')}

Use it:
  export KUBECONFIG=${state.kubeconfig}
  kubectl get --raw /version
  kubectl get crds
  kubectl create namespace velero && kubectl -n velero get backups

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
