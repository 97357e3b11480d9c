// The CSI snapshot controller + csi-snapshotter sidecar as seen from the API, read from
// github.com/kubernetes-csi/external-snapshotter pkg/common-controller and
// pkg/sidecar-controller: a dynamically provisioned VolumeSnapshot gets a cluster-scoped
// VolumeSnapshotContent `snapcontent-<snapshot uid>` bound to it, the "driver" fills the
// content's status (snapshotHandle, creationTime in ns, restoreSize in bytes, readyToUse) and the
// controller copies it to the snapshot's status. Both kinds have a status subresource: status is
// written with PUT …/status carrying the resourceVersion read (UpdateStatus). Not emulated: the
// protection finalizers, events, the PVC-bound/PV checks of a real driver.
import type { Action, Runtime } from './runtime.js'
import { bytesToQuantity, quantityToBytes, rfc3339, statusCode, type KubeObject } from './util.js'

export const DEFAULT_CLASS_ANNOTATION = 'snapshot.storage.kubernetes.io/is-default-class'

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)

interface ContentStatus {
  snapshotHandle?: string
  creationTime?: number
  restoreSize?: number
  readyToUse?: boolean
  error?: { message?: string; time?: string }
}

async function getClass(rt: Runtime, name: string): Promise<KubeObject | undefined> {
  try {
    return (await rt.custom.getClusterCustomObject({
      group: 'snapshot.storage.k8s.io',
      version: 'v1',
      plural: 'volumesnapshotclasses',
      name
    })) as KubeObject
  } catch (e) {
    if (statusCode(e) === 404) return undefined
    throw e
  }
}

async function defaultClasses(rt: Runtime): Promise<KubeObject[]> {
  const list = (await rt.custom.listClusterCustomObject({
    group: 'snapshot.storage.k8s.io',
    version: 'v1',
    plural: 'volumesnapshotclasses'
  })) as { items?: KubeObject[] }
  return (list.items ?? []).filter(
    c => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true'
  )
}

/** The source PVC's volume handle and size (lenient: a missing PVC gets made-up values). */
async function source(rt: Runtime, vs: KubeObject) {
  const ns = vs.metadata.namespace ?? ''
  const pvcName =
    str((vs.spec?.source as { persistentVolumeClaimName?: string })?.persistentVolumeClaimName) ??
    ''
  let size: string | undefined
  let handle: string | undefined
  try {
    if (!pvcName) throw Object.assign(new Error('no PVC source'), { statusCode: 404 })
    const pvc = await rt.core.readNamespacedPersistentVolumeClaim({ name: pvcName, namespace: ns })
    size = pvc.status?.capacity?.storage ?? pvc.spec?.resources?.requests?.storage
    const pvName = pvc.spec?.volumeName
    if (pvName) {
      const pv = await rt.core.readPersistentVolume({ name: pvName }).catch(() => undefined)
      handle = pv?.spec?.csi?.volumeHandle
    }
  } catch (e) {
    if (statusCode(e) !== 404) throw e
  }
  return {
    volumeHandle: handle ?? `test-volume-${ns}-${pvcName}`,
    restoreSizeBytes: quantityToBytes(size ?? rt.options.defaultRestoreSize) ?? 2 ** 30
  }
}

/** The snapshot status the common controller derives from its content (updateSnapshotStatus). */
function statusFromContent(content: KubeObject): Record<string, unknown> {
  const cs = (content.status ?? {}) as ContentStatus
  return {
    boundVolumeSnapshotContentName: content.metadata.name,
    readyToUse: cs.readyToUse ?? false,
    ...(cs.creationTime !== undefined
      ? { creationTime: rfc3339(new Date(Math.floor(cs.creationTime / 1e6))) }
      : {}),
    ...(cs.restoreSize !== undefined ? { restoreSize: bytesToQuantity(cs.restoreSize) } : {}),
    ...(cs.error ? { error: cs.error } : {})
  }
}

function snapshotError(rt: Runtime, message: string, setReadyToFalse: boolean): Action {
  return {
    phase: 'Error',
    write: o =>
      rt.replaceStatus(
        'VolumeSnapshot',
        o,
        {
          ...(o.status ?? {}),
          ...(setReadyToFalse ? { readyToUse: false } : {}),
          error: { message, time: rfc3339(new Date()) }
        },
        'Error'
      )
  }
}

/**
 * New → Bound (content created, readyToUse false) → after the delay Ready (readyToUse true,
 * creationTime, restoreSize) or Error (error.message/time, readyToUse false); Hang stays Bound.
 */
