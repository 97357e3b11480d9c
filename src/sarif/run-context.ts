import type { Level } from '../model.js'
import type { JsonObject } from '../util/json.js'
import { asObject, isObject, str } from '../util/json.js'
import type { InvocationFacts } from './execution.js'
import { invocationFacts } from './execution.js'
import type { UriContext } from './locations.js'
import type { SecuritySeverityReading } from './severity.js'
import { readSecuritySeverity } from './severity.js'
import { truncate } from '../text/one-line.js'

/**
 * The longest tool name, tool version, rule id, rule name, help URI and category a finding
 * keeps. These are shared by every result of a rule or run: a megabyte rule id on ten thousand
 * results would otherwise be written ten thousand times into every report.
 */
export const MAX_NAME_CHARS = 1024

/** A rule's description is a message: it keeps as much as one. */
export const MAX_DESCRIPTION_CHARS = 4096

/** CWEs a rule (and so a finding) keeps; real rules name one to five. */
export const MAX_CWES = 20

/** A name from the log, cut to `MAX_NAME_CHARS`. */
export function capName(name: string): string {
  return truncate(name, MAX_NAME_CHARS)
}

/** What a result needs from its rule (a SARIF `reportingDescriptor`, §3.49). */
export interface RuleInfo {
  id?: string
  name?: string
  shortDescription?: string
  helpUri?: string
  /** `defaultConfiguration.level` as read (see `readLevel`). */
  defaultLevel?: Level
  /** The written value, when it was not one of SARIF's four levels. */
  defaultLevelUnusual?: { value: unknown }
  /** The `security-severity` score as read (see `readSecuritySeverity`). */
  securitySeverity?: number
  securitySeverityReading?: SecuritySeverityReading
  cwes: string[]
  /** `messageStrings` (§3.49.11), by id. */
  messageStrings: Map<string, string>
  /** The descriptor as written, for the merged SARIF report. */
  raw: JsonObject
}

export interface ToolComponentInfo {
  name: string
  version?: string
  rules: RuleInfo[]
  byId: Map<string, RuleInfo>
  /** `globalMessageStrings` (§3.19.22), by id. */
  globalMessageStrings: Map<string, string>
}

export interface ToolInfo {
  driver: ToolComponentInfo
  extensions: ToolComponentInfo[]
}

/** Everything from a run that its results are normalised against. */
export interface RunContext extends UriContext {
  tool?: ToolInfo
  category?: string
  /** What each invocation says about how the tool ended; judged by `executionOutcome`. */
  invocations: InvocationFacts[]
  /**
   * Error-level tool notifications (§3.58): e.g. a file the tool could not parse and skipped.
   * Not part of the verdict, but a person should see them.
   */
  errorNotifications: string[]
  /** The run had a `results` array (absent means the tool did not report: §3.14.23). */
  hasResults: boolean
  /** `properties.mergedBy` of the run: set by known-good's own merged SARIF. */
  mergedBy?: string
}

export function emptyRunContext(): RunContext {
  return { invocations: [], hasResults: false, errorNotifications: [] }
}

/** A plain string, or a (multiformat) message's text, else its Markdown as plain text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (isObject(value)) return str(value.text) ?? str(value.markdown)
  return undefined
}

const LEVELS = new Set(['error', 'warning', 'note', 'none'])
/** Most severe first. */
const LEVEL_ORDER: readonly Level[] = ['error', 'warning', 'note', 'none']

export function asLevel(value: unknown): Level | undefined {
  return typeof value === 'string' && LEVELS.has(value) ? (value as Level) : undefined
}

/** The more severe of two levels. */
export function higherLevel(a: Level, b: Level): Level {
  return LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b) ? a : b
}

export interface LevelReading {
  level?: Level
  /** Set when the value is none of SARIF's four (`ERROR`, `fatal`, `3`). */
  unusual?: { value: unknown }
}

/**
 * A `level` (§3.27.10) or `defaultConfiguration.level` (§3.50.3). Absent and `null` are absent.
 * A value that is not one of `error`, `warning`, `note`, `none` is read as what it spells
 * without regard to case (`ERROR` → error), else as `error`, the most severe; the caller never
 * lets it fall below SARIF's default (`warning`) and reports it.
 */
export function readLevel(value: unknown): LevelReading {
  if (value === undefined || value === null) return {}
  const level = asLevel(value)
  if (level !== undefined) return { level }
  const spelled = typeof value === 'string' ? asLevel(value.trim().toLowerCase()) : undefined
  return { level: spelled ?? 'error', unusual: { value } }
}

const CWE_PATTERN = /\bcwe[-_/ :]*0*(\d{1,6})\b/i

/** `external/cwe/cwe-079` (CodeQL), `CWE-89: …` (Semgrep), `cwe-22` → `CWE-79`, `CWE-89`, `CWE-22`. */
export function cweFromText(tag: string): string | undefined {
  const match = CWE_PATTERN.exec(tag)
  return match ? `CWE-${match[1]}` : undefined
}

/** Message strings by id: ids come from the log, so they never become object keys. */
function messageStrings(value: unknown): Map<string, string> {
  const out = new Map<string, string>()
  if (!isObject(value)) return out
  for (const [id, message] of Object.entries(value)) {
    const body = text(message)
    if (body !== undefined) out.set(id, body)
  }
  return out
}

