import type { ClusterApi } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'
import { ConfigurationError } from '../errors.js'
import { veleroRef } from './velero-ref.js'

function schedulesRef(namespace: string) {
  return veleroRef('schedules', namespace)
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

/**
 * Pauses the named schedules (none named: every one of the namespace) that are not paused yet.
 * Returns those it paused and how many it was asked about; a name that is not there is an error.
 */
export async function pauseSchedules(
  api: ClusterApi,
  namespace: string,
  names: readonly string[]
): Promise<{ paused: string[]; wanted: number }> {
  const all = await listSchedules(api, namespace)
  const missing = names.filter(name => !all.some(s => s.name === name))
  if (missing.length > 0)
    throw new Error(`schedule ${missing.join(', ')} does not exist in namespace ${namespace}`)
  const wanted = all.filter(s => names.length === 0 || names.includes(s.name))
  const paused: string[] = []
  for (const schedule of wanted.filter(s => !s.paused)) {
    await setPaused(api, namespace, schedule.name, true)
    paused.push(schedule.name)
  }
  return { paused, wanted: wanted.length }
}

/** Resumes those of the named schedules that are paused; returns those it resumed. */
export async function resumeSchedules(
  api: ClusterApi,
  namespace: string,
  names: readonly string[]
): Promise<string[]> {
  const paused = new Set(
    (await listSchedules(api, namespace)).filter(s => s.paused).map(s => s.name)
  )
  const resumed: string[] = []
  for (const name of names.filter(n => paused.has(n))) {
    await setPaused(api, namespace, name, false)
    resumed.push(name)
  }
  return resumed
}
