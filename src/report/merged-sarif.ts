import { createReadStream } from 'node:fs'
import { createGzip } from 'node:zlib'
import type { Finding } from '../model.js'
import type { OrderedJudged } from '../policy/order.js'
import { byTool as groupByTool } from '../policy/order.js'
import type { Judged } from '../policy/verdict.js'
import { PRODUCT, VERSION } from '../version.js'
import { escapeBraces, MAX_MESSAGE_CHARS } from '../sarif/message.js'
import { writeFileAtomically } from './file-writer.js'

/**
 * GitHub code scanning's upload limits
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#file-size-and-result-limits):
 * "Maximum size of a gzip-compressed SARIF file: 10 MB", 20 runs per file, 25,000 results and
 * 25,000 rules per run, 100 tool extensions per run. Since June 2025 runs of one upload must not
 * share tool and category, so every run gets its own `automationDetails.id`.
 */
export const SARIF_UPLOAD_LIMITS = {
  gzipBytes: 10 * 1000 * 1000,
  runs: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000
} as const

export const FINGERPRINT_KEY = 'knownGood/v1'

export interface MergedSarifSummary {
  bytes: number
  gzipBytes: number
  runs: number
  results: number
  /** Limits that cut the output, said in words. */
  cuts: string[]
}

export function ruleDescriptor(finding: Finding): Record<string, unknown> {
  const rule: Record<string, unknown> = { id: finding.ruleId }
  if (finding.ruleName !== undefined) rule.name = finding.ruleName
  if (finding.ruleDescription !== undefined)
    rule.shortDescription = { text: finding.ruleDescription }
  if (finding.helpUri !== undefined) rule.helpUri = finding.helpUri
  const properties: Record<string, unknown> = {}
  if (finding.cwes.length > 0)
    properties.tags = finding.cwes.map(cwe => `external/cwe/${cwe.toLowerCase()}`)
  if (finding.securitySeverity !== undefined)
    properties['security-severity'] = finding.securitySeverity.toFixed(1)
  if (Object.keys(properties).length > 0) rule.properties = properties
  return rule
}

/**
 * The message as SARIF writes it (§3.11.5): a template filled by arguments keeps both, so that
 * a consumer fills it as the tool meant; other text has its braces escaped (`{` → `{{`). A
 * template longer than a finding's message may be is written filled instead: written once per
 * result, it would repeat a shared `messageStrings` template in every one.
 */
function messageObject(f: Finding): Record<string, unknown> {
  if (
    f.messageTemplate !== undefined &&
    f.messageArguments !== undefined &&
    f.messageTemplate.length <= MAX_MESSAGE_CHARS
  )
    return { text: f.messageTemplate, arguments: f.messageArguments }
  return { text: escapeBraces(f.message || f.ruleId) }
}

export function resultObject(entry: Judged, ruleIndex: number): Record<string, unknown> {
  const f = entry.finding
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.level,
    message: messageObject(f),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { severity: f.severity, disposition: entry.disposition, blocking: entry.blocking }
  }
  if (f.location !== undefined) {
    const region: Record<string, number> = {
      startLine: f.location.startLine,
      endLine: f.location.endLine
    }
    if (f.location.startColumn !== undefined) region.startColumn = f.location.startColumn
    if (f.location.endColumn !== undefined) region.endColumn = f.location.endColumn
    const artifactLocation = f.location.outsideWorkspace
      ? { uri: f.location.path }
      : { uri: encodeURI(f.location.path), uriBaseId: '%SRCROOT%' }
    result.locations = [{ physicalLocation: { artifactLocation, region } }]
  }
  if (f.suppressed) result.suppressions = [{ kind: 'external', status: 'accepted' }]
  if (f.baselineState !== undefined) result.baselineState = f.baselineState
  return result
}

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tool'
  )
}

interface Limits {
  runs: number
  resultsPerRun: number
  rulesPerRun: number
}

