import type { ClusterApi } from '../cluster/api.js'
import { readLedgerFile } from '../ledger/file.js'
import type { Ledger } from '../ledger/ledger.js'
import { mergeLedgers } from '../ledger/ledger.js'
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
  options: { lookup?: VerdictLookup; ledgerFile?: string; extra?: Ledger }
): Promise<VerdictSources> {
  const file = options.ledgerFile ? readLedgerFile(options.ledgerFile) : undefined
  const loaded = await loadLedger(api, namespace, file)
  const ledger = options.extra ? mergeLedgers(loaded, options.extra) : loaded
  return { ledger, keys, ...(options.lookup ? { lookup: options.lookup } : {}) }
}
