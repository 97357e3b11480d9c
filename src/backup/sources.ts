import type { ClusterApi } from '../cluster/api.js'
import { readLedgerFile } from '../ledger/file.js'
import { loadLedger } from '../ledger/store.js'
import type { RecordKeys } from './label-contract.js'
import type { VerdictLookup } from './verdict-source.js'
import type { VerdictSources } from './verdicts.js'

/**
 * Every source a command can read about its backups' commits: the commit statuses (with a
 * token), the cluster's ledger and a ledger file. Read once per run.
 */
export async function verdictSources(
  api: ClusterApi,
  namespace: string,
  keys: RecordKeys,
  options: { lookup?: VerdictLookup; ledgerFile?: string }
): Promise<VerdictSources> {
  const file = options.ledgerFile ? readLedgerFile(options.ledgerFile) : undefined
  const ledger = await loadLedger(api, namespace, file)
  return { ledger, keys, ...(options.lookup ? { lookup: options.lookup } : {}) }
}
