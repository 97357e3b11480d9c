import type { Severity } from '../model.js'
import type { Judged, VerdictName } from '../policy/verdict.js'
import { compareJudged } from './annotations.js'
import { renderMarkdown } from './markdown.js'
import type { VerdictRecord } from '../verdict/record.js'

/**
 * Checks API limits (https://docs.github.com/en/rest/checks/runs#update-a-check-run):
 * "The Checks API limits the number of annotations to a maximum of 50 per API request";
 * output `summary` and `text` take at most 65,535 characters.
 */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50
export const CHECK_TEXT_MAX = 65_535
/** Annotation titles and messages are shown in one line of the UI; keep them short. */
const ANNOTATION_TITLE_MAX = 255
const ANNOTATION_MESSAGE_MAX = 4000

export type CheckAnnotationLevel = 'failure' | 'warning' | 'notice'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: CheckAnnotationLevel
  title: string
  message: string
  raw_details: string
}

export interface CheckOutput {
  title: string
  summary: string
}

const LEVEL: Record<Severity, CheckAnnotationLevel> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  note: 'notice'
}

/** Unknown fails closed: a check run that is not green. */
export function conclusionFor(verdict: VerdictName): 'success' | 'failure' {
  return verdict === 'clean' ? 'success' : 'failure'
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

export function checkOutput(record: VerdictRecord, judged: Judged[]): CheckOutput {
  const counted = record.counts.counted
  const title = `${record.verdict}: ${record.counts.blocking} blocking, ${counted.critical} critical, ${counted.high} high, ${counted.medium} medium`
  const summary = renderMarkdown(record, judged, { maxFindings: 50, maxBytes: CHECK_TEXT_MAX })
  return { title, summary: cut(summary, CHECK_TEXT_MAX) }
}

/** The fingerprint we put in `raw_details`, so a re-run can tell what it already annotated. */
export function annotationKey(fingerprint: string): string {
  return `known-good fingerprint ${fingerprint}`
}

/**
 * Every finding that has a place in the repository, most severe first; findings that do not
 * count are notices that say why.
 */
export function checkAnnotations(judged: Judged[]): CheckAnnotation[] {
  const out: CheckAnnotation[] = []
  for (const entry of [...judged].sort(compareJudged)) {
    const f = entry.finding
    const location = f.location
    if (location === undefined || location.outsideWorkspace) continue
    const counted = entry.disposition === 'counted'
    const annotation: CheckAnnotation = {
      path: location.path,
      start_line: location.startLine,
      end_line: location.endLine,
      annotation_level: counted ? LEVEL[f.severity] : 'notice',
      title: cut(
        `${f.severity}${entry.blocking ? ' (blocking)' : ''}${counted ? '' : ` (not counted: ${entry.disposition})`}: ${f.ruleId} (${f.tool})`,
        ANNOTATION_TITLE_MAX
      ),
      message: cut(f.message || f.ruleDescription || f.ruleId, ANNOTATION_MESSAGE_MAX),
      raw_details: annotationKey(f.fingerprint)
    }
    // Columns only on single-line annotations (GitHub rejects them otherwise).
    if (location.startLine === location.endLine && location.startColumn !== undefined) {
      annotation.start_column = location.startColumn
      annotation.end_column = location.endColumn ?? location.startColumn
    }
    out.push(annotation)
  }
  return out
}
