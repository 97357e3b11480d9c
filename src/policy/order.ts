import { SEVERITIES, severityRank } from '../model.js'
import type { Judged } from './verdict.js'

/**
 * The one order of judged findings (ARCHITECTURE.md, "Scan memory"): computed once, where the
 * judged list is made (`decide`), and never again. Every report walks this list, or a part of
 * it taken in order, so no report sorts the findings: a part of an ordered list is ordered.
 * The brand keeps an unsorted array from being handed to a report.
 */
declare const ORDERED: unique symbol
export type OrderedJudged = readonly Judged[] & { readonly [ORDERED]: true }

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Within one severity and blocking: by place, then by identity. */
function compareInBucket(a: Judged, b: Judged): number {
  const x = a.finding
  const y = b.finding
  return (
    compareText(x.location?.path ?? '\uffff', y.location?.path ?? '\uffff') ||
    (x.location?.startLine ?? 0) - (y.location?.startLine ?? 0) ||
    compareText(x.fingerprint, y.fingerprint) ||
    compareText(x.tool, y.tool) ||
    compareText(x.source.file, y.source.file) ||
    x.source.run - y.source.run
  )
}

/**
 * Most severe first, blocking before non-blocking, then by place, then by identity. A total
 * order: findings are de-duplicated by fingerprint (sarif/collect.ts), and the tool and source
 * after it decide between equal fingerprints should two ever meet, so output is byte-stable.
 */
export function compareJudged(a: Judged, b: Judged): number {
  return (
    severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
    Number(b.blocking) - Number(a.blocking) ||
    compareInBucket(a, b)
  )
}

/** Where an entry goes among the buckets of severity and blocking, most severe and blocking first. */
function bucketOf(entry: Judged): number {
  // severityRank is -1 for no severity of SARIF's: first, as compareJudged has it.
  return (severityRank(entry.finding.severity) + 1) * 2 + (entry.blocking ? 0 : 1)
}

/**
 * Sorts `judged` in place into the one order (compareJudged). Called once, by `decide`.
 * Severity and blocking split it into buckets in one pass; only a bucket is sorted, by place
 * and identity, so no comparison looks at severity again.
 */
export function orderJudged(judged: Judged[]): OrderedJudged {
  const buckets: Judged[][] = Array.from({ length: (SEVERITIES.length + 1) * 2 }, () => [])
  for (const entry of judged) buckets[bucketOf(entry)]!.push(entry)
  let i = 0
  for (const bucket of buckets) {
    bucket.sort(compareInBucket)
    for (const entry of bucket) judged[i++] = entry
  }
  return judged as unknown as OrderedJudged
}

/** The entries that `keep` keeps, still in order: one pass, no sort. */
export function orderedSubset(
  list: OrderedJudged,
  keep: (entry: Judged) => boolean
): OrderedJudged {
  return list.filter(keep) as unknown as OrderedJudged
}

export function countedOf(list: OrderedJudged): OrderedJudged {
  return orderedSubset(list, entry => entry.disposition === 'counted')
}

/** How many entries `keep` keeps: one pass, no copy. */
export function countOf(list: readonly Judged[], keep: (entry: Judged) => boolean): number {
  let count = 0
  for (const entry of list) if (keep(entry)) count++
  return count
}

/** The first entries of a list in order, and how many the list has in all. */
export interface Top {
  first: Judged[]
  total: number
}

/** The first `n` entries that `keep` keeps, in order, and how many it keeps in all: one pass. */
export function firstOf(
  list: OrderedJudged,
  n: number,
  keep: (entry: Judged) => boolean = () => true
): Top {
  const first: Judged[] = []
  let total = 0
  for (const entry of list) {
    if (!keep(entry)) continue
    if (total < n) first.push(entry)
    total++
  }
  return { first, total }
}

/** The entries of each tool, each list still in order; tools in the order they first appear. */
export function byTool(list: OrderedJudged): Map<string, OrderedJudged> {
  const tools = new Map<string, Judged[]>()
  for (const entry of list) {
    const entries = tools.get(entry.finding.tool)
    if (entries) entries.push(entry)
    else tools.set(entry.finding.tool, [entry])
  }
  return tools as unknown as Map<string, OrderedJudged>
}
