import { createHash } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { BaselineState, Finding, Severity } from '../model.js'
import { SEVERITIES, severityRank } from '../model.js'
import { Appender } from '../util/appender.js'

/**
 * Where the findings of a scan live between reading and reporting (ARCHITECTURE.md, "Scan
 * memory"). Each finding is a row of fixed-size columns: what de-duplication, the policy and the
 * one order need (fingerprint digest, severity, flags, rule, path, line, source), about 50 bytes,
 * plus the finding itself. The first `inMemory` findings are kept as objects; every later one is
 * written to a spill file in the temporary directory as a line of JSON and read back when a
 * report asks for it, so memory does not grow with the findings beyond the columns.
 */

/** Rows per block of a column: columns grow by a block, never by copying. */
const BLOCK_BITS = 12
const BLOCK = 1 << BLOCK_BITS
const MASK = BLOCK - 1

/** Findings kept as objects before the spill file is used (the scan's default). */
export const IN_MEMORY_FINDINGS = 16_384

/** Spill writes go out in pieces of this size. */
const SPILL_BUFFER_BYTES = 1 << 20

/** A column of numbers that grows a block at a time. */
class Column<T extends Uint8Array | Uint32Array | Float64Array> {
  private readonly blocks: T[] = []

  constructor(
    private readonly make: (length: number) => T,
    private readonly stride = 1
  ) {}

  get(row: number, lane = 0): number {
    return this.blocks[row >>> BLOCK_BITS]![(row & MASK) * this.stride + lane]!
  }

  set(row: number, value: number, lane = 0): void {
    const block = row >>> BLOCK_BITS
    while (block >= this.blocks.length) this.blocks.push(this.make(BLOCK * this.stride))
    this.blocks[block]![(row & MASK) * this.stride + lane] = value
  }

  /** Gives the column's memory back now, not at a later collection (`release`). */
  release(): void {
    for (const block of this.blocks) release(block)
    this.blocks.length = 0
  }
}

/**
 * Frees a typed array's memory at once and leaves it empty. V8 frees the memory of a typed
 * array that is no longer used only when a full collection finds it, so a large one dropped
 * before the reports (the digests, the de-duplication table: ARCHITECTURE.md, "Scan memory")
 * would still count in the scan's peak while they are written. Detaching its buffer
 * (`ArrayBuffer.prototype.transfer`, ES2024) frees it now. For arrays that own their buffer.
 */
export function release(array: Uint8Array | Uint32Array | Float64Array): void {
  if (array.byteOffset !== 0 || array.byteLength !== array.buffer.byteLength)
    throw new Error('only a typed array that owns its whole buffer is released')
  ;(array.buffer as ArrayBuffer).transfer(0)
}

/** Distinct strings, each given a small number. */
class Table {
  private readonly ids = new Map<string, number>()
  readonly values: string[] = []

  /** The number of a value already given one. */
  find(value: string): number | undefined {
    return this.ids.get(value)
  }

  id(value: string): number {
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.ids.set(value, id)
      this.values.push(value)
    }
    return id
  }
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Bits of the `bits` column.
const SEVERITY_MASK = 0x7 // severityRank + 1: 0 for no severity of SARIF's
const SUPPRESSED = 1 << 3
const HAS_LOCATION = 1 << 4
const OUTSIDE = 1 << 5
const DEAD = 1 << 6
const BASELINE_SHIFT = 7 // 3 bits: 0 none, then BASELINES
const BASELINE_MASK = 0x7 << BASELINE_SHIFT
const DISPOSITION_SHIFT = 10 // 3 bits, set by the policy
const DISPOSITION_MASK = 0x7 << DISPOSITION_SHIFT
const BLOCKING = 1 << 13

const BASELINES: readonly (BaselineState | undefined)[] = [
  undefined,
  'new',
  'updated',
  'unchanged',
  'absent'
]

/**
 * The baseline state of a finding from two copies of it: the one that counts most wins, so
 * that no copy hides another. `new` in any copy is new; a copy without a state (no baseline
 * comparison) counts like new; then `updated`, then `unchanged`; `absent` (fixed) only when
 * every copy says so: a copy cannot make a finding fixed that another copy reports.
 */
