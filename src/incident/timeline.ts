/**
 * An incident's record: every step with when it ran and how it ended, kept in the ledger
 * ConfigMap while the incident runs (so that running it again continues it) and written as
 * incident.json and incident.md at the end: the evidence an auditor asks for.
 */
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { escapeMarkdown } from '../text/escape.js'
import { isObject, str } from '../util/json.js'

export const INCIDENT_SCHEMA = 'known-good.incident/v1'

/** The playbook, in order. */
export const STEPS = [
  'pause-schedules',
  'revoke',
  'plan',
  'restore',
  'rotate-certificates',
  'resume-schedules'
] as const
export type StepName = (typeof STEPS)[number]

/** Steps whose work is not repeated once done (the others are cheap and safe to run again). */
export const ONCE: ReadonlySet<StepName> = new Set(['revoke', 'restore', 'rotate-certificates'])

export interface StepRecord {
  step: StepName
  /** `skipped`: not asked for, or done in an earlier run; `stopped`: a dry run ended before it. */
  result: 'done' | 'skipped' | 'failed' | 'stopped'
  startedAt: string
  endedAt: string
  detail: string
  /** Which run of the incident (1 for the first, 2 when run again after a failure, …). */
  attempt: number
}

export interface IncidentRecord {
  schema: typeof INCIDENT_SCHEMA
  id: string
  reason: string
  requestedBy?: string
  runUrl?: string
  startedAt: string
  endedAt?: string
  attempts: number
  result?: 'done' | 'failed' | 'dry-run'
  steps: StepRecord[]
  /** The schedules this incident paused (and is to resume). */
  pausedSchedules: string[]
  backup?: { name: string; why: string }
  restore?: { name: string; phase?: string; warnings?: number; errors?: number }
  revokedCommits?: string[]
  renewedCertificates?: {
    namespace: string
    name: string
    oldRevision: number
    newRevision: number
  }[]
  restartedWorkloads?: { kind: string; namespace: string; name: string; action: string }[]
}

export function newRecord(
  id: string,
  reason: string,
  at: Date,
  identity: { actor?: string; runUrl?: string }
): IncidentRecord {
  return {
    schema: INCIDENT_SCHEMA,
    id,
    reason,
    ...(identity.actor ? { requestedBy: identity.actor } : {}),
    ...(identity.runUrl ? { runUrl: identity.runUrl } : {}),
    startedAt: at.toISOString(),
    attempts: 0,
    steps: [],
    pausedSchedules: []
  }
}

/** Reads a record kept in the ledger ConfigMap, refusing one that is not ours. */
export function parseRecord(text: string, source: string): IncidentRecord {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`${source} is not JSON: ${getErrorMessage(error)}`)
  }
  if (
    !isObject(value) ||
    value.schema !== INCIDENT_SCHEMA ||
    str(value.id) === undefined ||
    !Array.isArray(value.steps)
  )
    throw new ConfigurationError(`${source} is not a known-good incident record`)
  return value as unknown as IncidentRecord
}

/** The last time a step was done (in any run of the incident), if it was. */
export function doneBefore(record: IncidentRecord, step: StepName): StepRecord | undefined {
  return [...record.steps].reverse().find(s => s.step === step && s.result === 'done')
}

function duration(step: StepRecord): string {
  const ms = Date.parse(step.endedAt) - Date.parse(step.startedAt)
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** The record for people: what happened, in order, and what was restored and renewed. */
export function renderRecord(record: IncidentRecord): string {
  const lines = [
    `## known-good incident ${escapeMarkdown(record.id, 63)}: ${record.result ?? 'running'}`,
    '',
    `Reason: ${escapeMarkdown(record.reason, 1000)}`,
    ...(record.requestedBy ? [`Requested by: ${escapeMarkdown(record.requestedBy, 100)}`] : []),
    `Started ${record.startedAt}${record.endedAt ? `, ended ${record.endedAt}` : ''}; run ${record.attempts} of this incident.`,
    '',
    '| # | Step | Result | Started | Took | Detail |',
    '| ---: | --- | --- | --- | ---: | --- |'
  ]
  record.steps.forEach((s, i) =>
    lines.push(
      `| ${i + 1} | ${s.step} | ${s.result}${s.attempt > 1 ? ` (run ${s.attempt})` : ''} | ${s.startedAt} | ${duration(s)} | ${escapeMarkdown(s.detail, 1000)} |`
    )
  )
  lines.push('')
  if (record.backup)
    lines.push(
      `Backup restored: ${escapeMarkdown(record.backup.name, 253)} (${escapeMarkdown(record.backup.why, 500)}).`
    )
  if (record.restore)
    lines.push(
      `Restore: ${escapeMarkdown(record.restore.name, 253)}, ${escapeMarkdown(record.restore.phase ?? 'not finished')}${record.restore.warnings !== undefined ? `, ${record.restore.warnings} warnings, ${record.restore.errors ?? 0} errors` : ''}.`
    )
  if (record.revokedCommits?.length)
    lines.push(
      `Revoked commits: ${record.revokedCommits.map(c => `\`${c.replace(/[^0-9a-f]/g, '')}\``).join(', ')}.`
    )
  if (record.renewedCertificates?.length)
    lines.push(
      `Certificates renewed: ${record.renewedCertificates.map(c => escapeMarkdown(`${c.namespace}/${c.name} (revision ${c.oldRevision} → ${c.newRevision})`, 300)).join(', ')}.`
    )
  if (record.pausedSchedules.length)
    lines.push(
      `Schedules paused and resumed: ${record.pausedSchedules.map(s => escapeMarkdown(s, 253)).join(', ')}.`
    )
  return `${lines.join('\n')}\n`
}
