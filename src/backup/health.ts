import type { KubeObject } from '../cluster/api.js'
import { oneLine } from '../text/one-line.js'
import { humanDuration, parseDuration } from '../util/duration.js'
import { str } from '../util/json.js'
import { parseCron } from './cron.js'
import type { RecordKeys } from './label-contract.js'
import type { BackupInfo } from './model.js'
import { newestFirst } from './model.js'
import type { LocationPosture, PostureFinding } from './posture.js'
import { scheduleOf } from './retention.js'
import type { HealthCheckName } from './health-checks.js'
import type { Candidate } from './selection.js'
import { newestCandidateFirst, selectKnownGood } from './selection.js'

/*
 * Backup health: one report per backup namespace, grouped by Velero schedule. Pure: the health
 * command reads the cluster and hands everything here, so every decision is tested on plain
 * objects. The checks' names are in `health-checks.ts`.
 */

/** `warning` and `not checked` never make the report unhealthy; `off` was switched off. */
export type CheckStatus = 'ok' | 'failed' | 'warning' | 'not checked' | 'off'

export interface CheckResult {
  check: HealthCheckName
  /** What it is about: `schedule daily`, `backupstoragelocation default`, `namespace velero`. */
  subject: string
  status: CheckStatus
  message: string
}

export interface ScheduleInfo {
  name: string
  expression: string
  paused: boolean
  phase?: string
  validationErrors: string[]
  createdAt?: string
}

/** Velero's phases after which a backup will not change. */
const FINISHED = new Set(['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'])

export function scheduleInfo(object: KubeObject): ScheduleInfo {
  const errors = object.status?.validationErrors
  const info: ScheduleInfo = {
    name: object.metadata.name,
    expression: str(object.spec?.schedule) ?? '',
    paused: object.spec?.paused === true,
    validationErrors: Array.isArray(errors)
      ? errors.filter((e): e is string => typeof e === 'string')
      : []
  }
  const phase = str(object.status?.phase)
  if (phase) info.phase = phase
  if (object.metadata.creationTimestamp) info.createdAt = object.metadata.creationTimestamp
  return info
}

export interface HealthOptions {
  /** How many of its cron intervals a schedule's newest backup may be old. */
  tolerance: number
  maxKnownGoodAgeMs: number
  /** The retention guard's margin: a known-good that expires sooner is about to go. */
  marginMs: number
  requireEncryption: boolean
  skip: ReadonlySet<HealthCheckName>
  now: Date
  /** Only these schedules and their backups (undefined: every schedule, and the backups of none). */
  schedules?: readonly string[]
}

export interface RepositoryPosture {
  state: 'checked' | 'not checked'
  finding?: PostureFinding
  reason?: string
}

export interface HealthInput {
  namespace: string
  keys: RecordKeys
  schedules: ScheduleInfo[]
  candidates: Candidate[]
  locations: KubeObject[]
  posture: LocationPosture[]
  repository: RepositoryPosture
}

interface BackupRef {
  name: string
  startedAt?: string
  phase: string
}

export interface ScheduleReport {
  name: string
  expression: string
  paused: boolean
  intervalSeconds?: number
  newestBackup?: BackupRef
  ageSeconds?: number
  /** When Velero should have started the next backup after the newest one. */
  dueAt?: string
  lastFinished?: BackupRef & { failure?: string }
  failuresSinceCompleted: number
}

export interface DrillRecord {
  backup: string
  at: string
  result: 'passed' | 'failed'
}

export interface GroupReport {
  /** The schedule, '' for backups of none. */
  schedule: string
  backups: number
  verdicts: Record<string, number>
  newestBackup?: BackupRef
  knownGood?: { name: string; startedAt?: string; expiresAt?: string; protected: boolean }
  lastDrill?: DrillRecord
  /** Backups whose expiration the retention guard holds (they carry the original). */
  protectedBackups: number
}