const BASELINE_WEIGHT: Record<BaselineState | 'none', number> = {
  new: 4,
  none: 3,
  updated: 2,
  unchanged: 1,
  absent: 0
}

export function combineBaseline(
  a: BaselineState | undefined,
  b: BaselineState | undefined
): BaselineState | undefined {
  return BASELINE_WEIGHT[a ?? 'none'] >= BASELINE_WEIGHT[b ?? 'none'] ? a : b
}

/** What findings of one rule and run share: held once, not spilled with each finding. */
type Shared = Pick<
  Finding,
  'tool' | 'toolVersion' | 'ruleId' | 'ruleName' | 'ruleDescription' | 'helpUri' | 'cwes' | 'source'
>

/** Shared parts held at most; a finding beyond is spilled whole. */
const MAX_SHARED = 1 << 16

/**
 * What a spilled finding writes of its own; the rest is its `Shared`. An object literal of the
 * members (undefined ones are left out by JSON) is three times faster to write than
 * `JSON.stringify` with a list of names.
 */
function ownMembers(f: Finding): object {
  return {
    fingerprint: f.fingerprint,
    level: f.level,
    severity: f.severity,
    securitySeverity: f.securitySeverity,
    message: f.message,
    messageTemplate: f.messageTemplate,
    messageArguments: f.messageArguments,
    location: f.location,
    suppressed: f.suppressed,
    baselineState: f.baselineState
  }
}

function sameShared(shared: Shared, finding: Finding): boolean {
  return (
    shared.tool === finding.tool &&
    shared.ruleId === finding.ruleId &&
    shared.toolVersion === finding.toolVersion &&
    shared.ruleName === finding.ruleName &&
    shared.ruleDescription === finding.ruleDescription &&
    shared.helpUri === finding.helpUri &&
    sameList(shared.cwes, finding.cwes) &&
    (shared.source === finding.source ||
      (shared.source.file === finding.source.file &&
        shared.source.run === finding.source.run &&
        shared.source.category === finding.source.category))
  )
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]))
}

const NO_PATH = 0xffffffff

/** The row of a finding that is not in the store. */
const EMPTY_SLOT = -1

/**
 * The findings of a scan, de-duplicated by fingerprint, each file's committed only when the
 * whole file was read. Rows are numbered in the order findings were first read.
 */
export class FindingStore {
  private rows = 0
  /** Rows below this are committed; the rest belong to the file being read. */
  private committed = 0
  private digest = new Column(n => new Uint32Array(n), 4)
  private readonly bitsColumn = new Column(n => new Uint32Array(n))
  private readonly rule = new Column(n => new Uint32Array(n))
  private readonly path = new Column(n => new Uint32Array(n))
  private readonly line = new Column(n => new Uint32Array(n))
  private readonly source = new Column(n => new Uint32Array(n))
  /** Byte offset of the row's JSON in the spill file, or -1: the object is in `objects`. */
  private readonly where = new Column(n => new Float64Array(n))
  private readonly length = new Column(n => new Uint32Array(n))
  private readonly objects: (Finding | undefined)[] = []
  /** Fingerprints that are not 32 hex digits (given by hand), by row. */
  private readonly oddFingerprints = new Map<number, string>()

  readonly tools = new Table()
  /** Rule keys by tool and rule id, and each key's tool and rule id. */
  private readonly rules = new Map<string, Map<string, number>>()
  private readonly ruleTool: number[] = []
  private readonly ruleIds: string[] = []
  readonly paths = new Table()
  readonly files = new Table()
  /** Sources by file and run, and each one's file and run. */
  private readonly sources = new Map<string, Map<number, number>>()
  private readonly sourceFile: number[] = []
  private readonly sourceRun: number[] = []

  /** Open addressing over committed rows by digest: row + 1, 0 for empty. */
  private slots = new Uint32Array(1 << 10)
  private used = 0

  private spill: Spill | undefined
  /** What spilled findings share, and the last one of each rule key. */
  private readonly shared: Shared[] = []
  private readonly sharedByRule: number[] = []
  /** The spill file holds the findings in the order of `arrange`. */
  private arranged = false
  private sealed = false
  private live = 0
  duplicates = 0
  private readonly duplicatesByTool = new Map<number, number>()

