import { isAbsolute, resolve } from 'node:path'
import type { BackupTarget, ExistingResourcePolicy } from '../backup/model.js'
import type { RotationOptions } from '../certs/rotation.js'
import type { ClusterConnection } from '../cluster/api.js'
import type { RunIdentity } from '../run-identity.js'
import { parseBackupTarget, parseConnection } from './cluster.js'
import type { Env } from './common.js'
import { parseIdentity, parseWorkspace } from './common.js'
import type { GitHubConnection } from './github.js'
import { parseGitHubConnection } from './github.js'
import type { InputReader } from './reader.js'
import { LATEST_KNOWN_GOOD, parseMapping } from './restore.js'
import type { RevocationTarget } from './revoke.js'
import { parseRevocationTarget } from './revoke.js'

export interface IncidentConfig {
  command: 'incident'
  /** Names the incident: its Restore, revocation and progress carry it. */
  id: string
  workspace: string
  identity: RunIdentity
  connection: ClusterConnection
  backups: BackupTarget
  timeoutMs: number
  reason: string
  dryRun: boolean
  outputDir: string
  /** The schedules to pause; empty: every unpaused one of the backup namespace. */
  schedules: string[]
  /** When commits or introduced-in are given: revoke them first. */
  revocation?: RevocationTarget
  restore: {
    backup?: string
    namespaces: string[]
    mapping: Map<string, string>
    existingResourcePolicy: ExistingResourcePolicy
    allowUnverified: boolean
    ledgerFile?: string
  }
  /** When namespaces are given: renew their certificates and restart what cannot reload. */
  rotation?: RotationOptions
  github?: GitHubConnection
}

/** Label values and ConfigMap keys take it as it is: lower case, digits, `.` and `-`. */
const INCIDENT_ID = /^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/

function parseId(reader: InputReader, identity: RunIdentity): string {
  const id = reader.string('incident-id') ?? identity.runId
  if (id === undefined)
    reader.required(
      'incident-id',
      ' for incident outside a CI run: name it, so that running it again continues it'
    )
  if (!INCIDENT_ID.test(id))
    reader.fail(
      'incident-id',
      id,
      'expected up to 63 lower-case letters, digits, . and - (starting and ending with a letter or digit)'
    )
  return id
}

function parseRotation(reader: InputReader, timeoutMs: number): RotationOptions | undefined {
  const namespaces = reader.list('namespaces')
  const options: RotationOptions = {
    namespaces,
    names: reader.list('certificates'),
    renew: true,
    restartWorkloads: reader.boolean('restart-workloads'),
    warnDays: reader.integer('expiry-warning-days'),
    concurrency: reader.integer('concurrency'),
    timeoutMs
  }
  const selector = reader.string('certificate-selector')
  if (selector) options.selector = selector
  return namespaces.length > 0 ? options : undefined
}

export function parseIncident(reader: InputReader, env: Env, cwd: string): IncidentConfig {
  const workspace = parseWorkspace(reader, cwd)
  const identity = parseIdentity(reader, env)
  const id = parseId(reader, identity)
  const reason = reader.string('reason')
  if (reason === undefined)
    reader.required('reason', ' for incident: say why, it is recorded on every step')
  const timeoutMs = reader.duration('timeout')
  const target = parseRevocationTarget(reader)
  const backup = reader.string('backup')
  const outputDir = reader.string('output-dir')
  const ledger = reader.string('ledger')
  const config: IncidentConfig = {
    command: 'incident',
    id,
    workspace,
    identity,
    connection: parseConnection(reader),
    backups: parseBackupTarget(reader),
    timeoutMs,
    reason,
    dryRun: reader.boolean('dry-run'),
    outputDir: isAbsolute(outputDir) ? outputDir : resolve(workspace, outputDir),
    schedules: reader.list('schedules'),
    restore: {
      ...(backup === LATEST_KNOWN_GOOD ? {} : { backup }),
      namespaces: reader.list('restore-namespaces'),
      mapping: parseMapping(reader),
      existingResourcePolicy: reader.enum('existing-resource-policy'),
      allowUnverified: reader.boolean('allow-unverified'),
      ...(ledger ? { ledgerFile: resolve(cwd, ledger) } : {})
    }
  }
  if (target.commits.length > 0 || target.introducedIn !== undefined) config.revocation = target
  const rotation = parseRotation(reader, timeoutMs)
  if (rotation) config.rotation = rotation
  const github = parseGitHubConnection(reader, env)
  if (github) config.github = github
  return config
}
