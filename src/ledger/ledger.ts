/**
 * The revocation ledger: releases found compromised after the fact. It lives where the backups
 * live (a ConfigMap in the backup namespace, see store.ts) and as a file (`revocations.json` in
 * the report directory and artifact) that a fresh cluster, which has only the bucket, is given.
 * A revocation is never undone: sources are merged by union, and a commit revoked in any of them
 * is revoked (ARCHITECTURE.md, "Revocations").
 */
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { isObject, str } from '../util/json.js'

export const LEDGER_SCHEMA = 'known-good.revocations/v1'
/** The file `revoke` writes and `restore --ledger` reads. */
export const LEDGER_FILE = 'revocations.json'

export interface Revocation {
  /** Unique per revocation: re-running the same revoke (or incident) does not add a second. */
  id: string
  /** Full commit SHAs, lower case. */
  commits: string[]
  reason: string
  revokedAt: string
  revokedBy?: string
  runUrl?: string
  /** How the commits were found, when by ancestry: every commit containing this one … */
  introducedIn?: string
  /** … except those that also contain this one. */
  fixedIn?: string
}

export interface Ledger {
  schema: typeof LEDGER_SCHEMA
  revocations: Revocation[]
}

export function emptyLedger(): Ledger {
  return { schema: LEDGER_SCHEMA, revocations: [] }
}

const SHA = /^[0-9a-f]{7,64}$/

function readRevocation(value: unknown, where: string): Revocation {
  if (!isObject(value)) throw new Error(`${where} is not an object`)
  const id = str(value.id)
  const reason = str(value.reason)
  const revokedAt = str(value.revokedAt)
  const commits = Array.isArray(value.commits) ? value.commits : undefined
  if (!id || !reason || !revokedAt || !commits)
    throw new Error(`${where} lacks id, reason, revokedAt or commits`)
  if (!commits.every(c => typeof c === 'string' && SHA.test(c)))
    throw new Error(`${where}.commits holds something that is not a commit SHA`)
  const revocation: Revocation = { id, commits: commits as string[], reason, revokedAt }
  for (const key of ['revokedBy', 'runUrl', 'introducedIn', 'fixedIn'] as const) {
    const text = str(value[key])
    if (text !== undefined) revocation[key] = text
  }
  return revocation
}

/** Reads a ledger (a file, a ConfigMap's data), refusing anything that is not ours. */
export function parseLedger(text: string, source: string): Ledger {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `${source} is not JSON (${getErrorMessage(error)}): pass the ${LEDGER_FILE} that revoke wrote`
    )
  }
  if (!isObject(value) || value.schema !== LEDGER_SCHEMA || !Array.isArray(value.revocations))
    throw new ConfigurationError(
      `${source} is not a known-good revocation ledger (expected "schema": "${LEDGER_SCHEMA}" and a revocations array): pass the ${LEDGER_FILE} that revoke wrote`
    )
  try {
    return {
      schema: LEDGER_SCHEMA,
      revocations: value.revocations.map((r, i) => readRevocation(r, `revocations[${i}]`))
    }
  } catch (error) {
    throw new ConfigurationError(`${source}: ${getErrorMessage(error)}`)
  }
}

/** The union of ledgers: every revocation once (by id; a later copy adds its commits). */
export function mergeLedgers(...ledgers: Ledger[]): Ledger {
  const byId = new Map<string, Revocation>()
  for (const revocation of ledgers.flatMap(l => l.revocations)) {
    const known = byId.get(revocation.id)
    byId.set(
      revocation.id,
      known
        ? { ...known, commits: [...new Set([...known.commits, ...revocation.commits])] }
        : { ...revocation, commits: [...revocation.commits] }
    )
  }
  return {
    schema: LEDGER_SCHEMA,
    revocations: [...byId.values()].sort((a, b) =>
      a.revokedAt < b.revokedAt ? -1 : a.revokedAt > b.revokedAt ? 1 : a.id < b.id ? -1 : 1
    )
  }
}

/** Same commit: a backup names a short SHA (its label) or the full one (its annotation). */
export function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return Math.min(x.length, y.length) >= 7 && (x.startsWith(y) || y.startsWith(x))
}

/** The revocation that covers a commit, if any (the earliest). */
export function revocationFor(ledger: Ledger, commit: string | undefined): Revocation | undefined {
  if (commit === undefined) return undefined
  return ledger.revocations.find(r => r.commits.some(c => sameCommit(c, commit)))
}

export function serialiseLedger(ledger: Ledger): string {
  return `${JSON.stringify(ledger, null, 2)}\n`
}