  constructor(private readonly inMemory = IN_MEMORY_FINDINGS) {}

  /** A store of findings already de-duplicated, all committed, in the order given. */
  static of(findings: readonly Finding[], inMemory = IN_MEMORY_FINDINGS): FindingStore {
    const store = new FindingStore(inMemory)
    for (const finding of findings) store.add(finding)
    store.committed = store.rows
    store.live = store.rows
    return store
  }

  /** A finding of the file being read: counts once `commitFile` is called. */
  add(finding: Finding): void {
    if (this.sealed) throw new Error('a finding was added to a store already judged')
    const row = this.rows++
    const odd = digestWords(finding.fingerprint)
    for (let lane = 0; lane < 4; lane++) this.digest.set(row, WORDS[lane]!, lane)
    if (odd) this.oddFingerprints.set(row, finding.fingerprint)
    else this.oddFingerprints.delete(row)
    const location = finding.location
    let bits = (severityRank(finding.severity) + 1) & SEVERITY_MASK
    if (finding.suppressed) bits |= SUPPRESSED
    if (location !== undefined) bits |= HAS_LOCATION
    if (location?.outsideWorkspace) bits |= OUTSIDE
    bits |= baselineCode(finding.baselineState) << BASELINE_SHIFT
    this.bitsColumn.set(row, bits)
    const rule = this.ruleOf(finding.tool, finding.ruleId)
    this.rule.set(row, rule)
    this.path.set(row, location === undefined ? NO_PATH : this.paths.id(location.path))
    this.line.set(row, clampLine(location?.startLine))
    this.source.set(row, this.sourceOf(finding.source.file, finding.source.run))
    if (row < this.inMemory) {
      this.objects[row] = finding
      this.where.set(row, EMPTY_SLOT)
      this.length.set(row, 0)
    } else {
      this.spill ??= new Spill()
      const shared = this.sharedOf(finding, rule)
      const { offset, length } = this.spill.append(
        shared < 0 ? JSON.stringify(finding) : `${shared}${JSON.stringify(ownMembers(finding))}`
      )
      this.where.set(row, offset)
      this.length.set(row, length)
    }
  }

  /** Forgets every finding of this run of the file being read. */
  retractRun(run: number): void {
    for (let row = this.committed; row < this.rows; row++)
      if (this.sourceRun[this.source.get(row)] === run) this.kill(row)
    this.dropDeadTail()
  }

  /** Forgets every finding of the file being read. */
  abortFile(): void {
    for (let row = this.committed; row < this.rows; row++) this.kill(row)
    this.dropDeadTail()
  }

  /**
   * The findings of the file being read count now. The same finding seen again keeps its most
   * severe form; it is suppressed only if every copy is, and its baseline state is the one that
   * counts most.
   */
  commitFile(): void {
    this.reserve(this.used + this.rows - this.committed)
    for (let row = this.committed; row < this.rows; row++) {
      if (this.isDead(row)) continue
      const existing = this.lookup(row)
      if (existing === undefined) {
        this.insert(row)
        this.live++
      } else {
        this.merge(existing, row)
      }
    }
    this.committed = this.rows
  }

  /** Findings after de-duplication. */
  get size(): number {
    return this.live
  }

  /** Committed findings that count, in the order they were first read. */
  *rowsInOrderRead(): Generator<number> {
    for (let row = 0; row < this.committed; row++) if (!this.isDead(row)) yield row
  }

  /** The finding of a row, as it was merged. */
  finding(row: number): Finding {
    const offset = this.where.get(row)
    const finding =
      offset === EMPTY_SLOT
        ? this.objects[row]!
        : this.fromSpill(this.spill!.text(offset, this.length.get(row), this.arranged))
    const bits = this.bits(row)
    finding.suppressed = (bits & SUPPRESSED) !== 0
    const baseline = BASELINES[(bits & BASELINE_MASK) >>> BASELINE_SHIFT]
    if (baseline === undefined) delete finding.baselineState
    else finding.baselineState = baseline
    return finding
  }

