import { resolve } from 'node:path'
import type { ExpectedObject } from '../backup/drill.js'
import { parseExpected } from '../backup/drill.js'
import type { BackupTarget } from '../backup/model.js'
import type { ClusterConnection } from '../cluster/api.js'
import type { RunIdentity } from '../run-identity.js'
import { parseConnection, parseVeleroTarget } from './cluster.js'
import type { Env } from './common.js'
import { parseIdentity } from './common.js'
import type { GitHubConnection } from './github.js'
import { parseGitHubConnection } from './github.js'
import type { InputReader } from './reader.js'
import { LATEST_KNOWN_GOOD } from './restore.js'

export interface DrillConfig {
  command: 'drill'
  identity: RunIdentity
  connection: ClusterConnection
  backups: BackupTarget
  timeoutMs: number
  /** A backup name, or LATEST_KNOWN_GOOD. */
  backup: string
  /** The namespace of the backup to restore (undefined: the backup's only one). */
  sourceNamespace?: string
  expect: ExpectedObject[]
  keep: boolean
  github?: GitHubConnection
  ledgerFile?: string
}

export function parseDrill(reader: InputReader, env: Env, cwd: string): DrillConfig {
  const namespaces = reader.list('restore-namespaces')
  if (namespaces.length > 1)
    reader.fail(
      'restore-namespaces',
      namespaces.join(', '),
      'a drill restores one namespace into its scratch namespace: name one (run one drill per namespace)'
    )
  const expect: ExpectedObject[] = []
  for (const text of reader.list('expect')) {
    const parsed = parseExpected(text)
    if (typeof parsed === 'string') reader.fail('expect', text, parsed)
    expect.push(parsed)
  }
  const config: DrillConfig = {
    command: 'drill',
    identity: parseIdentity(reader, env),
    connection: parseConnection(reader),
    backups: parseVeleroTarget(reader),
    timeoutMs: reader.duration('timeout'),
    backup: reader.string('backup'),
    expect,
    keep: reader.boolean('keep')
  }
  if (
    config.backup !== LATEST_KNOWN_GOOD &&
    !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(config.backup)
  )
    reader.fail('backup', config.backup, `expected ${LATEST_KNOWN_GOOD} or the name of a Backup`)
  if (namespaces[0]) {
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespaces[0]))
      reader.fail('restore-namespaces', namespaces[0], 'expected a namespace name')
    config.sourceNamespace = namespaces[0]
  }
  const ledger = reader.string('ledger')
  if (ledger) config.ledgerFile = resolve(cwd, ledger)
  const github = parseGitHubConnection(reader, env)
  if (github) config.github = github
  return config
}
