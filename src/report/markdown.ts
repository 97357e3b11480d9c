import type { Finding } from '../model.js'
import { SEVERITIES } from '../model.js'
import type { OrderedJudged, Top } from '../policy/order.js'
import { countedOf, firstOf } from '../policy/order.js'
import type { Judged, VerdictName } from '../policy/verdict.js'
import type { AnnotationPlan } from './annotations.js'
import { escapeMarkdown } from '../text/escape.js'
import type { VerdictRecord } from '../verdict/record.js'

/**
 * GitHub's job summary: "up to 1 MiB of content per step"
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024

export const VERDICT_BADGE: Record<VerdictName, string> = {
  clean: '✅ clean',
  blocked: '⛔ blocked',
  unknown: '❓ unknown (not clean)'
}

export interface MarkdownOptions {
  /** Rows in the findings table. */
  maxFindings: number
  /** Bytes the whole document must stay under. */
  maxBytes: number
  annotations?: AnnotationPlan
  /** Reasons and input rows listed at most; default MARKDOWN_MAX_LISTED. */
  maxListed?: number
}

/** A link only for a plain http(s) URL; anything else is shown as escaped text. */
export function safeLink(text: string, url: string | undefined): string {
  const label = escapeMarkdown(text, 200)
  if (url === undefined || !/^https?:\/\/[^\s()<>"'`\\]+$/i.test(url)) return label
  return `[${label}](${url})`
}

/** The first `max` items, and a line saying how many more there are. */
function listed<T>(items: readonly T[], max: number): { shown: readonly T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) }
}

/**
 * Reasons and input rows listed at most: 10,000 broken inputs must not push the job summary
 * over its 1 MiB (all of them are in verdict.json).
 */
export const MARKDOWN_MAX_LISTED = 200

function locationText(finding: Finding): string {
  const location = finding.location
  if (location === undefined) return '—'
  const lines =
    location.startLine === location.endLine
      ? `${location.startLine}`
      : `${location.startLine}–${location.endLine}`
  const where = escapeMarkdown(`${location.path}:${lines}`, 300)
  return location.outsideWorkspace ? `${where} (outside the workspace)` : where
}

function findingRow(entry: Judged): string {
  const f = entry.finding
  const severity = `${f.severity}${entry.blocking ? ' ⛔' : ''}`
  const rule = `${safeLink(f.ruleId, f.helpUri)}<br>${escapeMarkdown(f.tool, 100)}`
  const cwes = f.cwes.length > 0 ? `<br>${escapeMarkdown(f.cwes.join(', '), 100)}` : ''
  return `| ${severity} | ${rule}${cwes} | ${locationText(f)} | ${escapeMarkdown(f.message, 500)} |`
}

function countsTable(record: VerdictRecord): string[] {
  const lines = ['| Severity | Counted | All findings |', '| --- | ---: | ---: |']
  for (const severity of SEVERITIES) {
    lines.push(
      `| ${severity} | ${record.counts.counted[severity]} | ${record.counts.all[severity]} |`
    )
  }
  return lines
}

function toolTable(record: VerdictRecord, max: number): string[] {
  const all = Object.keys(record.byTool).sort()
  if (all.length === 0) return []
  const { shown: tools, more } = listed(all, max)
  const lines = [
    '',
    `| Tool | ${SEVERITIES.join(' | ')} |`,
    `| --- |${' ---: |'.repeat(SEVERITIES.length)}`
  ]
  for (const tool of tools) {
    const counts = record.byTool[tool]!
    lines.push(`| ${escapeMarkdown(tool, 100)} | ${SEVERITIES.map(s => counts[s]).join(' | ')} |`)
  }
  if (more > 0) lines.push('', `_${more} more tools are listed in verdict.json._`)
  return lines
}

function notCounted(record: VerdictRecord): string {
  const c = record.counts
  const parts = [
    [c.suppressed, 'suppressed'],
    [c.excluded, 'excluded by path'],
    [c.allowed, 'of allowed rules'],
    [c.existing, 'existing (new-only)'],
    [c.fixed, 'fixed (baseline absent)'],
    [c.duplicates, 'duplicates merged']
  ].filter(([n]) => (n as number) > 0)
  return parts.length === 0
    ? ''
    : `Not counted: ${parts.map(([n, what]) => `${n} ${what}`).join(', ')}.`
}