  /** Every committed finding, in the order first read: for small stores and tests. */
  all(): Finding[] {
    return [...this.rowsInOrderRead()].map(row => this.finding(row))
  }

  /** Copies merged away, per tool. */
  duplicatesOf(tool: string): number {
    const id = this.tools.find(tool)
    return id === undefined ? 0 : (this.duplicatesByTool.get(id) ?? 0)
  }

  // Columns, for the policy and the order.
  bits(row: number): number {
    return this.bitsColumn.get(row)
  }
  setJudgement(row: number, disposition: number, blocking: boolean): void {
    const bits = this.bits(row) & ~(DISPOSITION_MASK | BLOCKING)
    this.bitsColumn.set(row, bits | (disposition << DISPOSITION_SHIFT) | (blocking ? BLOCKING : 0))
  }
  disposition(row: number): number {
    return (this.bits(row) & DISPOSITION_MASK) >>> DISPOSITION_SHIFT
  }
  blocking(row: number): boolean {
    return (this.bits(row) & BLOCKING) !== 0
  }
  /** severityRank + 1. */
  severityCode(row: number): number {
    return this.bits(row) & SEVERITY_MASK
  }
  severity(row: number): Severity {
    return SEVERITIES[this.severityCode(row) - 1]!
  }
  suppressed(row: number): boolean {
    return (this.bits(row) & SUPPRESSED) !== 0
  }
  baselineState(row: number): BaselineState | undefined {
    return BASELINES[(this.bits(row) & BASELINE_MASK) >>> BASELINE_SHIFT]
  }
  /** The workspace path, when the finding has a location inside the workspace. */
  workspacePathId(row: number): number | undefined {
    const bits = this.bits(row)
    return (bits & HAS_LOCATION) !== 0 && (bits & OUTSIDE) === 0 ? this.path.get(row) : undefined
  }
  pathId(row: number): number {
    return this.path.get(row)
  }
  ruleKey(row: number): number {
    return this.rule.get(row)
  }
  toolOfRule(key: number): number {
    return this.ruleTool[key]!
  }
  ruleIdOf(key: number): string {
    return this.ruleIds[key]!
  }
  toolId(row: number): number {
    return this.ruleTool[this.rule.get(row)]!
  }
  startLine(row: number): number {
    return this.line.get(row)
  }
  fileId(row: number): number {
    return this.sourceFile[this.source.get(row)]!
  }
  run(row: number): number {
    return this.sourceRun[this.source.get(row)]!
  }

  /** Fingerprint order: the same as `<` on the fingerprint strings. */
  compareFingerprints(a: number, b: number): number {
    const oddA = this.oddFingerprints.get(a)
    const oddB = this.oddFingerprints.get(b)
    if (oddA !== undefined || oddB !== undefined)
      return compareText(oddA ?? this.hex(a), oddB ?? this.hex(b))
    for (let lane = 0; lane < 4; lane++) {
      const d = this.digest.get(a, lane) - this.digest.get(b, lane)
      if (d !== 0) return d
    }
    return 0
  }

  /**
   * Rewrites the spill file in the order of `rows` (the one order), leaving out findings merged
   * away, so that every later walk in that order, or in a part of it, reads the file from start
   * to end in large pieces instead of a read per finding.
   */
  arrange(rows: Uint32Array): void {
    if (!this.sealed)
      throw new Error('a store is arranged only once sealed: its findings are all in')
    // The order is made: the digests and odd fingerprints that decided it are given back (a
    // finding keeps its fingerprint in its JSON).
    this.digest.release()
    this.digest = new Column(n => new Uint32Array(n), 4)
    this.oddFingerprints.clear()
    const old = this.spill
    if (old === undefined) return
    const next = new Spill()
    try {
      for (const row of rows) {
        const offset = this.where.get(row)
        if (offset === EMPTY_SLOT) continue
        const length = this.length.get(row)
        const { buffer, start } = old.bytes(offset, length, false)
        this.where.set(row, next.appendBytes(buffer, start, length))
      }
    } catch (error) {
      next.close()
      throw error
    }
    old.close()
    this.spill = next
    this.arranged = true
  }

