import { createProvider } from '../backup/create-provider.js'
import type { RecordKeys } from '../backup/label-contract.js'
import { recordKeys, verdictMetadata } from '../backup/label-contract.js'
import type { BackupInfo } from '../backup/model.js'
import { BackupFailedError, newestBackup } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import type { RetentionAction } from '../backup/retention.js'
import { enforceRetention, scheduleOf } from '../backup/retention.js'
import { verdictSources } from '../backup/sources.js'
import { resolveVerdicts } from '../backup/verdicts.js'
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
import type { LabelBackupConfig, LabelTarget } from '../config/label-backup.js'
import { ConfigurationError } from '../errors.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'
import { readVerdictFile } from '../verdict/file.js'

/** Finds the pre-release backup the inputs name (by name, selector or schedule). */
async function findBackup(
  provider: BackupProvider,
  target: Exclude<LabelTarget, { kind: 'create' }>
): Promise<BackupInfo> {
  if (target.kind === 'name') {
    const backup = await provider.get(target.name)
    if (!backup)
      throw new ConfigurationError(
        `backup ${target.name} does not exist in namespace ${provider.namespace}`
      )
    return backup
  }
  const found =
    target.kind === 'selector'
      ? newestBackup(await provider.list(target.selector))
      : await provider.newestOf(target.schedule)
  if (!found)
    throw new ConfigurationError(
      `no backup matches ${target.kind === 'selector' ? `selector ${target.selector}` : `schedule ${target.schedule}`} in namespace ${provider.namespace}`
    )
  return found
}

/** The verdict must be the one of the commit being released. */
function checkCommit(commit: string | undefined, recorded: string | undefined): void {
  if (
    commit &&
    recorded &&
    commit !== recorded &&
    !recorded.startsWith(commit) &&
    !commit.startsWith(recorded)
  ) {
    throw new ConfigurationError(
      `verdict-file is for commit ${recorded}, but this deploy is for ${commit}: pass the verdict of the commit being released`
    )
  }
}

/** A backup belongs to one release: never relabel one that carries another commit's verdict. */
function refuseOtherCommit(keys: RecordKeys, labels: Record<string, string>) {
  return (current: BackupInfo): void => {
    const other = current.commit
    const mine = labels[keys.commit]
    if (other && mine && other !== mine) {
      throw new ConfigurationError(
        `backup ${current.name} already carries the verdict of commit ${other}; a backup belongs to one release: label the backup taken for ${mine}`
      )
    }
  }
}

/**
 * The deploy job's stage: record the scan's verdict on the pre-release backup. A backup we create
 * carries the verdict from creation (stored with it); one labelled afterwards carries a
 * cluster-local index only, and the commit status stays the authoritative record.
 */
