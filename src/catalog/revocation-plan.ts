import { createHash } from 'node:crypto'
import type { RecordKeys } from '../backup/label-contract.js'
import type { BackupInfo, BackupVerdict } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import { ConfigurationError } from '../errors.js'
import type { Ancestry } from '../git/ancestry.js'
import type { Revocation } from '../ledger/ledger.js'
import { sameCommit } from '../ledger/ledger.js'

/** What to say when the history cannot answer: the checkout has to change. */
export const FULL_HISTORY =
  'check out with fetch-depth: 0 (actions/checkout) or run git fetch --unshallow'

/** Which commits a revocation covers, as the user named them. */
export interface RevocationRequest {
  commits: string[]
  introducedIn?: string
  fixedIn?: string
  reason: string
}

export interface RevokedBackup {
  backup: BackupInfo
  /** Its verdict before (undefined when it carried none). */
  previous?: BackupVerdict
  /** Already marked revoked by an earlier revocation: left as it is. */
  already: boolean
}

export interface RevocationPlan {
  id: string
  /** Full SHAs of every commit the revocation covers, sorted. */
  commits: string[]
  /** Full SHAs of the commits the user named (the rest came by ancestry). */
  named: string[]
  backups: RevokedBackup[]
  /** Backups whose commit the history cannot place: neither revoked nor cleared. */
  undecided: { backup: string; commit: string }[]
}

const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/

/** The same request gives the same id: re-running a revoke adds nothing to the ledger. */
export function revocationId(request: RevocationRequest): string {
  const canonical = JSON.stringify([
    [...request.commits].sort(),
    request.introducedIn ?? '',
    request.fixedIn ?? '',
    request.reason
  ])
  return `rev-${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`
}

function commitOf(backup: BackupInfo): string | undefined {
  return backup.commitSha ?? backup.commit
}

/** A commit named by the user: its full SHA, from the history when there is one. */
async function resolveNamed(
  sha: string,
  input: string,
  history: Ancestry | undefined
): Promise<string> {
  if (history) {
    const full = await history.resolve(sha)
    if (full) return full
    throw new ConfigurationError(
      `${input} ${sha} is not a commit of the workspace's repository${history.shallow ? ` (a shallow clone: ${FULL_HISTORY})` : ''}: check the SHA`
    )
  }
  if (FULL_SHA.test(sha)) return sha
  throw new ConfigurationError(
    `${input} ${sha} is a short SHA and the workspace is not a git repository that could expand it: give the full 40-digit SHA`
  )
}

/** Every commit that contains `introduced` and not `fixed`, among HEAD's history and the backups'. */
async function byAncestry(
  history: Ancestry,
  introduced: string,
  fixed: string | undefined,
  backups: BackupInfo[]
): Promise<{ commits: Set<string>; undecided: RevocationPlan['undecided'] }> {
  const commits = new Set<string>()
  const undecided: RevocationPlan['undecided'] = []
  const affected = async (commit: string) =>
    (await history.contains(commit, introduced)) &&
    !(fixed !== undefined && (await history.contains(commit, fixed)))
  for (const commit of await history.descendants(introduced))
    if (await affected(commit)) commits.add(commit)
  let reaches = await history.contains('HEAD', introduced)
  for (const backup of backups) {
    const named = commitOf(backup)
    if (named === undefined) continue
    const full = await history.resolve(named)
    if (full === undefined) {
      undecided.push({ backup: backup.name, commit: named })
      continue
    }
    if (await history.contains(full, introduced)) reaches = true
    if (await affected(full)) commits.add(full)
  }
  if (!reaches)
    throw new ConfigurationError(
      `introduced-in ${introduced} is an ancestor neither of HEAD nor of any backup's commit: is it the right commit, and is its branch checked out?`
    )
  return { commits, undecided }
}

/**
 * What a revocation covers: the commits (named, or every one that contains introduced-in and
 * not fixed-in) and the backups of those commits. Changes nothing.
 */