  /**
   * No finding is added from now on. The table that de-duplicates the findings is not needed
   * any more, and its memory becomes the order's: at least two numbers a finding (the table is
   * at most half full), for the rows in order and for the sort's scratch, so making the order
   * takes no memory of its own. Called once the findings are judged (`OrderedJudged.of`), then
   * `arrange` puts them in their one order.
   */
  seal(): Uint32Array {
    this.sealed = true
    const table = this.slots
    this.slots = new Uint32Array(0)
    this.used = 0
    return table.length >= 2 * this.live ? table : new Uint32Array(2 * this.live)
  }

  /** `seal` was called: the findings are all in and judged; `arrange` orders them once. */
  get isSealed(): boolean {
    return this.sealed
  }

  /** Closes and removes the spill file. The store can no longer give findings. */
  close(): void {
    this.spill?.close()
    this.spill = undefined
  }

  private hex(row: number): string {
    let text = ''
    for (let lane = 0; lane < 4; lane++)
      text += this.digest.get(row, lane).toString(16).padStart(8, '0')
    return text
  }

  private isDead(row: number): boolean {
    return (this.bits(row) & DEAD) !== 0
  }

  private kill(row: number): void {
    this.bitsColumn.set(row, this.bits(row) | DEAD)
    this.objects[row] = undefined
  }

  /** Rows at the end that are dead are given back, and so is their room in the spill file. */
  private dropDeadTail(): void {
    let rows = this.rows
    while (rows > this.committed && this.isDead(rows - 1)) rows--
    if (rows === this.rows) return
    let spillEnd: number | undefined
    for (let row = rows; row < this.rows; row++) {
      const offset = this.where.get(row)
      if (offset !== EMPTY_SLOT) {
        spillEnd = offset
        break
      }
    }
    if (spillEnd !== undefined) this.spill!.truncate(spillEnd)
    this.objects.length = Math.min(this.objects.length, rows)
    this.rows = rows
  }

  private ruleOf(tool: string, ruleId: string): number {
    let rules = this.rules.get(tool)
    if (rules === undefined) this.rules.set(tool, (rules = new Map()))
    let key = rules.get(ruleId)
    if (key === undefined) {
      key = this.ruleIds.length
      rules.set(ruleId, key)
      this.ruleIds.push(ruleId)
      this.ruleTool.push(this.tools.id(tool))
    }
    return key
  }

  private sourceOf(file: string, run: number): number {
    let runs = this.sources.get(file)
    if (runs === undefined) this.sources.set(file, (runs = new Map()))
    let key = runs.get(run)
    if (key === undefined) {
      key = this.sourceFile.length
      runs.set(run, key)
      this.sourceFile.push(this.files.id(file))
      this.sourceRun.push(run)
    }
    return key
  }

  /**
   * The number of what this finding shares with others of its rule and run (tool, rule texts,
   * CWE list, source), kept once in memory; -1 when the table is full and the finding is
   * spilled whole.
   */
  private sharedOf(finding: Finding, rule: number): number {
    const known = this.sharedByRule[rule]
    if (known !== undefined && sameShared(this.shared[known]!, finding)) return known
    if (this.shared.length >= MAX_SHARED) return -1
    const shared: Shared = {
      tool: finding.tool,
      ruleId: finding.ruleId,
      cwes: finding.cwes,
      source: finding.source
    }
    if (finding.toolVersion !== undefined) shared.toolVersion = finding.toolVersion
    if (finding.ruleName !== undefined) shared.ruleName = finding.ruleName
    if (finding.ruleDescription !== undefined) shared.ruleDescription = finding.ruleDescription
    if (finding.helpUri !== undefined) shared.helpUri = finding.helpUri
    this.sharedByRule[rule] = this.shared.length
    this.shared.push(shared)
    return this.shared.length - 1
  }