export async function labelBackup(
  config: LabelBackupConfig,
  deps: ClusterDeps
): Promise<CommandResult<'label-backup'>> {
  const { logger } = deps
  const record = readVerdictFile(config.verdictFile)
  const commit = config.identity.commit
  checkCommit(commit, record.identity?.commit)
  const keys = recordKeys(config.backups.labelPrefix)
  const { labels, annotations } = verdictMetadata(
    record,
    keys,
    commit ?? record.identity?.commit,
    config.identity.runUrl
  )
  const target = config.target
  const provider = createProvider(deps.cluster, config.backups, {
    now: deps.now,
    reader: deps.signedUrls,
    ...(target.kind === 'create' && target.snapshotClass
      ? { snapshotClass: target.snapshotClass }
      : {})
  })
  let backup: BackupInfo
  if (target.kind === 'create') {
    backup = await provider.create(target.source, labels, annotations)
    logger.info(`created backup ${backup.name} with verdict ${record.verdict} set at creation`)
  } else {
    const found = await findBackup(provider, target)
    backup = await provider.record(found.name, labels, annotations, refuseOtherCommit(keys, labels))
    logger.warning(
      `labelled existing backup ${backup.name} with verdict ${record.verdict}: labels added after a backup completed live only in this cluster ` +
        '(the copy in object storage does not have them); the commit status known-good/verdict and the verdict artifact stay the authoritative record.'
    )
  }
  const outputs: CommandResult<'label-backup'>['outputs'] = {
    'backup-name': backup.name,
    'backup-created': String(target.kind === 'create'),
    labels: JSON.stringify(labels),
    verdict: record.verdict
  }
  const heading = `## known-good label-backup\n\nBackup ${escapeMarkdown(backup.name)} (${provider.kind}, namespace ${escapeMarkdown(provider.namespace)})`
  if (config.wait) {
    try {
      backup = await provider.waitUsable(backup.name, {
        timeoutMs: config.timeoutMs,
        intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.backup,
        logger
      })
    } catch (error) {
      if (!(error instanceof BackupFailedError)) throw error
      return failed(error, provider, deps, outputs, heading)
    }
  }
  logger.info(`backup ${oneLine(backup.name)}: ${backup.phase}, verdict ${record.verdict}`)
  if (config.retention.keep > 0 && provider.kind !== 'velero')
    logger.warning(
      'protect-known-good is ignored with provider csi: VolumeSnapshots do not expire by themselves'
    )
  const protectedBackups =
    config.retention.keep > 0 && provider.kind === 'velero'
      ? await guardSchedule(config, deps, provider, keys, backup)
      : undefined
  if (protectedBackups) outputs['protected-backups'] = JSON.stringify(protectedBackups)
  await writeSummary(
    deps,
    `${heading}: ${escapeMarkdown(backup.phase)}, verdict ${record.verdict}${target.kind === 'create' ? ' (set at creation)' : ' (labelled afterwards: a local index only)'}.\n` +
      (protectedBackups?.length
        ? `\nRetention guard: ${protectedBackups.length} change${protectedBackups.length === 1 ? '' : 's'} (see the output protected-backups).\n`
        : '')
  )
  return { status: 'ok', outputs }
}

/** The retention guard on the schedule of the backup just labelled (Velero only). */
async function guardSchedule(
  config: LabelBackupConfig,
  deps: ClusterDeps,
  provider: BackupProvider,
  keys: RecordKeys,
  backup: BackupInfo
): Promise<RetentionAction[]> {
  const schedule = scheduleOf(backup)
  const sources = await verdictSources(deps.cluster, config.backups.namespace, keys, {
    ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {})
  })
  const candidates = (await resolveVerdicts(await provider.list(), sources, deps.logger)).filter(
    c => scheduleOf(c.backup) === schedule
  )
  return enforceRetention(
    deps.cluster,
    config.backups.namespace,
    keys,
    candidates,
    { ...config.retention, now: deps.now() },
    deps.logger
  )
}

/**
 * The backup the verdict was for ended without becoming usable (failed, deleted while awaited):
 * the step fails with what the backup system said, in the log, the summary and an output.
 */
async function failed(
  error: BackupFailedError,
  provider: BackupProvider,
  deps: ClusterDeps,
  outputs: CommandResult<'label-backup'>['outputs'],
  heading: string
): Promise<CommandResult<'label-backup'>> {
  const { logger } = deps
  const current = error.phase === 'deleted' ? undefined : await provider.get(error.backup)
  const details =
    current && provider.explainFailure ? await provider.explainFailure(current, logger) : undefined
  const said = allMessages(current?.failure ? [current.failure] : [], details)
  outputs['backup-messages'] = messagesOutput(said)
  logMessages(
    logger,
    `what ${speaker(provider.kind)} said about backup ${oneLine(error.backup)}`,
    said
  )
  const listed = messagesMarkdown(said)
  await writeSummary(
    deps,
    [`${heading}: ${escapeMarkdown(error.message)}`, '', ...listed, ''].join('\n')
  )
  const why = firstErrors({ ...said, messages: said.messages.filter(m => m.scope !== 'status') })
  return {
    status: 'failed',
    outputs,
    failure: `${error.message}${why ? `; ${why}` : ''}${listed.length ? '; every message is in the output backup-messages' : ''}`
  }
}