function cwesOf(descriptor: JsonObject): string[] {
  const found = new Set<string>()
  const properties = asObject(descriptor.properties)
  if (Array.isArray(properties.tags)) {
    for (const tag of properties.tags) {
      const cwe = typeof tag === 'string' ? cweFromText(tag) : undefined
      if (cwe) found.add(cwe)
    }
  }
  if (Array.isArray(descriptor.relationships)) {
    for (const relationship of descriptor.relationships) {
      if (!isObject(relationship) || !isObject(relationship.target)) continue
      const target = relationship.target
      const component = isObject(target.toolComponent) ? target.toolComponent.name : undefined
      if (
        typeof target.id === 'string' &&
        (component === undefined || /cwe/i.test(String(component)))
      ) {
        const cwe = cweFromText(/^\d+$/.test(target.id) ? `CWE-${target.id}` : target.id)
        if (cwe) found.add(cwe)
      }
    }
  }
  return [...found].slice(0, MAX_CWES)
}

export function ruleInfo(descriptor: unknown): RuleInfo {
  const raw = asObject(descriptor)
  const properties = asObject(raw.properties)
  const config = asObject(raw.defaultConfiguration)
  const description = text(raw.shortDescription) ?? text(raw.fullDescription)
  const level = readLevel(config.level)
  const reading = readSecuritySeverity(properties['security-severity'])
  const rule: RuleInfo = {
    id: typeof raw.id === 'string' ? raw.id : undefined,
    name: typeof raw.name === 'string' ? capName(raw.name) : undefined,
    shortDescription:
      description === undefined ? undefined : truncate(description, MAX_DESCRIPTION_CHARS),
    // A cut URL would lead elsewhere: one too long is left out.
    helpUri:
      typeof raw.helpUri === 'string' && raw.helpUri.length <= MAX_NAME_CHARS
        ? raw.helpUri
        : undefined,
    defaultLevel: level.unusual ? higherLevel(level.level!, 'warning') : level.level,
    securitySeverity: reading?.score,
    cwes: cwesOf(raw),
    messageStrings: messageStrings(raw.messageStrings),
    raw
  }
  if (level.unusual) rule.defaultLevelUnusual = level.unusual
  if (reading?.unusual) rule.securitySeverityReading = reading
  return rule
}

function componentInfo(value: unknown, fallbackName: string): ToolComponentInfo {
  const raw = asObject(value)
  const rules = Array.isArray(raw.rules) ? raw.rules.map(ruleInfo) : []
  const byId = new Map<string, RuleInfo>()
  for (const rule of rules) if (rule.id !== undefined && !byId.has(rule.id)) byId.set(rule.id, rule)
  const version = [raw.semanticVersion, raw.version].find(v => typeof v === 'string') as
    string | undefined
  return {
    name: typeof raw.name === 'string' && raw.name.trim() !== '' ? capName(raw.name) : fallbackName,
    version: version === undefined ? undefined : capName(version),
    rules,
    byId,
    globalMessageStrings: messageStrings(raw.globalMessageStrings)
  }
}

/** `run.tool` (§3.18): the driver and its extensions, each with its rules. */
export function toolInfo(value: unknown): ToolInfo {
  const raw = asObject(value)
  const extensions = Array.isArray(raw.extensions)
    ? raw.extensions.map((extension, i) => componentInfo(extension, `extension-${i}`))
    : []
  return { driver: componentInfo(raw.driver, 'unknown-tool'), extensions }
}

/** How many notification messages a run keeps for the report. */
const MAX_NOTIFICATIONS = 5

function errorNotifications(invocations: unknown[]): string[] {
  const found: string[] = []
  for (const invocation of invocations) {
    if (!isObject(invocation)) continue
    for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
      const list = invocation[key]
      if (!Array.isArray(list)) continue
      for (const notification of list) {
        if (found.length >= MAX_NOTIFICATIONS) return found
        if (isObject(notification) && notification.level === 'error')
          found.push(
            truncate(
              text(notification.message) ?? 'error notification without a message',
              MAX_DESCRIPTION_CHARS
            )
          )
      }
    }
  }
  return found.slice(0, MAX_NOTIFICATIONS)
}

/** Applies one parsed run member to the context. */
export function applyRunMember(context: RunContext, key: string, value: unknown): void {
  switch (key) {
    case 'tool':
      context.tool = toolInfo(value)
      break
    case 'originalUriBaseIds':
      if (isObject(value)) context.originalUriBaseIds = value as RunContext['originalUriBaseIds']
      break
    case 'artifacts':
      if (Array.isArray(value)) context.artifacts = value as RunContext['artifacts']
      break
    case 'automationDetails':
      if (isObject(value) && typeof value.id === 'string') context.category = capName(value.id)
      break
    case 'properties':
      // merged.sarif says on each run who merged it (src/report/merged-sarif.ts).
      if (isObject(value) && typeof value.mergedBy === 'string')
        context.mergedBy = truncate(value.mergedBy, 100)
      break
    case 'invocations':
      if (Array.isArray(value)) {
        for (const invocation of value)
          if (isObject(invocation)) context.invocations.push(invocationFacts(invocation))
        context.errorNotifications.push(...errorNotifications(value))
        context.errorNotifications.splice(MAX_NOTIFICATIONS)
      }
      break
  }
}

/** The run members that normalisation reads. */
export const CONTEXT_MEMBERS = new Set([
  'tool',
  'originalUriBaseIds',
  'artifacts',
  'automationDetails',
  'invocations',
  'properties'
])