  /** A finding from its spilled text: `<shared>` then its own members as JSON. */
  private fromSpill(text: string): Finding {
    const brace = text.indexOf('{')
    const id = Number(text.slice(0, brace))
    const finding = JSON.parse(brace === 0 ? text : text.slice(brace)) as Finding
    if (brace === 0) return finding
    const shared = this.shared[id]!
    finding.tool = shared.tool
    finding.ruleId = shared.ruleId
    finding.cwes = shared.cwes
    finding.source = shared.source
    if (shared.toolVersion !== undefined) finding.toolVersion = shared.toolVersion
    if (shared.ruleName !== undefined) finding.ruleName = shared.ruleName
    if (shared.ruleDescription !== undefined) finding.ruleDescription = shared.ruleDescription
    if (shared.helpUri !== undefined) finding.helpUri = shared.helpUri
    return finding
  }

  private sameFingerprint(a: number, b: number): boolean {
    for (let lane = 0; lane < 4; lane++)
      if (this.digest.get(a, lane) !== this.digest.get(b, lane)) return false
    return this.oddFingerprints.get(a) === this.oddFingerprints.get(b)
  }

  private slotOf(row: number): number {
    const mask = this.slots.length - 1
    let slot = (this.digest.get(row, 0) ^ Math.imul(this.digest.get(row, 1), 0x9e3779b1)) & mask
    for (;;) {
      const held = this.slots[slot]!
      if (held === 0 || this.sameFingerprint(held - 1, row)) return slot
      slot = (slot + 1) & mask
    }
  }

  private lookup(row: number): number | undefined {
    const held = this.slots[this.slotOf(row)]!
    return held === 0 ? undefined : held - 1
  }

  private insert(row: number): void {
    this.reserve(this.used + 1)
    this.slots[this.slotOf(row)] = row + 1
    this.used++
  }

  /**
   * Room for `entries` at most half full, made at once: a file's findings are inserted as it is
   * committed, and growing by doubling would hold each old table beside its successor.
   */
  private reserve(entries: number): void {
    let length = Math.max(this.slots.length, 1)
    while (entries * 2 > length) length *= 2
    if (length !== this.slots.length) this.resize(length)
  }

  private resize(length: number): void {
    const old = this.slots
    this.slots = new Uint32Array(length)
    for (const held of old) if (held !== 0) this.slots[this.slotOf(held - 1)] = held
  }

  /** `copy` (of the file being read) merged into the committed `kept`. */
  private merge(kept: number, copy: number): void {
    this.duplicates++
    const tool = this.toolId(copy)
    this.duplicatesByTool.set(tool, (this.duplicatesByTool.get(tool) ?? 0) + 1)
    const a = this.bits(kept)
    const b = this.bits(copy)
    const suppressed = a & b & SUPPRESSED
    const baseline = baselineCode(
      combineBaseline(this.baselineState(kept), this.baselineState(copy))
    )
    // A copy strictly more severe (a lower severity rank) replaces the finding.
    const replace = (b & SEVERITY_MASK) < (a & SEVERITY_MASK)
    const base = replace ? b : a
    this.bitsColumn.set(
      kept,
      (base & ~(SUPPRESSED | BASELINE_MASK | DEAD)) | suppressed | (baseline << BASELINE_SHIFT)
    )
    if (replace) {
      this.where.set(kept, this.where.get(copy))
      this.length.set(kept, this.length.get(copy))
      this.objects[kept] = this.objects[copy]
      this.source.set(kept, this.source.get(copy))
      this.rule.set(kept, this.rule.get(copy))
      this.path.set(kept, this.path.get(copy))
      this.line.set(kept, this.line.get(copy))
    }
    this.kill(copy)
  }
}

function baselineCode(state: BaselineState | undefined): number {
  return state === undefined ? 0 : BASELINES.indexOf(state)
}

function clampLine(line: number | undefined): number {
  if (line === undefined || !(line > 0)) return 0
  return Math.min(line, 0xffffffff)
}

/** Reused by `digestWords`: its words are copied out before the next call. */
const WORDS = new Uint32Array(4)

/**
 * The fingerprint as four 32-bit words (in `WORDS`), read digit by digit; one that is not 32
 * lowercase hex digits by its SHA-256. True when it was not.
 */
function digestWords(fingerprint: string): boolean {
  if (fingerprint.length === 32 && readHex(fingerprint)) return false
  readHex(createHash('sha256').update(fingerprint).digest('hex').slice(0, 32))
  return true
}

