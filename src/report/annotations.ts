import type { Severity } from '../model.js'
import type { OrderedJudged } from '../policy/order.js'
import { countedOf } from '../policy/order.js'
import type { Judged } from '../policy/verdict.js'
import { cleanLines, oneLine } from '../text/one-line.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job):
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message
 * ("limited to 10 … per step"). Anything beyond is not shown, so we pick the most severe.
 */
export const MAX_ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Counted findings per level that did not fit. */
  omitted: Record<AnnotationLevel, number>
}

export function levelFor(severity: Severity): AnnotationLevel {
  if (severity === 'critical' || severity === 'high') return 'error'
  if (severity === 'medium') return 'warning'
  return 'notice'
}

/**
 * Terminal escapes and other control characters have no place in the log: every text property
 * goes through the one rule of text/one-line.ts (the toolkit then escapes `%`, CR, LF, `:` and
 * `,`). The path too: a file name can hold ESC or BEL, and `file=` reaches the log as it is.
 */
function toAnnotation(entry: Judged): Annotation {
  const { finding } = entry
  const annotation: Annotation = {
    level: levelFor(finding.severity),
    title: oneLine(
      `${finding.severity}${entry.blocking ? ' (blocking)' : ''}: ${finding.ruleId} (${finding.tool})`
    ),
    message: cleanLines(finding.message || finding.ruleDescription || finding.ruleId)
  }
  const location = finding.location
  if (location !== undefined && !location.outsideWorkspace) {
    annotation.file = oneLine(location.path)
    annotation.startLine = location.startLine
    annotation.endLine = location.endLine
    // GitHub ignores columns on annotations that span lines.
    if (location.startLine === location.endLine && location.startColumn !== undefined) {
      annotation.startColumn = location.startColumn
      if (location.endColumn !== undefined) annotation.endColumn = location.endColumn
    }
  }
  return annotation
}

/** The counted findings GitHub will show, at most 10 per level, most severe first: one pass. */
export function planAnnotations(judged: OrderedJudged): AnnotationPlan {
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const taken: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  for (const row of countedOf(judged).rows()) {
    const level = levelFor(row.severity)
    if (taken[level] < MAX_ANNOTATIONS_PER_LEVEL) {
      taken[level]++
      annotations.push(toAnnotation(row.entry()))
    } else {
      omitted[level]++
    }
  }
  return { annotations, omitted }
}
