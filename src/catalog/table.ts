import type { Candidate } from '../backup/selection.js'
import { newestCandidateFirst } from '../backup/selection.js'
import type { BackupProvider } from '../backup/provider.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'

function backupCells(candidate: Candidate, note: string): string[] {
  const { backup, verdict, source } = candidate
  return [
    backup.name,
    backup.phase,
    backup.usable ? 'yes' : `no (${backup.unusableReason ?? ''})`,
    `${verdict}${source === 'commit status' || source === 'ledger' ? ` (${source})` : ''}`,
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
    .sort(newestCandidateFirst)
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

/** The `backups` output: one row per backup, newest first. */
export function backupRows(candidates: Candidate[]): Record<string, unknown>[] {
  return [...candidates].sort(newestCandidateFirst).map(c => ({
    name: c.backup.name,
    phase: c.backup.phase,
    usable: c.backup.usable,
    ...(c.backup.unusableReason ? { unusableReason: c.backup.unusableReason } : {}),
    verdict: c.verdict,
    verdictSource: c.source,
    ...(c.revokedReason ? { revokedReason: c.revokedReason } : {}),
    ...(c.backup.commit ? { commit: c.backup.commit } : {}),
    ...(c.backup.startedAt ? { startedAt: c.backup.startedAt } : {}),
    ...(c.backup.expiresAt ? { expiresAt: c.backup.expiresAt } : {})
  }))
}

/** The backups command's job summary: where the backups are, and the table. */
export function backupsSummary(
  provider: Pick<BackupProvider, 'kind' | 'namespace'>,
  candidates: Candidate[]
): string {
  return `## known-good backups (${provider.kind}, namespace ${provider.namespace})\n\n${backupsTable(candidates)}\n`
}
