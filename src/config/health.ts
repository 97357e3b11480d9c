import { isAbsolute, resolve } from 'node:path'
import type { HealthCheckName } from '../backup/health-checks.js'
import { HEALTH_CHECKS } from '../backup/health-checks.js'
import type { BackupTarget } from '../backup/model.js'
import type { ClusterConnection } from '../cluster/api.js'
import { parseConnection, parseVeleroTarget } from './cluster.js'
import type { Env } from './common.js'
import type { GitHubConnection } from './github.js'
import { parseGitHubConnection } from './github.js'
import type { InputReader } from './reader.js'

/** The retention guard's settings (health and label-backup). */
export interface RetentionConfig {
  /** Keep the newest N clean backups of each schedule; 0: off. */
  keep: number
  marginMs: number
}

export function parseRetention(reader: InputReader): RetentionConfig {
  return { keep: reader.integer('protect-known-good'), marginMs: reader.duration('protect-margin') }
}

export interface HealthConfig {
  command: 'health'
  connection: ClusterConnection
  backups: BackupTarget
  /** Only these schedules (undefined: all, and the backups of none). */
  schedules?: string[]
  tolerance: number
  maxKnownGoodAgeMs: number
  retention: RetentionConfig
  skip: Set<HealthCheckName>
  requireEncryption: boolean
  metricsFile?: string
  github?: GitHubConnection
  ledgerFile?: string
}

function parseSkip(reader: InputReader): Set<HealthCheckName> {
  const skip = new Set<HealthCheckName>()
  for (const name of reader.list('skip-checks')) {
    const check = HEALTH_CHECKS.find(c => c === name.toLowerCase())
    if (!check) reader.fail('skip-checks', name, `expected one of ${HEALTH_CHECKS.join(', ')}`)
    skip.add(check)
  }
  return skip
}

export function parseHealth(reader: InputReader, env: Env, cwd: string): HealthConfig {
  const config: HealthConfig = {
    command: 'health',
    connection: parseConnection(reader),
    backups: parseVeleroTarget(reader),
    tolerance: reader.number('schedule-tolerance'),
    maxKnownGoodAgeMs: reader.duration('max-known-good-age'),
    retention: parseRetention(reader),
    skip: parseSkip(reader),
    requireEncryption: reader.boolean('require-encryption')
  }
  const schedules = reader.list('schedules')
  if (schedules.length > 0) config.schedules = schedules
  const metrics = reader.string('metrics-file')
  if (metrics) {
    if (!/\.prom$/.test(metrics))
      reader.fail(
        'metrics-file',
        metrics,
        "expected a file name ending in .prom (node_exporter's textfile collector reads only those)"
      )
    config.metricsFile = isAbsolute(metrics) ? metrics : resolve(cwd, metrics)
  }
  const ledger = reader.string('ledger')
  if (ledger) config.ledgerFile = resolve(cwd, ledger)
  const github = parseGitHubConnection(reader, env)
  if (github) config.github = github
  return config
}
