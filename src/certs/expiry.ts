import type { KubeObject } from '../cluster/api.js'
import { escapeMarkdown } from '../text/escape.js'
import { condition } from './certificate.js'

const DAY_MS = 86_400_000

export interface ExpiryRow {
  namespace: string
  name: string
  notAfter?: string
  renewalTime?: string
  /** Whole days until notAfter (negative when expired); undefined when never issued. */
  daysLeft?: number
  ready: boolean
  warning?: string
}

/** Each certificate's expiry, with a warning below the threshold or when it has none. */
export function expiryReport(certificates: KubeObject[], now: Date, warnDays: number): ExpiryRow[] {
  return certificates
    .map(certificate => {
      const status = certificate.status ?? {}
      const row: ExpiryRow = {
        namespace: certificate.metadata.namespace ?? '',
        name: certificate.metadata.name,
        ready: condition(certificate, 'Ready')?.status === 'True'
      }
      if (typeof status.notAfter === 'string') {
        row.notAfter = status.notAfter
        row.daysLeft = Math.floor((Date.parse(status.notAfter) - now.getTime()) / DAY_MS)
        if (row.daysLeft < 0) row.warning = 'expired'
        else if (row.daysLeft < warnDays)
          row.warning = `expires in ${row.daysLeft} days (threshold ${warnDays})`
      } else {
        row.warning = 'never issued (no notAfter)'
      }
      if (typeof status.renewalTime === 'string') row.renewalTime = status.renewalTime
      return row
    })
    .sort(
      (a, b) =>
        (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity) || a.name.localeCompare(b.name)
    )
}

/** The expiry report as a Markdown table (untrusted names escaped). */
export function expiryTable(rows: ExpiryRow[]): string {
  const lines = [
    '| Certificate | Not after | Renewal time | Days left | Ready | |',
    '| --- | --- | --- | ---: | --- | --- |'
  ]
  for (const row of rows) {
    lines.push(
      `| ${escapeMarkdown(`${row.namespace}/${row.name}`, 200)} | ${escapeMarkdown(row.notAfter ?? '—')} | ${escapeMarkdown(row.renewalTime ?? '—')} | ${row.daysLeft ?? '—'} | ${row.ready ? 'yes' : 'no'} | ${escapeMarkdown(row.warning ?? '', 200)} |`
    )
  }
  return lines.join('\n')
}