export interface LocationReport {
  name: string
  provider: string
  phase: string
  available: boolean
  lastValidationTime?: string
  message?: string
  default: boolean
}

export interface HealthReport {
  namespace: string
  at: string
  healthy: boolean
  checks: CheckResult[]
  schedules: ScheduleReport[]
  groups: GroupReport[]
  locations: LocationReport[]
  posture: { locations: LocationPosture[]; repository: RepositoryPosture }
}

const ref = (backup: BackupInfo): BackupRef => ({
  name: backup.name,
  phase: backup.phase,
  ...(backup.startedAt ? { startedAt: backup.startedAt } : {})
})

function time(text: string | undefined): number | undefined {
  const value = Date.parse(text ?? '')
  return Number.isNaN(value) ? undefined : value
}

const ago = (ms: number) => `${humanDuration(ms)} ago`

/** The schedule's backups (Velero's schedule-name label), newest first. */
function backupsOf(candidates: Candidate[], schedule: string): BackupInfo[] {
  return candidates
    .filter(c => scheduleOf(c.backup) === schedule)
    .map(c => c.backup)
    .sort(newestFirst)
}

function scheduleAge(
  schedule: ScheduleInfo,
  backups: BackupInfo[],
  options: HealthOptions,
  report: ScheduleReport
): CheckResult {
  const subject = `schedule ${schedule.name}`
  const result = (status: CheckStatus, message: string): CheckResult => ({
    check: 'schedule-age',
    subject,
    status,
    message
  })
  if (schedule.phase === 'FailedValidation')
    return result(
      'failed',
      `Velero refuses the schedule: ${schedule.validationErrors.join('; ') || 'FailedValidation'}; fix spec.schedule`
    )
  if (schedule.paused) return result('not checked', 'paused (spec.paused: true)')
  let cron
  try {
    cron = parseCron(schedule.expression)
  } catch (error) {
    return result(
      'failed',
      `cannot read spec.schedule ${JSON.stringify(schedule.expression)}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const newest = backups[0]
  const base = time(newest?.startedAt) ?? time(schedule.createdAt)
  if (base === undefined) return result('not checked', 'neither a backup nor a creation time')
  const due = cron.next(new Date(base))
  const interval = cron.next(due).getTime() - due.getTime()
  const deadline = due.getTime() + (options.tolerance - 1) * interval
  const now = options.now.getTime()
  report.intervalSeconds = Math.round(interval / 1000)
  report.dueAt = due.toISOString()
  if (newest) report.ageSeconds = Math.round((now - base) / 1000)
  const every = `cron ${JSON.stringify(schedule.expression)}, every ${humanDuration(interval)}`
  if (now <= deadline)
    return result(
      'ok',
      newest
        ? `newest backup ${newest.name} started ${ago(now - base)} (${every})`
        : `no backup yet; the first is due ${due.toISOString()} (${every})`
    )
  return result(
    'failed',
    newest
      ? `newest backup ${newest.name} started ${ago(now - base)}, more than ${options.tolerance} intervals (${every}); Velero should have started one at ${due.toISOString()}: is Velero running, is the schedule's storage location available?`
      : `no backup since the schedule was created ${ago(now - base)}, more than ${options.tolerance} intervals (${every}): is Velero running?`
  )
}

function lastBackup(
  schedule: ScheduleInfo,
  backups: BackupInfo[],
  report: ScheduleReport
): CheckResult {
  const subject = `schedule ${schedule.name}`
  const finished = backups.filter(b => FINISHED.has(b.phase))
  const last = finished[0]
  const completed = finished.findIndex(b => b.phase === 'Completed')
  report.failuresSinceCompleted = completed === -1 ? finished.length : completed
  if (!last)
    return {
      check: 'last-backup',
      subject,
      status: 'not checked',
      message: 'no finished backup yet'
    }
  report.lastFinished = { ...ref(last), ...(last.failure ? { failure: last.failure } : {}) }
  if (last.phase === 'Completed')
    return {
      check: 'last-backup',
      subject,
      status: 'ok',
      message: `last backup ${last.name} Completed`
    }
  const since =
    completed === -1
      ? `none of its ${finished.length} finished backups Completed`
      : `${report.failuresSinceCompleted} failed since the last Completed one, ${finished[completed]!.name}`
  return {
    check: 'last-backup',
    subject,
    status: 'failed',
    message: `last backup ${last.name} ended ${last.phase}${last.failure ? `: ${oneLine(last.failure)}` : ''} (${since}); see velero backup logs ${last.name}`
  }
}

function countVerdicts(candidates: Candidate[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null) as Record<string, number>
  for (const verdict of ['clean', 'blocked', 'unknown', 'revoked', 'unverified'])
    counts[verdict] = 0
  for (const c of candidates) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1
  return counts
}

function drillOf(backup: BackupInfo, keys: RecordKeys): DrillRecord | undefined {
  const at = backup.annotations[keys.drilledAt]
  const result = backup.annotations[keys.drillResult]
  if (at === undefined || time(at) === undefined) return undefined
  return { backup: backup.name, at, result: result === 'passed' ? 'passed' : 'failed' }
}

/** The newest drill recorded on any of the backups. */
export function lastDrill(candidates: Candidate[], keys: RecordKeys): DrillRecord | undefined {
  return candidates
    .map(c => drillOf(c.backup, keys))
    .filter((d): d is DrillRecord => d !== undefined)
    .sort((a, b) => time(b.at)! - time(a.at)!)[0]
}

function groupReport(schedule: string, candidates: Candidate[], keys: RecordKeys): GroupReport {
  const sorted = [...candidates].sort(newestCandidateFirst)
  const group: GroupReport = {
    schedule,
    backups: candidates.length,
    verdicts: countVerdicts(candidates),
    protectedBackups: candidates.filter(
      c => c.backup.annotations[keys.originalExpiration] !== undefined
    ).length
  }
  if (sorted[0]) group.newestBackup = ref(sorted[0].backup)
  const chosen = selectKnownGood(candidates).chosen?.backup
  if (chosen)
    group.knownGood = {
      name: chosen.name,
      protected: chosen.annotations[keys.originalExpiration] !== undefined,
      ...(chosen.startedAt ? { startedAt: chosen.startedAt } : {}),
      ...(chosen.expiresAt ? { expiresAt: chosen.expiresAt } : {})
    }
  const drill = lastDrill(candidates, keys)
  if (drill) group.lastDrill = drill
  return group
}

function knownGoodChecks(
  namespace: string,
  candidates: Candidate[],
  keys: RecordKeys,
  options: HealthOptions
): CheckResult[] {
  const subject = `namespace ${namespace}`
  const chosen = selectKnownGood(candidates).chosen?.backup
  const now = options.now.getTime()
  const limit = humanDuration(options.maxKnownGoodAgeMs)
  if (!chosen) {
    const counts = countVerdicts(candidates)
    const summary = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([v, n]) => `${n} ${v}`)
      .join(', ')
    return [
      {
        check: 'known-good-age',
        subject,
        status: 'failed',
        message: `no usable backup with verdict clean (${candidates.length} backups${summary ? `: ${summary}` : ''}); take one with label-backup --create after a clean scan`
      },
      {
        check: 'known-good-expiry',
        subject,
        status: 'not checked',
        message: 'there is no known-good backup'
      }
    ]
  }
  const started = time(chosen.startedAt)
  const age =
    started === undefined
      ? {
          check: 'known-good-age' as const,
          subject,
          status: 'failed' as const,
          message: `newest known-good ${chosen.name} has no start time`
        }
      : now - started > options.maxKnownGoodAgeMs
        ? {
            check: 'known-good-age' as const,
            subject,
            status: 'failed' as const,
            message: `newest known-good ${chosen.name} started ${ago(now - started)}, older than max-known-good-age ${limit}: a restore would lose more than the team accepts`
          }
        : {
            check: 'known-good-age' as const,
            subject,
            status: 'ok' as const,
            message: `newest known-good ${chosen.name} started ${ago(now - started)} (limit ${limit})`
          }
  const expires = time(chosen.expiresAt)
  const protectedNote =
    chosen.annotations[keys.originalExpiration] !== undefined
      ? ', protected by the retention guard'
      : ''
  const expiry: CheckResult =
    expires === undefined
      ? {
          check: 'known-good-expiry',
          subject,
          status: 'ok',
          message: `newest known-good ${chosen.name} does not expire`
        }
      : expires - now < options.marginMs
        ? {
            check: 'known-good-expiry',
            subject,
            status: 'failed',
            message: `newest known-good ${chosen.name} expires in ${humanDuration(expires - now)} (${chosen.expiresAt}): Velero's garbage collection deletes it then; set protect-known-good to keep it`
          }
        : {
            check: 'known-good-expiry',
            subject,
            status: 'ok',
            message: `newest known-good ${chosen.name} expires in ${humanDuration(expires - now)}${protectedNote}`
          }
  return [age, expiry]
}

