import { openCatalog } from '../catalog/catalog.js'
import type { RevocationSettings } from '../catalog/revocation.js'
import { logRevoked, revocationOutputs, revocationSummary } from '../catalog/revocation.js'
import type { RevokeConfig } from '../config/revoke.js'
import type { RevokingDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

/**
 * Marks releases compromised after the fact: their backups become `revoked` (never restored),
 * the revocation goes into the ledger (the cluster's ConfigMap and `revocations.json`), and the
 * commit statuses say so, so that a cluster that only has the bucket refuses them too.
 */
export async function revoke(
  config: RevokeConfig,
  deps: RevokingDeps
): Promise<CommandResult<'revoke'>> {
  const settings: RevocationSettings = { ...config, namespace: config.backups.namespace }
  const outcome = await openCatalog(deps, config).revoke(settings, deps)
  logRevoked(outcome, deps.logger)
  await writeSummary(deps, revocationSummary(outcome, settings, deps.github !== undefined))
  return { status: 'ok', outputs: revocationOutputs(outcome) }
}
