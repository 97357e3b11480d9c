import { randomBytes } from 'node:crypto'
import { createProvider } from '../backup/create-provider.js'
import { recordKeys } from '../backup/keys.js'
import type { BackupInfo, RestoreRequest } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import type { Candidate } from '../backup/selection.js'
import { newestFirst, selectKnownGood } from '../backup/selection.js'
import type { VerdictLookup } from '../backup/verdict-source.js'
import type { Config } from '../config.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../logger.js'
import { escapeMarkdown, preBlock } from '../report/escape.js'
import { compactTimestamp } from '../util/duration.js'
import type { ClusterDeps } from './cluster-deps.js'
import { requireCluster } from './cluster-deps.js'
import type { CommandResult } from './result.js'

export const LATEST_KNOWN_GOOD = 'latest-known-good'
const POLL_INTERVAL_MS = 5000

/**
 * Each backup's verdict: its label, else the durable record of its commit (the commit status
 * the scan set), else `unverified`. A lookup that fails leaves the backup unverified.
 */
export async function resolveVerdicts(
  backups: BackupInfo[],
  lookup: VerdictLookup | undefined,
  logger: Logger
): Promise<Candidate[]> {
  const candidates: Candidate[] = []
  for (const backup of backups) {
    if (backup.verdict) {
      candidates.push({ backup, verdict: backup.verdict, source: 'label' })
      continue
    }
    const sha = backup.commitSha ?? backup.commit
    let verdict: Candidate['verdict'] = 'unverified'
    if (sha && lookup) {
      try {
        verdict = (await lookup.verdictOf(sha)) ?? 'unverified'
      } catch (error) {
        logger.warning(
          `could not read the commit status of ${oneLine(sha)} for backup ${oneLine(backup.name)}: ${oneLine(getErrorMessage(error))}`
        )
      }
    }
    candidates.push({
      backup,
      verdict,
      source: verdict === 'unverified' ? 'none' : 'commit status'
    })
  }
  return candidates
}

function backupCells(candidate: Candidate, note: string): string[] {
  const { backup, verdict, source } = candidate
  return [
    backup.name,
    backup.phase,
    backup.usable ? 'yes' : `no (${backup.unusableReason ?? ''})`,
    `${verdict}${source === 'commit status' ? ' (commit status)' : ''}`,
    backup.commit ?? '—',
    backup.startedAt ?? '—',
    backup.expiresAt ?? '—',
    note
  ]
}

const BACKUP_COLUMNS = ['Backup', 'Phase', 'Usable', 'Verdict', 'Commit', 'Started', 'Expires', '']