export function locationReport(object: KubeObject): LocationReport {
  const phase = str(object.status?.phase) ?? 'not validated'
  const report: LocationReport = {
    name: object.metadata.name,
    provider: str(object.spec?.provider) ?? '',
    phase,
    available: phase === 'Available',
    default: object.spec?.default === true
  }
  const validated = str(object.status?.lastValidationTime)
  if (validated) report.lastValidationTime = validated
  const message = str(object.status?.message)
  if (message) report.message = message
  return report
}

/** Velero's --store-validation-frequency default (pkg/cmd/server/config). */
const DEFAULT_VALIDATION_MS = 60_000

function storageChecks(locations: KubeObject[], namespace: string, now: Date): CheckResult[] {
  if (locations.length === 0)
    return [
      {
        check: 'storage',
        subject: `namespace ${namespace}`,
        status: 'failed',
        message: 'no BackupStorageLocation: Velero has nowhere to write backups'
      }
    ]
  return locations.map(object => {
    const location = locationReport(object)
    const subject = `backupstoragelocation ${location.name}`
    const validated = time(location.lastValidationTime)
    const when =
      validated === undefined ? 'never validated' : `validated ${ago(now.getTime() - validated)}`
    if (!location.available)
      return {
        check: 'storage',
        subject,
        status: 'failed',
        message: `${location.phase} (${when})${location.message ? `: ${oneLine(location.message)}` : ''}`
      }
    const frequency =
      parseDuration(str(object.spec?.validationFrequency) ?? '') ?? DEFAULT_VALIDATION_MS
    const stale =
      frequency > 0 && validated !== undefined && now.getTime() - validated > 3 * frequency + 60_000
    return {
      check: 'storage',
      subject,
      status: stale ? 'warning' : 'ok',
      message: stale
        ? `Available, but ${when} while Velero validates every ${humanDuration(frequency)}: is Velero running?`
        : `Available (${when})`
    }
  })
}

