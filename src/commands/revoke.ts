import type { CommandResult } from '../command/result.js'
import type { RevocationDeps } from '../command/revocation.js'
import { revocationOutputs, revocationTable, revokeReleases } from '../command/revocation.js'
import { writeSummary } from '../command/summary.js'
import type { RevokeConfig } from '../config/revoke.js'
import { LEDGER_FILE } from '../ledger/ledger.js'
import { escapeMarkdown } from '../text/escape.js'

/**
 * Marks releases compromised after the fact: their backups become `revoked` (never restored),
 * the revocation goes into the ledger (the cluster's ConfigMap and `revocations.json`), and the
 * commit statuses say so, so that a cluster that only has the bucket refuses them too.
 */
export async function revoke(
  config: RevokeConfig,
  deps: RevocationDeps
): Promise<CommandResult<'revoke'>> {
  const outcome = await revokeReleases(config, config.dryRun, deps)
  const { plan, applied } = outcome
  const summary = [
    `## known-good revoke${config.dryRun ? ' (dry run)' : ''}: ${plan.commits.length} commit(s)`,
    '',
    `Reason: ${escapeMarkdown(config.reason, 1000)}`,
    '',
    revocationTable(plan),
    ''
  ]
  if (applied) {
    summary.push(
      `Ledger: configmap known-good-ledger in namespace ${escapeMarkdown(config.backups.namespace, 253)} and ${escapeMarkdown(LEDGER_FILE)} (${applied.ledger.revocations.length} revocation(s) in all).`,
      deps.github
        ? `Commit statuses known-good/verdict set to failure: ${applied.statuses.written} of ${applied.statuses.of}.`
        : 'No GitHub token: commit statuses were not changed (the ledger is the record).'
    )
    deps.logger.info(
      `revoked ${plan.backups.filter(b => !b.already).length} backup(s); ledger written to ${applied.file}`
    )
  }
  await writeSummary(deps, summary.join('\n'))
  return { status: 'ok', outputs: revocationOutputs(outcome) }
}
