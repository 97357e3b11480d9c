import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  VersionApi,
  setHeaderOptions
} from '@kubernetes/client-node'
import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeVerdictFile } from '../helpers/verdict.js'
import { runCommand } from './helpers/run-command.js'

// A control plane of its own: restarting the shared one would disturb the other test files.
jest.setTimeout(120_000)

interface PlaneState {
  dir: string
  kubeconfig: string
  processes: { name: string; pid: number; bin: string; log: string }[]
}

interface PlaneModule {
  startControlPlane(manifest: unknown, options: object): Promise<PlaneState>
  stopControlPlane(dir: string): Promise<void>
}

async function loadPlane(): Promise<{
  plane: PlaneModule
  build: { ensureBuilt(options: object): Promise<unknown> }
}> {
  const plane = (await import(resolve('test/cluster/controlplane.mjs'))) as PlaneModule
  const build = (await import(resolve('test/cluster/build.mjs'))) as {
    ensureBuilt(options: object): Promise<unknown>
  }
  return { plane, build }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Kills kube-apiserver and starts it again with the same command line (etcd keeps the state). */
async function restartApiServer(
  dir: string,
  kubeConfig: KubeConfig,
  downMs: number
): Promise<void> {
  const statePath = join(dir, 'state.json')
  const state = JSON.parse(readFileSync(statePath, 'utf8')) as PlaneState
  const apiserver = state.processes.find(p => p.name === 'kube-apiserver')!
  const argv = readFileSync(`/proc/${apiserver.pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
  process.kill(-apiserver.pid, 'SIGKILL')
  while (alive(apiserver.pid)) await new Promise(r => setTimeout(r, 50))
  await new Promise(r => setTimeout(r, downMs))
  const log = openSync(apiserver.log, 'a')
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: dir,
    detached: true,
    stdio: ['ignore', log, log],
    env: { PATH: process.env.PATH ?? '', HOME: dir, TMPDIR: dir }
  })
  closeSync(log)
  child.unref()
  apiserver.pid = child.pid!
  // Keep the plane's own bookkeeping right, so that stopping it stops the new process.
  writeFileSync(statePath, JSON.stringify(state, null, 2))
  writeFileSync(join(dir, 'pgids'), `${state.processes.map(p => p.pid).join('\n')}\n`)
  const version = kubeConfig.makeApiClient(VersionApi)
  for (;;) {
    try {
      await version.getCode()
      return
    } catch {
      await new Promise(r => setTimeout(r, 100))
    }
  }
}

describe('a wait that outlives a restart of the API server', () => {
  let modules: Awaited<ReturnType<typeof loadPlane>>
  let plane: PlaneState
  let kubeConfig: KubeConfig

  beforeAll(async () => {
    modules = await loadPlane()
    const manifest = await modules.build.ensureBuilt({ quiet: true })
    plane = await modules.plane.startControlPlane(manifest, {
      workloads: false,
      certManager: false,
      owned: true
    })
    kubeConfig = new KubeConfig()
    kubeConfig.loadFromFile(plane.kubeconfig)
  })

  afterAll(async () => {
    if (plane) await modules.plane.stopControlPlane(plane.dir)
  })

  it('labels the backup, waits through the restart and finishes once the backup completes, writing once', async () => {
    await kubeConfig
      .makeApiClient(CoreV1Api)
      .createNamespace({ body: { metadata: { name: 'velero' } } })
    const custom = kubeConfig.makeApiClient(CustomObjectsApi)
    const backups = { group: 'velero.io', version: 'v1', namespace: 'velero', plural: 'backups' }
    await custom.createNamespacedCustomObject({
      ...backups,
      body: {
        apiVersion: 'velero.io/v1',
        kind: 'Backup',
        metadata: { name: 'pre-release' },
        spec: {},
        status: { phase: 'InProgress', startTimestamp: '2026-11-25T09:00:00Z' }
      }
    })
    const verdict = writeVerdictFile('clean')
    const labelling = runCommand(
      {
        command: 'label-backup',
        'backup-name': 'pre-release',
        'verdict-file': verdict,
        timeout: '90s'
      },
      { kubeconfigYaml: readFileSync(plane.kubeconfig, 'utf8') }
    )
    // Let it write its labels and start waiting; then take the API server away for two seconds.
    for (;;) {
      const backup = (await custom.getNamespacedCustomObject({
        ...backups,
        name: 'pre-release'
      })) as { metadata: { labels?: Record<string, string> } }
      if (backup.metadata.labels?.['known-good.dev/verdict']) break
      await new Promise(r => setTimeout(r, 50))
    }
    await restartApiServer(plane.dir, kubeConfig, 2000)
    // Velero completes the backup once the API server is back (it may still answer 503 briefly).
    for (let attempt = 1; ; attempt++) {
      try {
        await custom.patchNamespacedCustomObject(
          {
            ...backups,
            name: 'pre-release',
            body: { status: { phase: 'Completed', expiration: '2099-01-01T00:00:00Z' } }
          },
          setHeaderOptions('Content-Type', PatchStrategy.MergePatch)
        )
        break
      } catch (error) {
        if (attempt > 100) throw error
        await new Promise(r => setTimeout(r, 100))
      }
    }
    const run = await labelling
    expect(run.outputs['backup-name']).toBe('pre-release')
    expect(run.logger.text('debug')).toMatch(
      /fetch failed|ECONNREFUSED|socket hang up|ECONNRESET|503/
    )
    const backup = (await custom.getNamespacedCustomObject({
      ...backups,
      name: 'pre-release'
    })) as { metadata: { labels: Record<string, string>; managedFields?: { operation: string }[] } }
    expect(backup.metadata.labels['known-good.dev/verdict']).toBe('clean')
  })
})