function postureChecks(input: HealthInput, options: HealthOptions): CheckResult[] {
  const blocking: CheckStatus = options.requireEncryption ? 'failed' : 'warning'
  const out: CheckResult[] = []
  for (const location of input.posture) {
    const subject = `backupstoragelocation ${location.location}`
    if (location.state === 'not checked') {
      out.push({
        check: 'posture',
        subject,
        status: 'not checked',
        message: `provider ${JSON.stringify(location.provider)}: not checked (only the aws provider's settings are known)`
      })
      continue
    }
    if (location.findings.length === 0)
      out.push({ check: 'posture', subject, status: 'ok', message: 'https, encrypted at rest' })
    for (const finding of location.findings)
      out.push({
        check: 'posture',
        subject,
        status: blocking,
        message: `${finding.field}: ${finding.message}`
      })
  }
  const repo = input.repository
  const subject = 'secret velero-repo-credentials'
  if (repo.state === 'not checked')
    out.push({
      check: 'posture',
      subject,
      status: 'not checked',
      message: repo.reason ?? 'not read'
    })
  else if (repo.finding)
    out.push({
      check: 'posture',
      subject,
      status: blocking,
      message: `${repo.finding.field}: ${repo.finding.message}`
    })
  else out.push({ check: 'posture', subject, status: 'ok', message: 'not the default password' })
  return out
}

