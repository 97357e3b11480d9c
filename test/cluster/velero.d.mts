// Types of velero.mjs for the TypeScript tests.
import type { S3Store } from './s3.mjs'

export const VELERO_NAMESPACE: string
export const DEFAULT_BUCKET: string
export const REGION: string
export const VELERO_LOCK: string

export interface ObjectStore {
  url: string
  port: number
  region: string
  /** the posix root: <dir>/<bucket>/<key> */
  dir: string
  credentialsFile: string
  accessKeyId: string
  /** the plane whose versitygw this is */
  ownerDir: string
}

export interface VeleroServerOptions {
  backupSyncPeriod?: string
  gcFrequency?: string
  storeValidationFrequency?: string
  defaultBackupTtl?: string
}

export interface StartVeleroOptions extends VeleroServerOptions {
  objectStore?: ObjectStore
  bucket?: string
  accessMode?: 'ReadWrite' | 'ReadOnly'
  extraArgs?: string[]
  lockWaitMs?: number
  timeoutMs?: number
}

export interface VeleroState {
  namespace: string
  bucket: string
  accessMode: string
  objectStore: ObjectStore
  credentialsFile: string
  server: VeleroServerOptions
  extraArgs: string[]
  ports: { metrics: number; profiler: number }
  lockFile: string
  running: boolean
  pid?: number
  startSeconds?: number
}

export function readCredentials(file: string): { accessKeyId: string; secretAccessKey: string }
export function s3Store(objectStore: ObjectStore): S3Store
export function veleroLockHolder(): { dir?: string; pid?: number; since?: string } | undefined
export function startVelero(dir: string, options?: StartVeleroOptions): Promise<VeleroState>
export function stopVelero(
  dir: string,
  options?: { graceMs?: number }
): Promise<{ stopped: boolean; memory?: { rssKiB: number; peakRssKiB: number } }>
