import type { Severity } from '../model.js'
import type { OrderedJudged } from '../policy/order.js'
import { countedOf } from '../policy/order.js'
import { writeFileAtomically } from './file-writer.js'

/**
 * GitLab Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * an array of issues with `description`, `check_name`, `fingerprint`, `severity` (info, minor,
 * major, critical, blocker) and `location.path` + `location.lines.begin`.
 */
const GITLAB_SEVERITY: Record<Severity, string> = {
  critical: 'blocker',
  high: 'critical',
  medium: 'major',
  low: 'minor',
  note: 'info'
}

export function writeGitLabCodeQuality(path: string, judged: OrderedJudged): number {
  return writeFileAtomically(path, out => {
    out.write('[')
    let i = 0
    for (const entry of countedOf(judged)) {
      const f = entry.finding
      const issue = {
        type: 'issue',
        description: `${f.message || f.ruleId}${entry.blocking ? ' (blocks the release)' : ''}`,
        check_name: `${f.tool}:${f.ruleId}`,
        fingerprint: f.fingerprint,
        severity: GITLAB_SEVERITY[f.severity],
        location: { path: f.location?.path ?? '.', lines: { begin: f.location?.startLine ?? 1 } }
      }
      out.write(`${i++ > 0 ? ',' : ''}\n${JSON.stringify(issue)}`)
    }
    out.write('\n]\n')
  })
}
