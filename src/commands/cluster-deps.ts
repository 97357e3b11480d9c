import type { VerdictLookup } from '../backup/verdict-source.js'
import type { ClusterApi } from '../cluster/client.js'
import type { Logger } from '../logger.js'

/** What the cluster commands need besides their config. */
export interface ClusterDeps {
  logger: Logger
  now(): Date
  cluster?: ClusterApi
  /** The durable verdict record (GitHub commit statuses), where there is one. */
  verdictLookup?: VerdictLookup
  writeJobSummary?: (markdown: string) => Promise<void>
  /** Polling interval for waits (tests shorten it). */
  pollIntervalMs?: number
}

export function requireCluster(deps: ClusterDeps): ClusterApi {
  if (!deps.cluster) throw new Error('no cluster connection was made for a cluster command')
  return deps.cluster
}
