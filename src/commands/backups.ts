import { openCatalog } from '../catalog/catalog.js'
import { backupRows, backupsSummary, backupsTable } from '../catalog/table.js'
import type { BackupsConfig } from '../config/backups.js'
import type { ClusterDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

/** The report stage: every backup with its verdict, so a person sees what is safe to restore. */
export async function listBackups(
  config: BackupsConfig,
  deps: ClusterDeps
): Promise<CommandResult<'backups'>> {
  const catalog = openCatalog(deps, config)
  const candidates = await catalog.candidates(config.selector)
  deps.logger.info(backupsTable(candidates, new Map(), 'text'))
  await writeSummary(deps, backupsSummary(catalog.provider, candidates))
  return { status: 'ok', outputs: { backups: JSON.stringify(backupRows(candidates)) } }
}
