/**
 * Incremental scanner for SARIF logs of any size.
 *
 * It walks the outer skeleton of a log (`{ "runs": [ { "results": [ … ] } ] }`) byte by byte,
 * in whatever order the producer wrote the keys, and hands every value it is asked for to
 * `JSON.parse` as one small slice: a single result, a run's `tool`, `version`. Bytes are never
 * decoded or parsed as a whole, so memory is bounded by the largest single value (typically a
 * run's `tool` with its rules), not by the file: a log larger than V8's 512 MiB string limit
 * reads like any other.
 *
 * Values the consumer does not want are skipped without being held, but checked as JSON on the
 * way (`json-check.ts`): a file is JSON or it is refused, whatever parts of it are read. The
 * same limits hold on every path through the reader: no value nests deeper than
 * `MAX_NESTING_DEPTH`, and none is held whole beyond `MAX_VALUE_BYTES`.
 */

import { getErrorMessage } from '../errors.js'
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  describeByte,
  JsonChecker,
  locateJsonError,
  OPEN_BRACE,
  OPEN_BRACKET,
  pathStep,
  QUOTE
} from './json-check.js'

/** Deeper than any real SARIF (a code flow location is ~15 levels): a nesting bomb, refused. */
export const MAX_NESTING_DEPTH = 256

/**
 * The largest single value the reader holds to parse (a result, a run's `tool` with its rules,
 * `invocations`, a member name, a number): larger is refused before more is read, so that a
 * small (gzip) file cannot make the reader hold a gigabyte string. CodeQL's `tool` with every
 * query's help text is a few MB.
 */
export const MAX_VALUE_BYTES = 64 * 1024 * 1024

export class SarifSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly path: string
  ) {
    super(`${message} (at byte ${offset}, ${path})`)
    this.name = 'SarifSyntaxError'
  }
}

export interface ScanHandler {
  /** Root members (other than `runs`) whose value should be parsed and handed over. */
  wantsRootMember(key: string): boolean
  rootMember(key: string, value: unknown): void
  runStart(run: number): void
  /** Run members (other than a `results` array) whose value should be parsed and handed over. */
  wantsRunMember(run: number, key: string): boolean
  runMember(run: number, key: string, value: unknown): void
  /** A run's `results` array begins. Return false to skip its elements without parsing them. */
  resultsStart(run: number): boolean
  result(run: number, index: number, value: unknown): void
  resultsEnd(run: number, count: number): void
  runEnd(run: number): void
}

/** Failed guesses of the batched fast path before it is given up for the file. */
const MAX_BATCH_MISSES = 3

const enum Role {
  Root,
  Runs,
  Run,
  Results
}

// Object frames: 0 key or `}`, 1 key, 2 `:`, 3 value, 4 `,` or `}`.
// Array frames: 0 value or `]`, 1 value, 2 `,` or `]`.
interface Frame {
  role: Role
  state: number
  key: string
  index: number
  run: number
  parse: boolean
}

const enum Purpose {
  Skip,
  RootMember,
  RunMember,
  Result
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/**
 * True when a parsed value nests deeper than `MAX_NESTING_DEPTH` (the value itself is at
 * `depth`). For the batched fast path, whose `JSON.parse` checks no depth; recursion stops at
 * the limit.
 */
function tooDeep(value: object, depth: number): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i]
      if (typeof child === 'object' && child !== null)
        if (depth === MAX_NESTING_DEPTH || tooDeep(child, depth + 1)) return true
    }
    return false
  }
  for (const key in value) {
    const child: unknown = (value as Record<string, unknown>)[key]
    if (typeof child === 'object' && child !== null)
      if (depth === MAX_NESTING_DEPTH || tooDeep(child, depth + 1)) return true
  }
  return false
}

