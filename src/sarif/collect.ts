import type { BaselineState, Finding } from '../model.js'
import { atLeast } from '../model.js'
import type { FileSummary, FindingSink, ReadOptions } from './read-file.js'
import { readSarifFile, SarifFileError } from './read-file.js'
import type { SarifInput } from './inputs.js'
import type { PathMapEntry } from './path-map.js'
import { WorkspaceFiles } from './path-map.js'

export interface FileRecord {
  file: string
  /** `skipped`: known-good's own merged SARIF, never read as an input. */
  status: 'read' | 'failed' | 'skipped'
  /** Why the file could not be read: names the byte offset / JSON path where known. */
  error?: string
  /** Why the file was not read as an input. */
  skipped?: string
  /** Of a file that failed: SHA-256 and size of the bytes that were judged, when it had any. */
  sha256?: string
  bytes?: number
  summary?: FileSummary
}

/** Per tool (driver name), over every run and file. */
export interface ToolTotals {
  tool: string
  /** Results read, of any kind. */
  results: number
  /** Findings after de-duplication. */
  findings: number
  /** Findings dropped as copies of one already counted. */
  duplicates: number
}

export interface Collection {
  files: FileRecord[]
  /** De-duplicated across runs and files. */
  findings: Finding[]
  /** Findings dropped as copies of one already seen. */
  duplicates: number
  /** Results read and findings after de-duplication, per tool, sorted by tool. */
  tools: ToolTotals[]
}

/**
 * The baseline state of a finding from two copies of it: the one that counts most wins, so
 * that no copy hides another. `new` in any copy is new; a copy without a state (no baseline
 * comparison) counts like new; then `updated`, then `unchanged`; `absent` (fixed) only when
 * every copy says so: a copy cannot make a finding fixed that another copy reports.
 */
const BASELINE_WEIGHT: Record<BaselineState | 'none', number> = {
  new: 4,
  none: 3,
  updated: 2,
  unchanged: 1,
  absent: 0
}

export function combineBaseline(
  a: BaselineState | undefined,
  b: BaselineState | undefined
): BaselineState | undefined {
  return BASELINE_WEIGHT[a ?? 'none'] >= BASELINE_WEIGHT[b ?? 'none'] ? a : b
}

/**
 * Gathers findings file by file. A file's findings count only once the whole file has been read:
 * one that fails half-way contributes none (and makes the verdict unknown).
 */
export class FindingCollector implements FindingSink {
  private pending: Finding[] = []
  private readonly byFingerprint = new Map<string, Finding>()
  private readonly duplicatesByTool = new Map<string, number>()
  duplicates = 0

  finding(finding: Finding): void {
    this.pending.push(finding)
  }

  retractRun(run: number): void {
    this.pending = this.pending.filter(finding => finding.source.run !== run)
  }

  commitFile(): void {
    for (const finding of this.pending) this.merge(finding)
    this.pending = []
  }

  abortFile(): void {
    this.pending = []
  }

  findings(): Finding[] {
    return [...this.byFingerprint.values()]
  }

  /** Copies merged away, per tool. */
  duplicatesOf(tool: string): number {
    return this.duplicatesByTool.get(tool) ?? 0
  }

  /**
   * The same finding seen again keeps its most severe form; it is suppressed only if every copy
   * is, and its baseline state is the one that counts most (see `combineBaseline`).
   */
  private merge(finding: Finding): void {
    const existing = this.byFingerprint.get(finding.fingerprint)
    if (existing === undefined) {
      this.byFingerprint.set(finding.fingerprint, finding)
      return
    }
    this.duplicates++
    this.duplicatesByTool.set(finding.tool, this.duplicatesOf(finding.tool) + 1)
    const suppressed = existing.suppressed && finding.suppressed
    const baseline = combineBaseline(existing.baselineState, finding.baselineState)
    const kept =
      atLeast(finding.severity, existing.severity) && finding.severity !== existing.severity
        ? finding
        : existing
    kept.suppressed = suppressed
    if (baseline === undefined) delete kept.baselineState
    else kept.baselineState = baseline
    this.byFingerprint.set(finding.fingerprint, kept)
  }
}

export interface CollectOptions {
  /** `path-map` entries: paths on the scanner's machine → the workspace. */
  pathMap?: readonly PathMapEntry[]
}

function toolTotals(collector: FindingCollector, files: FileRecord[]): ToolTotals[] {
  const totals = new Map<string, ToolTotals>()
  const entry = (tool: string): ToolTotals => {
    let found = totals.get(tool)
    if (found === undefined) {
      found = { tool, results: 0, findings: 0, duplicates: collector.duplicatesOf(tool) }
      totals.set(tool, found)
    }
    return found
  }
  for (const file of files)
    for (const run of file.summary?.runs ?? []) entry(run.tool).results += run.results
  for (const finding of collector.findings()) entry(finding.tool).findings++
  return [...totals.values()].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0))
}

/** Reads every input; a file that fails is recorded with its error and the others still count. */
export async function collectFindings(
  inputs: SarifInput[],
  workspace: string,
  options: CollectOptions = {}
): Promise<Collection> {
  const collector = new FindingCollector()
  const files: FileRecord[] = []
  const read: ReadOptions = { files: new WorkspaceFiles(workspace) }
  if (options.pathMap !== undefined) read.pathMap = options.pathMap
  for (const input of inputs) {
    try {
      const summary = await readSarifFile(input.path, input.display, workspace, collector, read)
      if (summary.mergedBy !== undefined) {
        collector.abortFile()
        files.push({
          file: input.display,
          status: 'skipped',
          skipped: `is known-good's own merged SARIF (properties.mergedBy ${JSON.stringify(summary.mergedBy)} on every run), not a scanner's output: not read as an input`,
          sha256: summary.sha256,
          bytes: summary.bytes
        })
        continue
      }
      collector.commitFile()
      files.push({ file: input.display, status: 'read', summary })
    } catch (error) {
      collector.abortFile()
      if (!(error instanceof SarifFileError)) throw error
      const record: FileRecord = { file: input.display, status: 'failed', error: error.message }
      if (error.sha256 !== undefined) record.sha256 = error.sha256
      if (error.bytes !== undefined) record.bytes = error.bytes
      files.push(record)
    }
  }
  return {
    files,
    findings: collector.findings(),
    duplicates: collector.duplicates,
    tools: toolTotals(collector, files)
  }
}
