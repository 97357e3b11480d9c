import type { ClusterApi, ConfigMap } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'
import type { Ledger, Revocation } from './ledger.js'
import { emptyLedger, LEDGER_FILE, mergeLedgers, parseLedger, serialiseLedger } from './ledger.js'

/** The ConfigMap in the backup namespace that holds the ledger (and incident progress). */
export const LEDGER_CONFIGMAP = 'known-good-ledger'

function ledgerOf(configMap: ConfigMap | undefined, namespace: string): Ledger {
  const text = configMap?.data?.[LEDGER_FILE]
  return text === undefined
    ? emptyLedger()
    : parseLedger(text, `configmap ${LEDGER_CONFIGMAP} in namespace ${namespace}`)
}

/** The ledger of a cluster; empty when it has none yet. */
export async function readClusterLedger(api: ClusterApi, namespace: string): Promise<Ledger> {
  return ledgerOf(await api.getConfigMap(namespace, LEDGER_CONFIGMAP), namespace)
}

/**
 * Changes one key of the ledger ConfigMap with optimistic locking: read, change, write with the
 * resourceVersion read; a conflict (409) reads again. Creates the ConfigMap when it is missing.
 */
export async function updateLedgerConfigMap(
  api: ClusterApi,
  namespace: string,
  change: (data: Record<string, string>) => Record<string, string>,
  labels: Record<string, string> = {}
): Promise<ConfigMap> {
  return retryOnConflict(async () => {
    const current = await api.getConfigMap(namespace, LEDGER_CONFIGMAP)
    const data = change({ ...(current?.data ?? {}) })
    if (current === undefined)
      return api.createConfigMap(namespace, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: LEDGER_CONFIGMAP, namespace, labels },
        data
      })
    return api.replaceConfigMap(namespace, { ...current, data })
  })
}

/** Adds revocations to the cluster's ledger (union: nothing already there is lost). */
export async function recordRevocations(
  api: ClusterApi,
  namespace: string,
  revocations: Revocation[],
  labels: Record<string, string> = {}
): Promise<Ledger> {
  let merged = emptyLedger()
  await updateLedgerConfigMap(
    api,
    namespace,
    data => {
      const existing =
        data[LEDGER_FILE] === undefined
          ? emptyLedger()
          : parseLedger(
              data[LEDGER_FILE],
              `configmap ${LEDGER_CONFIGMAP} in namespace ${namespace}`
            )
      merged = mergeLedgers(existing, { schema: existing.schema, revocations })
      return { ...data, [LEDGER_FILE]: serialiseLedger(merged) }
    },
    labels
  )
  return merged
}

/**
 * Every revocation this run can read: the cluster's ledger and, when given, a ledger file (a
 * fresh cluster has only the file). A ledger that cannot be read is an error, never "none".
 */
export async function loadLedger(
  api: ClusterApi,
  namespace: string,
  file: Ledger | undefined
): Promise<Ledger> {
  const cluster = await readClusterLedger(api, namespace)
  return file ? mergeLedgers(cluster, file) : cluster
}