/** JSON text in another encoding than UTF-8, from its first four bytes (RFC 8259 §8.1, RFC 4627 §3). */
function foreignEncoding(b: Buffer): string | undefined {
  const n = b.length
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]]
  const bom = 'with a byte order mark'
  const noBom = 'without a byte order mark'
  if (n >= 4 && b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return `UTF-32 encoded (big-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32BE -t UTF-8`
  if (n >= 4 && b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return `UTF-32 encoded (little-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32LE -t UTF-8`
  if (n >= 2 && b0 === 0xfe && b1 === 0xff)
    return `UTF-16 encoded (big-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16BE -t UTF-8`
  if (n >= 2 && b0 === 0xff && b1 === 0xfe)
    return `UTF-16 encoded (little-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16LE -t UTF-8`
  if (n >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0)
    return `UTF-32 encoded (big-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32BE -t UTF-8`
  if (n >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0)
    return `UTF-32 encoded (little-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32LE -t UTF-8`
  if (n >= 2 && b0 === 0 && b1 !== 0)
    return `UTF-16 encoded (big-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16BE -t UTF-8`
  if (n >= 2 && b0 !== 0 && b1 === 0)
    return `UTF-16 encoded (little-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16LE -t UTF-8`
  return undefined
}

export class SarifScanner {
  private backing: Buffer = Buffer.allocUnsafe(256 * 1024)
  private win: Buffer = this.backing.subarray(0, 0)
  /** Absolute offset of `win[0]` in the stream. */
  private base = 0
  private pos = 0
  private eof = false
  private started = false
  private finished = false
  private readonly frames: Frame[] = []
  private runCount = 0

  // The value being scanned, if any.
  private inValue = false
  private vPurpose = Purpose.Skip
  private vStart = 0
  private vDepth = 0
  private vScalar = false
  private vInString = false
  private vEscape = false
  /** A skipped value, checked as JSON by `checker` instead of held. */
  private vChecked = false
  private checker: JsonChecker | undefined
  private encodingChecked = false

  // The batched fast path for results (see `batch`).
  private boundary: Buffer | undefined
  private candidate: string | undefined
  private lastResultEnd = -1
  private batchMisses = 0

  constructor(private readonly handler: ScanHandler) {}

  /**
   * Appends a chunk. The chunk is copied into one reusable window buffer (together with the
   * unfinished value carried over from the previous chunk), so the caller may reuse it and the
   * reader allocates nothing per chunk: allocation churn, not the data, would otherwise drive
   * the resident size.
   */
  push(chunk: Buffer): void {
    // A value that will be parsed (or a scalar, checked as text) must stay whole in the window.
    const keepValue = this.inValue && (this.vPurpose !== Purpose.Skip || this.vScalar)
    const keep = keepValue ? this.vStart : this.pos
    const rest = this.win.length - keep
    if (rest > MAX_VALUE_BYTES)
      throw this.tooLarge(this.inValue ? 'a value' : 'a member name', keep)
    const needed = rest + chunk.length
    if (needed > this.backing.length) {
      const size = Math.max(
        needed,
        Math.min(this.backing.length * 2, MAX_VALUE_BYTES + chunk.length)
      )
      const grown = Buffer.allocUnsafe(size)
      this.win.copy(grown, 0, keep)
      this.backing = grown
    } else if (rest > 0 && keep > 0) {
      this.backing.copyWithin(0, keep, this.win.length)
    }
    chunk.copy(this.backing, rest)
    this.win = this.backing.subarray(0, needed)
    this.base += keep
    this.pos -= keep
    this.vStart -= keep
    this.process()
  }

  end(): void {
    this.eof = true
    this.process()
    if (!this.started) throw this.error('empty file: no SARIF log found')
    if (!this.finished) throw this.error('unexpected end of file: the log is truncated')
  }

  /** Bytes consumed so far (for progress and error messages). */
  get offset(): number {
    return this.base + this.pos
  }

  private tooLarge(what: string, at: number): SarifSyntaxError {
    return this.error(
      `${what} larger than ${MAX_VALUE_BYTES / 1024 / 1024} MiB: refused (no single value of a SARIF log is held beyond that)`,
      at
    )
  }

  private error(message: string, at = this.pos, inside = ''): SarifSyntaxError {
    return new SarifSyntaxError(message, this.base + at, this.path() + inside)
  }

  private path(): string {
    let path = '$'
    for (const frame of this.frames) {
      if (frame.role === Role.Runs || frame.role === Role.Results) {
        path += `[${frame.index}]`
      } else if (frame.state >= 2) {
        path += pathStep(frame.key)
      }
    }
    return path
  }

  private process(): void {
    if (!this.encodingChecked) {
      if (this.win.length < 4 && !this.eof) return
      this.encodingChecked = true
      const encoding = foreignEncoding(this.win)
      if (encoding !== undefined) throw this.error(`the file is ${encoding}`, 0)
      if (this.win[0] === 0xef && this.win[1] === 0xbb && this.win[2] === 0xbf) this.pos = 3
    }
    while (true) {
      if (this.inValue) {
        if (!(this.vChecked ? this.skipValue() : this.scanValue())) return
        this.finishValue()
        continue
      }
      const c = this.nextSignificant()
      if (c === -1) return
      if (!this.step(c)) return
    }
  }

  /** Skips white space; returns the next byte without consuming it, or -1 for "need more". */
  private nextSignificant(): number {
    const buf = this.win
    let i = this.pos
    while (i < buf.length && isWhitespace(buf[i]!)) i++
    this.pos = i
    return i < buf.length ? buf[i]! : -1
  }

  /** Handles one token of the skeleton. Returns false when more input is needed. */
  private step(c: number): boolean {
    if (!this.started) return this.startRoot(c)
    const frame = this.frames[this.frames.length - 1]
    if (frame === undefined)
      throw this.error(`unexpected ${describeByte(c)} after the end of the log`)
    if (frame.role === Role.Root || frame.role === Role.Run) return this.stepObject(frame, c)
    return this.stepArray(frame, c)
  }

  private startRoot(c: number): boolean {
    if (c !== OPEN_BRACE) {
      const what = c === OPEN_BRACKET ? 'a JSON array' : describeByte(c)
      throw this.error(`not a SARIF log: expected a JSON object ('{') but found ${what}`)
    }
    this.started = true
    this.frames.push({ role: Role.Root, state: 0, key: '', index: 0, run: -1, parse: true })
    this.pos++
    return true
  }

  private stepObject(frame: Frame, c: number): boolean {
    switch (frame.state) {
      case 0:
      case 1:
        if (c === CLOSE_BRACE && frame.state === 0) return this.closeFrame()
        if (c !== QUOTE) throw this.error(`expected a member name but found ${describeByte(c)}`)
        return this.readKey(frame)
      case 2:
        if (c !== COLON) throw this.error(`expected ':' but found ${describeByte(c)}`)
        this.pos++
        frame.state = 3
        return true
      case 3:
        this.objectValue(frame, c)
        return true
      default:
        if (c === COMMA) {
          this.pos++
          frame.state = 1
          return true
        }
        if (c === CLOSE_BRACE) return this.closeFrame()
        throw this.error(`expected ',' or '}' but found ${describeByte(c)}`)
    }
  }

  private stepArray(frame: Frame, c: number): boolean {
    switch (frame.state) {
      case 0:
      case 1:
        if (c === CLOSE_BRACKET && frame.state === 0) return this.closeFrame()
        this.arrayValue(frame, c)
        return true
      default:
        if (c === COMMA) {
          this.pos++
          frame.state = 1
          frame.index++
          return true
        }
        if (c === CLOSE_BRACKET) return this.closeFrame()
        throw this.error(`expected ',' or ']' but found ${describeByte(c)}`)
    }
  }

  private readKey(frame: Frame): boolean {
    const buf = this.win
    const start = this.pos
    let i = start + 1
    let escaped = false
    for (; i < buf.length; i++) {
      const c = buf[i]!
      if (c === BACKSLASH) {
        escaped = true
        i++
      } else if (c === QUOTE) break
      else if (c < 0x20) escaped = true // refused below, with where
    }
    if (i >= buf.length) {
      if (this.eof) throw this.error('unexpected end of file inside a member name')
      return false
    }
    if (i - start > MAX_VALUE_BYTES) throw this.tooLarge('a member name', start)
    frame.key = escaped
      ? (this.parseSlice(start, i + 1) as string)
      : buf.toString('utf8', start + 1, i)
    frame.state = 2
    this.pos = i + 1
    return true
  }

  private objectValue(frame: Frame, c: number): void {
    if (frame.role === Role.Root) {
      if (frame.key === 'runs') {
        if (c !== OPEN_BRACKET)
          throw this.error(`'runs' must be an array but starts with ${describeByte(c)}`)
        this.openFrame(Role.Runs, frame.run, true)
        return
      }
      this.beginValue(
        c,
        this.handler.wantsRootMember(frame.key) ? Purpose.RootMember : Purpose.Skip
      )
      return
    }
    if (frame.key === 'results' && c === OPEN_BRACKET) {
      this.openFrame(Role.Results, frame.run, this.handler.resultsStart(frame.run))
      return
    }
    const wanted = frame.key === 'results' || this.handler.wantsRunMember(frame.run, frame.key)
    this.beginValue(c, wanted ? Purpose.RunMember : Purpose.Skip)
  }

  private arrayValue(frame: Frame, c: number): void {
    if (frame.role === Role.Runs) {
      if (c !== OPEN_BRACE)
        throw this.error(`a run must be a JSON object but starts with ${describeByte(c)}`)
      const run = this.runCount++
      this.handler.runStart(run)
      this.frames.push({ role: Role.Run, state: 0, key: '', index: 0, run, parse: true })
      this.pos++
      return
    }
    if (frame.parse && c === OPEN_BRACE) {
      this.learnBoundary()
      if (this.batch(frame)) return
    }
    this.beginValue(c, frame.parse ? Purpose.Result : Purpose.Skip)
  }

  /**
   * Learns the bytes that separate two results, from the closing `}` of one through the first
   * member name of the next (e.g. `}, {\n      "ruleId"`): producers write every result the same
   * way, and this sequence rarely occurs anywhere else.
   */
  private learnBoundary(): void {
    if (this.boundary !== undefined || this.lastResultEnd < this.base) return
    const buf = this.win
    let i = this.pos + 1
    while (i < buf.length && isWhitespace(buf[i]!)) i++
    if (buf[i] !== QUOTE) return
    const close = buf.indexOf(QUOTE, i + 1)
    if (close === -1 || buf.subarray(i, close).includes(BACKSLASH)) return
    const candidate = buf.toString('latin1', this.lastResultEnd - this.base, close + 1)
    if (candidate === this.candidate) {
      this.boundary = Buffer.from(candidate, 'latin1')
    } else {
      this.candidate = candidate
    }
  }

  /**
   * The fast path: every complete result left in the window parsed by one `JSON.parse` call,
   * cut at the last learned boundary. The cut is only a guess, but a safe one: the slice starts
   * at a result and `[slice]` parses only if the cut is between two complete results (a cut
   * inside a string or a nested value leaves it unbalanced). A failed guess costs one parse and
   * falls back to the exact scan.
   */
  private batch(frame: Frame): boolean {
    if (this.boundary === undefined || this.batchMisses >= MAX_BATCH_MISSES) return false
    const start = this.pos
    const cut = this.win.lastIndexOf(this.boundary)
    if (cut <= start) return false
    let values: unknown[]
    try {
      values = JSON.parse(`[${this.win.toString('utf8', start, cut + 1)}]`) as unknown[]
    } catch {
      this.batchMisses++
      return false
    }
    // JSON.parse checks no depth: a nesting bomb in the batch is left to the exact scan, which
    // refuses it at its byte.
    for (const value of values) {
      if (typeof value === 'object' && value !== null && tooDeep(value, 1)) {
        this.batchMisses = MAX_BATCH_MISSES
        return false
      }
    }
    const first = frame.index
    for (let n = 0; n < values.length; n++) {
      frame.index = first + n
      try {
        this.handler.result(frame.run, frame.index, values[n])
      } catch (error) {
        if (error instanceof SarifSyntaxError) throw error
        throw this.error(getErrorMessage(error), start)
      }
    }
    this.pos = cut + 1
    this.lastResultEnd = this.base + cut
    frame.state = 2
    return true
  }

  private openFrame(role: Role, run: number, parse: boolean): void {
    this.frames.push({ role, state: 0, key: '', index: 0, run, parse })
    this.pos++
  }

  private closeFrame(): boolean {
    const frame = this.frames.pop()!
    this.pos++
    if (frame.role === Role.Run) this.handler.runEnd(frame.run)
    if (frame.role === Role.Results) {
      this.handler.resultsEnd(frame.run, frame.state === 0 ? 0 : frame.index + 1)
    }
    const parent = this.frames[this.frames.length - 1]
    if (parent === undefined) {
      this.finished = true
    } else {
      parent.state = parent.role === Role.Root || parent.role === Role.Run ? 4 : 2
    }
    return true
  }

  private beginValue(c: number, purpose: Purpose): void {
    this.inValue = true
    this.vPurpose = purpose
    this.vStart = this.pos
    this.vDepth = 0
    this.vInString = false
    this.vEscape = false
    this.vScalar = false
    this.vChecked = false
    if (purpose === Purpose.Skip && (c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE)) {
      this.vChecked = true
      this.checker = new JsonChecker(MAX_NESTING_DEPTH)
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // counted by scanValue
    } else if (c === QUOTE) {
      this.vInString = true
      this.pos++
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COMMA || c === COLON) {
      throw this.error(`expected a value but found ${describeByte(c)}`)
    } else {
      this.vScalar = true
    }
  }

  /**
   * Advances over the current value. Returns true when it is complete (`pos` just after it),
   * false when the window ran out first. This is the hot loop of the reader.
   */
  private scanValue(): boolean {
    const buf = this.win
    const end = buf.length
    let i = this.pos
    if (this.vScalar) {
      while (i < end) {
        const c = buf[i]!
        if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isWhitespace(c)) break
        i++
      }
      this.pos = i
      return i < end || this.eof
    }
    // One byte at a time in plain JavaScript: for the short strings that make up most of SARIF
    // this beats calling Buffer.indexOf per string.
    let depth = this.vDepth
    let inString = this.vInString
    let escape = this.vEscape
    for (; i < end; i++) {
      const c = buf[i]!
      if (inString) {
        if (escape) escape = false
        else if (c === BACKSLASH) escape = true
        else if (c === QUOTE) {
          inString = false
          if (depth === 0) {
            this.pos = i + 1
            this.vInString = false
            return true
          }
        }
      } else if (c === QUOTE) {
        inString = true
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > MAX_NESTING_DEPTH) {
          throw this.error(`nesting deeper than ${MAX_NESTING_DEPTH} levels`, i)
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) {
          this.pos = i + 1
          this.vDepth = 0
          return true
        }
      }
    }
    this.pos = i
    this.vDepth = depth
    this.vInString = inString
    this.vEscape = escape
    if (this.eof) throw this.error('unexpected end of file inside a value: the log is truncated')
    return false
  }

  /** Advances over a skipped value, checking it is JSON; true when it is complete. */
  private skipValue(): boolean {
    const checker = this.checker!
    const end = this.win.length
    try {
      this.pos = checker.advance(this.win, this.pos, end)
    } catch (error) {
      const failure = error as { index: number; message: string }
      const message = failure.message.startsWith('nesting')
        ? failure.message
        : `invalid JSON: ${failure.message}`
      throw this.error(message, failure.index)
    }
    if (checker.done) return true
    if (this.eof) throw this.error('unexpected end of file inside a value: the log is truncated')
    return false
  }

  private finishValue(): void {
    this.inValue = false
    this.vChecked = false
    const frame = this.frames[this.frames.length - 1]!
    if (
      (this.vPurpose !== Purpose.Skip || this.vScalar) &&
      this.pos - this.vStart > MAX_VALUE_BYTES
    )
      throw this.tooLarge('a value', this.vStart)
    if (this.vPurpose !== Purpose.Skip) {
      const value = this.parseSlice(this.vStart, this.pos)
      try {
        if (this.vPurpose === Purpose.RootMember) this.handler.rootMember(frame.key, value)
        else if (this.vPurpose === Purpose.RunMember)
          this.handler.runMember(frame.run, frame.key, value)
        else {
          this.lastResultEnd = this.base + this.pos - 1
          this.handler.result(frame.run, frame.index, value)
        }
      } catch (error) {
        if (error instanceof SarifSyntaxError) throw error
        throw this.error(getErrorMessage(error), this.vStart)
      }
    } else if (this.vScalar) {
      this.checkScalar(this.vStart, this.pos)
    }
    frame.state = frame.role === Role.Root || frame.role === Role.Run ? 4 : 2
  }

  /** Parses a value; one that is not JSON is named by the byte and the path where it breaks. */
  private parseSlice(start: number, end: number): unknown {
    try {
      return JSON.parse(this.win.toString('utf8', start, end))
    } catch (error) {
      const located = locateJsonError(this.win, start, end, MAX_NESTING_DEPTH)
      if (located !== undefined)
        throw this.error(`invalid JSON: ${located.message}`, located.index, located.path)
      throw this.error(`invalid JSON: ${getErrorMessage(error)}`, start)
    }
  }

  private checkScalar(start: number, end: number): void {
    const text = this.win.toString('latin1', start, end)
    if (text === 'true' || text === 'false' || text === 'null') return
    if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return
    throw this.error(`invalid JSON value '${text.slice(0, 20)}'`, start)
  }
}
