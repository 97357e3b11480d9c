/**
 * Our own neutral model of a finding: what every SARIF producer's result is normalised into,
 * and what policy and reporters work on. Nothing here is SARIF-specific.
 */

/** Most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'] as const
export type Severity = (typeof SEVERITIES)[number]

export type Level = 'error' | 'warning' | 'note' | 'none'

/** SARIF `baselineState`; `absent` means "was in the baseline, gone now" (a fixed finding). */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent'

export interface Location {
  /** Repository-relative, `/`-separated; for a path outside the workspace, the path as given. */
  path: string
  /** True when the path resolves outside the workspace: reported, never opened. */
  outsideWorkspace: boolean
  startLine: number
  endLine: number
  startColumn?: number
  endColumn?: number
}

export interface Finding {
  /**
   * The finding's identity (128 bits, hex): the same for two reports of one finding, different
   * for results that differ in anything that describes the finding. See `sarif/identity.ts`.
   */
  fingerprint: string
  tool: string
  toolVersion?: string
  ruleId: string
  ruleName?: string
  ruleDescription?: string
  helpUri?: string
  /** Normalised as `CWE-<n>`. */
  cwes: string[]
  level: Level
  severity: Severity
  /** The rule's `security-severity` score, when it had a valid one. */
  securitySeverity?: number
  /** As people read it: placeholders filled, length capped. */
  message: string
  /** The message string with `{n}` placeholders, when `messageArguments` filled it. */
  messageTemplate?: string
  messageArguments?: string[]
  location?: Location
  suppressed: boolean
  baselineState?: BaselineState
  /** Where it came from: the SARIF file (as given by the user), run index, run category. */
  source: { file: string; run: number; category?: string }
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** True when `a` is at least as severe as `b`. */
export function atLeast(a: Severity, b: Severity): boolean {
  return severityRank(a) <= severityRank(b)
}

export type SeverityCounts = Record<Severity, number>

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, note: 0 }
}
