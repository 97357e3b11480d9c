// Types of storage.mjs for the TypeScript tests.
export const DRIVER_NAME: string
export const STORAGE_CLASS: string
export const SNAPSHOT_CLASS: string
export const VELERO_SNAPSHOT_CLASS_LABEL: string

export interface CsiDriverState {
  instance: string
  driverName: string
  /** the storage dir: volumes/<volume id>/ are the volumes, snapshots/ the archives */
  dir: string
  socket: string
  /** the plane whose files the storage dir is (they go when it stops) */
  ownerDir?: string
  /** names of the plane's processes that serve this driver */
  processes: string[]
}

export interface StorageState extends CsiDriverState {
  storageClass: string
  snapshotClass: string
  running: boolean
}

export interface AddedDriver extends CsiDriverState {
  storageClass: string
  snapshotClass: string
  stop(options?: { graceMs?: number }): Promise<string[]>
  restart(): Promise<AddedDriver>
}

export function addDriver(
  dir: string,
  options: { instance: string; storageDir?: string; timeoutMs?: number }
): Promise<AddedDriver>
export function stopComponents(
  dir: string,
  names: string[],
  options?: { graceMs?: number }
): Promise<string[]>
export function storageRunning(dir: string): boolean
export function storageLogs(dir: string, lines?: number): string
export function pvcVolumeDir(
  dir: string,
  namespace: string,
  name: string,
  options?: { timeoutMs?: number }
): Promise<string>
export function volumeDigests(dir: string): Map<string, string>
