import { createProvider } from '../backup/create-provider.js'
import type { RecordKeys } from '../backup/label-contract.js'
import { recordKeys, verdictMetadata } from '../backup/label-contract.js'
import type { BackupInfo } from '../backup/model.js'
import { newestBackup } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import type { RetentionAction } from '../backup/retention.js'
import { enforceRetention, scheduleOf } from '../backup/retention.js'
import { verdictSources } from '../backup/sources.js'
import { resolveVerdicts } from '../backup/verdicts.js'
import { POLL_INTERVAL_MS } from '../cluster/wait.js'
import type { ClusterDeps } from '../command/deps.js'
import type { CommandResult } from '../command/result.js'
import type { LabelBackupConfig, LabelTarget } from '../config/label-backup.js'
import { ConfigurationError } from '../errors.js'
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
  if (config.wait)
    backup = await provider.waitUsable(backup.name, {
      timeoutMs: config.timeoutMs,
      intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.backup,
      logger
    })
  logger.info(`backup ${oneLine(backup.name)}: ${backup.phase}, verdict ${record.verdict}`)
  const outputs: CommandResult<'label-backup'>['outputs'] = {
    'backup-name': backup.name,
    'backup-created': String(target.kind === 'create'),
    labels: JSON.stringify(labels),
    verdict: record.verdict
  }
  if (config.retention.keep > 0 && provider.kind !== 'velero')
    logger.warning(
      'protect-known-good is ignored with provider csi: VolumeSnapshots do not expire by themselves'
    )
  if (config.retention.keep > 0 && provider.kind === 'velero')
    outputs['protected-backups'] = JSON.stringify(
      await guardSchedule(config, deps, provider, keys, backup)
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
