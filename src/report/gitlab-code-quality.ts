import type { Severity } from '../model.js'
import type { OrderedJudged } from '../policy/order.js'
import { countedOf } from '../policy/order.js'
import type { Judged } from '../policy/verdict.js'
import type { ChunkedFileWriter } from './file-writer.js'
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

/**
 * The report's array, an issue per counted finding in the order they are given: opened when
 * made, closed by `end`. For a walk that another report makes anyway (`report/files.ts`).
 */
export class CodeQualityIssues {
  private written = 0

  constructor(private readonly out: ChunkedFileWriter) {
    out.write('[')
  }

  add(entry: Judged): void {
    const f = entry.finding
    const issue = {
      type: 'issue',
      description: `${f.message || f.ruleId}${entry.blocking ? ' (blocks the release)' : ''}`,
      check_name: `${f.tool}:${f.ruleId}`,
      fingerprint: f.fingerprint,
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: f.location?.path ?? '.', lines: { begin: f.location?.startLine ?? 1 } }
    }
    this.out.write(`${this.written++ > 0 ? ',' : ''}\n${JSON.stringify(issue)}`)
  }

  end(): void {
    this.out.write('\n]\n')
  }
}

export function writeGitLabCodeQuality(path: string, judged: OrderedJudged): number {
  return writeFileAtomically(path, out => {
    const issues = new CodeQualityIssues(out)
    for (const entry of countedOf(judged)) issues.add(entry)
    issues.end()
  })
}
