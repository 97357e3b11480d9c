import { join } from 'node:path'
import type { OrderedJudged } from '../policy/order.js'
import type { AnnotationPlan } from './annotations.js'
import { countedOf } from '../policy/order.js'
import { writeFileAtomically } from './file-writer.js'
import { CodeQualityIssues, writeGitLabCodeQuality } from './gitlab-code-quality.js'
import { writeJUnit } from './junit.js'
import { renderMarkdown } from './markdown.js'
import type { MergedSarifSummary } from './merged-sarif.js'
import { writeMergedSarif } from './merged-sarif.js'
import { reportWriteError } from './output-dir.js'
import type { VerdictRecord } from '../verdict/record.js'

export const REPORT_FILES = {
  verdict: 'verdict.json',
  markdown: 'report.md',
  sarif: 'merged.sarif',
  junit: 'junit.xml',
  codeQuality: 'gl-code-quality-report.json'
} as const

/** The Markdown file report lists more findings than the job summary, but not millions. */
export const MARKDOWN_REPORT_MAX_FINDINGS = 1000
export const MARKDOWN_REPORT_MAX_BYTES = 8 * 1024 * 1024

export interface ReportFiles {
  dir: string
  verdict: string
  markdown: string
  sarif: string
  junit: string
  codeQuality: string
  merged: MergedSarifSummary
}

/**
 * Every report file; a file system failure on the way (permissions, a read-only or full disk,
 * something in the way) is a ConfigurationError naming output-dir.
 */
export async function writeReportFiles(
  dir: string,
  record: VerdictRecord,
  judged: OrderedJudged,
  annotations?: AnnotationPlan
): Promise<ReportFiles> {
  try {
    return await writeAll(dir, record, judged, annotations)
  } catch (error) {
    throw reportWriteError(dir, error)
  }
}

async function writeAll(
  dir: string,
  record: VerdictRecord,
  judged: OrderedJudged,
  annotations?: AnnotationPlan
): Promise<ReportFiles> {
  const paths = {
    dir,
    verdict: join(dir, REPORT_FILES.verdict),
    markdown: join(dir, REPORT_FILES.markdown),
    sarif: join(dir, REPORT_FILES.sarif),
    junit: join(dir, REPORT_FILES.junit),
    codeQuality: join(dir, REPORT_FILES.codeQuality)
  }
  const merged = await writeMergedSarif(paths.sarif, judged)
  writeJUnitAndCodeQuality(paths, record, judged)
  const markdown = renderMarkdown(record, judged, {
    maxFindings: MARKDOWN_REPORT_MAX_FINDINGS,
    maxBytes: MARKDOWN_REPORT_MAX_BYTES,
    maxListed: MARKDOWN_REPORT_MAX_FINDINGS,
    annotations
  })
  writeFileAtomically(paths.markdown, out => out.write(markdown))
  // The verdict record last: its presence says the other files are complete.
  writeFileAtomically(paths.verdict, out => out.write(`${JSON.stringify(record, null, 2)}\n`))
  return { ...paths, merged }
}

/**
 * JUnit XML and GitLab Code Quality. JUnit's suites are the tools in turn: with one tool, its
 * walk is the one order that GitLab Code Quality lists, so each finding is read once for both
 * (ARCHITECTURE.md, "Scan memory"). Each file is complete or absent.
 */
export function writeJUnitAndCodeQuality(
  paths: { junit: string; codeQuality: string },
  record: VerdictRecord,
  judged: OrderedJudged
): void {
  if (!countedOf(judged).fromOneTool()) {
    writeJUnit(paths.junit, record, judged)
    writeGitLabCodeQuality(paths.codeQuality, judged)
    return
  }
  writeFileAtomically(paths.codeQuality, out => {
    const issues = new CodeQualityIssues(out)
    writeJUnit(paths.junit, record, judged, entry => issues.add(entry))
    issues.end()
  })
}
