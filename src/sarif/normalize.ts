import type { BaselineState, Finding, Level, Location, Severity } from '../model.js'
import type { JsonObject as Json } from '../util/json.js'
import { asObject, isObject } from '../util/json.js'
import type { FingerprintCensus } from './identity.js'
import { identityOf } from './identity.js'
import { baseOf, resolveArtifactPath } from './locations.js'
import type { ResultMessage } from './message.js'
import { resultMessage } from './message.js'
import type { RunNotes } from './notes.js'
import { shown } from './notes.js'
import type { RunPathMapper } from './path-map.js'
import type { RuleInfo, RunContext, ToolComponentInfo } from './run-context.js'
import { capName, cweFromText, higherLevel, MAX_CWES, readLevel } from './run-context.js'
import { mostSevere, severityFromLevel, severityFromScore } from './severity.js'
import type { RunInterner } from './intern.js'

export interface NormaliseEnv {
  workspace: string
  /** The SARIF file as the user named it. */
  file: string
  run: number
  /** Brings paths from another machine into the workspace (none: paths as resolved). */
  paths?: RunPathMapper
  /** Watches the run's fingerprints for placeholders. */
  census?: FingerprintCensus
  /** Where values SARIF does not allow are said, with how they were read. */
  notes?: RunNotes
  /** Holds the values findings of the run share once (ARCHITECTURE.md, "Scan memory"). */
  intern?: RunInterner
}

const BASELINE_STATES = new Set(['new', 'unchanged', 'updated', 'absent'])

