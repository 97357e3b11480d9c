import { createProvider } from '../backup/create-provider.js'
import { newestFirst } from '../backup/selection.js'
import type { Config } from '../config.js'
import type { ClusterDeps } from './cluster-deps.js'
import { requireCluster } from './cluster-deps.js'
import type { CommandResult } from './result.js'
import { backupsTable, resolveVerdicts } from './restore.js'

/** The report stage: every backup with its verdict, so a person sees what is safe to restore. */
export async function listBackups(config: Config, deps: ClusterDeps): Promise<CommandResult> {
  const provider = createProvider(requireCluster(deps), config.cluster!, { now: deps.now })
  const candidates = (
    await resolveVerdicts(
      await provider.list(config.backupSelector),
      deps.verdictLookup,
      deps.logger
    )
  ).sort(newestFirst)
  deps.logger.info(backupsTable(candidates, new Map(), 'text'))
  const heading = `## known-good backups (${provider.kind}, namespace ${provider.namespace})`
  await deps.writeJobSummary?.(`${heading}\n\n${backupsTable(candidates)}\n`).catch(() => undefined)
  const rows = candidates.map(({ backup, verdict, source }) => ({
    name: backup.name,
    phase: backup.phase,
    usable: backup.usable,
    ...(backup.unusableReason ? { unusableReason: backup.unusableReason } : {}),
    verdict,
    verdictSource: source,
    ...(backup.commit ? { commit: backup.commit } : {}),
    ...(backup.startedAt ? { startedAt: backup.startedAt } : {}),
    ...(backup.expiresAt ? { expiresAt: backup.expiresAt } : {})
  }))
  return { status: 'ok', outputs: { backups: JSON.stringify(rows) } }
}
