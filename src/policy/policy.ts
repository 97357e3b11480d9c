import type { Severity } from '../model.js'

export const FAIL_ON_VALUES = ['critical', 'high', 'medium', 'low', 'note', 'none'] as const
export type FailOn = (typeof FAIL_ON_VALUES)[number]

/** How findings become a verdict. Every field has a safe default (see `defaultPolicy`). */
export interface Policy {
  /** Block on any counted finding at or above this severity; `none` blocks on severity never. */
  failOn: FailOn
  /** Per-severity allowance: block only when more than this many are counted. Overrides `failOn`. */
  maxCounts: Partial<Record<Severity, number>>
  /** Count only findings the tool marks as new (`baselineState`); findings without one count. */
  newOnly: boolean
  /** Path globs (repository-relative): when given, only findings in matching files count. */
  include: string[]
  /** Path globs whose findings do not count. */
  exclude: string[]
  /** Rule id globs (or `tool:rule`) whose findings never block. */
  allowRules: string[]
  /** Rule id globs (or `tool:rule`) whose counted findings always block, whatever their severity. */
  denyRules: string[]
  /** Count findings the tool reports as suppressed (accepted suppressions). */
  countSuppressed: boolean
}

export function defaultPolicy(): Policy {
  return {
    failOn: 'high',
    maxCounts: {},
    newOnly: false,
    include: [],
    exclude: [],
    allowRules: [],
    denyRules: [],
    countSuppressed: false
  }
}
