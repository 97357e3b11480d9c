import { once } from 'node:events'
import { createGzip } from 'node:zlib'
import type { OrderedJudged } from '../policy/order.js'
import type { Judged } from '../policy/verdict.js'
import { PRODUCT, VERSION } from '../version.js'
import { SARIF_UPLOAD_LIMITS, resultObject, ruleDescriptor, slug } from './merged-sarif.js'

/**
 * The findings as SARIF uploads for GitHub code scanning
 * (https://docs.github.com/en/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data):
 * the same results as the merged SARIF, but never cut. One run per tool and run category of the
 * inputs, each with its own `automationDetails.id`, so that no upload repeats a tool and
 * category (refused since July 2025:
 * https://github.blog/changelog/2025-07-21-code-scanning-will-stop-combining-multiple-sarif-runs-uploaded-in-the-same-sarif-file/).
 * A run over 25,000 results is split into parts with categories of their own; runs are packed
 * 20 to an upload and at most 10 MB gzipped, in as many uploads as that takes.
 */
export interface UploadLimits {
  gzipBytes: number
  runs: number
  resultsPerRun: number
}

/** A tool and run category the inputs had (so a tool with no finding left still gets its run). */
export interface AnalysisSource {
  tool: string
  version?: string
  category?: string
}

interface Group {
  tool: string
  version?: string
  /** The automationDetails.id of its first run; later parts add `part-<n>/`. */
  base: string
  entries: Judged[]
  /** Results per run for this group (smaller when one run alone was over the size limit). */
  perRun: number
}

export interface AnalysisRun {
  tool: string
  version?: string
  /** automationDetails.id, ending in `/`: GitHub's category is everything before the last `/`. */
  id: string
  entries: Judged[]
  group: Group
}

export interface EncodedUpload {
  /** gzip, then base64, as the API takes it. */
  sarif: string
  gzipBytes: number
  /** The automationDetails.id of each run. */
  runIds: string[]
  results: number
}

function key(tool: string, category: string | undefined): string {
  return JSON.stringify([tool, category ?? ''])
}

/** Groups by tool and run category, with ids unique over the whole set. */
function analysisGroups(
  judged: OrderedJudged,
  sources: readonly AnalysisSource[],
  perRun: number
): Group[] {
  const byKey = new Map<string, { source: AnalysisSource; entries: Judged[] }>()
  const add = (source: AnalysisSource) => {
    const k = key(source.tool, source.category)
    let group = byKey.get(k)
    if (group === undefined) byKey.set(k, (group = { source, entries: [] }))
    return group
  }
  for (const source of sources) add(source)
  // A finding whose baseline state is absent is gone: code scanning would raise it again.
  for (const entry of judged) {
    if (entry.disposition === 'fixed') continue
    const { tool, toolVersion, source } = entry.finding
    const found = add({
      tool,
      ...(toolVersion === undefined ? {} : { version: toolVersion }),
      ...(source.category === undefined ? {} : { category: source.category })
    })
    found.entries.push(entry)
  }
  const taken = new Set<string>()
  return [...byKey.keys()].sort().map(k => {
    const { source, entries } = byKey.get(k)!
    const stem = `${PRODUCT}/${slug(source.tool)}/${source.category ? `${slug(source.category)}/` : ''}`
    let base = stem
    for (let n = 2; taken.has(base); n++) base = `${stem.slice(0, -1)}-${n}/`
    taken.add(base)
    const group: Group = { tool: source.tool, base, entries, perRun }
    if (source.version !== undefined) group.version = source.version
    return group
  })
}

function runsOf(groups: readonly Group[]): AnalysisRun[] {
  return groups.flatMap(group => {
    const parts = Math.max(1, Math.ceil(group.entries.length / group.perRun))
    return Array.from({ length: parts }, (_, i) => {
      const run: AnalysisRun = {
        tool: group.tool,
        id: i === 0 ? group.base : `${group.base}part-${i + 1}/`,
        entries: group.entries.slice(i * group.perRun, (i + 1) * group.perRun),
        group
      }
      if (group.version !== undefined) run.version = group.version
      return run
    })
  })
}

