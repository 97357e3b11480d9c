import type { BaselineState, Finding, Level, Location } from '../model.js'
import type { JsonObject as Json } from '../util/json.js'
import { asObject, isObject } from '../util/json.js'
import type { FingerprintCensus } from './identity.js'
import { identityOf } from './identity.js'
import { resolveArtifactPath } from './locations.js'
import type { ResultMessage } from './message.js'
import { resultMessage } from './message.js'
import type { RunPathMapper } from './path-map.js'
import type { RuleInfo, RunContext, ToolComponentInfo } from './run-context.js'
import { asLevel, cweFromText } from './run-context.js'
import { severityFromLevel, severityFromScore } from './severity.js'

export interface NormaliseEnv {
  workspace: string
  /** The SARIF file as the user named it. */
  file: string
  run: number
  /** Brings paths from another machine into the workspace (none: paths as resolved). */
  paths?: RunPathMapper
  /** Watches the run's fingerprints for placeholders. */
  census?: FingerprintCensus
}

const BASELINE_STATES = new Set(['new', 'unchanged', 'updated', 'absent'])

/** A result is a finding only when its `kind` is `fail` (the default, §3.27.9). */
export function isFailure(result: Json): boolean {
  return result.kind === undefined || result.kind === 'fail'
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

/**
 * Finds the rule of a result (§3.27.5–3.27.7): by `rule.index` in its tool component, by
 * `ruleIndex` in the driver, else by id in the driver and then in every extension.
 */
export function findRule(result: Json, context: RunContext): RuleInfo | undefined {
  const reference = isObject(result.rule) ? result.rule : undefined
  const component = componentOf(context, reference)
  if (component && reference && typeof reference.index === 'number') {
    const rule = component.rules[reference.index]
    if (rule) return rule
  }
  if (typeof result.ruleIndex === 'number' && context.tool) {
    const rule = context.tool.driver.rules[result.ruleIndex]
    if (rule) return rule
  }
  const id = typeof result.ruleId === 'string' ? result.ruleId : reference?.id
  if (typeof id !== 'string' || context.tool === undefined) return undefined
  const inComponent = component?.byId.get(id)
  if (inComponent) return inComponent
  for (const candidate of [context.tool.driver, ...context.tool.extensions]) {
    const rule = candidate.byId.get(id)
    if (rule) return rule
  }
  return undefined
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

/** The message as people read it. */
export function messageText(result: Json, rule: RuleInfo | undefined, context: RunContext): string {
  return messageOf(result, rule, context).text
}

/** Suppressed when a suppression is accepted (§3.35.3); status absent counts as accepted. */
export function isSuppressed(result: Json): boolean {
  if (!Array.isArray(result.suppressions) || result.suppressions.length === 0) return false
  return result.suppressions.some(
    s => isObject(s) && (s.status === undefined || s.status === 'accepted')
  )
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

function locationOf(result: Json, context: RunContext, env: NormaliseEnv): Location | undefined {
  const first = Array.isArray(result.locations) ? result.locations[0] : undefined
  const physical =
    isObject(first) && isObject(first.physicalLocation) ? first.physicalLocation : undefined
  if (physical === undefined) return undefined
  const artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined
  const found = resolveArtifactPath(artifact, context, env.workspace)
  if (found === undefined) return undefined
  const mapped = env.paths ? env.paths.map(found, true) : found
  const resolved = { path: mapped.path, outsideWorkspace: mapped.outsideWorkspace }
  const region = asObject(physical.region)
  // §3.30.5: startLine defaults to 1 for a text region; endLine defaults to startLine.
  const startLine = positive(region.startLine) ?? 1
  const endLine = Math.max(positive(region.endLine) ?? startLine, startLine)
  const location: Location = { ...resolved, startLine, endLine }
  const startColumn = positive(region.startColumn)
  const endColumn = positive(region.endColumn)
  if (startColumn !== undefined) location.startColumn = startColumn
  if (endColumn !== undefined) location.endColumn = endColumn
  return location
}

function resultCwes(result: Json, rule: RuleInfo | undefined): string[] {
  const found = new Set(rule?.cwes ?? [])
  const properties = asObject(result.properties)
  if (Array.isArray(properties.tags)) {
    for (const tag of properties.tags) {
      const cwe = typeof tag === 'string' ? cweFromText(tag) : undefined
      if (cwe) found.add(cwe)
    }
  }
  return [...found]
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
  const rule = findRule(raw, context)
  const reference = isObject(raw.rule) ? raw.rule : undefined
  const ruleId =
    (typeof raw.ruleId === 'string' ? raw.ruleId : undefined) ??
    (typeof reference?.id === 'string' ? reference.id : undefined) ??
    rule?.id ??
    '(no rule)'
  // §3.27.10: level defaults to the rule's default configuration, then `warning`.
  const level: Level = asLevel(raw.level) ?? rule?.defaultLevel ?? 'warning'
  const score = rule?.securitySeverity
  const severity = score !== undefined ? severityFromScore(score) : severityFromLevel(level)
  const tool = context.tool?.driver.name ?? 'unknown-tool'
  const location = locationOf(raw, context, env)
  const message = messageOf(raw, rule, context)
  const finding: Finding = {
    fingerprint: '',
    tool,
    ruleId,
    cwes: resultCwes(raw, rule),
    level,
    severity,
    message: message.text,
    suppressed: isSuppressed(raw),
    source: { file: env.file, run: env.run }
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
  if (score !== undefined) finding.securitySeverity = score
  if (location !== undefined) finding.location = location
  if (typeof raw.baselineState === 'string' && BASELINE_STATES.has(raw.baselineState)) {
    finding.baselineState = raw.baselineState as BaselineState
  }
  if (context.category !== undefined) finding.source.category = context.category
  // Last: computing the identity consumes the result.
  finding.fingerprint = identityOf(raw, tool, ruleId, location?.path)
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
  if (typeof baseId === 'string' && context.originalUriBaseIds?.[baseId] === undefined) {
    needs.baseIds.push(baseId)
  }
  return needs
}
