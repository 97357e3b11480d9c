import { createProvider } from '../backup/create-provider.js'
import type { CheckResult, HealthReport, RepositoryPosture } from '../backup/health.js'
import { evaluateHealth, failedLines, scheduleInfo } from '../backup/health.js'
import type { RecordKeys } from '../backup/label-contract.js'
import { recordKeys } from '../backup/label-contract.js'
import {
  locationPosture,
  REPOSITORY_SECRET,
  repositoryFinding,
  repositoryPassword
} from '../backup/posture.js'
import { enforceRetention, scheduleOf } from '../backup/retention.js'
import type { RetentionAction } from '../backup/retention.js'
import type { Candidate } from '../backup/selection.js'
import { verdictSources } from '../backup/sources.js'
import { resolveVerdicts } from '../backup/verdicts.js'
import type { ClusterApi, KubeObject } from '../cluster/api.js'
import type { ClusterDeps } from '../command/deps.js'
import type { CommandResult } from '../command/result.js'
import { writeSummary } from '../command/summary.js'
import type { HealthConfig } from '../config/health.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { HealthMetrics } from '../report/prometheus.js'
import { renderMetrics, writeMetricsFile } from '../report/prometheus.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'

const velero = (plural: string, namespace: string) => ({
  group: 'velero.io',
  version: 'v1',
  plural,
  namespace
})

/** Reads the repository password's digest; a refusal is "not checked", never "ok". */
async function repositoryPosture(api: ClusterApi, namespace: string): Promise<RepositoryPosture> {
  try {
    const secret = await api.getSecret(namespace, REPOSITORY_SECRET)
    const password = secret ? repositoryPassword(secret.data) : undefined
    const finding = repositoryFinding(
      secret
        ? { state: 'found', ...(password !== undefined ? { password } : {}) }
        : { state: 'missing' },
      namespace
    )
    return finding ? { state: 'checked', finding } : { state: 'checked' }
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    return {
      state: 'not checked',
      reason: `could not read Secret ${REPOSITORY_SECRET}: ${oneLine(getErrorMessage(error))}`
    }
  }
}

async function candidatesOf(config: HealthConfig, deps: ClusterDeps, keys: RecordKeys) {
  const provider = createProvider(deps.cluster, config.backups, { now: deps.now })
  const sources = await verdictSources(deps.cluster, config.backups.namespace, keys, {
    ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
    ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
  })
  return async (): Promise<Candidate[]> =>
    resolveVerdicts(await provider.list(), sources, deps.logger)
}

const seconds = (text: string | undefined): number | undefined => {
  const value = Date.parse(text ?? '')
  return Number.isNaN(value) ? undefined : value / 1000
}

/** The report as metrics (README, "Backup health", lists the names and labels). */
export function healthMetrics(report: HealthReport): HealthMetrics {
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

const MARK: Record<CheckResult['status'], string> = {
  ok: 'ok',
  failed: 'FAILED',
  warning: 'warning',
  'not checked': 'not checked',
  off: 'off'
}

function summary(report: HealthReport, retention: RetentionAction[]): string {
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

/**
 * The monitoring stage: is there a recent known-good backup that will still be there tomorrow,
 * do the schedules run, is the storage reachable and how is it protected, did the last drill
 * pass. With protect-known-good it also keeps the newest clean backups from expiring.
 */
export async function health(
  config: HealthConfig,
  deps: ClusterDeps
): Promise<CommandResult<'health'>> {
  const { logger, cluster } = deps
  const namespace = config.backups.namespace
  const keys = recordKeys(config.backups.labelPrefix)
  const read = await candidatesOf(config, deps, keys)
  let candidates = await read()
  // The guard keeps to the schedules in scope, as the checks do.
  const scope = config.schedules ? new Set(config.schedules) : undefined
  const retention = await enforceRetention(
    cluster,
    namespace,
    keys,
    scope ? candidates.filter(c => scope.has(scheduleOf(c.backup))) : candidates,
    { ...config.retention, now: deps.now() },
    logger
  )
  if (retention.length > 0) candidates = await read()
  const schedules = (await cluster.list(velero('schedules', namespace))).map(scheduleInfo)
  const needLocations = !(config.skip.has('storage') && config.skip.has('posture'))
  const locations: KubeObject[] = needLocations
    ? await cluster.list(velero('backupstoragelocations', namespace))
    : []
  const repository: RepositoryPosture = config.skip.has('posture')
    ? { state: 'not checked', reason: 'switched off' }
    : await repositoryPosture(cluster, namespace)
  const report = evaluateHealth(
    {
      namespace,
      keys,
      schedules,
      candidates,
      locations,
      posture: locations.map(locationPosture),
      repository
    },
    {
      tolerance: config.tolerance,
      maxKnownGoodAgeMs: config.maxKnownGoodAgeMs,
      marginMs: config.retention.marginMs,
      requireEncryption: config.requireEncryption,
      skip: config.skip,
      now: deps.now(),
      ...(config.schedules ? { schedules: config.schedules } : {})
    }
  )
  for (const c of report.checks) {
    const line = `${c.check}: ${oneLine(c.subject)}: ${MARK[c.status]}: ${oneLine(c.message)}`
    // Failed checks reach the log as errors through the entry point (one line each).
    if (c.status === 'warning') logger.warning(line)
    else logger.info(line)
  }
  const outputs: CommandResult<'health'>['outputs'] = {
    healthy: String(report.healthy),
    'failed-checks': JSON.stringify(failedLines(report)),
    health: JSON.stringify(report),
    'protected-backups': JSON.stringify(retention)
  }
  if (config.metricsFile) {
    writeMetricsFile(config.metricsFile, await renderMetrics(healthMetrics(report)))
    outputs['metrics-file'] = config.metricsFile
    logger.info(`metrics written to ${config.metricsFile}`)
  }
  await writeSummary(deps, summary(report, retention))
  if (report.healthy) return { status: 'ok', outputs }
  return { status: 'unhealthy', outputs, failure: failedLines(report).join('\n') }
}