function inputsSection(record: VerdictRecord, max: number): string[] {
  const lines = [
    '<details><summary>Inputs</summary>',
    '',
    '| File | Status | Tools | SHA-256 |',
    '| --- | --- | --- | --- |'
  ]
  const inputs = listed(record.inputs, max)
  for (const input of inputs.shown) {
    const tools = (input.runs ?? [])
      .map(r => `${r.tool}${r.version ? ` ${r.version}` : ''} (${r.findings})`)
      .join(', ')
    const status =
      input.status === 'read'
        ? 'read'
        : input.status === 'skipped'
          ? `skipped: ${input.skipped ?? ''}`
          : `failed: ${input.error ?? ''}`
    lines.push(
      `| ${escapeMarkdown(input.file, 300)} | ${escapeMarkdown(status, 500)} | ${escapeMarkdown(tools, 300)} | ${input.sha256 ? `\`${input.sha256.slice(0, 12)}\`` : '—'} |`
    )
  }
  const patterns = listed(record.unmatchedPatterns, Math.max(0, max - inputs.shown.length))
  for (const pattern of patterns.shown)
    lines.push(`| ${escapeMarkdown(pattern, 300)} | matched no file | — | — |`)
  if (inputs.more + patterns.more > 0)
    lines.push('', `_${inputs.more + patterns.more} more inputs are listed in verdict.json._`)
  lines.push('', '</details>')
  return lines
}

function policyLine(record: VerdictRecord): string {
  const p = record.policy
  const parts = [`fail-on ${p.failOn}`]
  const max = Object.entries(p.maxCounts).map(([s, n]) => `${s}=${n}`)
  if (max.length > 0) parts.push(`max-counts ${max.join(', ')}`)
  if (p.newOnly) parts.push('new-only')
  if (p.countSuppressed) parts.push('count-suppressed')
  if (p.include.length > 0) parts.push(`include ${p.include.join(', ')}`)
  if (p.exclude.length > 0) parts.push(`exclude ${p.exclude.join(', ')}`)
  if (p.allowRules.length > 0) parts.push(`allow-rules ${p.allowRules.join(', ')}`)
  if (p.denyRules.length > 0) parts.push(`deny-rules ${p.denyRules.join(', ')}`)
  return `Policy: ${escapeMarkdown(parts.join('; '), 2000)}.`
}

function render(
  record: VerdictRecord,
  /** The first counted findings in order (as many as rows may show) and how many are counted. */
  counted: Top,
  rows: number,
  options: MarkdownOptions,
  maxListed = MARKDOWN_MAX_LISTED
): string {
  const lines = [`## known-good: ${VERDICT_BADGE[record.verdict]}`, '']
  const reasons = listed(record.reasons, maxListed)
  for (const reason of reasons.shown) lines.push(`- ${escapeMarkdown(reason, 1000)}`)
  if (reasons.more > 0) lines.push(`- _${reasons.more} more reasons are listed in verdict.json._`)
  lines.push('', ...countsTable(record), ...toolTable(record, maxListed), '')
  if (counted.total > 0) {
    lines.push(
      `### Findings (${Math.min(rows, counted.total)} of ${counted.total} counted, most severe first)`,
      ''
    )
    lines.push('| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |')
    for (const entry of counted.first.slice(0, rows)) lines.push(findingRow(entry))
    if (counted.total > rows) {
      lines.push(
        '',
        `_${counted.total - rows} more counted findings are in the report files (verdict JSON, merged SARIF)._`
      )
    }
    lines.push('')
  }
  const omitted = options.annotations?.omitted
  if (omitted && omitted.error + omitted.warning + omitted.notice > 0) {
    lines.push(
      `GitHub shows 10 annotations per level per step: ${omitted.error} errors, ${omitted.warning} warnings and ${omitted.notice} notices more are listed here and in the report files, not as annotations.`,
      ''
    )
  }
  const skipped = notCounted(record)
  if (skipped) lines.push(skipped, '')
  lines.push(policyLine(record), '')
  const id = record.identity
  const run = id.runUrl ? safeLink('CI run', id.runUrl) : undefined
  const commit = id.commit
    ? `commit \`${id.commit.slice(0, 12).replace(/[^0-9a-fA-F]/g, '')}\``
    : undefined
  if (run || commit) lines.push(`${[commit, run].filter(Boolean).join(' · ')}`, '')
  lines.push(...inputsSection(record, maxListed), '')
  return lines.join('\n')
}

/**
 * The verdict as Markdown, cut to fit `maxBytes`: fewer finding rows until it fits, then fewer
 * reasons and input rows; what is left out is counted in the text.
 */
export function renderMarkdown(
  record: VerdictRecord,
  judged: OrderedJudged,
  options: MarkdownOptions
): string {
  // Only the rows that can be shown are kept: a bounded top of the one order, not a copy.
  const counted = firstOf(countedOf(judged), options.maxFindings)
  let rows = options.maxFindings
  let maxListed = options.maxListed ?? MARKDOWN_MAX_LISTED
  for (;;) {
    const text = render(record, counted, rows, options, maxListed)
    if (Buffer.byteLength(text, 'utf8') <= options.maxBytes || (rows === 0 && maxListed === 0))
      return text
    if (rows > 0) rows = Math.floor(rows / 2)
    else maxListed = Math.floor(maxListed / 2)
  }
}
