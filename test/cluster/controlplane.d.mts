// Types of the parts of controlplane.mjs that the TypeScript tests use.
import type { CsiDriverState, StorageState } from './storage.mjs'
import type { ObjectStore, StartVeleroOptions, VeleroState } from './velero.mjs'

export interface PlaneProcess {
  name: string
  pid: number
  bin: string
  log: string
  wraps?: string
}

export interface PlaneState {
  dir: string
  server: string
  kubeconfig: string
  serverVersion: string
  workloads: boolean
  certManager: boolean
  processes: PlaneProcess[]
  ports: Record<string, number>
  objectStore?: ObjectStore
  velero?: VeleroState
  storage?: StorageState
  csiDrivers?: CsiDriverState[]
  bin: Record<string, string>
  timings?: Record<string, number>
}

export interface StartOptions {
  workloads?: boolean
  certManager?: boolean
  velero?: boolean | (StartVeleroOptions & { start?: boolean })
  /** dir: another plane's state.storage.dir (a disaster-recovery cluster on the same storage) */
  storage?: boolean | { dir?: string }
  crds?: boolean
  owned?: boolean
  dir?: string
  log?: (line: string) => void
}

export function startControlPlane(manifest: unknown, options?: StartOptions): Promise<PlaneState>
export function stopControlPlane(
  dir: string,
  options?: { graceMs?: number }
): Promise<{ stopped: string[]; memory?: Record<string, unknown> }>
export function describePlane(dir: string): PlaneState | undefined
export function planeMemory(
  dir: string
): Record<string, { rssKiB: number; peakRssKiB: number } | undefined>
/** True while the process exists and is not a zombie. */
export function alive(pid: number): boolean
