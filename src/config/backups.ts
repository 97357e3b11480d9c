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
}

export function parseBackups(reader: InputReader, env: Env): BackupsConfig {
  const config: BackupsConfig = {
    command: 'backups',
    connection: parseConnection(reader),
    backups: parseBackupTarget(reader)
  }
  const selector = reader.string('backup-selector')
  if (selector) config.selector = selector
  const github = parseGitHubConnection(reader, env)
  if (github) config.github = github
  return config
}
