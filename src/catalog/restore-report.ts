import type { BackupKind, RestoreResult } from '../backup/model.js'
import type { VeleroMessages } from '../backup/velero-files.js'
import {
  firstErrors,
  logMessages,
  messagesMarkdown,
  messagesOutput,
  speaker
} from '../backup/provider-messages.js'
import type { KubeObject } from '../cluster/api.js'
import type { Logger } from '../logger.js'
import { escapeMarkdown, preBlock } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'
import type { RestorePlan } from './restore-plan.js'
import { backupRows, backupsTable } from './table.js'

/** What the log says of the choice: the backup and why. */
export function chosenLine(plan: RestorePlan): string {
  const name = plan.chosen.backup.name
  return `chosen backup: ${oneLine(name)} (${oneLine(plan.notes.get(name) ?? '')})`
}

/** The outputs of a choice: the backup, its verdict, and every backup considered. */
export function choiceOutputs(plan: RestorePlan) {
  return {
    'backup-name': plan.chosen.backup.name,
    verdict: plan.chosen.verdict,
    backups: JSON.stringify(backupRows(plan.candidates))
  }
}

/** The restore command's job summary: the table of the choice, then what was (or would be) done. */
export function restoreSummary(plan: RestorePlan, dryRun: boolean, done: string[]): string {
  return [
    `## known-good restore${dryRun ? ' (dry run)' : ''}`,
    '',
    backupsTable(plan.candidates, plan.notes),
    '',
    ...done
  ].join('\n')
}

/** A dry run's outputs and summary lines: the objects the restore would create. */
export function dryRunReport(plan: RestorePlan, objects: KubeObject[]) {
  return {
    outputs: {
      'restore-name': plan.name,
      'restore-phase': 'DryRun',
      plan: JSON.stringify(objects)
    },
    lines: ['Would create:', '', preBlock(JSON.stringify(objects, null, 2))]
  }
}

/** The outputs of a restore that ran, with every message the backup system gave. */
export function restoreOutputs(result: RestoreResult, said: VeleroMessages) {
  return {
    'restore-name': result.name,
    'restore-phase': result.phase,
    'restore-warnings': String(result.warnings),
    'restore-errors': String(result.errors),
    'restore-messages': messagesOutput(said)
  }
}

/** The summary lines of a restore that ran: its outcome and what the backup system said. */
export function restoredLines(result: RestoreResult, kind: BackupKind, said: VeleroMessages) {
  const lines = [
    `Restore ${escapeMarkdown(result.name)}: ${escapeMarkdown(result.phase)}, ${result.warnings} warnings, ${result.errors} errors.`
  ]
  const listed = messagesMarkdown(said)
  if (listed.length) lines.push('', `What ${speaker(kind)} said:`, '', ...listed)
  return lines
}

/** The log of a restore that ran: its outcome, then each message. */
export function logRestore(
  logger: Logger,
  kind: BackupKind,
  result: RestoreResult,
  said: VeleroMessages
): void {
  logger.info(
    `restore ${oneLine(result.name)}: ${result.phase} (${result.warnings} warnings, ${result.errors} errors)`
  )
  logMessages(logger, `what ${speaker(kind)} said about restore ${oneLine(result.name)}`, said)
}

/** Why the step fails when the restore did not succeed: the first errors, the rest in the output. */
export function restoreFailure(plan: RestorePlan, result: RestoreResult, said: VeleroMessages) {
  const why = firstErrors(said)
  return `restore ${result.name} of backup ${plan.chosen.backup.name} ended ${result.phase} (${result.errors} errors, ${result.warnings} warnings)${why ? `: ${why}` : ''}; every message is in the output restore-messages`
}
