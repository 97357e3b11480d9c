import { SEVERITIES } from '../model.js'
import type { VerdictRecord } from '../verdict/record.js'
import { escapeMarkdown } from '../text/escape.js'
import { safeLink, VERDICT_BADGE } from './markdown.js'
import type { OrderedJudged } from '../policy/order.js'
import { countedOf, firstOf } from '../policy/order.js'

/**
 * GitHub's limit on an issue, pull request or review comment body ("Body is too long (maximum
 * is 65536 characters)", the REST API's 422).
 */
export const MAX_COMMENT_CHARS = 65_536
const TOP_FINDINGS = 20

/** The hidden marker that finds our one sticky comment again on later runs. */
export function stickyMarker(checkName: string): string {
  return `<!-- known-good:sticky ${checkName.replace(/[^\w.-]/g, '_')} -->`
}

export interface CommentLinks {
  runUrl?: string
  checkUrl?: string
}

/** The sticky pull request comment: verdict, counts by severity and tool, new vs existing. */
export function stickyComment(
  record: VerdictRecord,
  judged: OrderedJudged,
  checkName: string,
  links: CommentLinks
): string {
  let counted = 0
  let newCount = 0
  let existing = 0
  for (const { baselineState } of countedOf(judged).rows()) {
    counted++
    if (baselineState === 'new') newCount++
    else if (baselineState === 'unchanged' || baselineState === 'updated') existing++
  }
  const lines = [stickyMarker(checkName), `### known-good: ${VERDICT_BADGE[record.verdict]}`, '']
  for (const reason of record.reasons) lines.push(`- ${escapeMarkdown(reason, 500)}`)
  lines.push('', `| | ${SEVERITIES.join(' | ')} |`, `| --- |${' ---: |'.repeat(SEVERITIES.length)}`)
  lines.push(`| **counted** | ${SEVERITIES.map(s => record.counts.counted[s]).join(' | ')} |`)
  for (const tool of Object.keys(record.byTool).sort()) {
    lines.push(
      `| ${escapeMarkdown(tool, 80)} | ${SEVERITIES.map(s => record.byTool[tool]![s]).join(' | ')} |`
    )
  }
  lines.push(
    '',
    `New: ${newCount} · existing: ${existing} · without baseline: ${counted - newCount - existing}`
  )
  const link = [
    links.checkUrl ? safeLink('check run', links.checkUrl) : undefined,
    links.runUrl ? safeLink('workflow run', links.runUrl) : undefined
  ].filter(Boolean)
  if (link.length > 0) lines.push('', link.join(' · '))
  const top = firstOf(countedOf(judged), TOP_FINDINGS).first
  if (top.length > 0) {
    lines.push('', '<details><summary>Most severe findings</summary>', '')
    for (const { finding, blocking } of top) {
      const where = finding.location
        ? `${finding.location.path}:${finding.location.startLine}`
        : 'no location'
      lines.push(
        `- ${finding.severity}${blocking ? ' ⛔' : ''} ${escapeMarkdown(finding.ruleId, 100)} at ${escapeMarkdown(where, 200)}: ${escapeMarkdown(finding.message, 300)}`
      )
    }
    lines.push('', '</details>')
  }
  const body = lines.join('\n')
  if (body.length <= MAX_COMMENT_CHARS) return body
  const note =
    "\n\n_Cut to fit GitHub's comment size limit; the check run and report files have everything._"
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note
}