function write(
  path: string,
  byTool: Map<string, OrderedJudged>,
  limits: Limits,
  cuts: string[]
): { bytes: number; runs: number; results: number } {
  const tools = [...byTool.keys()].sort()
  let runs = 0
  let results = 0
  const bytes = writeFileAtomically(path, out => {
    out.write(
      '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":['
    )
    const categories = new Set<string>()
    for (const tool of tools.slice(0, limits.runs)) {
      const entries = byTool.get(tool)!
      const rules = new Map<string, number>()
      const descriptors: Record<string, unknown>[] = []
      // Which entries are kept, and each one's rule index: a number each, not the finding, so
      // that a run of many results holds none of them while it is written.
      const ruleIndex = new Int32Array(entries.length).fill(-1)
      let keptCount = 0
      let position = -1
      for (const entry of entries) {
        position++
        if (keptCount >= limits.resultsPerRun) break
        let index = rules.get(entry.finding.ruleId)
        if (index === undefined) {
          if (descriptors.length >= limits.rulesPerRun) continue
          index = descriptors.length
          rules.set(entry.finding.ruleId, index)
          descriptors.push(ruleDescriptor(entry.finding))
        }
        ruleIndex[position] = index
        keptCount++
      }
      if (keptCount < entries.length)
        cuts.push(
          `${tool}: ${entries.length - keptCount} of ${entries.length} results left out (at most ${limits.resultsPerRun} results and ${limits.rulesPerRun} rules per run; most severe kept)`
        )
      let category = `${PRODUCT}/${slug(tool)}/`
      for (let n = 2; categories.has(category); n++) category = `${PRODUCT}/${slug(tool)}-${n}/`
      categories.add(category)
      const version = entries.first(1)[0]?.finding.toolVersion
      const driver: Record<string, unknown> = { name: tool, rules: descriptors }
      if (version !== undefined) driver.semanticVersion = version
      const run = {
        tool: { driver },
        automationDetails: { id: category },
        properties: { mergedBy: `${PRODUCT} ${VERSION}` }
      }
      const header = JSON.stringify(run)
      out.write(`${runs > 0 ? ',' : ''}${header.slice(0, -1)},"results":[`)
      let written = 0
      position = -1
      for (const entry of entries) {
        position++
        if (written >= keptCount) break
        const index = ruleIndex[position]!
        if (index < 0) continue
        out.write(`${written++ > 0 ? ',' : ''}${JSON.stringify(resultObject(entry, index))}`)
      }
      out.write(']}')
      runs++
      results += keptCount
    }
    out.write(']}\n')
  })
  if (tools.length > limits.runs)
    cuts.push(`${tools.length - limits.runs} tools left out (at most ${limits.runs} runs per file)`)
  return { bytes, runs, results }
}

async function gzipSize(path: string): Promise<number> {
  let size = 0
  const gzip = createReadStream(path).pipe(createGzip())
  for await (const chunk of gzip) size += (chunk as Buffer).length
  return size
}

/**
 * One SARIF file for upload: one run per tool, most severe results first, within GitHub's
 * limits. When the gzipped file would exceed 10 MB, fewer results per run are kept until it fits;
 * every cut is named in `cuts`.
 */
export async function writeMergedSarif(
  path: string,
  judged: OrderedJudged
): Promise<MergedSarifSummary> {
  const byTool = groupByTool(judged)
  let limits: Limits = { ...SARIF_UPLOAD_LIMITS }
  for (;;) {
    const cuts: string[] = []
    const written = write(path, byTool, limits, cuts)
    const gzipBytes = await gzipSize(path)
    if (gzipBytes <= SARIF_UPLOAD_LIMITS.gzipBytes || limits.resultsPerRun <= 1) {
      if (limits.resultsPerRun < SARIF_UPLOAD_LIMITS.resultsPerRun) {
        cuts.push(
          `results per run reduced to ${limits.resultsPerRun} to stay under ${SARIF_UPLOAD_LIMITS.gzipBytes / 1e6} MB gzipped`
        )
      }
      return { ...written, gzipBytes, cuts }
    }
    const ratio = SARIF_UPLOAD_LIMITS.gzipBytes / gzipBytes
    limits = {
      ...limits,
      resultsPerRun: Math.max(1, Math.floor(limits.resultsPerRun * ratio * 0.95))
    }
  }
}