/** Results are handed to gzip in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024

/** The gzipped SARIF of these runs, or undefined as soon as it is over `maxBytes`. */
async function gzipRuns(
  runs: readonly AnalysisRun[],
  maxBytes: number
): Promise<Buffer | undefined> {
  const gzip = createGzip()
  const chunks: Buffer[] = []
  let bytes = 0
  gzip.on('data', (chunk: Buffer) => {
    bytes += chunk.length
    if (bytes <= maxBytes) chunks.push(chunk)
  })
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain')
  }
  await write(
    '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":['
  )
  for (const [r, run] of runs.entries()) {
    const rules = new Map<string, number>()
    const descriptors: Record<string, unknown>[] = []
    for (const entry of run.entries) {
      if (rules.has(entry.finding.ruleId)) continue
      rules.set(entry.finding.ruleId, descriptors.length)
      descriptors.push(ruleDescriptor(entry.finding))
    }
    const driver: Record<string, unknown> = { name: run.tool, rules: descriptors }
    if (run.version !== undefined) driver.semanticVersion = run.version
    const header = JSON.stringify({
      tool: { driver },
      automationDetails: { id: run.id },
      properties: { mergedBy: `${PRODUCT} ${VERSION}` }
    })
    let batch = `${r > 0 ? ',' : ''}${header.slice(0, -1)},"results":[`
    for (const [i, entry] of run.entries.entries()) {
      batch += `${i > 0 ? ',' : ''}${JSON.stringify(resultObject(entry, rules.get(entry.finding.ruleId)!))}`
      if (batch.length >= BATCH_CHARS) {
        await write(batch)
        batch = ''
        if (bytes > maxBytes) {
          gzip.destroy()
          return undefined
        }
      }
    }
    await write(`${batch}]}`)
  }
  gzip.end(']}\n')
  await once(gzip, 'end')
  return bytes > maxBytes ? undefined : Buffer.concat(chunks)
}

type Packed = { uploads: EncodedUpload[] } | { tooLarge: AnalysisRun }

async function pack(runs: AnalysisRun[], limits: UploadLimits): Promise<Packed> {
  const uploads: EncodedUpload[] = []
  const queue: AnalysisRun[][] = []
  for (let i = 0; i < runs.length; i += limits.runs) queue.push(runs.slice(i, i + limits.runs))
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    const gzip = await gzipRuns(part, limits.gzipBytes)
    if (gzip === undefined) {
      if (part.length === 1) return { tooLarge: part[0]! }
      const half = Math.ceil(part.length / 2)
      queue.unshift(part.slice(0, half), part.slice(half))
      continue
    }
    uploads.push({
      sarif: gzip.toString('base64'),
      gzipBytes: gzip.length,
      runIds: part.map(run => run.id),
      results: part.reduce((sum, run) => sum + run.entries.length, 0)
    })
  }
  return { uploads }
}

/**
 * The uploads for these findings. `sources` are the tools and run categories of the inputs; a
 * run alone over the size limit is split into parts until each fits.
 */
export async function codeScanningUploads(
  judged: OrderedJudged,
  sources: readonly AnalysisSource[],
  limits: UploadLimits = SARIF_UPLOAD_LIMITS
): Promise<EncodedUpload[]> {
  const groups = analysisGroups(judged, sources, limits.resultsPerRun)
  for (;;) {
    const packed = await pack(runsOf(groups), limits)
    if ('uploads' in packed) return packed.uploads
    const { group, entries, tool } = packed.tooLarge
    if (entries.length <= 1)
      throw new Error(`a single ${tool} result is over ${limits.gzipBytes} bytes gzipped`)
    group.perRun = Math.ceil(entries.length / 2)
  }
}
