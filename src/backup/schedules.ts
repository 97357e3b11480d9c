import type { ClusterApi, ResourceRef } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'
import { ConfigurationError } from '../errors.js'

function schedulesRef(namespace: string): ResourceRef {
  return { group: 'velero.io', version: 'v1', plural: 'schedules', namespace }
}

export interface ScheduleState {
  name: string
  paused: boolean
}

/** The Velero schedules of a namespace, paused or not (`spec.paused`). */
export async function listSchedules(api: ClusterApi, namespace: string): Promise<ScheduleState[]> {
  return (await api.list(schedulesRef(namespace)))
    .map(s => ({ name: s.metadata.name, paused: s.spec?.paused === true }))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
}

/**
 * Pauses or resumes a schedule (`spec.paused`, as `velero schedule pause` does), with the
 * resourceVersion read: a conflict reads again.
 */
export async function setPaused(
  api: ClusterApi,
  namespace: string,
  name: string,
  paused: boolean
): Promise<void> {
  const ref = schedulesRef(namespace)
  await retryOnConflict(async () => {
    const current = await api.get(ref, name)
    if (!current)
      throw new ConfigurationError(`schedule ${name} does not exist in namespace ${namespace}`)
    return api.mergePatch(ref, name, {
      metadata: { resourceVersion: current.metadata.resourceVersion },
      spec: { paused }
    })
  })
}
