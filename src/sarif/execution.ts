import type { JsonObject } from '../util/json.js'
import { isObject, num, str } from '../util/json.js'

/** What one `invocation` (§3.20) says about how the tool ended. */
export interface InvocationFacts {
  /** §3.20.14; absent when the log does not say. */
  executionSuccessful?: boolean
  exitCode?: number
  exitCodeDescription?: string
  exitSignalName?: string
  exitSignalNumber?: number
  /** Error-level `toolExecutionNotifications` and `toolConfigurationNotifications` (§3.58.6). */
  errorNotifications: number
  /** The first of them, for the reason. */
  firstError?: string
}

function notificationText(notification: JsonObject): string | undefined {
  const message = notification.message
  if (typeof message === 'string') return message
  return isObject(message) ? (str(message.text) ?? str(message.markdown)) : undefined
}

export function invocationFacts(invocation: JsonObject): InvocationFacts {
  const facts: InvocationFacts = { errorNotifications: 0 }
  if (typeof invocation.executionSuccessful === 'boolean')
    facts.executionSuccessful = invocation.executionSuccessful
  const exitCode = num(invocation.exitCode)
  if (exitCode !== undefined) facts.exitCode = exitCode
  const description = str(invocation.exitCodeDescription)
  if (description !== undefined) facts.exitCodeDescription = description
  const signalName = str(invocation.exitSignalName)
  if (signalName !== undefined) facts.exitSignalName = signalName
  const signalNumber = num(invocation.exitSignalNumber)
  if (signalNumber !== undefined) facts.exitSignalNumber = signalNumber
  for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
    const list = invocation[key]
    if (!Array.isArray(list)) continue
    for (const notification of list) {
      if (!isObject(notification) || notification.level !== 'error') continue
      facts.errorNotifications++
      facts.firstError ??= notificationText(notification) ?? 'an error notification'
    }
  }
  return facts
}

/**
 * SpotBugs' exit code is a bit set (spotbugs/src/main/java/edu/umd/cs/findbugs/ExitCodes.java):
 * 4 "serious analysis errors occurred", 2 "classes needed for analysis were missing", 1 "bugs
 * were reported". Before 4.8.4 its SARIF writer set `executionSuccessful` to `exitCode == 0`, so
 * every log with a finding said the run failed, and its `exitSignalName` listed all three flags
 * ("ERROR,MISSING CLASS,BUGS FOUND") for any non-zero code (`(exitCode | FLAG) > 0`); both were
 * fixed in spotbugs#2740, which also moved the text to `exitCodeDescription`
 * (spotbugs/src/main/java/edu/umd/cs/findbugs/sarif/SarifBugReporter.java).
 */
const SPOTBUGS = /^spotbugs$/i
const SPOTBUGS_BUGS_FOUND = 1
const SPOTBUGS_FLAG_NAMES = new Set(['ERROR', 'MISSING CLASS', 'BUGS FOUND', 'SUCCESS', 'UNKNOWN'])

/** SpotBugs' flag list in `exitSignalName` is not a signal (see `SPOTBUGS`). */
function isSpotBugsFlagList(tool: string, name: string): boolean {
  return SPOTBUGS.test(tool) && name.split(',').every(part => SPOTBUGS_FLAG_NAMES.has(part.trim()))
}

export interface ExecutionOutcome {
  /** Why the run is not a complete analysis; the verdict is then unknown. */
  failure?: string
  /** An `executionSuccessful: false` that only says the tool found something. */
  foundOnly?: string
}

function exitDetails(facts: InvocationFacts): string {
  const parts: string[] = []
  if (facts.exitCode !== undefined) parts.push(`exit code ${facts.exitCode}`)
  const description = facts.exitCodeDescription ?? facts.exitSignalName
  if (description !== undefined) parts.push(JSON.stringify(description.slice(0, 200)))
  return parts.length > 0 ? `, ${parts.join(' ')}` : ''
}

/**
 * Did the tool complete its analysis? Fail-closed, with one exception known from upstream
 * sources:
 * - an invocation ended by a signal (`exitSignalNumber`, or an `exitSignalName` that is a signal)
 *   is a crash: not complete;
 * - `executionSuccessful: false` (§3.20.14) means not complete. Real tools write it for real
 *   failures: ESLint's SARIF formatter for a fatal parse error (an error-level notification),
 *   GCC for an internal compiler error or any error diagnostic, PMD for processing or
 *   configuration errors;
 * - except SpotBugs' exit code 1 ("bugs were reported", nothing else) with no error-level
 *   notification: that is the "found bugs" of SpotBugs before 4.8.4, not a failure. Missing
 *   classes (2) and analysis errors (4) still count as failures, as SpotBugs itself says since.
 * A run without a `results` array is judged elsewhere (§3.14.23). Error-level notifications of
 * a tool that says it succeeded are shown, not judged.
 */
export function executionOutcome(tool: string, invocations: InvocationFacts[]): ExecutionOutcome {
  const outcome: ExecutionOutcome = {}
  for (const facts of invocations) {
    const signal =
      facts.exitSignalNumber !== undefined
        ? `signal ${facts.exitSignalNumber}`
        : facts.exitSignalName !== undefined && !isSpotBugsFlagList(tool, facts.exitSignalName)
          ? `signal ${JSON.stringify(facts.exitSignalName.slice(0, 100))}`
          : undefined
    if (signal !== undefined) {
      outcome.failure ??= `was ended by ${signal}: its analysis did not complete`
      continue
    }
    if (facts.executionSuccessful !== false) continue
    if (
      SPOTBUGS.test(tool) &&
      facts.exitCode === SPOTBUGS_BUGS_FOUND &&
      facts.errorNotifications === 0
    ) {
      outcome.foundOnly ??= `executionSuccessful: false with exit code 1 only means that SpotBugs reported bugs: read as a complete run`
      continue
    }
    const error = facts.firstError !== undefined ? `: ${facts.firstError.slice(0, 300)}` : ''
    outcome.failure ??= `reports that its analysis did not complete (executionSuccessful: false${exitDetails(facts)})${error}`
  }
  return outcome
}