/** SARIF's result kinds (§3.27.9); only `fail` is a finding. */
const KINDS = new Set(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'])

/**
 * A result is a finding when its `kind` is `fail`, or absent (the default, §3.27.9; `null` is
 * absent). A `kind` that is none of SARIF's (`"FAIL"`, a number) is no reason to drop the
 * result: it is read as `fail` and reported.
 */
export function isFailure(result: Json): boolean {
  const kind = result.kind
  return kind === undefined || kind === null || kind === 'fail' || !isKnownKind(kind)
}

function isKnownKind(kind: unknown): boolean {
  return typeof kind === 'string' && KINDS.has(kind)
}

/** Who a note is about: the tool and, when it has one, the rule. */
function ruleName(ruleId: string): string {
  return shown(ruleId, 100)
}

/** The component a `reportingDescriptorReference` points into (§3.52.7): driver unless told. */
function componentOf(
  context: RunContext,
  reference: Json | undefined
): ToolComponentInfo | undefined {
  const tool = context.tool
  if (tool === undefined) return undefined
  const component =
    reference && isObject(reference.toolComponent) ? reference.toolComponent : undefined
  if (component === undefined) return tool.driver
  if (typeof component.index === 'number') return tool.extensions[component.index]
  if (typeof component.name === 'string') {
    if (component.name === tool.driver.name) return tool.driver
    return tool.extensions.find(e => e.name === component.name)
  }
  return tool.driver
}

export interface RuleLookup {
  /** The rule the result is read with: the one its id names, else the one its index points at. */
  rule?: RuleInfo
  /** A rule the index points at that is not the one the id names (its severity counts too). */
  indexed?: RuleInfo
  /** What disagrees, in words: reported. */
  problem?: string
}

function ruleById(
  id: string,
  component: ToolComponentInfo | undefined,
  context: RunContext
): RuleInfo | undefined {
  const inComponent = component?.byId.get(id)
  if (inComponent || context.tool === undefined) return inComponent
  for (const candidate of [context.tool.driver, ...context.tool.extensions]) {
    const rule = candidate.byId.get(id)
    if (rule) return rule
  }
  return undefined
}

/**
 * Finds the rule of a result (§3.27.5–3.27.7): by `rule.index` in its tool component, by
 * `ruleIndex` in the driver, by id in the driver and then in every extension. SARIF requires
 * index and id to agree (§3.27.6, §3.52.5); when they do not, or an index points past the
 * rules, the rule the id names is used, the indexed rule's severity still counts when it is
 * higher, and the disagreement is reported.
 */
export function lookUpRule(result: Json, context: RunContext): RuleLookup {
  const reference = isObject(result.rule) ? result.rule : undefined
  const component = componentOf(context, reference)
  let indexed: RuleInfo | undefined
  let index: string | undefined
  let pastEnd: string | undefined
  if (component && reference && typeof reference.index === 'number') {
    indexed = component.rules[reference.index]
    index = `rule.index ${reference.index}`
    if (indexed === undefined)
      pastEnd = `rule.index ${reference.index} points past the ${component.rules.length} rule(s) of ${shown(component.name, 60)}`
  }
  if (indexed === undefined && typeof result.ruleIndex === 'number' && context.tool) {
    const rules = context.tool.driver.rules
    indexed = rules[result.ruleIndex]
    index = `ruleIndex ${result.ruleIndex}`
    if (indexed === undefined)
      pastEnd ??= `ruleIndex ${result.ruleIndex} points past the ${rules.length} rule(s) of the driver`
  }
  const id = typeof result.ruleId === 'string' ? result.ruleId : reference?.id
  if (typeof id !== 'string') return indexed ? { rule: indexed } : {}
  const named = ruleById(id, component, context)
  if (indexed !== undefined && indexed.id !== undefined && indexed.id !== id) {
    const problem = `${index} names rule ${shown(indexed.id, 100)}, but ruleId is ${ruleName(id)}`
    return named
      ? {
          rule: named,
          indexed,
          problem: `${problem}: read as ${ruleName(id)}, with the higher severity of the two`
        }
      : {
          rule: indexed,
          problem: `${problem}, which names no rule: read with the rule the index names`
        }
  }
  const lookup: RuleLookup = {}
  const rule = indexed ?? named
  if (rule !== undefined) lookup.rule = rule
  if (pastEnd !== undefined) lookup.problem = `${pastEnd}: read as ${ruleName(id)}`
  return lookup
}

/**
 * The result's message with its placeholders filled (§3.11.5): `message.text`, or `message.id`
 * looked up in the rule's, then the driver's message strings (§3.11.7).
 */
export function messageOf(
  result: Json,
  rule: RuleInfo | undefined,
  context: RunContext
): ResultMessage {
  return resultMessage(
    result.message,
    id => rule?.messageStrings.get(id) ?? context.tool?.driver.globalMessageStrings.get(id)
  )
}

/** Suppressed when a suppression is accepted (§3.35.3); status absent counts as accepted. */
export function isSuppressed(result: Json): boolean {
  if (!Array.isArray(result.suppressions) || result.suppressions.length === 0) return false
  return result.suppressions.some(
    s => isObject(s) && (s.status === undefined || s.status === 'accepted')
  )
}

/**
 * The largest line or column kept (GitHub's API takes 32-bit integers); larger is read as this.
 * No report walks a range line by line, so a range of a billion lines costs nothing.
 */
export const MAX_LINE = 2 ** 31 - 1

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? Math.min(value, MAX_LINE)
    : undefined
}

/** A location whose path could not be resolved safely (see `ResolvedPath.problem`). */
interface LocationRead {
  location: Location
  problem?: string
}

function locationOf(
  result: Json,
  context: RunContext,
  env: NormaliseEnv
): LocationRead | undefined {
  const first = Array.isArray(result.locations) ? result.locations[0] : undefined
  const physical =
    isObject(first) && isObject(first.physicalLocation) ? first.physicalLocation : undefined
  if (physical === undefined) return undefined
  const artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined
  const found = resolveArtifactPath(artifact, context, env.workspace)
  if (found === undefined) return undefined
  const mapped = env.paths ? env.paths.map(found, true) : found
  const region = asObject(physical.region)
  // §3.30.5: startLine defaults to 1 for a text region; endLine defaults to startLine.
  const startLine = positive(region.startLine) ?? 1
  const endLine = Math.max(positive(region.endLine) ?? startLine, startLine)
  const startColumn = positive(region.startColumn)
  const endColumn = positive(region.endColumn)
  // Every member in one literal: held per finding, an object is smallest with its members in it.
  const { path, outsideWorkspace } = mapped
  const location: Location =
    startColumn !== undefined && endColumn !== undefined
      ? { path, outsideWorkspace, startLine, endLine, startColumn, endColumn }
      : startColumn !== undefined
        ? { path, outsideWorkspace, startLine, endLine, startColumn }
        : endColumn !== undefined
          ? { path, outsideWorkspace, startLine, endLine, endColumn }
          : { path, outsideWorkspace, startLine, endLine }
  return found.problem === undefined ? { location } : { location, problem: found.problem }
}

