import { resolve } from 'node:path'
import type { ClusterConnection } from '../cluster/api.js'
import type { BackupTarget } from '../backup/model.js'
import { parseBackupTarget, parseConnection } from './cluster.js'
import type { Env } from './common.js'
import type { GitHubConnection } from './github.js'
import { parseGitHubConnection } from './github.js'
import type { InputReader } from './reader.js'

export interface BackupsConfig {
  command: 'backups'
  connection: ClusterConnection
  backups: BackupTarget
  selector?: string
  github?: GitHubConnection
  /** A ledger file to honour besides the cluster's ledger. */
  ledgerFile?: string
}

export function parseBackups(reader: InputReader, env: Env, cwd: string): BackupsConfig {
  const config: BackupsConfig = {
    command: 'backups',
    connection: parseConnection(reader),
    backups: parseBackupTarget(reader)
  }
  const selector = reader.string('backup-selector')
  if (selector) config.selector = selector
  const ledger = reader.string('ledger')
  if (ledger) config.ledgerFile = resolve(cwd, ledger)
  const github = parseGitHubConnection(reader, env)
  if (github) config.github = github
  return config
}
