import picomatch from 'picomatch'
import type { Finding, Severity, SeverityCounts } from '../model.js'
import { atLeast, emptyCounts, SEVERITIES } from '../model.js'
import type { OrderedJudged } from './order.js'
import { countOf, orderJudged } from './order.js'
import type { Policy } from './policy.js'

export const VERDICTS = ['clean', 'blocked', 'unknown'] as const
export type VerdictName = (typeof VERDICTS)[number]

/** Why a finding does or does not count. */
export type Disposition = 'counted' | 'suppressed' | 'excluded' | 'allowed' | 'existing' | 'fixed'

export interface Judged {
  finding: Finding
  disposition: Disposition
  /** A counted finding that, on its own or by number, blocks the release. */
  blocking: boolean
}

/** A reason the inputs could not be fully judged: each makes the verdict unknown. */
export interface InputProblem {
  file?: string
  message: string
}

export interface Decision {
  verdict: VerdictName
  reasons: string[]
  /** Every judged finding, in the one order (policy/order.ts), sorted here and only here. */
  judged: OrderedJudged
  counted: SeverityCounts
  /**
   * Counted findings per tool and severity; a null-prototype object (tool names come from the
   * logs), its tools in the order their first counted finding was read.
   */
  countedByTool: Record<string, SeverityCounts>
  dispositions: Record<Disposition, number>
  blocking: number
}

type Matcher = (text: string) => boolean

function matcher(patterns: string[]): Matcher {
  if (patterns.length === 0) return () => false
  return picomatch(patterns, { dot: true })
}

function ruleMatcher(patterns: string[]): (finding: Finding) => boolean {
  const plain = matcher(patterns.filter(p => !p.includes(':')))
  const qualified = matcher(patterns.filter(p => p.includes(':')))
  return finding => plain(finding.ruleId) || qualified(`${finding.tool}:${finding.ruleId}`)
}

/** The most findings of a severity that still leave the release clean. */
export function allowance(policy: Policy, severity: Severity): number {
  const explicit = policy.maxCounts[severity]
  if (explicit !== undefined) return explicit
  if (policy.failOn === 'none') return Number.POSITIVE_INFINITY
  return atLeast(severity, policy.failOn) ? 0 : Number.POSITIVE_INFINITY
}

function dispositionOf(
  finding: Finding,
  policy: Policy,
  include: Matcher,
  exclude: Matcher,
  allowed: (f: Finding) => boolean
): Disposition {
  if (finding.baselineState === 'absent') return 'fixed'
  if (finding.suppressed && !policy.countSuppressed) return 'suppressed'
  const location = finding.location
  // A path outside the workspace cannot be matched against workspace globs: it always counts.
  if (location !== undefined && !location.outsideWorkspace) {
    if (policy.include.length > 0 && !include(location.path)) return 'excluded'
    if (exclude(location.path)) return 'excluded'
  }
  if (allowed(finding)) return 'allowed'
  if (
    policy.newOnly &&
    (finding.baselineState === 'unchanged' || finding.baselineState === 'updated')
  ) {
    return 'existing'
  }
  return 'counted'
}

/**
 * Findings + policy → verdict. Pure. `unknown` (inputs that could not be judged) is never clean;
 * blocking findings from the inputs that were read still make it `blocked`.
 */
export function decide(findings: Finding[], problems: InputProblem[], policy: Policy): Decision {
  const include = matcher(policy.include)
  const exclude = matcher(policy.exclude)
  const allowed = ruleMatcher(policy.allowRules)
  const denied = ruleMatcher(policy.denyRules)
  const counted = emptyCounts()
  const dispositions: Record<Disposition, number> = {
    counted: 0,
    suppressed: 0,
    excluded: 0,
    allowed: 0,
    existing: 0,
    fixed: 0
  }
  const countedByTool = Object.create(null) as Record<string, SeverityCounts>
  const judged: Judged[] = findings.map(finding => {
    const disposition = dispositionOf(finding, policy, include, exclude, allowed)
    dispositions[disposition]++
    if (disposition === 'counted') {
      counted[finding.severity]++
      ;(countedByTool[finding.tool] ??= emptyCounts())[finding.severity]++
    }
    return { finding, disposition, blocking: false }
  })
  const reasons: string[] = []
  const blockingSeverities = new Set<Severity>()
  for (const severity of SEVERITIES) {
    const limit = allowance(policy, severity)
    if (counted[severity] > limit) {
      blockingSeverities.add(severity)
      const rule =
        policy.maxCounts[severity] !== undefined
          ? `max-counts allows ${limit}`
          : `fail-on ${policy.failOn} allows none`
      reasons.push(
        `${counted[severity]} ${severity} finding${counted[severity] === 1 ? '' : 's'} (${rule})`
      )
    }
  }
  let deniedCount = 0
  for (const entry of judged) {
    if (entry.disposition !== 'counted') continue
    const isDenied = denied(entry.finding)
    if (isDenied) deniedCount++
    entry.blocking = isDenied || blockingSeverities.has(entry.finding.severity)
  }
  if (deniedCount > 0)
    reasons.push(
      `${deniedCount} finding${deniedCount === 1 ? '' : 's'} of denied rules (deny-rules)`
    )
  for (const problem of problems)
    reasons.push(problem.file ? `${problem.file}: ${problem.message}` : problem.message)
  const blocking = countOf(judged, entry => entry.blocking)
  const verdict: VerdictName = blocking > 0 ? 'blocked' : problems.length > 0 ? 'unknown' : 'clean'
  if (verdict === 'clean') reasons.push('no counted finding exceeds the policy')
  return {
    verdict,
    reasons,
    judged: orderJudged(judged),
    counted,
    countedByTool,
    dispositions,
    blocking
  }
}
