import type { Level, Severity } from '../model.js'

/**
 * GitHub's mapping of a rule's `security-severity` score (a CVSS-like number, given as a string)
 * to a severity: https://docs.github.com/en/code-security/code-scanning/managing-code-scanning-alerts/about-code-scanning-alerts#about-alert-severity-and-security-severity-levels
 */
export function severityFromScore(score: number): Severity {
  if (score >= 9.0) return 'critical'
  if (score >= 7.0) return 'high'
  if (score >= 4.0) return 'medium'
  if (score > 0) return 'low'
  return 'note'
}

/** Without a score, the effective SARIF level decides. */
export function severityFromLevel(level: Level): Severity {
  switch (level) {
    case 'error':
      return 'high'
    case 'warning':
      return 'medium'
    case 'note':
      return 'low'
    case 'none':
      return 'note'
  }
}

/** A `security-severity` property as a number in [0, 10], or undefined if absent or invalid. */
export function parseSecuritySeverity(value: unknown): number | undefined {
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined
  const score = Number(text)
  return score >= 0 && score <= 10 ? score : undefined
}
