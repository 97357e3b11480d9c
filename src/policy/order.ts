import type { BaselineState, Finding, Severity } from '../model.js'
import { compareText, FindingStore, release } from '../sarif/store.js'
import { SEVERITIES, severityRank } from '../model.js'

/** Why a finding does or does not count; its code in the store is its index here. */
export const DISPOSITIONS = [
  'counted',
  'suppressed',
  'excluded',
  'allowed',
  'existing',
  'fixed'
] as const

/** Each disposition's code in the store. */
export const DISPOSITION_CODE = Object.fromEntries(
  DISPOSITIONS.map((name, code) => [name, code])
) as Record<Disposition, number>

/** Why a finding does or does not count. */
export type Disposition = (typeof DISPOSITIONS)[number]

export interface Judged {
  finding: Finding
  disposition: Disposition
  /** A counted finding that, on its own or by number, blocks the release. */
  blocking: boolean
}

/** Within one severity and blocking: by place, then by identity. */
function compareInBucket(a: Judged, b: Judged): number {
  const x = a.finding
  const y = b.finding
  return (
    compareText(x.location?.path ?? NO_LOCATION, y.location?.path ?? NO_LOCATION) ||
    (x.location?.startLine ?? 0) - (y.location?.startLine ?? 0) ||
    compareText(x.fingerprint, y.fingerprint) ||
    compareText(x.tool, y.tool) ||
    compareText(x.source.file, y.source.file) ||
    x.source.run - y.source.run
  )
}

/** Where a finding without a location sorts among paths. */
const NO_LOCATION = '\uffff'

/**
 * The one order of judged findings, as a comparison of two (the order's definition;
 * `OrderedJudged.of` sorts a store's rows by the same keys): most severe first, blocking before
 * non-blocking, then by place, then by identity. A total order: findings are de-duplicated by
 * fingerprint (sarif/store.ts), and the tool and source after it decide between equal
 * fingerprints should two ever meet, so output is byte-stable.
 */
export function compareJudged(a: Judged, b: Judged): number {
  return (
    severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
    Number(b.blocking) - Number(a.blocking) ||
    compareInBucket(a, b)
  )
}

/**
 * The one order of judged findings (ARCHITECTURE.md, "Scan memory"): rows of a `FindingStore`,
 * sorted once where the judgement is made (`decide`) and never again. Every report walks this
 * list, or a part of it taken in order, so no report sorts the findings: a part of an ordered
 * list is ordered. Walking it reads each finding from the store (a spilled one from disk), so
 * a report keeps only what it needs of each. Only this module makes one, so a report cannot be
 * handed an unsorted list.
 */
export class OrderedJudged implements Iterable<Judged> {
  private countedPart: OrderedJudged | undefined

  private constructor(
    private readonly store: FindingStore,
    private readonly list: Uint32Array
  ) {}

  get length(): number {
    return this.list.length
  }

  *[Symbol.iterator](): Iterator<Judged> {
    for (const row of this.list) yield this.entry(row)
  }

  /**
   * What the store holds of each entry without reading the finding, in order; `entry()` reads
   * it. One object, changed at each step: take what is needed before the next.
   */
  *rows(): Generator<JudgedRow> {
    const store = this.store
    const view = {
      severity: SEVERITIES[0] as Severity,
      disposition: DISPOSITIONS[0] as Disposition,
      blocking: false,
      baselineState: undefined as BaselineState | undefined,
      entry: (): Judged => this.entry(current)
    }
    let current = 0
    for (const row of this.list) {
      current = row
      view.severity = store.severity(row)
      view.disposition = DISPOSITIONS[store.disposition(row)]!
      view.blocking = store.blocking(row)
      view.baselineState = store.baselineState(row)
      yield view
    }
  }

  /** How many entries block: no finding is read. */
  get blocking(): number {
    let count = 0
    for (const row of this.list) if (this.store.blocking(row)) count++
    return count
  }

