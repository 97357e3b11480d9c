import type { RecordKeys } from '../backup/keys.js'
import { recordKeys, SHORT_SHA_LENGTH } from '../backup/keys.js'
import { createProvider } from '../backup/create-provider.js'
import type { BackupInfo } from '../backup/model.js'
import { newestBackup } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import { readVerdictFile } from '../backup/verdict-source.js'
import type { Config, LabelBackupConfig } from '../config.js'
import { ConfigurationError } from '../errors.js'
import { oneLine } from '../logger.js'
import type { VerdictRecord } from '../report/verdict-record.js'
import { countsOutput } from './scan.js'
import type { ClusterDeps } from './cluster-deps.js'
import { requireCluster } from './cluster-deps.js'
import type { CommandResult } from './result.js'

/** Default polling interval while waiting for a backup. */
const POLL_INTERVAL_MS = 5000

/** Labels for selection, annotations for detail (DESIGN.md, "What we write on cluster objects"). */
export function verdictMetadata(
  record: VerdictRecord,
  keys: RecordKeys,
  commit: string | undefined,
  runUrl: string | undefined
) {
  const labels: Record<string, string> = { [keys.verdict]: record.verdict }
  const annotations: Record<string, string> = {
    [keys.counts]: JSON.stringify(countsOutput(record)),
    [keys.policy]: JSON.stringify(record.policy),
    [keys.sarifSha256]: record.sarifSha256,
    [keys.scannedAt]: record.scannedAt
  }
  if (commit) {
    labels[keys.commit] = commit.slice(0, SHORT_SHA_LENGTH)
    annotations[keys.commitSha] = commit
  }
  if (runUrl) annotations[keys.runUrl] = runUrl
  return { labels, annotations }
}

/** Finds the pre-release backup the inputs name (by name, selector or schedule). */
async function findBackup(
  provider: BackupProvider,
  options: LabelBackupConfig
): Promise<BackupInfo> {
  if (options.backupName) {
    const backup = await provider.get(options.backupName)
    if (!backup)
      throw new ConfigurationError(
        `backup ${options.backupName} does not exist in namespace ${provider.namespace}`
      )
    return backup
  }
  const found = options.backupSelector
    ? newestBackup(await provider.list(options.backupSelector))
    : await provider.newestOf(options.schedule!)
  if (!found)
    throw new ConfigurationError(
      `no backup matches ${options.backupSelector ? `selector ${options.backupSelector}` : `schedule ${options.schedule}`} in namespace ${provider.namespace}`
    )
  return found
}

/**
 * The deploy job's stage: record the scan's verdict on the pre-release backup. A backup we create
 * carries the verdict from creation (stored with it); one labelled afterwards carries a
 * cluster-local index only, and the commit status stays the authoritative record.
 */
export async function labelBackup(config: Config, deps: ClusterDeps): Promise<CommandResult> {
  const options = config.labelBackup!
  const cluster = config.cluster!
  const { logger } = deps
  const record = readVerdictFile(options.verdictFile)
  const commit = config.identity.commit
  const recorded = record.identity?.commit
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
  const keys = recordKeys(cluster.labelPrefix)
  const { labels, annotations } = verdictMetadata(
    record,
    keys,
    commit ?? recorded,
    config.identity.runUrl
  )
  const provider = createProvider(
    requireCluster(deps),
    cluster,
    options.snapshotClass
      ? { snapshotClass: options.snapshotClass, now: deps.now }
      : { now: deps.now }
  )
  const wait = {
    timeoutMs: cluster.timeoutMs,
    intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS,
    logger
  }
  let backup: BackupInfo
  if (options.create) {
    backup = await provider.create((options.schedule ?? options.pvcSelector)!, labels, annotations)
    logger.info(`created backup ${backup.name} with verdict ${record.verdict} set at creation`)
  } else {
    const found = await findBackup(provider, options)
    backup = await provider.record(found.name, labels, annotations, current => {
      const other = current.commit
      const mine = labels[keys.commit]
      if (other && mine && other !== mine) {
        throw new ConfigurationError(
          `backup ${current.name} already carries the verdict of commit ${other}; a backup belongs to one release: label the backup taken for ${mine}`
        )
      }
    })
    logger.warning(
      `labelled existing backup ${backup.name} with verdict ${record.verdict}: labels added after a backup completed live only in this cluster ` +
        '(the copy in object storage does not have them); the commit status known-good/verdict and the verdict artifact stay the authoritative record.'
    )
  }
  if (options.wait) backup = await provider.waitUsable(backup.name, wait)
  logger.info(`backup ${oneLine(backup.name)}: ${backup.phase}, verdict ${record.verdict}`)
  return {
    status: 'ok',
    outputs: {
      'backup-name': backup.name,
      'backup-created': String(options.create),
      labels: JSON.stringify(labels),
      verdict: record.verdict
    }
  }
}
