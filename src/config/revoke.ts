import { isAbsolute, resolve } from 'node:path'
import type { BackupTarget } from '../backup/model.js'
import type { ClusterConnection } from '../cluster/api.js'
import { ConfigurationError } from '../errors.js'
import type { RunIdentity } from '../run-identity.js'
import { parseBackupTarget, parseConnection } from './cluster.js'
import type { Env } from './common.js'
import { parseIdentity, parseWorkspace } from './common.js'
import type { GitHubConnection } from './github.js'
import { parseGitHubConnection } from './github.js'
import type { InputReader } from './reader.js'

/** Which commits a revocation covers, as the user named them. */
export interface RevocationTarget {
  commits: string[]
  /** Every commit that contains this one … */
  introducedIn?: string
  /** … except those that contain this one. */
  fixedIn?: string
}

export interface RevokeConfig {
  command: 'revoke'
  workspace: string
  identity: RunIdentity
  connection: ClusterConnection
  backups: BackupTarget
  target: RevocationTarget
  reason: string
  dryRun: boolean
  outputDir: string
  /** To set the commit statuses of the revoked commits. */
  github?: GitHubConnection
}

const SHA = /^[0-9a-f]{7,64}$/i

function sha(
  reader: InputReader,
  name: 'introduced-in' | 'fixed-in' | 'commits',
  text: string
): string {
  if (!SHA.test(text)) reader.fail(name, text, 'expected a commit SHA (7 to 64 hex digits)')
  return text.toLowerCase()
}

/** The commits and the ancestry rule of revoke (shared with incident). */
export function parseRevocationTarget(reader: InputReader): RevocationTarget {
  const commits = reader.list('commits').map(c => sha(reader, 'commits', c))
  const introduced = reader.string('introduced-in')
  const fixed = reader.string('fixed-in')
  if (fixed !== undefined && introduced === undefined)
    throw new ConfigurationError(
      `${reader.label('fixed-in')} needs ${reader.label('introduced-in')}: the fix is the end of a range that starts where the vulnerability came in`
    )
  const target: RevocationTarget = { commits: [...new Set(commits)] }
  if (introduced !== undefined) target.introducedIn = sha(reader, 'introduced-in', introduced)
  if (fixed !== undefined) target.fixedIn = sha(reader, 'fixed-in', fixed)
  return target
}

export function parseRevoke(reader: InputReader, env: Env, cwd: string): RevokeConfig {
  const workspace = parseWorkspace(reader, cwd)
  const target = parseRevocationTarget(reader)
  if (target.commits.length === 0 && target.introducedIn === undefined)
    throw new ConfigurationError(
      `revoke needs ${reader.label('commits')} or ${reader.label('introduced-in')}: which releases are compromised`
    )
  const reason = reader.string('reason')
  if (reason === undefined)
    reader.required('reason', ' for revoke: say why, it is recorded with the revocation')
  const outputDir = reader.string('output-dir')
  const config: RevokeConfig = {
    command: 'revoke',
    workspace,
    identity: parseIdentity(reader, env),
    connection: parseConnection(reader),
    backups: parseBackupTarget(reader),
    target,
    reason,
    dryRun: reader.boolean('dry-run'),
    outputDir: isAbsolute(outputDir) ? outputDir : resolve(workspace, outputDir)
  }
  const github = parseGitHubConnection(reader, env)
  if (github) config.github = github
  return config
}
