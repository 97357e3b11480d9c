import { createProvider } from '../backup/create-provider.js'
import { recordKeys } from '../backup/label-contract.js'
import { verdictSources } from '../backup/sources.js'
import { backupRows, backupsTable } from '../backup/table.js'
import { resolveVerdicts } from '../backup/verdicts.js'
import type { ClusterDeps } from '../command/deps.js'
import type { CommandResult } from '../command/result.js'
import { writeSummary } from '../command/summary.js'
import type { BackupsConfig } from '../config/backups.js'

/** The report stage: every backup with its verdict, so a person sees what is safe to restore. */
export async function listBackups(
  config: BackupsConfig,
  deps: ClusterDeps
): Promise<CommandResult<'backups'>> {
  const provider = createProvider(deps.cluster, config.backups, { now: deps.now })
  const sources = await verdictSources(
    deps.cluster,
    config.backups.namespace,
    recordKeys(config.backups.labelPrefix),
    {
      ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
      ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
    }
  )
  const candidates = await resolveVerdicts(
    await provider.list(config.selector),
    sources,
    deps.logger
  )
  deps.logger.info(backupsTable(candidates, new Map(), 'text'))
  const heading = `## known-good backups (${provider.kind}, namespace ${provider.namespace})`
  await writeSummary(deps, `${heading}\n\n${backupsTable(candidates)}\n`)
  return { status: 'ok', outputs: { backups: JSON.stringify(backupRows(candidates)) } }
}
