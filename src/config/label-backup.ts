import { resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { ClusterConnection } from '../cluster/api.js'
import type { RunIdentity } from '../run-identity.js'
import type { BackupTarget } from '../backup/model.js'
import { parseBackupTarget, parseConnection } from './cluster.js'
import type { Env } from './common.js'
import { parseIdentity, parseWorkspace } from './common.js'
import type { RetentionConfig } from './health.js'
import { parseRetention } from './health.js'
import type { InputReader } from './reader.js'

/** Which backup label-backup records the verdict on. */
export type LabelTarget =
  | { kind: 'name'; name: string }
  | { kind: 'selector'; selector: string }
  | { kind: 'schedule'; schedule: string }
  /** A new backup: from a Velero schedule's template, or of the PVCs a selector picks (csi). */
  | { kind: 'create'; source: string; snapshotClass?: string }

export interface LabelBackupConfig {
  command: 'label-backup'
  workspace: string
  identity: RunIdentity
  connection: ClusterConnection
  backups: BackupTarget
  timeoutMs: number
  verdictFile: string
  target: LabelTarget
  wait: boolean
  /** The retention guard, run on the backup's schedule once the verdict is recorded. */
  retention: RetentionConfig
}

function parseTarget(reader: InputReader, target: BackupTarget): LabelTarget {
  const name = reader.string('backup-name')
  const selector = reader.string('backup-selector')
  const schedule = reader.string('schedule')
  const pvcSelector = reader.string('pvc-selector')
  const snapshotClass = reader.string('snapshot-class')
  if (reader.boolean('create')) {
    if (target.provider === 'velero' && !schedule)
      throw new ConfigurationError(
        `${reader.label('create')} with provider velero needs ${reader.label('schedule')}: the backup is taken from its template`
      )
    if (target.provider === 'csi' && !pvcSelector)
      throw new ConfigurationError(
        `${reader.label('create')} with provider csi needs ${reader.label('pvc-selector')}: the PVCs to snapshot`
      )
    if (name || selector)
      throw new ConfigurationError(
        `${reader.label('create')} takes a new backup: leave out ${reader.label('backup-name')} and ${reader.label('backup-selector')}`
      )
    const source = target.provider === 'velero' ? schedule! : pvcSelector!
    return snapshotClass ? { kind: 'create', source, snapshotClass } : { kind: 'create', source }
  }
  const ways = [name, selector, schedule].filter(Boolean).length
  if (ways !== 1)
    throw new ConfigurationError(
      `label-backup needs exactly one of ${reader.label('backup-name')}, ${reader.label('backup-selector')}, ${reader.label('schedule')} (or ${reader.label('create')})`
    )
  if (name) return { kind: 'name', name }
  if (selector) return { kind: 'selector', selector }
  return { kind: 'schedule', schedule: schedule! }
}

export function parseLabelBackup(reader: InputReader, env: Env, cwd: string): LabelBackupConfig {
  const workspace = parseWorkspace(reader, cwd)
  const backups = parseBackupTarget(reader)
  return {
    command: 'label-backup',
    workspace,
    identity: parseIdentity(reader, env),
    connection: parseConnection(reader),
    backups,
    timeoutMs: reader.duration('timeout'),
    verdictFile: resolve(workspace, reader.string('verdict-file')),
    target: parseTarget(reader, backups),
    wait: reader.boolean('wait'),
    retention: parseRetention(reader)
  }
}
