import type { Level, Severity } from '../model.js'
import { SEVERITIES } from '../model.js'

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

/** How a rule's `security-severity` was read. */
export interface SecuritySeverityReading {
  /** The score used, in [0, 10]; absent when no reading gives one (the level decides). */
  score?: number
  /** Set when the value is not a plain number from 0.0 to 10.0: reported, read as described. */
  unusual?: { value: unknown }
}

/** The lowest score of each severity GitHub names (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0). */
const SEVERITY_WORDS = new Map<string, number>([
  ['critical', 9.0],
  ['high', 7.0],
  ['medium', 4.0],
  ['moderate', 4.0],
  ['low', 0.1]
])

const PLAIN_SCORE = /^\d+(\.\d+)?$/
/** A decimal number as Go's strconv.ParseFloat or JavaScript's Number() reads it (exponents too). */
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
/** The number a value starts with, as JavaScript's parseFloat reads it. */
const LEADING = /^[+-]?(\d+(\.\d+)?|\.\d+)/
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/

/**
 * A rule's `security-severity` (GitHub: "a string representing a number between 0.0 and 10.0").
 * GitHub code scanning reads it as a number and refuses an upload whose value is not one
 * ("invalid security severity value, is not a number", github/codeql-action#2187); `1e1` is a
 * number to it. Here a value that is not a plain number is never read lower than a reader
 * could: it gets the highest of its readings — as a number with an exponent (`1e1` → 10), its
 * leading number (`9.8abc` → 9.8), with a decimal comma (`9,8` → 9.8), a severity word
 * (`High` → 7.0) — above 10 counts as 10, below 0 as no score; and it is reported (`unusual`),
 * so that the caller also weighs the level and says what it used.
 */
export function readSecuritySeverity(value: unknown): SecuritySeverityReading | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10)
    return { score: value }
  const text =
    typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
  if (typeof value === 'string' && PLAIN_SCORE.test(text)) {
    const score = Number(text)
    if (score <= 10) return { score }
  }
  const readings: number[] = []
  if (FLOAT.test(text)) readings.push(Number(text))
  const leading = LEADING.exec(text)
  if (leading) readings.push(Number(leading[0]))
  if (DECIMAL_COMMA.test(text)) readings.push(Number(text.replace(',', '.')))
  const word = SEVERITY_WORDS.get(text.toLowerCase())
  if (word !== undefined) readings.push(word)
  const finite = readings.filter(Number.isFinite)
  const highest = finite.length > 0 ? Math.max(...finite) : undefined
  const reading: SecuritySeverityReading = { unusual: { value } }
  if (highest !== undefined && highest >= 0) reading.score = Math.min(highest, 10)
  return reading
}

/** The more severe of two. */
export function mostSevere(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b
}
