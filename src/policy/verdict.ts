import picomatch from 'picomatch'
import type { Finding, Severity, SeverityCounts } from '../model.js'
import { atLeast, emptyCounts, SEVERITIES } from '../model.js'
import { FindingStore } from '../sarif/store.js'
import type { Disposition } from './order.js'
import { DISPOSITION_CODE, OrderedJudged } from './order.js'
import type { Policy } from './policy.js'

export const VERDICTS = ['clean', 'blocked', 'unknown'] as const
export type VerdictName = (typeof VERDICTS)[number]

/** A judged finding and its disposition (`policy/order.ts`, where the one order is made). */
export type { Disposition, Judged } from './order.js'

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
  /** Every finding per severity, counted or not. */
  all: SeverityCounts
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

/** A rule pattern list: `rule` or `tool:rule` globs. */
function ruleMatcher(patterns: string[]): (tool: string, ruleId: string) => boolean {
  const plain = matcher(patterns.filter(p => !p.includes(':')))
  const qualified = matcher(patterns.filter(p => p.includes(':')))
  return (tool, ruleId) => plain(ruleId) || qualified(`${tool}:${ruleId}`)
}

/** A predicate over small ids (paths, rules), each id's answer computed once. */
function memo(answer: (id: number) => boolean): (id: number) => boolean {
  const known: number[] = []
  return id => {
    let value = known[id]
    if (value === undefined) known[id] = value = answer(id) ? 1 : 0
    return value === 1
  }
}

/** The most findings of a severity that still leave the release clean. */
export function allowance(policy: Policy, severity: Severity): number {
  const explicit = policy.maxCounts[severity]
  if (explicit !== undefined) return explicit
  if (policy.failOn === 'none') return Number.POSITIVE_INFINITY
  return atLeast(severity, policy.failOn) ? 0 : Number.POSITIVE_INFINITY
}

/** Why a row of the store does or does not count, from its columns. */
function dispositionOf(
  store: FindingStore,
  row: number,
  policy: Policy,
  excluded: (path: number) => boolean,
  allowed: (rule: number) => boolean
): Disposition {
  const baselineState = store.baselineState(row)
  if (baselineState === 'absent') return 'fixed'
  if (store.suppressed(row) && !policy.countSuppressed) return 'suppressed'
  // A path outside the workspace cannot be matched against workspace globs: it always counts.
  const path = store.workspacePathId(row)
  if (path !== undefined && excluded(path)) return 'excluded'
  if (allowed(store.ruleKey(row))) return 'allowed'
  if (policy.newOnly && (baselineState === 'unchanged' || baselineState === 'updated'))
    return 'existing'
  return 'counted'
}

/**
 * Findings + policy → verdict. The judgement of each finding is written into its row of the
 * store, which is then sorted into the one order. `unknown` (inputs that could not be judged)
 * is never clean; blocking findings from the inputs that were read still make it `blocked`.
 */
export function decide(
  findings: readonly Finding[] | FindingStore,
  problems: InputProblem[],
  policy: Policy
): Decision {
  const store = findings instanceof FindingStore ? findings : FindingStore.of(findings)
  const include = matcher(policy.include)
  const exclude = matcher(policy.exclude)
  const excluded = memo(id => {
    const path = store.paths.values[id]!
    return (policy.include.length > 0 && !include(path)) || exclude(path)
  })
  const rule = (matches: (tool: string, ruleId: string) => boolean) =>
    memo(key => matches(store.tools.values[store.toolOfRule(key)]!, store.ruleIdOf(key)))
  const allowed = rule(ruleMatcher(policy.allowRules))
  const denied = rule(ruleMatcher(policy.denyRules))
  const counted = emptyCounts()
  const all = emptyCounts()
  const dispositions: Record<Disposition, number> = {
    counted: 0,
    suppressed: 0,
    excluded: 0,
    allowed: 0,
    existing: 0,
    fixed: 0
  }
  const countedByTool = Object.create(null) as Record<string, SeverityCounts>
  for (const row of store.rowsInOrderRead()) {
    const severity = store.severity(row)
    all[severity]++
    const disposition = dispositionOf(store, row, policy, excluded, allowed)
    dispositions[disposition]++
    store.setJudgement(row, DISPOSITION_CODE[disposition], false)
    if (disposition === 'counted') {
      counted[severity]++
      ;(countedByTool[store.tools.values[store.toolId(row)]!] ??= emptyCounts())[severity]++
    }
  }
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
  let blocking = 0
  for (const row of store.rowsInOrderRead()) {
    if (store.disposition(row) !== DISPOSITION_CODE.counted) continue
    const isDenied = denied(store.ruleKey(row))
    if (isDenied) deniedCount++
    if (isDenied || blockingSeverities.has(store.severity(row))) {
      store.setJudgement(row, DISPOSITION_CODE.counted, true)
      blocking++
    }
  }
  if (deniedCount > 0)
    reasons.push(
      `${deniedCount} finding${deniedCount === 1 ? '' : 's'} of denied rules (deny-rules)`
    )
  for (const problem of problems)
    reasons.push(problem.file ? `${problem.file}: ${problem.message}` : problem.message)
  const verdict: VerdictName = blocking > 0 ? 'blocked' : problems.length > 0 ? 'unknown' : 'clean'
  if (verdict === 'clean') reasons.push('no counted finding exceeds the policy')
  return {
    verdict,
    reasons,
    judged: OrderedJudged.of(store),
    counted,
    all,
    countedByTool,
    dispositions,
    blocking
  }
}
