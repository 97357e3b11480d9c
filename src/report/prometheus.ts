import { Gauge, Registry } from 'prom-client'
import { writeFileAtomically } from './file-writer.js'

/**
 * Backup health as Prometheus metrics, in the text exposition format
 * (https://prometheus.io/docs/instrumenting/exposition_formats/) that node_exporter's textfile
 * collector reads from `*.prom` files. prom-client renders it (escaping of label values and
 * help text included). The textfile collector refuses samples with timestamps, so there are
 * none: a time is the value of a `_timestamp_seconds` gauge, in Unix seconds.
 */
export interface GroupMetrics {
  namespace: string
  /** The Velero schedule; '' for backups of none (Prometheus reads an empty label as absent). */
  schedule: string
  /** Start of the newest backup, any phase. */
  lastBackup?: number
  /** Start of the newest usable clean backup; 0 when there is none. */
  lastClean: number
  /** Expiration of that backup (+Inf when it never expires); absent when there is none. */
  cleanExpiry?: number
  /** Backups per verdict (clean, blocked, unknown, revoked, unverified). */
  verdicts: Record<string, number>
  /** The newest drill recorded on the group's backups. */
  lastDrill?: { at: number; passed: boolean }
  /** Backups whose expiration the retention guard holds. */
  protectedBackups: number
}

export interface LocationMetrics {
  namespace: string
  location: string
  available: boolean
  lastValidation?: number
}

export interface HealthMetrics {
  groups: GroupMetrics[]
  locations: LocationMetrics[]
  /** Every check: 1 when it failed. */
  checks: { namespace: string; check: string; failed: boolean }[]
}

/**
 * What the metrics are made from: a health report (backup/health.ts, `HealthReport`), as far as
 * they read it. Times are RFC 3339, as the cluster gives them.
 */
export interface HealthReading {
  namespace: string
  checks: readonly { check: string; status: string }[]
  groups: readonly {
    schedule: string
    newestBackup?: { startedAt?: string }
    knownGood?: { startedAt?: string; expiresAt?: string }
    verdicts: Record<string, number>
    lastDrill?: { at: string; result: string }
    protectedBackups: number
  }[]
  locations: readonly { name: string; available: boolean; lastValidationTime?: string }[]
}

const seconds = (text: string | undefined): number | undefined => {
  const value = Date.parse(text ?? '')
  return Number.isNaN(value) ? undefined : value / 1000
}

/** The report as metrics (README, "Backup health", lists the names and labels). */
export function healthMetrics(report: HealthReading): HealthMetrics {
  const namespace = report.namespace
  const failed = new Map<string, boolean>()
  for (const c of report.checks)
    failed.set(c.check, (failed.get(c.check) ?? false) || c.status === 'failed')
  return {
    groups: report.groups.map(g => ({
      namespace,
      schedule: g.schedule,
      ...(seconds(g.newestBackup?.startedAt) !== undefined
        ? { lastBackup: seconds(g.newestBackup?.startedAt)! }
        : {}),
      lastClean: seconds(g.knownGood?.startedAt) ?? 0,
      ...(g.knownGood
        ? { cleanExpiry: seconds(g.knownGood.expiresAt) ?? Number.POSITIVE_INFINITY }
        : {}),
      verdicts: g.verdicts,
      ...(g.lastDrill
        ? { lastDrill: { at: seconds(g.lastDrill.at)!, passed: g.lastDrill.result === 'passed' } }
        : {}),
      protectedBackups: g.protectedBackups
    })),
    locations: report.locations.map(l => ({
      namespace,
      location: l.name,
      available: l.available,
      ...(seconds(l.lastValidationTime) !== undefined
        ? { lastValidation: seconds(l.lastValidationTime)! }
        : {})
    })),
    checks: [...failed].map(([check, isFailed]) => ({ namespace, check, failed: isFailed }))
  }
}