function drillCheck(
  namespace: string,
  candidates: Candidate[],
  keys: RecordKeys,
  now: Date
): CheckResult {
  const subject = `namespace ${namespace}`
  const drill = lastDrill(candidates, keys)
  if (!drill)
    return {
      check: 'drill',
      subject,
      status: 'warning',
      message: 'no restore drill recorded on any backup: run the drill command on a schedule'
    }
  const when = `${ago(now.getTime() - time(drill.at)!)} (${drill.at})`
  return drill.result === 'passed'
    ? {
        check: 'drill',
        subject,
        status: 'ok',
        message: `last drill, of ${drill.backup}, passed ${when}`
      }
    : {
        check: 'drill',
        subject,
        status: 'failed',
        message: `last drill, of ${drill.backup}, failed ${when}: see the drill run's log, run the drill again after fixing it`
      }
}

/** Every check, and the report around them. */
export function evaluateHealth(input: HealthInput, options: HealthOptions): HealthReport {
  const { namespace, keys } = input
  const scope = options.schedules ? new Set(options.schedules) : undefined
  const candidates = scope
    ? input.candidates.filter(c => scope.has(scheduleOf(c.backup)))
    : input.candidates
  const schedules = input.schedules.filter(s => !scope || scope.has(s.name))
  const checks: CheckResult[] = []
  for (const name of options.schedules ?? [])
    if (!input.schedules.some(s => s.name === name))
      checks.push({
        check: 'schedule-age',
        subject: `schedule ${name}`,
        status: 'failed',
        message: `no schedule ${name} in namespace ${namespace}: check the schedules input`
      })
  const scheduleReports: ScheduleReport[] = []
  for (const schedule of schedules) {
    const backups = backupsOf(candidates, schedule.name)
    const report: ScheduleReport = {
      name: schedule.name,
      expression: schedule.expression,
      paused: schedule.paused,
      failuresSinceCompleted: 0
    }
    if (backups[0]) report.newestBackup = ref(backups[0])
    checks.push(scheduleAge(schedule, backups, options, report))
    checks.push(lastBackup(schedule, backups, report))
    scheduleReports.push(report)
  }
  checks.push(...knownGoodChecks(namespace, candidates, keys, options))
  checks.push(...storageChecks(input.locations, namespace, options.now))
  checks.push(...postureChecks(input, options))
  checks.push(drillCheck(namespace, candidates, keys, options.now))
  const judged = checks.map(c =>
    options.skip.has(c.check)
      ? { ...c, status: 'off' as const, message: `switched off (skip-checks); ${c.message}` }
      : c
  )
  const names = new Set([
    ...schedules.map(s => s.name),
    ...candidates.map(c => scheduleOf(c.backup))
  ])
  const groups = [...names].sort().map(name =>
    groupReport(
      name,
      candidates.filter(c => scheduleOf(c.backup) === name),
      keys
    )
  )
  return {
    namespace,
    at: options.now.toISOString(),
    healthy: !judged.some(c => c.status === 'failed'),
    checks: judged,
    schedules: scheduleReports,
    groups,
    locations: input.locations.map(locationReport),
    posture: { locations: input.posture, repository: input.repository }
  }
}

/** Each failed check as one line: `check: subject: what is wrong`. */
export function failedLines(report: HealthReport): string[] {
  return report.checks
    .filter(c => c.status === 'failed')
    .map(c => oneLine(`${c.check}: ${c.subject}: ${c.message}`))
}