function resultCwes(result: Json, rule: RuleInfo | undefined): string[] {
  const found = new Set(rule?.cwes ?? [])
  const properties = asObject(result.properties)
  if (Array.isArray(properties.tags)) {
    for (const tag of properties.tags) {
      if (found.size >= MAX_CWES) break
      const cwe = typeof tag === 'string' ? cweFromText(tag) : undefined
      if (cwe) found.add(cwe)
    }
  }
  return [...found]
}

/** The severity a rule gives a result at `level`: its `security-severity`, else the level. */
function severityOf(rule: RuleInfo | undefined, level: Level): Severity {
  const score = rule?.securitySeverity
  const severity = score !== undefined ? severityFromScore(score) : severityFromLevel(level)
  // A value that is not a plain number is never read lower than the level would make it.
  return rule?.securitySeverityReading?.unusual
    ? mostSevere(severity, severityFromLevel(level))
    : severity
}

/** Says, once per run, what was read instead of values SARIF does not allow. */
function noteUnusual(
  raw: Json,
  ruleId: string,
  rule: RuleInfo | undefined,
  level: Level,
  severity: Severity,
  env: NormaliseEnv
): void {
  const notes = env.notes
  if (notes === undefined) return
  const where = `rule ${ruleName(ruleId)}`
  if (raw.kind !== undefined && raw.kind !== null && !isKnownKind(raw.kind)) {
    notes.add(`kind\u0000${shown(raw.kind)}`, () => {
      return `kind ${shown(raw.kind)} (first on ${where}) is not one of SARIF's result kinds (fail, pass, review, open, informational, notApplicable): read as fail, a finding`
    })
  }
  const written = readLevel(raw.level)
  if (written.unusual) {
    notes.add(`level\u0000${ruleId}\u0000${shown(raw.level)}`, () => {
      return `${where}: level ${shown(raw.level)} is not one of SARIF's levels (error, warning, note, none): read as ${level}`
    })
  }
  if (rule?.defaultLevelUnusual) {
    const value = rule.defaultLevelUnusual.value
    notes.add(`default-level\u0000${ruleId}`, () => {
      return `${where}: defaultConfiguration.level ${shown(value)} is not one of SARIF's levels (error, warning, note, none): read as ${rule.defaultLevel ?? 'warning'}`
    })
  }
  const reading = rule?.securitySeverityReading
  if (reading?.unusual) {
    notes.add(`security-severity\u0000${ruleId}`, () => {
      const score =
        reading.score !== undefined
          ? `${reading.score} (${severityFromScore(reading.score)})`
          : 'no score'
      return `${where}: security-severity ${shown(reading.unusual!.value)} is not a plain number from 0.0 to 10.0: read as ${score}; with level ${level}, the finding is ${severity}`
    })
  }
}

/**
 * One SARIF result as a `Finding`, or undefined when it is not a finding (`kind` other than
 * `fail`). Throws a plain Error for a result that is not an object.
 */
