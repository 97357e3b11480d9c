import type { Severity } from '../model.js'
import { SEVERITIES, severityRank } from '../model.js'
import type { OrderedJudged } from '../policy/order.js'
import type { Judged, VerdictName } from '../policy/verdict.js'
import { escapeMarkdown } from '../text/escape.js'
import { renderMarkdown, safeLink } from './markdown.js'
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

/** A finding the check run can annotate: it has a place inside the workspace. */
export function isPlaceable(entry: Judged): boolean {
  const location = entry.finding.location
  return location !== undefined && !location.outsideWorkspace
}

/** The check run's title and summary; `note` (Markdown) is added after the summary, never cut. */
export function checkOutput(record: VerdictRecord, judged: OrderedJudged, note = ''): CheckOutput {
  const counted = record.counts.counted
  const title = `${record.verdict}: ${record.counts.blocking} blocking, ${counted.critical} critical, ${counted.high} high, ${counted.medium} medium`
  const tail = note === '' ? '' : `\n${note}\n`
  const room = CHECK_TEXT_MAX - tail.length
  const summary = renderMarkdown(record, judged, { maxFindings: 50, maxBytes: room })
  return { title, summary: `${cut(summary, room)}${tail}` }
}

/** The fingerprint we put in `raw_details`, so a re-run can tell what it already annotated. */
export function annotationKey(fingerprint: string): string {
  return `known-good fingerprint ${fingerprint}`
}

/** Right-side lines a pull request changed, per repository path. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>

export interface CheckAnnotationOptions {
  /** Annotations at most (input max-annotations); default all. */
  max?: number
  /** Findings on these lines come first. */
  changed?: ChangedLines
}

export interface CheckAnnotationPlan {
  /** The ones to send, in order. */
  annotations: CheckAnnotation[]
  /** Findings with a place in the repository: what could have been annotated. */
  placeable: number
}

function onChangedLine(entry: Judged, changed: ChangedLines | undefined): boolean {
  const location = entry.finding.location!
  const lines = changed?.get(location.path)
  if (lines === undefined) return false
  // Bounded by the changed lines, not by the finding's range (which may be huge).
  for (const line of lines) if (line >= location.startLine && line <= location.endLine) return true
  return false
}

function toCheckAnnotation(entry: Judged): CheckAnnotation {
  const f = entry.finding
  const location = f.location!
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
  return annotation
}

/**
 * The findings that have a place in the repository, as annotations, at most `max`: those on
 * lines the pull request changed first, then the most severe, counted before not counted at the
 * same severity (findings that do not count are notices that say why).
 */
export function checkAnnotations(
  judged: OrderedJudged,
  options: CheckAnnotationOptions = {}
): CheckAnnotationPlan {
  const max = options.max ?? Number.POSITIVE_INFINITY
  // The rank is (on a changed line, severity, counted) and then the one order. One pass puts
  // each finding in the bucket of its rank: a bucket, a part of the ordered list, is in order,
  // and none needs more than `max` entries (ARCHITECTURE.md, "Scan memory").
  const buckets: Judged[][] = Array.from({ length: 2 * SEVERITIES.length * 2 }, () => [])
  let placeable = 0
  for (const entry of judged) {
    if (!isPlaceable(entry)) continue
    placeable++
    if (max <= 0) continue
    const changed = onChangedLine(entry, options.changed) ? 0 : 1
    const counted = entry.disposition === 'counted' ? 0 : 1
    const bucket =
      buckets[(changed * SEVERITIES.length + severityRank(entry.finding.severity)) * 2 + counted]!
    if (bucket.length < max) bucket.push(entry)
  }
  const annotations: CheckAnnotation[] = []
  for (const bucket of buckets) {
    for (const entry of bucket) {
      if (annotations.length >= max) break
      annotations.push(toCheckAnnotation(entry))
    }
  }
  return { annotations, placeable }
}

/** Where the findings that are not annotated can be read instead. */
export interface FullListPlaces {
  /** The report artifact's name, when it is uploaded. */
  artifactName?: string
  runUrl?: string
  /** The merged SARIF, as the workspace sees it. */
  sarifPath: string
  codeScanning?: boolean
}

function placesText(places: FullListPlaces): string {
  const sarif = `\`${escapeMarkdown(places.sarifPath, 200)}\``
  const parts = [
    places.artifactName === undefined
      ? `the merged SARIF ${sarif} this step wrote`
      : `the merged SARIF (\`merged.sarif\`) and \`verdict.json\` of the report artifact ${escapeMarkdown(places.artifactName, 100)}${places.runUrl ? ` of ${safeLink('this run', places.runUrl)}` : ''}`
  ]
  if (places.codeScanning) parts.push('code scanning')
  return parts.join(' and in ')
}

/**
 * What the check run's summary says when annotations were held back: how many, why, and where
 * the full list is. Empty when every finding is annotated.
 */
export function notAnnotatedNote(
  plan: CheckAnnotationPlan,
  max: number,
  places: FullListPlaces
): string {
  const left = plan.placeable - plan.annotations.length
  if (left <= 0) return ''
  if (plan.annotations.length === 0)
    return `**No finding is annotated on this check run** (max-annotations: ${max}): the ${plan.placeable} findings with a place in the repository are in ${placesText(places)}.`
  return `**${left} of ${plan.placeable} findings are not annotated here** (max-annotations: ${max}; findings on lines the pull request changed come first, then the most severe). The full list is in ${placesText(places)}.`
}
