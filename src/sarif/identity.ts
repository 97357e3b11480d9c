import { hash } from 'node:crypto'
import type { JsonObject } from '../util/json.js'
import { isObject } from '../util/json.js'

/**
 * Members of a result (§3.27) that do not describe the finding. Two reports of one finding may
 * differ in them: `guid` is unique to each report by definition (§3.27.3), `provenance` holds
 * detection times, `ruleIndex`/`rule` point into this run's rule table (the rule counts by its
 * id), `kind` is always `fail` for a finding, and `level`, `rank`, `suppressions` and
 * `baselineState` are judgements of it, which de-duplication merges instead (the most severe
 * copy is kept; it is suppressed only if every copy is).
 */
export const NOT_IDENTITY = new Set([
  'guid',
  'kind',
  'level',
  'rank',
  'rule',
  'ruleIndex',
  'suppressions',
  'baselineState',
  'provenance',
  'occurrenceCount',
  'hostedViewerUri',
  'workItemUris'
])

/**
 * A finding's identity: SHA-256 (first 128 bits, hex) over the tool, the rule and everything
 * else the result says about the finding, as written: message (with its arguments), every
 * location with its full region, related locations, code flows, stacks, logical locations,
 * fingerprints, properties. The primary location's file counts by the workspace path it
 * resolves to, so that one finding reported from two checkouts is one. Results that differ in
 * any of this are different findings; a result given twice (the same file twice, overlapping
 * matrix jobs) is one. The tool's fingerprints only ever tell results apart: a placeholder
 * shared by many results (Semgrep's `"requires login"`) cannot merge them. Members are taken in
 * the order the tool wrote them; a copy with its keys in another order counts as another
 * finding (the count errs upwards, never down).
 *
 * Changes `raw`: call it after everything else has been read from the result.
 */
export function identityOf(
  raw: JsonObject,
  tool: string,
  ruleId: string,
  primaryPath: string | undefined
): string {
  // The members are serialised as they were parsed, name and value in turn: a parsed object
  // stays on JSON.stringify's fast path, a copy or one with members set to undefined does not.
  const parts: unknown[] = [tool, ruleId]
  for (const key in raw) if (!NOT_IDENTITY.has(key)) parts.push(key, raw[key])
  if (primaryPath !== undefined && Array.isArray(raw.locations)) {
    const first: unknown = raw.locations[0]
    // The result is consumed: its primary file is replaced in place by the workspace path.
    if (isObject(first) && isObject(first.physicalLocation))
      first.physicalLocation.artifactLocation = { path: primaryPath }
  }
  // 128 bits as 32 hex digits, a string of its own (a slice of the full digest's text would
  // keep all 64 digits alive: ARCHITECTURE.md, "Scan memory").
  return hash('sha256', JSON.stringify(parts), 'buffer').toString('hex', 0, 16)
}

export interface PlaceholderFingerprint {
  /** `fingerprints` or `partialFingerprints`, and the key in it. */
  name: string
  value: string
  /** Results of the run that carry this value. */
  results: number
}

/** Distinct fingerprint values followed per run: enough to catch a value every result repeats. */
const MAX_TRACKED = 1_000

/**
 * Finds fingerprint values that the results of one run share although they are different
 * findings: placeholders, not identities (Semgrep writes `"matchBasedId/v1": "requires login"`
 * into every result without a login). Reported, never used to merge.
 */
export class FingerprintCensus {
  /**
   * Per member (`fingerprints`, `partialFingerprints`), per key in it, per value: who had it
   * first, how many have it, whether others differ. Keyed member by member, so that a result's
   * fingerprints are looked up without a name made for each.
   */
  private readonly seen = new Map<
    string,
    Map<string, Map<string, { identity: string; results: number; shared: boolean }>>
  >()
  private tracked = 0

  observe(result: JsonObject, identity: string): void {
    this.observeMember('fingerprints', result.fingerprints, identity)
    this.observeMember('partialFingerprints', result.partialFingerprints, identity)
  }

  private observeMember(member: string, value: unknown, identity: string): void {
    if (!isObject(value)) return
    let keys = this.seen.get(member)
    for (const key in value) {
      const fingerprint = value[key]
      if (typeof fingerprint !== 'string') continue
      let values = keys?.get(key)
      const entry = values?.get(fingerprint)
      if (entry !== undefined) {
        entry.results++
        if (entry.identity !== identity) entry.shared = true
        continue
      }
      if (this.tracked >= MAX_TRACKED) continue
      this.tracked++
      if (keys === undefined) {
        keys = new Map()
        this.seen.set(member, keys)
      }
      if (values === undefined) {
        values = new Map()
        keys.set(key, values)
      }
      values.set(fingerprint, { identity, results: 1, shared: false })
    }
  }

  placeholders(): PlaceholderFingerprint[] {
    const found: PlaceholderFingerprint[] = []
    for (const [member, keys] of this.seen)
      for (const [key, values] of keys)
        for (const [value, { results, shared }] of values)
          if (shared) found.push({ name: `${member}.${key}`, value, results })
    return found.sort((a, b) => b.results - a.results).slice(0, 5)
  }
}
