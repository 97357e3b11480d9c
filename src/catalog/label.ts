import type { RecordKeys } from '../backup/label-contract.js'
import { verdictMetadata } from '../backup/label-contract.js'
import type { BackupFailedError, BackupInfo, BackupKind } from '../backup/model.js'
import { newestBackup } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import { firstErrors, logMessages, messagesMarkdown, speaker } from '../backup/provider-messages.js'
import type { RetentionAction } from '../backup/retention.js'
import type { VeleroMessages } from '../backup/velero-files.js'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../logger.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'
import type { VerdictName } from '../policy/verdict.js'
import type { VerdictRecord } from '../verdict/record.js'

/**
 * Which backup a scan's verdict is recorded on: one that exists (by name, the newest of a
 * selector or of a schedule), or a new one taken from a source with the verdict set at creation.
 */
export type LabelTarget =
  | { kind: 'name'; name: string }
  | { kind: 'selector'; selector: string }
  | { kind: 'schedule'; schedule: string }
  | { kind: 'create'; source: string }

export interface Labelled {
  backup: BackupInfo
  created: boolean
  labels: Record<string, string>
}

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
 * Records a scan's verdict on the pre-release backup. A backup we create carries the verdict
 * from creation (stored with it); one labelled afterwards carries a cluster-local index only,
 * and the commit status stays the authoritative record.
 */
export async function recordVerdict(
  provider: BackupProvider,
  keys: RecordKeys,
  target: LabelTarget,
  record: VerdictRecord,
  identity: { commit?: string; runUrl?: string },
  logger: Logger
): Promise<Labelled> {
  const commit = identity.commit
  checkCommit(commit, record.identity?.commit)
  const { labels, annotations } = verdictMetadata(
    record,
    keys,
    commit ?? record.identity?.commit,
    identity.runUrl
  )
  if (target.kind === 'create') {
    const backup = await provider.create(target.source, labels, annotations)
    logger.info(`created backup ${backup.name} with verdict ${record.verdict} set at creation`)
    return { backup, created: true, labels }
  }
  const found = await findBackup(provider, target)
  const backup = await provider.record(
    found.name,
    labels,
    annotations,
    refuseOtherCommit(keys, labels)
  )
  logger.warning(
    `labelled existing backup ${backup.name} with verdict ${record.verdict}: labels added after a backup completed live only in this cluster ` +
      '(the copy in object storage does not have them); the commit status known-good/verdict and the verdict artifact stay the authoritative record.'
  )
  return { backup, created: false, labels }
}

/** The label-backup outputs of a recorded verdict. */
export function labelOutputs(labelled: Labelled, verdict: VerdictName) {
  return {
    'backup-name': labelled.backup.name,
    'backup-created': String(labelled.created),
    labels: JSON.stringify(labelled.labels),
    verdict
  }
}

/** The first line of label-backup's job summary: which backup, of which provider, where. */
export function labelHeading(
  backup: BackupInfo,
  provider: Pick<BackupProvider, 'kind' | 'namespace'>
) {
  return `## known-good label-backup\n\nBackup ${escapeMarkdown(backup.name)} (${provider.kind}, namespace ${escapeMarkdown(provider.namespace)})`
}

/** label-backup's job summary once the verdict is recorded (and the retention guard has run). */
export function labelSummary(
  heading: string,
  backup: BackupInfo,
  labelled: Labelled,
  verdict: VerdictName,
  protectedBackups: RetentionAction[] | undefined
): string {
  const how = labelled.created ? ' (set at creation)' : ' (labelled afterwards: a local index only)'
  const guard = protectedBackups?.length
    ? `\nRetention guard: ${protectedBackups.length} change${protectedBackups.length === 1 ? '' : 's'} (see the output protected-backups).\n`
    : ''
  return `${heading}: ${escapeMarkdown(backup.phase)}, verdict ${verdict}${how}.\n${guard}`
}

/**
 * A backup the verdict was for ended without becoming usable (failed, deleted while awaited):
 * what the backup system said, in the log, and the summary and the failure of the step.
 */
export function failedBackupReport(
  error: BackupFailedError,
  kind: BackupKind,
  said: VeleroMessages,
  heading: string,
  logger: Logger
): { summary: string; failure: string } {
  logMessages(logger, `what ${speaker(kind)} said about backup ${oneLine(error.backup)}`, said)
  const listed = messagesMarkdown(said)
  const why = firstErrors({ ...said, messages: said.messages.filter(m => m.scope !== 'status') })
  return {
    summary: [`${heading}: ${escapeMarkdown(error.message)}`, '', ...listed, ''].join('\n'),
    failure: `${error.message}${why ? `; ${why}` : ''}${listed.length ? '; every message is in the output backup-messages' : ''}`
  }
}
