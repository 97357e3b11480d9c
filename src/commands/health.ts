import type { Catalog } from '../catalog/catalog.js'
import { openCatalog } from '../catalog/catalog.js'
import type { HealthOptions } from '../backup/health.js'
import { evaluateHealth, failedLines } from '../backup/health.js'
import { readHealthFacts } from '../backup/health-facts.js'
import { healthOutputs, healthSummary, logChecks } from '../backup/health-report.js'
import { locationPosture } from '../backup/posture.js'
import { scheduleOf } from '../backup/retention.js'
import type { HealthConfig } from '../config/health.js'
import { healthMetrics, renderMetrics, writeMetricsFile } from '../report/prometheus.js'
import type { ClusterDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

/** The backups with their verdicts, after the retention guard ran on those in scope. */
async function guardedCandidates(config: HealthConfig, catalog: Catalog) {
  const candidates = await catalog.candidates()
  // The guard keeps to the schedules in scope, as the checks do.
  const scope = config.schedules ? new Set(config.schedules) : undefined
  const inScope = scope ? candidates.filter(c => scope.has(scheduleOf(c.backup))) : candidates
  const retention = await catalog.protect(inScope, config.retention)
  return { candidates: retention.length > 0 ? await catalog.candidates() : candidates, retention }
}

function healthOptions(config: HealthConfig, now: Date): HealthOptions {
  return {
    tolerance: config.tolerance,
    maxKnownGoodAgeMs: config.maxKnownGoodAgeMs,
    marginMs: config.retention.marginMs,
    requireEncryption: config.requireEncryption,
    skip: config.skip,
    now,
    ...(config.schedules ? { schedules: config.schedules } : {})
  }
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
  const namespace = config.backups.namespace
  const catalog = openCatalog(deps, config)
  const { candidates, retention } = await guardedCandidates(config, catalog)
  const facts = await readHealthFacts(deps.cluster, namespace, config.skip)
  const posture = facts.locations.map(locationPosture)
  const input = { namespace, keys: catalog.keys, candidates, posture, ...facts }
  const report = evaluateHealth(input, healthOptions(config, deps.now()))
  logChecks(report, deps.logger)
  const outputs: CommandResult<'health'>['outputs'] = healthOutputs(report, retention)
  if (config.metricsFile) {
    writeMetricsFile(config.metricsFile, await renderMetrics(healthMetrics(report)))
    outputs['metrics-file'] = config.metricsFile
    deps.logger.info(`metrics written to ${config.metricsFile}`)
  }
  await writeSummary(deps, healthSummary(report, retention))
  if (report.healthy) return { status: 'ok', outputs }
  return { status: 'unhealthy', outputs, failure: failedLines(report).join('\n') }
}
