import type { ResourceRef } from '../cluster/api.js'

/** Velero's API group and version (`velero.io/v1`): Backup, Restore, Schedule and the rest. */
export const VELERO_API_VERSION = 'velero.io/v1'

/** The kinds of Velero's API this product reads or writes, by their plural. */
export type VeleroResource =
  'backups' | 'restores' | 'schedules' | 'backupstoragelocations' | 'downloadrequests'

/** The one Velero resource ref: the plural in Velero's namespace. */
export function veleroRef(plural: VeleroResource, namespace: string): ResourceRef {
  return { group: 'velero.io', version: 'v1', plural, namespace }
}