export function normaliseResult(
  raw: unknown,
  context: RunContext,
  env: NormaliseEnv
): Finding | undefined {
  if (!isObject(raw)) throw new Error('a result must be a JSON object')
  if (!isFailure(raw)) return undefined
  const lookup = lookUpRule(raw, context)
  const rule = lookup.rule
  const reference = isObject(raw.rule) ? raw.rule : undefined
  const fullRuleId =
    (typeof raw.ruleId === 'string' ? raw.ruleId : undefined) ??
    (typeof reference?.id === 'string' ? reference.id : undefined) ??
    rule?.id ??
    '(no rule)'
  const ruleId = capName(fullRuleId)
  // §3.27.10: level defaults to the rule's default configuration, then `warning`. A value that
  // is not a level is read as what it spells, else error, never below that default.
  const written = readLevel(raw.level)
  const levelWith = (with_: RuleInfo | undefined): Level => {
    const fallback = with_?.defaultLevel ?? 'warning'
    return written.unusual
      ? higherLevel(higherLevel(written.level!, fallback), 'warning')
      : (written.level ?? fallback)
  }
  const level = levelWith(rule)
  let severity = severityOf(rule, level)
  const other = lookup.indexed
  if (other !== undefined) severity = mostSevere(severity, severityOf(other, levelWith(other)))
  const tool = context.tool?.driver.name ?? 'unknown-tool'
  const where = locationOf(raw, context, env)
  const location = where?.location
  const message = messageOf(raw, rule, context)
  noteUnusual(raw, ruleId, rule, level, severity, env)
  if (lookup.problem !== undefined) {
    const problem = lookup.problem
    env.notes?.add(`rule-index\u0000${problem}`, () => problem)
  }
  if (where?.problem !== undefined) {
    const problem = where.problem
    env.notes?.add(`location\u0000${problem.slice(0, 200)}`, () => {
      return `a location of rule ${ruleName(ruleId)} could not be resolved to a usable path: ${problem}; the finding counts, outside the workspace (never opened, never annotated)`
    })
  }
  if (fullRuleId.length > ruleId.length) {
    env.notes?.add(`rule-id-length\u0000${ruleId}`, () => {
      return `rule id of ${fullRuleId.length} characters cut to ${ruleId.length}: ${ruleName(ruleId)}`
    })
  }
  const intern = env.intern
  const cwes = resultCwes(raw, rule)
  if (location !== undefined && intern !== undefined) location.path = intern.string(location.path)
  const finding: Finding = {
    fingerprint: '',
    tool,
    ruleId: intern ? intern.string(ruleId) : ruleId,
    cwes: intern ? intern.list(cwes) : cwes,
    level,
    severity,
    message: message.text,
    suppressed: isSuppressed(raw),
    source: intern
      ? intern.source(context.category)
      : {
          file: env.file,
          run: env.run,
          ...(context.category === undefined ? {} : { category: context.category })
        }
  }
  if (message.template !== undefined && message.arguments !== undefined) {
    finding.messageTemplate = message.template
    finding.messageArguments = message.arguments
  }
  const version = context.tool?.driver.version
  if (version !== undefined) finding.toolVersion = version
  if (rule?.name !== undefined) finding.ruleName = rule.name
  if (rule?.shortDescription !== undefined) finding.ruleDescription = rule.shortDescription
  if (rule?.helpUri !== undefined) finding.helpUri = rule.helpUri
  if (rule?.securitySeverity !== undefined) finding.securitySeverity = rule.securitySeverity
  if (location !== undefined) finding.location = location
  if (typeof raw.baselineState === 'string' && BASELINE_STATES.has(raw.baselineState)) {
    finding.baselineState = raw.baselineState as BaselineState
  }
  // Last: computing the identity consumes the result. A path that was cut does not stand for
  // the file: the location counts as written.
  const primary = where?.problem === undefined ? location?.path : undefined
  finding.fingerprint = identityOf(raw, tool, fullRuleId, primary)
  env.census?.observe(raw, finding.fingerprint)
  return finding
}

/**
 * What a result still needs from its run before it can be normalised for good: the caller
 * defers it (or re-reads the run) when one of these arrives after the result.
 */
export function pendingNeeds(
  raw: unknown,
  context: RunContext
): { baseIds: string[]; artifacts: boolean } {
  const needs = { baseIds: [] as string[], artifacts: false }
  if (!isObject(raw) || !Array.isArray(raw.locations)) return needs
  const first = raw.locations[0]
  const physical =
    isObject(first) && isObject(first.physicalLocation) ? first.physicalLocation : undefined
  const artifact =
    physical && isObject(physical.artifactLocation) ? physical.artifactLocation : undefined
  if (artifact === undefined) return needs
  let baseId = artifact.uriBaseId
  if (typeof artifact.uri !== 'string' && typeof artifact.index === 'number') {
    if (context.artifacts === undefined) needs.artifacts = true
    // The artifact's own location may name a base of its own.
    baseId ??= context.artifacts?.[artifact.index]?.location?.uriBaseId
  }
  if (typeof baseId === 'string' && baseOf(context, baseId) === undefined) {
    needs.baseIds.push(baseId)
  }
  return needs
}