/** Backups and verdicts, newest first: Markdown for summaries, aligned text for a terminal. */
export function backupsTable(
  candidates: Candidate[],
  notes: Map<string, string> = new Map(),
  format: 'markdown' | 'text' = 'markdown'
): string {
  const rows = [...candidates]
    .sort(newestFirst)
    .map(c => backupCells(c, notes.get(c.backup.name) ?? ''))
  if (format === 'markdown') {
    return [
      `| ${BACKUP_COLUMNS.join(' | ')} |`,
      `|${' --- |'.repeat(BACKUP_COLUMNS.length)}`,
      ...rows.map(cells => `| ${cells.map(c => escapeMarkdown(c, 200)).join(' | ')} |`)
    ].join('\n')
  }
  const table = [BACKUP_COLUMNS, ...rows.map(cells => cells.map(c => oneLine(c)))]
  const widths = BACKUP_COLUMNS.map((_, i) => Math.max(...table.map(row => row[i]!.length)))
  return table
    .map(row =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

async function choose(
  provider: BackupProvider,
  config: Config,
  deps: ClusterDeps
): Promise<{ chosen: Candidate; candidates: Candidate[]; notes: Map<string, string> }> {
  const options = config.restore!
  const { logger } = deps
  if (options.backup === LATEST_KNOWN_GOOD) {
    const candidates = await resolveVerdicts(await provider.list(), deps.verdictLookup, logger)
    const selection = selectKnownGood(candidates)
    const notes = new Map(selection.considered.map(c => [c.candidate.backup.name, c.reason]))
    if (!selection.chosen) {
      throw new ConfigurationError(
        `no usable backup with verdict clean in namespace ${provider.namespace} (${candidates.length} considered): ${selection.considered.map(c => `${c.candidate.backup.name}: ${c.reason}`).join('; ') || 'there are none'}`
      )
    }
    return { chosen: selection.chosen, candidates, notes }
  }
  const backup = await provider.get(options.backup)
  if (!backup)
    throw new ConfigurationError(
      `backup ${options.backup} does not exist in namespace ${provider.namespace}`
    )
  const [candidate] = await resolveVerdicts([backup], deps.verdictLookup, logger)
  if (!backup.usable)
    throw new ConfigurationError(
      `backup ${backup.name} cannot be restored: ${backup.unusableReason ?? backup.phase}`
    )
  if (candidate!.verdict !== 'clean') {
    if (!options.allowUnverified) {
      throw new ConfigurationError(
        `backup ${backup.name} has verdict ${candidate!.verdict}: set allow-unverified (with a reason) to restore it anyway`
      )
    }
    logger.warning(
      `restoring backup ${backup.name} whose verdict is ${candidate!.verdict}, as allow-unverified asks; reason: ${oneLine(options.reason)}`
    )
  }
  return {
    chosen: candidate!,
    candidates: [candidate!],
    notes: new Map([[backup.name, 'named by the backup input']])
  }
}

/** The workflow_dispatch stage: restore the newest known-good backup (or a named one). */
export async function restore(config: Config, deps: ClusterDeps): Promise<CommandResult> {
  const options = config.restore!
  const cluster = config.cluster!
  const { logger } = deps
  const keys = recordKeys(cluster.labelPrefix)
  const provider = createProvider(requireCluster(deps), cluster, { now: deps.now })
  const { chosen, candidates, notes } = await choose(provider, config, deps)
  const annotations: Record<string, string> = {
    [keys.reason]: options.reason,
    [keys.requestedBy]: config.identity.actor ?? 'unknown'
  }
  if (config.identity.runUrl) annotations[keys.runUrl] = config.identity.runUrl
  const request: RestoreRequest = {
    namespaces: options.namespaces,
    mapping: options.mapping,
    existingResourcePolicy: options.existingResourcePolicy,
    annotations,
    labels: { [keys.verdict]: chosen.verdict === 'unverified' ? 'unknown' : chosen.verdict }
  }
  // Like `velero restore create --from-backup`, plus a random suffix: two restores of one
  // backup in the same second must not collide.
  const suffix = randomBytes(3).toString('hex')
  const name = `${chosen.backup.name}-restore-${compactTimestamp(deps.now())}-${suffix}`
    .slice(0, 253)
    .toLowerCase()
  const outputs: Record<string, string> = {
    'backup-name': chosen.backup.name,
    verdict: chosen.verdict,
    backups: JSON.stringify(
      candidates.map(c => ({
        name: c.backup.name,
        phase: c.backup.phase,
        usable: c.backup.usable,
        verdict: c.verdict
      }))
    )
  }
  logger.info(
    `chosen backup: ${oneLine(chosen.backup.name)} (${oneLine(notes.get(chosen.backup.name) ?? '')})`
  )
  const summary = [
    `## known-good restore${options.dryRun ? ' (dry run)' : ''}`,
    '',
    backupsTable(candidates, notes),
    ''
  ]
  if (options.dryRun) {
    const plan = await provider.restorePlan(chosen.backup, request, name)
    logger.info(`dry run: would create\n${JSON.stringify(plan, null, 2)}`)
    outputs['restore-name'] = name
    outputs['restore-phase'] = 'DryRun'
    outputs.plan = JSON.stringify(plan)
    summary.push('Would create:', '', preBlock(JSON.stringify(plan, null, 2)))
    await deps.writeJobSummary?.(summary.join('\n')).catch(() => undefined)
    return { status: 'ok', outputs }
  }
  const result = await provider.restore(chosen.backup, request, name, {
    timeoutMs: cluster.timeoutMs,
    intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS,
    logger
  })
  Object.assign(outputs, {
    'restore-name': result.name,
    'restore-phase': result.phase,
    'restore-warnings': String(result.warnings),
    'restore-errors': String(result.errors)
  })
  summary.push(
    `Restore ${escapeMarkdown(result.name)}: ${escapeMarkdown(result.phase)}, ${result.warnings} warnings, ${result.errors} errors.`
  )
  for (const message of result.messages) summary.push(`- ${escapeMarkdown(message, 500)}`)
  await deps.writeJobSummary?.(summary.join('\n')).catch(() => undefined)
  logger.info(
    `restore ${oneLine(result.name)}: ${result.phase} (${result.warnings} warnings, ${result.errors} errors)`
  )
  if (!result.succeeded) {
    throw new Error(
      `restore ${result.name} from backup ${chosen.backup.name} ended ${result.phase}${result.messages.length ? `: ${result.messages.join('; ')}` : ''}`
    )
  }
  return { status: 'ok', outputs }
}
