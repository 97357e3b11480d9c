import type { KubeObject, WorkloadKind } from '../cluster/api.js'

export const WORKLOAD_KINDS: readonly WorkloadKind[] = ['Deployment', 'StatefulSet', 'DaemonSet']
/** What `kubectl rollout restart` sets on the pod template. */
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt'

export type SecretUse = 'volume' | 'subPath' | 'env'

export type RestartDecision =
  | { action: 'restart'; uses: SecretUse[] }
  | { action: 'none'; why: string }
  | { action: 'report'; why: string }

type Json = Record<string, unknown>

function array(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : []
}

function object(value: unknown): Json {
  return value !== null && typeof value === 'object' ? (value as Json) : {}
}

function podSpec(workload: KubeObject): Json {
  return object(object(object(workload.spec).template).spec)
}

/** How a workload's pods use the Secret: mounted volumes (with or without subPath), env. */
export function secretUses(workload: KubeObject, secret: string): SecretUse[] {
  const spec = podSpec(workload)
  const volumes = new Set<string>()
  for (const volume of array(spec.volumes)) {
    const name = String(volume.name)
    if (object(volume.secret).secretName === secret) volumes.add(name)
    if (
      array(object(volume.projected).sources).some(source => object(source.secret).name === secret)
    )
      volumes.add(name)
  }
  const uses = new Set<SecretUse>()
  for (const container of [
    ...array(spec.initContainers),
    ...array(spec.containers),
    ...array(spec.ephemeralContainers)
  ]) {
    for (const mount of array(container.volumeMounts)) {
      if (!volumes.has(String(mount.name))) continue
      uses.add(mount.subPath || mount.subPathExpr ? 'subPath' : 'volume')
    }
    if (
      array(container.env).some(env => object(object(env.valueFrom).secretKeyRef).name === secret)
    )
      uses.add('env')
    if (array(container.envFrom).some(from => object(from.secretRef).name === secret))
      uses.add('env')
  }
  return [...uses]
}

/** Stakater Reloader restarts workloads annotated for it when their Secrets change. */
export function reloaderWatches(workload: KubeObject, secret: string): boolean {
  const annotations = workload.metadata.annotations ?? {}
  if (
    annotations['reloader.stakater.com/auto'] === 'true' ||
    annotations['secret.reloader.stakater.com/auto'] === 'true'
  )
    return true
  if (annotations['reloader.stakater.com/search'] === 'true') return true
  const named = annotations['secret.reloader.stakater.com/reload']
  return (
    named !== undefined &&
    named
      .split(',')
      .map(s => s.trim())
      .includes(secret)
  )
}

/**
 * Pods see a renewed Secret through a plain volume mount (the kubelet updates it); subPath mounts
 * and environment variables never change, so those workloads are restarted. Workloads Reloader
 * watches restart themselves; paused Deployments refuse a restart and are reported instead.
 */
export function restartDecision(
  kind: WorkloadKind,
  workload: KubeObject,
  secret: string
): RestartDecision {
  const uses = secretUses(workload, secret)
  if (uses.length === 0) return { action: 'none', why: 'does not use the Secret' }
  if (reloaderWatches(workload, secret)) return { action: 'none', why: 'left to Reloader' }
  if (!uses.includes('subPath') && !uses.includes('env'))
    return { action: 'none', why: 'mounts the Secret as a volume, which the kubelet updates' }
  if (kind === 'Deployment' && object(workload.spec).paused === true)
    return { action: 'report', why: 'paused: a restart would not roll out' }
  return { action: 'restart', uses }
}

export function restartPatch(at: Date): object {
  return {
    spec: {
      template: {
        metadata: { annotations: { [RESTARTED_AT]: at.toISOString().replace(/\.\d{3}Z$/, 'Z') } }
      }
    }
  }
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0
}

/** The rollout is complete, by `kubectl rollout status`'s rules for each kind. */
export function rolloutComplete(kind: WorkloadKind, workload: KubeObject): boolean {
  const spec = object(workload.spec)
  const status = object(workload.status)
  if (num(status.observedGeneration) < (workload.metadata.generation ?? 0)) return false
  if (kind === 'Deployment') {
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1
    const updated = num(status.updatedReplicas)
    return (
      updated >= replicas &&
      num(status.replicas) <= updated &&
      num(status.availableReplicas) >= updated
    )
  }
  if (kind === 'StatefulSet') {
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1
    return (
      num(status.readyReplicas) >= replicas &&
      num(status.updatedReplicas) >= replicas &&
      status.updateRevision === status.currentRevision
    )
  }
  const desired = num(status.desiredNumberScheduled)
  return num(status.updatedNumberScheduled) >= desired && num(status.numberAvailable) >= desired
}
