import type { ClusterApi, WorkloadKind } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil, WaitTimeoutError } from '../cluster/wait.js'
import { getErrorMessage } from '../errors.js'
import { restartDecision, restartPatch, rolloutComplete, WORKLOAD_KINDS } from './workloads.js'

/** A workload that uses a renewed Secret and cannot pick it up itself. */
export interface Restart {
  kind: WorkloadKind
  namespace: string
  name: string
  /** `restarted` and rolled out; `reported`: it cannot be restarted (e.g. paused); `failed`. */
  action: 'restarted' | 'reported' | 'failed'
  why: string
}

/** The workloads of the namespaces that need a restart for the renewed Secrets, once each. */
async function plan(
  api: ClusterApi,
  renewed: { namespace: string; secret: string }[]
): Promise<Restart[]> {
  const restarts = new Map<string, Restart>()
  for (const namespace of new Set(renewed.map(r => r.namespace))) {
    const secrets = renewed.filter(r => r.namespace === namespace).map(r => r.secret)
    for (const kind of WORKLOAD_KINDS) {
      for (const workload of await api.listWorkloads(kind, namespace)) {
        const id = `${kind}/${namespace}/${workload.metadata.name}`
        for (const secret of secrets) {
          const decision = restartDecision(kind, workload, secret)
          if (decision.action === 'none' || restarts.has(id)) continue
          restarts.set(id, {
            kind,
            namespace,
            name: workload.metadata.name,
            action: decision.action === 'restart' ? 'restarted' : 'reported',
            why:
              decision.action === 'restart'
                ? `uses Secret ${secret} through ${decision.uses.join(' and ')}`
                : decision.why
          })
        }
      }
    }
  }
  return [...restarts.values()]
}

/**
 * Restarts (like `kubectl rollout restart`) the workloads that use a renewed Secret through a
 * subPath mount or env, and waits for each rollout. A rollout that does not finish in time is a
 * `failed` entry, not a thrown error: the report still says what happened to the others.
 */
export async function restartConsumers(
  api: ClusterApi,
  renewed: { namespace: string; secret: string }[],
  now: Date,
  wait: WaitOptions
): Promise<Restart[]> {
  const restarts = await plan(api, renewed)
  const toRestart = restarts.filter(r => r.action === 'restarted')
  for (const restart of toRestart)
    await api.patchWorkload(restart.kind, restart.namespace, restart.name, restartPatch(now))
  for (const restart of toRestart) {
    try {
      await pollUntil(
        `${restart.kind.toLowerCase()} ${restart.namespace}/${restart.name} to roll out`,
        async () => {
          const workload = await api.getWorkload(restart.kind, restart.namespace, restart.name)
          return workload && rolloutComplete(restart.kind, workload) ? true : undefined
        },
        wait
      )
    } catch (error) {
      if (!(error instanceof WaitTimeoutError)) throw error
      restart.action = 'failed'
      restart.why = `${restart.why}; ${getErrorMessage(error)}`
    }
  }
  return restarts
}
