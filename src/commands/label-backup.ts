import type { Catalog } from '../catalog/catalog.js'
import { openCatalog } from '../catalog/catalog.js'
import type { Labelled } from '../catalog/label.js'
import { failedBackupReport, labelHeading, labelOutputs, labelSummary } from '../catalog/label.js'
import type { BackupInfo } from '../backup/model.js'
import { BackupFailedError } from '../backup/model.js'
import { messagesOutput } from '../backup/provider-messages.js'
import { scheduleOf } from '../backup/retention.js'
import type { LabelBackupConfig } from '../config/label-backup.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import { readVerdictFile } from '../verdict/file.js'
import type { ClusterDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

type Outputs = CommandResult<'label-backup'>['outputs']

/** Waits until the backup is usable; a backup that ends without becoming so is the error. */
async function waitUsable(
  config: LabelBackupConfig,
  catalog: Catalog,
  labelled: Labelled
): Promise<BackupInfo | BackupFailedError> {
  if (!config.wait) return labelled.backup
  try {
    return await catalog.provider.waitUsable(
      labelled.backup.name,
      catalog.wait('backup', config.timeoutMs)
    )
  } catch (error) {
    if (error instanceof BackupFailedError) return error
    throw error
  }
}

const CSI_KEEPS =
  'protect-known-good is ignored with provider csi: VolumeSnapshots do not expire by themselves'

/** The retention guard on the schedule of the backup just labelled (Velero only). */
async function guardSchedule(
  config: LabelBackupConfig,
  catalog: Catalog,
  backup: BackupInfo,
  logger: Logger
) {
  if (config.retention.keep <= 0) return undefined
  if (catalog.provider.kind === 'velero')
    return catalog.protectSchedule(scheduleOf(backup), config.retention)
  logger.warning(CSI_KEEPS)
  return undefined
}

/** The backup ended without becoming usable: the step fails with what the backup system said. */
async function failed(
  error: BackupFailedError,
  catalog: Catalog,
  deps: ClusterDeps,
  outputs: Outputs,
  heading: string
): Promise<CommandResult<'label-backup'>> {
  const said = await catalog.explainFailure(error)
  const report = failedBackupReport(error, catalog.provider.kind, said, heading, deps.logger)
  outputs['backup-messages'] = messagesOutput(said)
  await writeSummary(deps, report.summary)
  return { status: 'failed', outputs, failure: report.failure }
}

/** The deploy job's stage: record the scan's verdict on the pre-release backup. */
export async function labelBackup(
  config: LabelBackupConfig,
  deps: ClusterDeps
): Promise<CommandResult<'label-backup'>> {
  const record = readVerdictFile(config.verdictFile)
  const { target } = config
  const snapshotClass = target.kind === 'create' ? target.snapshotClass : undefined
  const catalog = openCatalog(deps, {
    backups: config.backups,
    ...(snapshotClass ? { snapshotClass } : {})
  })
  const labelled = await catalog.recordVerdict(target, record, config.identity)
  const outputs: Outputs = labelOutputs(labelled, record.verdict)
  const heading = labelHeading(labelled.backup, catalog.provider)
  const backup = await waitUsable(config, catalog, labelled)
  if (backup instanceof BackupFailedError) return failed(backup, catalog, deps, outputs, heading)
  deps.logger.info(`backup ${oneLine(backup.name)}: ${backup.phase}, verdict ${record.verdict}`)
  const guarded = await guardSchedule(config, catalog, backup, deps.logger)
  if (guarded) outputs['protected-backups'] = JSON.stringify(guarded)
  await writeSummary(deps, labelSummary(heading, backup, labelled, record.verdict, guarded))
  return { status: 'ok', outputs }
}