/** The metric names and their help: the README documents the same table. */
export const METRICS = {
  lastBackup: {
    name: 'known_good_last_backup_timestamp_seconds',
    help: 'Start time of the newest backup of the schedule, whatever its phase or verdict.'
  },
  lastClean: {
    name: 'known_good_last_clean_backup_timestamp_seconds',
    help: 'Start time of the newest usable backup with verdict clean (what restore latest-known-good takes); 0 when there is none.'
  },
  cleanExpiry: {
    name: 'known_good_clean_backup_expiry_timestamp_seconds',
    help: "When Velero's garbage collection deletes the newest usable clean backup (status.expiration); +Inf when it never expires."
  },
  backups: {
    name: 'known_good_backups',
    help: 'Backups of the schedule by verdict (revocations from every source counted).'
  },
  lastDrill: {
    name: 'known_good_last_drill_timestamp_seconds',
    help: 'When the newest restore drill recorded on the backups of the schedule ran.'
  },
  lastDrillSuccess: {
    name: 'known_good_last_drill_success',
    help: '1 when that drill passed, 0 when it failed.'
  },
  protectedBackups: {
    name: 'known_good_protected_backups',
    help: 'Backups whose expiration the retention guard (protect-known-good) holds.'
  },
  storageAvailable: {
    name: 'known_good_storage_location_available',
    help: 'BackupStorageLocation phase: 1 Available, 0 otherwise.'
  },
  storageValidated: {
    name: 'known_good_storage_location_last_validation_timestamp_seconds',
    help: 'When Velero last validated the BackupStorageLocation.'
  },
  checkFailed: {
    name: 'known_good_health_check_failed',
    help: 'Health checks that failed in the last health run, by check name (1 failed, 0 not).'
  }
} as const

type Labels = Record<string, string>

/** Renders the metrics; families without a sample are left out. */
export async function renderMetrics(metrics: HealthMetrics): Promise<string> {
  const registry = new Registry()
  const gauges = new Map<string, Gauge>()
  const set = (
    metric: { name: string; help: string },
    labelNames: string[],
    labels: Labels,
    value: number
  ) => {
    let gauge = gauges.get(metric.name)
    if (!gauge) {
      gauge = new Gauge({ name: metric.name, help: metric.help, labelNames, registers: [registry] })
      gauges.set(metric.name, gauge)
    }
    gauge.set(labels, value)
  }
  const group = ['namespace', 'schedule']
  for (const g of metrics.groups) {
    const labels = { namespace: g.namespace, schedule: g.schedule }
    if (g.lastBackup !== undefined) set(METRICS.lastBackup, group, labels, g.lastBackup)
    set(METRICS.lastClean, group, labels, g.lastClean)
    if (g.cleanExpiry !== undefined) set(METRICS.cleanExpiry, group, labels, g.cleanExpiry)
    for (const [verdict, count] of Object.entries(g.verdicts))
      set(METRICS.backups, [...group, 'verdict'], { ...labels, verdict }, count)
    if (g.lastDrill) {
      set(METRICS.lastDrill, group, labels, g.lastDrill.at)
      set(METRICS.lastDrillSuccess, group, labels, g.lastDrill.passed ? 1 : 0)
    }
    set(METRICS.protectedBackups, group, labels, g.protectedBackups)
  }
  const location = ['namespace', 'location']
  for (const l of metrics.locations) {
    const labels = { namespace: l.namespace, location: l.location }
    set(METRICS.storageAvailable, location, labels, l.available ? 1 : 0)
    if (l.lastValidation !== undefined)
      set(METRICS.storageValidated, location, labels, l.lastValidation)
  }
  for (const c of metrics.checks)
    set(
      METRICS.checkFailed,
      ['namespace', 'check'],
      { namespace: c.namespace, check: c.check },
      c.failed ? 1 : 0
    )
  return registry.metrics()
}

/**
 * Writes the text to a temporary file beside `path` and renames it into place, as
 * node_exporter's textfile collector asks (its README: "atomically … mv"); the temporary name
 * does not end in `.prom`, so the collector never reads half a file.
 */
export function writeMetricsFile(path: string, text: string): void {
  writeFileAtomically(path, writer => writer.write(text))
}
