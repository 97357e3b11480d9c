import { resolve } from 'node:path'
import type { ExistingResourcePolicy } from '../backup/model.js'
import type { ClusterConnection } from '../cluster/api.js'
import type { RunIdentity } from '../run-identity.js'
import type { BackupTarget } from '../backup/model.js'
import { parseBackupTarget, parseConnection } from './cluster.js'
import type { Env } from './common.js'
import { parseIdentity } from './common.js'
import type { GitHubConnection } from './github.js'
import { parseGitHubConnection } from './github.js'
import type { InputReader } from './reader.js'

/** The `backup` input's word for "the newest usable backup with verdict clean". */
export const LATEST_KNOWN_GOOD = 'latest-known-good'

export interface RestoreConfig {
  command: 'restore'
  identity: RunIdentity
  connection: ClusterConnection
  backups: BackupTarget
  timeoutMs: number
  /** A backup name, or LATEST_KNOWN_GOOD. */
  backup: string
  reason: string
  namespaces: string[]
  /** old → new namespace (Velero) or PVC name (csi). */
  mapping: Map<string, string>
  existingResourcePolicy: ExistingResourcePolicy
  dryRun: boolean
  allowUnverified: boolean
  /** To read the durable record (commit statuses) of backups without a verdict label. */
  github?: GitHubConnection
  /** A ledger file to honour besides the cluster's ledger. */
  ledgerFile?: string
}

export function parseMapping(reader: InputReader): Map<string, string> {
  const mapping = new Map<string, string>()
  for (const entry of reader.list('namespace-mapping')) {
    const match = /^([a-z0-9-]+)\s*=\s*([a-z0-9-]+)$/.exec(entry)
    if (!match) reader.fail('namespace-mapping', entry, 'expected old=new with Kubernetes names')
    mapping.set(match[1]!, match[2]!)
  }
  return mapping
}

export function parseRestore(reader: InputReader, env: Env, cwd: string): RestoreConfig {
  const reason = reader.string('reason')
  if (reason === undefined)
    reader.required('reason', ' for restore: say why, it is recorded on the restore')
  const config: RestoreConfig = {
    command: 'restore',
    identity: parseIdentity(reader, env),
    connection: parseConnection(reader),
    backups: parseBackupTarget(reader),
    timeoutMs: reader.duration('timeout'),
    backup: reader.string('backup'),
    reason,
    namespaces: reader.list('restore-namespaces'),
    mapping: parseMapping(reader),
    existingResourcePolicy: reader.enum('existing-resource-policy'),
    dryRun: reader.boolean('dry-run'),
    allowUnverified: reader.boolean('allow-unverified')
  }
  const ledger = reader.string('ledger')
  if (ledger) config.ledgerFile = resolve(cwd, ledger)
  const github = parseGitHubConnection(reader, env)
  if (github) config.github = github
  return config
}