  /** The entries whose row `keep` keeps, still in order. */
  rowsWhere(keep: (row: number, store: FindingStore) => boolean): OrderedJudged {
    // Two passes into a typed array: `filter` would first gather the rows in a plain array,
    // 8 bytes a row of garbage for every part taken.
    let count = 0
    for (const row of this.list) if (keep(row, this.store)) count++
    // Every entry kept (every finding counts, as often): the list is its own part.
    if (count === this.list.length) return this
    const rows = new Uint32Array(count)
    let i = 0
    for (const row of this.list) if (keep(row, this.store)) rows[i++] = row
    return new OrderedJudged(this.store, rows)
  }

  /** The counted entries, in order; taken once per list and kept. */
  counted(): OrderedJudged {
    this.countedPart ??= this.rowsWhere(
      (row, store) => store.disposition(row) === DISPOSITION_CODE.counted
    )
    return this.countedPart
  }

  /** The entries `keep` keeps, still in order (each finding read to decide). */
  where(keep: (entry: Judged) => boolean): OrderedJudged {
    return this.rowsWhere(row => keep(this.entry(row)))
  }

  /** The first `n` entries, in order. */
  first(n: number): Judged[] {
    const first: Judged[] = []
    for (const row of this.list.subarray(0, Math.max(0, n))) first.push(this.entry(row))
    return first
  }

  /** The entries come from one tool, or there are none: no finding is read. */
  fromOneTool(): boolean {
    const first = this.list[0]
    if (first === undefined) return true
    const tool = this.store.toolId(first)
    for (const row of this.list) if (this.store.toolId(row) !== tool) return false
    return true
  }

  /** The entries of each tool, each list still in order; tools in the order they first appear. */
  byTool(): Map<string, OrderedJudged> {
    // Counted first, then filled: one typed array per tool, no list that grows.
    const counts = new Map<number, number>()
    for (const row of this.list) {
      const tool = this.store.toolId(row)
      counts.set(tool, (counts.get(tool) ?? 0) + 1)
    }
    if (counts.size === 1) {
      // One tool: the list is its own part.
      const [tool] = counts.keys()
      return new Map([[this.store.tools.values[tool!]!, this as OrderedJudged]])
    }
    const lists = new Map<number, { rows: Uint32Array; filled: number }>()
    for (const [tool, count] of counts) lists.set(tool, { rows: new Uint32Array(count), filled: 0 })
    for (const row of this.list) {
      const list = lists.get(this.store.toolId(row))!
      list.rows[list.filled++] = row
    }
    const tools = new Map<string, OrderedJudged>()
    for (const [tool, list] of lists)
      tools.set(this.store.tools.values[tool]!, new OrderedJudged(this.store, list.rows))
    return tools
  }

  private entry(row: number): Judged {
    return {
      finding: this.store.finding(row),
      disposition: DISPOSITIONS[this.store.disposition(row)]!,
      blocking: this.store.blocking(row)
    }
  }

  /**
   * Sorts the judged rows of a store into the one order (the keys of `compareJudged`).
   * Severity and blocking split them into buckets in one pass; only a bucket is sorted, by
   * place and identity, each key a number (a string's rank among the store's strings).
   */
  static of(store: FindingStore): OrderedJudged {
    if (store.isSealed) throw new Error('these findings were judged and ordered already')
    // No finding comes after the judgement: the de-duplication table's memory holds the order.
    const space = store.seal()
    const paths = store.paths.values
    const pathRank = ranksWith(paths, NO_LOCATION)
    const noLocation = pathRank[paths.length]!
    const toolRank = ranksWith(store.tools.values)
    const fileRank = ranksWith(store.files.values)
    // Counted first, then filled: the buckets are parts of one typed array, each sorted with
    // the part of the same length beside it as scratch, so no list grows and nothing is copied.
    const bucketOf = (row: number): number =>
      store.severityCode(row) * 2 + (store.blocking(row) ? 0 : 1)
    const starts = new Uint32Array((SEVERITIES.length + 1) * 2 + 1)
    for (const row of store.rowsInOrderRead()) starts[bucketOf(row) + 1]!++
    for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!
    const filled = starts.slice(0, -1)
    const total = starts[starts.length - 1]!
    const rows = space.subarray(0, total)
    const scratch = space.subarray(total, 2 * total)
    for (const row of store.rowsInOrderRead()) rows[filled[bucketOf(row)]!++] = row
    const place = (row: number): number => {
      const path = store.pathId(row)
      return path < paths.length ? pathRank[path]! : noLocation
    }
    const compare = (a: number, b: number): number =>
      place(a) - place(b) ||
      store.startLine(a) - store.startLine(b) ||
      store.compareFingerprints(a, b) ||
      toolRank[store.toolId(a)]! - toolRank[store.toolId(b)]! ||
      fileRank[store.fileId(a)]! - fileRank[store.fileId(b)]! ||
      store.run(a) - store.run(b)
    for (let bucket = 0; bucket + 1 < starts.length; bucket++) {
      const [from, to] = [starts[bucket]!, starts[bucket + 1]!]
      mergeSort(rows.subarray(from, to), scratch.subarray(from, to), compare)
    }
    store.arrange(rows)
    // The order outlives the table it was made in: kept at its own size, it lets the table's
    // other half (the scratch) go, 4 bytes a finding, now that the digests are gone too.
    const kept = rows.slice()
    release(space)
    return new OrderedJudged(store, kept)
  }
}

