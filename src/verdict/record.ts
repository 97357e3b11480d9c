import { createHash } from 'node:crypto'
import type { SeverityCounts } from '../model.js'
import type { Policy } from '../policy/policy.js'
import type { Decision, VerdictName } from '../policy/verdict.js'
import type { RunIdentity } from '../run-identity.js'
import type { Collection, FileRecord, ToolTotals } from '../sarif/collect.js'
import type { PlaceholderFingerprint } from '../sarif/identity.js'
import type { AppliedMapping } from '../sarif/path-map.js'
import { PRODUCT, VERSION } from '../version.js'

export const VERDICT_SCHEMA = 'known-good.verdict/v1'

/** A file as the collection recorded it (`FileRecord`), with its runs as the record keeps them. */
export type InputRecord = Omit<FileRecord, 'summary'> & { runs?: RunRecord[] }

export interface RunRecord {
  tool: string
  version?: string
  category?: string
  /** Results in the run, of any kind. */
  results: number
  /** Findings among them (`kind: fail`), before de-duplication. */
  findings: number
  /** Why the run is not a complete analysis (makes the verdict unknown). */
  executionFailure?: string
  /** An `executionSuccessful: false` read as "found something", and why. */
  executionNote?: string
  /** Error-level notifications of the tool (e.g. files it skipped): not part of the verdict. */
  notifications?: string[]
  /** Paths from another machine brought into the workspace. */
  pathMappings?: AppliedMapping[]
  /** Findings whose path still leaves the workspace, with a few of the paths. */
  outsideWorkspace?: { findings: number; examples: string[] }
  /** Two roots the automatic path mapping could not choose between. */
  ambiguousRoots?: [string, string]
  /** Fingerprint values shared by different findings: placeholders, not used to merge. */
  placeholderFingerprints?: PlaceholderFingerprint[]
  /** Values SARIF does not allow in this run and how they were read instead. */
  notes?: string[]
  /** Notes beyond those kept. */
  notesOmitted?: number
}

export interface VerdictCounts {
  /** Counted findings per severity: what the policy judged. */
  counted: SeverityCounts
  /** Every finding per severity, counted or not. */
  all: SeverityCounts
  findings: number
  blocking: number
  suppressed: number
  excluded: number
  allowed: number
  existing: number
  fixed: number
  duplicates: number
}

/** The durable record of one verdict: what was judged, under which policy, for which commit. */
export interface VerdictRecord {
  schema: typeof VERDICT_SCHEMA
  verdict: VerdictName
  reasons: string[]
  counts: VerdictCounts
  /** Counted findings per tool and severity. */
  byTool: Record<string, SeverityCounts>
  /** Per tool: results read (any kind), findings after de-duplication, duplicates merged. */
  toolTotals: ToolTotals[]
  policy: Policy
  inputs: InputRecord[]
  unmatchedPatterns: string[]
  tools: { name: string; version?: string }[]
  /**
   * SHA-256 over the sorted SHA-256 digests of the input files, read or not (their bytes),
   * except our own merged SARIF, which is skipped.
   */
  sarifSha256: string
  identity: RunIdentity
  scannedAt: string
  producer: { name: string; version: string }
}

export function combinedDigest(digests: string[]): string {
  return createHash('sha256')
    .update([...digests].sort().join('\n'))
    .digest('hex')
}

function inputRecords(collection: Collection): InputRecord[] {
  return collection.files.map(file => {
    const record: InputRecord = { file: file.file, status: file.status }
    if (file.error !== undefined) record.error = file.error
    if (file.skipped !== undefined) record.skipped = file.skipped
    if (file.sha256 !== undefined) record.sha256 = file.sha256
    if (file.bytes !== undefined) record.bytes = file.bytes
    if (file.summary) {
      record.sha256 = file.summary.sha256
      record.bytes = file.summary.bytes
      record.runs = file.summary.runs.map(run => {
        const out: RunRecord = {
          tool: run.tool,
          results: run.results,
          findings: run.findings
        }
        if (run.toolVersion !== undefined) out.version = run.toolVersion
        if (run.category !== undefined) out.category = run.category
        if (run.executionFailure !== undefined) out.executionFailure = run.executionFailure
        if (run.executionNote !== undefined) out.executionNote = run.executionNote
        if (run.errorNotifications.length > 0) out.notifications = run.errorNotifications
        if (run.paths.mappings.length > 0) out.pathMappings = run.paths.mappings
        if (run.paths.outside.findings > 0) out.outsideWorkspace = run.paths.outside
        if (run.paths.ambiguousRoots) out.ambiguousRoots = run.paths.ambiguousRoots
        if (run.placeholderFingerprints.length > 0)
          out.placeholderFingerprints = run.placeholderFingerprints
        if (run.notes.length > 0) out.notes = run.notes
        if (run.notesOmitted > 0) out.notesOmitted = run.notesOmitted
        return out
      })
    }
    return record
  })
}

function toolsOf(inputs: InputRecord[]): { name: string; version?: string }[] {
  const seen = new Map<string, { name: string; version?: string }>()
  for (const run of inputs.flatMap(input => input.runs ?? [])) {
    const key = `${run.tool}\u0000${run.version ?? ''}`
    if (!seen.has(key))
      seen.set(
        key,
        run.version === undefined ? { name: run.tool } : { name: run.tool, version: run.version }
      )
  }
  return [...seen.values()]
}

export function buildVerdictRecord(args: {
  decision: Decision
  collection: Collection
  unmatched: string[]
  policy: Policy
  identity: RunIdentity
  now: Date
}): VerdictRecord {
  const { decision, collection } = args
  const inputs = inputRecords(collection)
  return {
    schema: VERDICT_SCHEMA,
    verdict: decision.verdict,
    reasons: decision.reasons,
    counts: {
      counted: decision.counted,
      all: decision.all,
      findings: decision.judged.length,
      blocking: decision.blocking,
      suppressed: decision.dispositions.suppressed,
      excluded: decision.dispositions.excluded,
      allowed: decision.dispositions.allowed,
      existing: decision.dispositions.existing,
      fixed: decision.dispositions.fixed,
      duplicates: collection.duplicates
    },
    byTool: decision.countedByTool,
    toolTotals: collection.tools,
    policy: args.policy,
    inputs,
    unmatchedPatterns: args.unmatched,
    tools: toolsOf(inputs),
    // What was judged: a skipped file (our own merged SARIF) was not.
    sarifSha256: combinedDigest(
      inputs.flatMap(input =>
        input.sha256 !== undefined && input.status !== 'skipped' ? [input.sha256] : []
      )
    ),
    identity: args.identity,
    scannedAt: args.now.toISOString(),
    producer: { name: PRODUCT, version: VERSION }
  }
}

/** The `counts` output and annotation: counted findings per severity plus the totals. */
export function countsOutput(record: VerdictRecord): Record<string, number> {
  const c = record.counts
  return {
    ...c.counted,
    findings: c.findings,
    blocking: c.blocking,
    suppressed: c.suppressed,
    excluded: c.excluded,
    allowed: c.allowed,
    existing: c.existing,
    fixed: c.fixed,
    duplicates: c.duplicates
  }
}
