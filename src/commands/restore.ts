import { createProvider } from '../backup/create-provider.js'
import { recordKeys } from '../backup/label-contract.js'
import { planRestore } from '../backup/restore-plan.js'
import { verdictSources } from '../backup/sources.js'
import { backupRows, backupsTable } from '../backup/table.js'
import { POLL_INTERVAL_MS } from '../cluster/wait.js'
import type { ClusterDeps } from '../command/deps.js'
import {
  allMessages,
  firstErrors,
  logMessages,
  messagesMarkdown,
  messagesOutput,
  speaker
} from '../command/provider-messages.js'
import type { CommandResult } from '../command/result.js'
import { writeSummary } from '../command/summary.js'
import type { RestoreConfig } from '../config/restore.js'
import { LATEST_KNOWN_GOOD } from '../config/restore.js'
import { escapeMarkdown, preBlock } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'

/** The workflow_dispatch stage: restore the newest known-good backup (or a named one). */
export async function restore(
  config: RestoreConfig,
  deps: ClusterDeps
): Promise<CommandResult<'restore'>> {
  const { logger } = deps
  const keys = recordKeys(config.backups.labelPrefix)
  const provider = createProvider(deps.cluster, config.backups, {
    now: deps.now,
    reader: deps.signedUrls
  })
  const sources = await verdictSources(deps.cluster, config.backups.namespace, keys, {
    ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
    ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
  })
  const plan = await planRestore(
    provider,
    keys,
    {
      ...(config.backup === LATEST_KNOWN_GOOD ? {} : { backup: config.backup }),
      reason: config.reason,
      allowUnverified: config.allowUnverified,
      namespaces: config.namespaces,
      mapping: config.mapping,
      existingResourcePolicy: config.existingResourcePolicy,
      identity: config.identity
    },
    sources,
    logger,
    deps.now()
  )
  const { chosen, candidates, notes, request, name } = plan
  const outputs: CommandResult<'restore'>['outputs'] = {
    'backup-name': chosen.backup.name,
    verdict: chosen.verdict,
    backups: JSON.stringify(backupRows(candidates))
  }
  logger.info(
    `chosen backup: ${oneLine(chosen.backup.name)} (${oneLine(notes.get(chosen.backup.name) ?? '')})`
  )
  const summary = [
    `## known-good restore${config.dryRun ? ' (dry run)' : ''}`,
    '',
    backupsTable(candidates, notes),
    ''
  ]
  if (config.dryRun) {
    const plan = await provider.restorePlan(chosen.backup, request, name)
    logger.info(`dry run: would create\n${JSON.stringify(plan, null, 2)}`)
    outputs['restore-name'] = name
    outputs['restore-phase'] = 'DryRun'
    outputs.plan = JSON.stringify(plan)
    summary.push('Would create:', '', preBlock(JSON.stringify(plan, null, 2)))
    await writeSummary(deps, summary.join('\n'))
    return { status: 'ok', outputs }
  }
  const result = await provider.restore(chosen.backup, request, name, {
    timeoutMs: config.timeoutMs,
    intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.restore,
    logger
  })
  const said = allMessages(result.messages, result.details)
  Object.assign(outputs, {
    'restore-name': result.name,
    'restore-phase': result.phase,
    'restore-warnings': String(result.warnings),
    'restore-errors': String(result.errors),
    'restore-messages': messagesOutput(said)
  })
  summary.push(
    `Restore ${escapeMarkdown(result.name)}: ${escapeMarkdown(result.phase)}, ${result.warnings} warnings, ${result.errors} errors.`
  )
  const listed = messagesMarkdown(said)
  if (listed.length) summary.push('', `What ${speaker(provider.kind)} said:`, '', ...listed)
  await writeSummary(deps, summary.join('\n'))
  logger.info(
    `restore ${oneLine(result.name)}: ${result.phase} (${result.warnings} warnings, ${result.errors} errors)`
  )
  logMessages(
    logger,
    `what ${speaker(provider.kind)} said about restore ${oneLine(result.name)}`,
    said
  )
  if (!result.succeeded) {
    const why = firstErrors(said)
    return {
      status: 'failed',
      outputs,
      failure: `restore ${result.name} of backup ${chosen.backup.name} ended ${result.phase} (${result.errors} errors, ${result.warnings} warnings)${why ? `: ${why}` : ''}; every message is in the output restore-messages`
    }
  }
  return { status: 'ok', outputs }
}