/** Judged findings (already de-duplicated) in the one order, held in a store of their own. */
export function orderJudged(judged: readonly Judged[]): OrderedJudged {
  const store = FindingStore.of(judged.map(entry => entry.finding))
  judged.forEach((entry, row) =>
    store.setJudgement(row, DISPOSITION_CODE[entry.disposition], entry.blocking)
  )
  return OrderedJudged.of(store)
}

/**
 * Sorts `list` in place, stably, with `scratch` (as long as `list`) for the merges: the same
 * order as `Array.prototype.sort`, whose typed-array form copies the numbers into two arrays of
 * 8 bytes each. Runs of 16 are sorted by insertion first, then merged bottom up.
 */
export function mergeSort(
  list: Uint32Array,
  scratch: Uint32Array,
  compare: (a: number, b: number) => number
): void {
  const n = list.length
  if (scratch.length < n) throw new Error('the scratch of a merge sort is shorter than its list')
  const RUN = 16
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n)
    for (let i = lo + 1; i < hi; i++) {
      const value = list[i]!
      let j = i - 1
      while (j >= lo && compare(list[j]!, value) > 0) {
        list[j + 1] = list[j]!
        j--
      }
      list[j + 1] = value
    }
  }
  let from = list
  let to = scratch
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let i = lo
      let j = mid
      let k = lo
      while (i < mid && j < hi) to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!
      while (i < mid) to[k++] = from[i++]!
      while (j < hi) to[k++] = from[j++]!
    }
    ;[from, to] = [to, from]
  }
  if (from !== list) list.set(from.subarray(0, n))
}

/** Each string's rank in `<` order (equal strings, equal ranks), `extra` ranked last in the list. */
function ranksWith(values: readonly string[], ...extra: string[]): Uint32Array {
  const all = [...values, ...extra]
  const order = all.map((_, i) => i).sort((a, b) => compareText(all[a]!, all[b]!))
  const ranks = new Uint32Array(all.length)
  let rank = 0
  order.forEach((id, i) => {
    if (i > 0 && all[order[i - 1]!] !== all[id]) rank = i
    ranks[id] = rank
  })
  return ranks
}

/** What the store holds of an entry without reading its finding (`OrderedJudged.rows`). */
export interface JudgedRow {
  severity: Severity
  disposition: Disposition
  blocking: boolean
  baselineState: BaselineState | undefined
  entry(): Judged
}

/** The counted entries, in order: no finding is read to choose them. */
export function countedOf(list: OrderedJudged): OrderedJudged {
  return list.counted()
}

/** How many entries `keep` keeps: one pass, no copy. */
export function countOf(list: Iterable<Judged>, keep: (entry: Judged) => boolean): number {
  let count = 0
  for (const entry of list) if (keep(entry)) count++
  return count
}

/** The first entries of a list in order, and how many the list has in all. */
export interface Top {
  first: Judged[]
  total: number
}

/** The first `n` entries of a list, in order, and how many it has in all: no pass over the rest. */
export function firstOf(list: OrderedJudged, n: number): Top {
  return { first: list.first(n), total: list.length }
}

/** The entries of each tool, each list still in order; tools in the order they first appear. */
export function byTool(list: OrderedJudged): Map<string, OrderedJudged> {
  return list.byTool()
}
