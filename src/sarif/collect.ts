import type { Finding } from '../model.js'
import type { FileSummary, FindingSink, ReadOptions } from './read-file.js'
import { readSarifFile, SarifFileError } from './read-file.js'
import type { SarifInput } from './inputs.js'
import type { PathMapEntry } from './path-map.js'
import { WorkspaceFiles } from './path-map.js'
import { FindingStore } from './store.js'

export { combineBaseline } from './store.js'

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
  /** De-duplicated across runs and files; the caller closes it. */
  store: FindingStore
  /** Findings dropped as copies of one already seen. */
  duplicates: number
  /** Results read and findings after de-duplication, per tool, sorted by tool. */
  tools: ToolTotals[]
}

/**
 * Gathers findings file by file into a `FindingStore`. A file's findings count only once the
 * whole file has been read: one that fails half-way contributes none (and makes the verdict
 * unknown).
 */
export class FindingCollector implements FindingSink {
  readonly store: FindingStore

  constructor(inMemory?: number) {
    this.store = new FindingStore(inMemory)
  }

  get duplicates(): number {
    return this.store.duplicates
  }

  finding(finding: Finding): void {
    this.store.add(finding)
  }

  retractRun(run: number): void {
    this.store.retractRun(run)
  }

  commitFile(): void {
    this.store.commitFile()
  }

  abortFile(): void {
    this.store.abortFile()
  }

  /** Every finding, in the order first read: for small inputs and tests. */
  findings(): Finding[] {
    return this.store.all()
  }

  /** Copies merged away, per tool. */
  duplicatesOf(tool: string): number {
    return this.store.duplicatesOf(tool)
  }
}

export interface CollectOptions {
  /** `path-map` entries: paths on the scanner's machine → the workspace. */
  pathMap?: readonly PathMapEntry[]
  /** Findings kept as objects before the rest go to a spill file (`FindingStore`). */
  inMemory?: number
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
  const store = collector.store
  for (const row of store.rowsInOrderRead())
    entry(store.tools.values[store.toolId(row)]!).findings++
  return [...totals.values()].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0))
}

/** Reads every input; a file that fails is recorded with its error and the others still count. */
export async function collectFindings(
  inputs: SarifInput[],
  workspace: string,
  options: CollectOptions = {}
): Promise<Collection> {
  const collector = new FindingCollector(options.inMemory)
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
      if (!(error instanceof SarifFileError)) {
        collector.store.close()
        throw error
      }
      const record: FileRecord = { file: input.display, status: 'failed', error: error.message }
      if (error.sha256 !== undefined) record.sha256 = error.sha256
      if (error.bytes !== undefined) record.bytes = error.bytes
      files.push(record)
    }
  }
  return {
    files,
    store: collector.store,
    duplicates: collector.duplicates,
    tools: toolTotals(collector, files)
  }
}