function readHex(text: string): boolean {
  for (let lane = 0; lane < 4; lane++) {
    let word = 0
    for (let i = lane * 8; i < lane * 8 + 8; i++) {
      const c = text.charCodeAt(i)
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1
      if (digit < 0) return false
      word = word * 16 + digit
    }
    WORDS[lane] = word
  }
  return true
}

/**
 * The spill file: findings as JSON, one after another, in a file of a directory of its own
 * under the temporary directory (TMPDIR; RUNNER_TEMP on a runner). On POSIX systems the name is
 * removed at once and the open descriptor keeps the file until it is closed, so nothing is left
 * behind whatever ends the process.
 */
class Spill {
  private readonly fd: number
  private readonly dir: string
  private removed = false
  private readonly out: Appender
  /** What was last read from the file, from `windowStart` on; never past the written end. */
  private window = Buffer.allocUnsafe(4096)
  private windowStart = 0
  private windowBytes = 0

  constructor() {
    const base = spillBase()
    try {
      this.dir = mkdtempSync(join(base, 'known-good-'))
      const file = join(this.dir, 'findings.jsonl')
      this.fd = openSync(file, 'wx+', 0o600)
      try {
        rmSync(file)
        rmSync(this.dir, { recursive: true })
        this.removed = true
      } catch {
        // Windows keeps an open file's name: removed at close.
      }
    } catch (error) {
      throw spillError(base, error)
    }
    this.out = new Appender(this.fd, SPILL_BUFFER_BYTES, error => spillError(spillBase(), error))
  }

  /** Appends `text` (UTF-8): where it starts and how many bytes it takes. */
  append(text: string): { offset: number; length: number } {
    return this.out.append(text)
  }

  /** Appends bytes: where they start. */
  appendBytes(bytes: Buffer, start: number, length: number): number {
    return this.out.appendBytes(bytes, start, length)
  }

  /**
   * The bytes at `offset`, as a part of a buffer that is valid until the next call. `ahead`: the
   * next reads are further on in the file (a walk in file order), so a megabyte is read at once;
   * otherwise just these bytes.
   */
  bytes(offset: number, length: number, ahead: boolean): { buffer: Buffer; start: number } {
    const end = offset + length
    if (offset >= this.windowStart && end <= this.windowStart + this.windowBytes)
      return { buffer: this.window, start: offset - this.windowStart }
    if (end > this.out.flushed) this.out.flush()
    const want = ahead ? Math.max(length, SPILL_BUFFER_BYTES) : length
    if (this.window.length < want) this.window = Buffer.allocUnsafe(want)
    let done = 0
    while (done < want) {
      const n = readSync(this.fd, this.window, done, want - done, offset + done)
      if (n === 0) break
      done += n
    }
    if (done < length) throw new Error(`findings spill file ends at byte ${offset + done}`)
    this.windowStart = offset
    // Bytes past the written end are left over from a truncated part: a later append
    // overwrites them, so the window must not keep them.
    this.windowBytes = Math.min(done, this.out.flushed - offset)
    return { buffer: this.window, start: 0 }
  }

  text(offset: number, length: number, ahead: boolean): string {
    const { buffer, start } = this.bytes(offset, length, ahead)
    return buffer.toString('utf8', start, start + length)
  }

  /** Forgets every byte from `offset` on. */
  truncate(offset: number): void {
    this.windowBytes = 0
    this.out.truncate(offset)
  }

  close(): void {
    closeSync(this.fd)
    if (!this.removed) rmSync(this.dir, { recursive: true, force: true })
  }
}

/** The temporary directory: TMPDIR when set, else the system's (`os.tmpdir`). */
function spillBase(): string {
  return process.env.TMPDIR || tmpdir()
}

function spillError(dir: string, error: unknown): ConfigurationError {
  return new ConfigurationError(
    `could not keep the findings in a file under the temporary directory ${dir} (${getErrorMessage(error)}): set TMPDIR (RUNNER_TEMP on a runner) to a writable directory with room, about 1 KB per finding`,
    { cause: error }
  )
}
