import type { Finding } from '../model.js'
import { atLeast } from '../model.js'
import type { FileSummary, FindingSink } from './read-file.js'
import { readSarifFile, SarifFileError } from './read-file.js'
import type { SarifInput } from './inputs.js'

export interface FileRecord {
  file: string
  status: 'read' | 'failed'
  /** Why the file could not be read: names the byte offset / JSON path where known. */
  error?: string
  summary?: FileSummary
}

export interface Collection {
  files: FileRecord[]
  /** De-duplicated across runs and files. */
  findings: Finding[]
  /** Findings dropped as copies of one already seen. */
  duplicates: number
}

/**
 * Gathers findings file by file. A file's findings count only once the whole file has been read:
 * one that fails half-way contributes none (and makes the verdict unknown).
 */
export class FindingCollector implements FindingSink {
  private pending: Finding[] = []
  private readonly byFingerprint = new Map<string, Finding>()
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

  /** The same finding seen again keeps its most severe form; it is suppressed only if every copy is. */
  private merge(finding: Finding): void {
    const existing = this.byFingerprint.get(finding.fingerprint)
    if (existing === undefined) {
      this.byFingerprint.set(finding.fingerprint, finding)
      return
    }
    this.duplicates++
    const suppressed = existing.suppressed && finding.suppressed
    const kept =
      atLeast(finding.severity, existing.severity) && finding.severity !== existing.severity
        ? finding
        : existing
    kept.suppressed = suppressed
    this.byFingerprint.set(finding.fingerprint, kept)
  }
}

/** Reads every input; a file that fails is recorded with its error and the others still count. */
export async function collectFindings(
  inputs: SarifInput[],
  workspace: string
): Promise<Collection> {
  const collector = new FindingCollector()
  const files: FileRecord[] = []
  for (const input of inputs) {
    try {
      const summary = await readSarifFile(input.path, input.display, workspace, collector)
      collector.commitFile()
      files.push({ file: input.display, status: 'read', summary })
    } catch (error) {
      collector.abortFile()
      if (!(error instanceof SarifFileError)) throw error
      files.push({ file: input.display, status: 'failed', error: error.message })
    }
  }
  return { files, findings: collector.findings(), duplicates: collector.duplicates }
}
