import { createHash } from 'node:crypto'
import { VERDICTS } from '../policy/verdict.js'
import type { VerdictRecord } from '../verdict/record.js'
import { countsOutput } from '../verdict/record.js'
import type { BackupInfo, BackupVerdict } from './model.js'

/**
 * What we write on cluster objects: a contract users select on (ARCHITECTURE.md, "The label
 * contract"), so it stays stable.
 * `kubectl get backups -n velero -l known-good.dev/verdict=clean` lists the safe backups.
 */
export const DEFAULT_PREFIX = 'known-good.dev/'

/** Label values are at most 63 characters; a short commit is the first 12 hex digits. */
export const SHORT_SHA_LENGTH = 12

export interface RecordKeys {
  verdict: string
  commit: string
  commitSha: string
  runUrl: string
  counts: string
  policy: string
  sarifSha256: string
  scannedAt: string
  requestedBy: string
  reason: string
  /** A revoked release: when, why, by whom, and the verdict it had before. */
  revokedAt: string
  revokedReason: string
  revokedBy: string
  previousVerdict: string
  /** Groups the VolumeSnapshots of one CSI backup. */
  backup: string
  /** On each VolumeSnapshot of a CSI backup: how many the group was created with. */
  snapshots: string
  /** Groups the PVCs of one CSI restore. */
  restore: string
  /** The incident a Restore (or restored PVC) belongs to. */
  incident: string
  /** Retention guard: the expiration Velero gave the backup, before the guard extended it. */
  originalExpiration: string
  /** Restore drills: when the backup was last drilled and how it went (`passed` | `failed`). */
  drilledAt: string
  drillResult: string
  /** Marks a drill's scratch namespace and its Restore (value: the drilled backup). */
  drill: string
}

export function recordKeys(prefix = DEFAULT_PREFIX): RecordKeys {
  const key = (name: string) => `${prefix}${name}`
  return {
    verdict: key('verdict'),
    commit: key('commit'),
    commitSha: key('commit-sha'),
    runUrl: key('run-url'),
    counts: key('counts'),
    policy: key('policy'),
    sarifSha256: key('sarif-sha256'),
    scannedAt: key('scanned-at'),
    requestedBy: key('requested-by'),
    reason: key('reason'),
    revokedAt: key('revoked-at'),
    revokedReason: key('revoked-reason'),
    revokedBy: key('revoked-by'),
    previousVerdict: key('previous-verdict'),
    backup: key('backup'),
    snapshots: key('snapshots'),
    restore: key('restore'),
    incident: key('incident'),
    originalExpiration: key('original-expiration'),
    drilledAt: key('drilled-at'),
    drillResult: key('drill-result'),
    drill: key('drill')
  }
}

/**
 * A label value for a name that may be longer than the 63 characters a label takes: the name
 * itself when it fits, else its start and a digest of the whole.
 */
export function labelValue(name: string): string {
  if (name.length <= 63) return name
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 10)
  return `${name.slice(0, 52).replace(/[^a-zA-Z0-9]+$/, '')}-${digest}`
}

/** The verdict label's values: a scan's verdicts and `revoked`. */
export const BACKUP_VERDICTS: readonly BackupVerdict[] = [...VERDICTS, 'revoked']

export function asVerdict(value: string | undefined): BackupVerdict | undefined {
  return BACKUP_VERDICTS.find(v => v === value)
}

/** Copies what we wrote on a backup (verdict, commit) from its labels and annotations into it. */
export function readRecord(info: BackupInfo, keys: RecordKeys): BackupInfo {
  const verdict = asVerdict(info.labels[keys.verdict])
  if (verdict) info.verdict = verdict
  if (info.labels[keys.commit]) info.commit = info.labels[keys.commit]
  if (info.annotations[keys.commitSha]) info.commitSha = info.annotations[keys.commitSha]
  return info
}

/**
 * What label-backup writes on a backup: labels for selection (verdict, short commit),
 * annotations for detail (counts, policy, digest, time, full commit, run).
 */
export function verdictMetadata(
  record: VerdictRecord,
  keys: RecordKeys,
  commit: string | undefined,
  runUrl: string | undefined
): { labels: Record<string, string>; annotations: Record<string, string> } {
  const labels: Record<string, string> = { [keys.verdict]: record.verdict }
  const annotations: Record<string, string> = {
    [keys.counts]: JSON.stringify(countsOutput(record)),
    [keys.policy]: JSON.stringify(record.policy),
    [keys.sarifSha256]: record.sarifSha256,
    [keys.scannedAt]: record.scannedAt
  }
  if (commit) {
    labels[keys.commit] = commit.slice(0, SHORT_SHA_LENGTH)
    annotations[keys.commitSha] = commit
  }
  if (runUrl) annotations[keys.runUrl] = runUrl
  return { labels, annotations }
}
