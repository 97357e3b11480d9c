import type { BackupKind } from '../backup/model.js'
import type { VeleroMessage, VeleroMessages } from '../backup/velero-files.js'
import { messageLines } from '../backup/velero-files.js'
import type { Logger } from '../logger.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'

/** Who speaks in these messages: `Velero`, or `the provider` (CSI). */
export function speaker(kind: BackupKind): string {
  return kind === 'velero' ? 'Velero' : 'the provider'
}

/**
 * What the backup system said about a restore or backup: the messages of its status (failure
 * reason, validation errors) and those of its files (Velero's results and logs), as one list.
 */
export function allMessages(status: string[], details: VeleroMessages | undefined): VeleroMessages {
  const fromStatus: VeleroMessage[] = status.map(message => ({
    level: 'error',
    scope: 'status',
    message: oneLine(message)
  }))
  return {
    messages: [...fromStatus, ...(details?.messages ?? [])],
    omitted: details?.omitted ?? 0,
    ...(details?.unavailable ? { unavailable: details.unavailable } : {})
  }
}

/** The `restore-messages` / `backup-messages` output: errors and warnings, each where and what. */
export function messagesOutput(all: VeleroMessages): string {
  const pick = (level: VeleroMessage['level']) =>
    all.messages.filter(m => m.level === level).map(({ scope, message }) => ({ scope, message }))
  return JSON.stringify({
    errors: pick('error'),
    warnings: pick('warning'),
    omitted: all.omitted,
    ...(all.unavailable ? { unavailable: all.unavailable } : {})
  })
}

/** Writes the messages to the log, one a line (untrusted text made one line). */
export function logMessages(logger: Logger, what: string, all: VeleroMessages): void {
  const lines = messageLines(all)
  if (lines.length) logger.info(`${what}:\n${lines.map(line => `  ${oneLine(line)}`).join('\n')}`)
}

/** The messages as a Markdown list for the job summary (escaped: they come from the cluster). */
export function messagesMarkdown(all: VeleroMessages): string[] {
  return messageLines(all).map(line => `- ${escapeMarkdown(line, 1000)}`)
}

/** The first errors, for a failure message (the output and the log have them all). */
export function firstErrors(all: VeleroMessages, count = 3): string {
  const errors = all.messages.filter(m => m.level === 'error')
  const shown = errors.slice(0, count).map(m => `${m.scope}: ${m.message}`)
  const more = errors.length - shown.length + all.omitted
  return `${shown.join('; ')}${more > 0 ? ` (and ${more} more messages)` : ''}`
}