export function decideSnapshot(rt: Runtime) {
  return async (vs: KubeObject): Promise<Action | undefined> => {
    if (vs.metadata.deletionTimestamp) return undefined
    const status = (vs.status ?? {}) as {
      boundVolumeSnapshotContentName?: string
      readyToUse?: boolean
      error?: unknown
    }
    if (status.readyToUse === true || status.error) return undefined
    const name = vs.metadata.name
    const spec = (vs.spec ?? {}) as {
      source?: { persistentVolumeClaimName?: string; volumeSnapshotContentName?: string }
      volumeSnapshotClassName?: string
    }
    const invalid = rt.invalidOutcome('VolumeSnapshot', vs)
    if (invalid) return snapshotError(rt, invalid, true)
    const bound = str(status.boundVolumeSnapshotContentName)
    const preProvisioned = str(spec.source?.volumeSnapshotContentName)

    if (!bound && preProvisioned) {
      const content = await rt.get('VolumeSnapshotContent', undefined, preProvisioned)
      if (!content) return snapshotError(rt, 'VolumeSnapshotContent is missing', true)
      const cs = (content.status ?? {}) as ContentStatus
      const phase = cs.error ? 'Error' : cs.readyToUse ? 'Ready' : 'Bound'
      return {
        phase,
        write: o => rt.replaceStatus('VolumeSnapshot', o, statusFromContent(content), phase)
      }
    }

    if (!bound) {
      const className = str(spec.volumeSnapshotClassName)
      if (!className) {
        const defaults = await defaultClasses(rt)
        if (defaults.length !== 1)
          return snapshotError(
            rt,
            `Failed to set default snapshot class with error ${defaults.length === 0 ? 'cannot find default snapshot class' : `${defaults.length} default snapshot classes were found`}`,
            false
          )
        const chosen = defaults[0]?.metadata.name
        return {
          write: o => rt.patch('VolumeSnapshot', o, { spec: { volumeSnapshotClassName: chosen } })
        }
      }
      const cls = await getClass(rt, className)
      if (!cls)
        return snapshotError(
          rt,
          `Failed to create snapshot content with error failed to get input parameters to create snapshot ${name}: "volumesnapshotclass.snapshot.storage.k8s.io \\"${className}\\" not found"`,
          true
        )
      const { volumeHandle } = await source(rt, vs)
      const contentName = `snapcontent-${vs.metadata.uid}`
      return {
        phase: 'Bound',
        write: async o => {
          try {
            await rt.create('VolumeSnapshotContent', {
              apiVersion: 'snapshot.storage.k8s.io/v1',
              kind: 'VolumeSnapshotContent',
              metadata: { name: contentName },
              spec: {
                volumeSnapshotRef: {
                  apiVersion: 'snapshot.storage.k8s.io/v1',
                  kind: 'VolumeSnapshot',
                  namespace: o.metadata.namespace,
                  name: o.metadata.name,
                  uid: o.metadata.uid,
                  resourceVersion: o.metadata.resourceVersion
                },
                source: { volumeHandle },
                volumeSnapshotClassName: className,
                deletionPolicy: (cls as { deletionPolicy?: string }).deletionPolicy ?? 'Delete',
                driver: (cls as { driver?: string }).driver ?? 'unknown'
              }
            })
          } catch (e) {
            if (statusCode(e) !== 409) throw e // AlreadyExists: reuse it
          }
          return rt.replaceStatus(
            'VolumeSnapshot',
            o,
            { boundVolumeSnapshotContentName: contentName, readyToUse: false },
            'Bound'
          )
        }
      }
    }

    const content = await rt.get('VolumeSnapshotContent', undefined, bound)
    if (!content) return snapshotError(rt, 'VolumeSnapshotContent is missing', true)
    const cs = (content.status ?? {}) as ContentStatus
    if (cs.readyToUse === true || cs.error) {
      const phase = cs.error ? 'Error' : 'Ready'
      return {
        phase,
        write: o => rt.replaceStatus('VolumeSnapshot', o, statusFromContent(content), phase)
      }
    }

    // The sidecar's CreateSnapshot call.
    const outcome = rt.outcome('VolumeSnapshot', vs)
    if (outcome === 'Hang') return undefined
    if (!rt.elapsed('VolumeSnapshot', vs, rt.delay(vs, rt.options.snapshotDelayMs)))
      return undefined
    const contentSpec = (content.spec ?? {}) as {
      source?: { volumeHandle?: string; snapshotHandle?: string }
    }
    if (outcome === 'Error') {
      const message =
        rt.message(vs) ??
        `Failed to check and update snapshot content: failed to take snapshot of the volume ${contentSpec.source?.volumeHandle ?? ''}: "rpc error: code = Internal desc = simulated CSI driver failure (test controller)"`
      return {
        write: async o => {
          await rt.replaceStatus(
            'VolumeSnapshotContent',
            content,
            { readyToUse: false, error: { message, time: rfc3339(new Date()) } },
            'Error'
          )
          return o
        }
      }
    }
    const { restoreSizeBytes } = await source(rt, vs)
    return {
      write: async o => {
        await rt.replaceStatus(
          'VolumeSnapshotContent',
          content,
          {
            snapshotHandle:
              contentSpec.source?.snapshotHandle ??
              `test-snapshot-${o.metadata.uid ?? o.metadata.name}`,
            // int64 nanoseconds; whole seconds keep it exact in a JS number
            creationTime: Math.floor(Date.now() / 1000) * 1e9,
            restoreSize: restoreSizeBytes,
            readyToUse: true
          },
          'Ready'
        )
        return o
      }
    }
  }
}

/**
 * A content whose snapshot is gone is deleted when its deletionPolicy is Delete (what the
 * common controller does when a bound VolumeSnapshot is deleted).
 */
export function decideContent(rt: Runtime) {
  return async (content: KubeObject): Promise<Action | undefined> => {
    const spec = (content.spec ?? {}) as {
      deletionPolicy?: string
      volumeSnapshotRef?: { namespace?: string; name?: string; uid?: string }
    }
    if (spec.deletionPolicy !== 'Delete' || content.metadata.deletionTimestamp) return undefined
    const ref = spec.volumeSnapshotRef ?? {}
    const vs = ref.name ? await rt.get('VolumeSnapshot', ref.namespace, ref.name) : undefined
    if (vs && (!ref.uid || vs.metadata.uid === ref.uid)) return undefined
    return {
      write: async () => {
        await rt.delete('VolumeSnapshotContent', undefined, content.metadata.name)
        return undefined
      }
    }
  }
}
