import type { Logger } from '../logger.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'
import type { CheckResult, HealthReport } from './health.js'
import { failedLines } from './health.js'
import type { RetentionAction } from './retention.js'

const MARK: Record<CheckResult['status'], string> = {
  ok: 'ok',
  failed: 'FAILED',
  warning: 'warning',
  'not checked': 'not checked',
  off: 'off'
}

/** Each check, one line; failed checks reach the log as errors through the entry point. */
export function logChecks(report: HealthReport, logger: Logger): void {
  for (const c of report.checks) {
    const line = `${c.check}: ${oneLine(c.subject)}: ${MARK[c.status]}: ${oneLine(c.message)}`
    if (c.status === 'warning') logger.warning(line)
    else logger.info(line)
  }
}

/** The health outputs (health also sets metrics-file when it writes one). */
export function healthOutputs(report: HealthReport, retention: RetentionAction[]) {
  return {
    healthy: String(report.healthy),
    'failed-checks': JSON.stringify(failedLines(report)),
    health: JSON.stringify(report),
    'protected-backups': JSON.stringify(retention)
  }
}

/** The health command's job summary: each check, then what the retention guard changed. */
export function healthSummary(report: HealthReport, retention: RetentionAction[]): string {
  const lines = [
    `## known-good health (namespace ${escapeMarkdown(report.namespace)}): ${report.healthy ? 'healthy' : 'unhealthy'}`,
    '',
    '| Check | Subject | Result | Detail |',
    '| --- | --- | --- | --- |',
    ...report.checks.map(
      c =>
        `| ${c.check} | ${escapeMarkdown(c.subject, 200)} | ${MARK[c.status]} | ${escapeMarkdown(c.message, 500)} |`
    ),
    ''
  ]
  if (retention.length > 0) {
    lines.push('Retention guard:', '')
    for (const a of retention)
      lines.push(
        `- ${a.kind === 'extend' ? 'kept' : 'released'} ${escapeMarkdown(a.backup)}: expiration ${escapeMarkdown(a.from ?? '—')} → ${escapeMarkdown(a.to)}`
      )
    lines.push('')
  }
  return lines.join('\n')
}