export async function planRevocation(
  provider: BackupProvider,
  request: RevocationRequest,
  history: Ancestry | undefined,
  id: string = revocationId(request)
): Promise<RevocationPlan> {
  const backups = await provider.list()
  const named: string[] = []
  for (const sha of request.commits) named.push(await resolveNamed(sha, 'commit', history))
  const commits = new Set<string>(named)
  let undecided: RevocationPlan['undecided'] = []
  if (request.introducedIn !== undefined) {
    if (!history)
      throw new ConfigurationError(
        `introduced-in needs the repository's history, and the workspace is not a git repository: run in a checkout (${FULL_HISTORY})`
      )
    if (history.shallow)
      throw new ConfigurationError(
        `introduced-in needs the whole history, and the workspace is a shallow clone, which cannot tell which commits contain another: ${FULL_HISTORY}`
      )
    const introduced = await resolveNamed(request.introducedIn, 'introduced-in', history)
    const fixed =
      request.fixedIn === undefined
        ? undefined
        : await resolveNamed(request.fixedIn, 'fixed-in', history)
    const found = await byAncestry(history, introduced, fixed, backups)
    for (const commit of found.commits) commits.add(commit)
    undecided = found.undecided
  }
  const revoked = backups.flatMap(backup => {
    const commit = commitOf(backup)
    if (commit === undefined || ![...commits].some(c => sameCommit(c, commit))) return []
    const entry: RevokedBackup = { backup, already: backup.verdict === 'revoked' }
    if (backup.verdict !== undefined) entry.previous = backup.verdict
    return [entry]
  })
  return { id, commits: [...commits].sort(), named, backups: revoked, undecided }
}

/** The ledger entry of a plan. */
export function revocationEntry(
  plan: RevocationPlan,
  request: RevocationRequest,
  at: Date,
  identity: { actor?: string; runUrl?: string }
): Revocation {
  const entry: Revocation = {
    id: plan.id,
    commits: plan.commits,
    reason: request.reason,
    revokedAt: at.toISOString()
  }
  if (identity.actor) entry.revokedBy = identity.actor
  if (identity.runUrl) entry.runUrl = identity.runUrl
  if (request.introducedIn) entry.introducedIn = request.introducedIn
  if (request.fixedIn) entry.fixedIn = request.fixedIn
  return entry
}

/**
 * Marks the backups of a plan revoked: label `verdict: revoked`, annotations with when, why and
 * by whom, and the verdict each had before. Optimistic locking (a conflict reads again); a
 * backup already revoked keeps its first revocation's record.
 */
export async function markRevoked(
  provider: BackupProvider,
  keys: RecordKeys,
  plan: RevocationPlan,
  entry: Revocation
): Promise<BackupInfo[]> {
  const marked: BackupInfo[] = []
  for (const { backup, previous, already } of plan.backups) {
    if (already) continue
    const annotations: Record<string, string> = {
      [keys.revokedAt]: entry.revokedAt,
      [keys.revokedReason]: entry.reason,
      [keys.revokedBy]: entry.revokedBy ?? 'unknown',
      [keys.previousVerdict]: previous ?? 'none'
    }
    marked.push(
      await provider.record(backup.name, { [keys.verdict]: 'revoked' }, annotations, () => {})
    )
  }
  return marked
}

/**
 * The commits whose status known-good/verdict a revocation sets: those the user named and those
 * of the backups it covers, as full SHAs (what restore and a fresh cluster look up). Commits
 * found only by ancestry, with no backup, are in the ledger.
 */
export function statusCommits(plan: RevocationPlan): string[] {
  const wanted = new Set(plan.named)
  for (const { backup } of plan.backups) {
    const commit = commitOf(backup)
    const full = commit === undefined ? undefined : plan.commits.find(c => sameCommit(c, commit))
    if (full) wanted.add(full)
  }
  return [...wanted].sort()
}
