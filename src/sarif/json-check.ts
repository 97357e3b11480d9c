/**
 * A JSON checker that holds nothing: it walks one value byte by byte, across as many chunks as
 * it takes, and says where the value ends or why it is not JSON (RFC 8259). The reader uses it
 * for the values it skips, which are never parsed: without it, invalid JSON inside a member we
 * do not read would pass unnoticed, although the file is not JSON. Run with `trackPath`, it also
 * names the JSON path of the first error inside a value, for the values `JSON.parse` refused
 * (whose own message counts characters of the slice, not bytes of the file).
 */

/** The most containers open at once (the reader's nesting limit; see `MAX_NESTING_DEPTH`). */
const enum S {
  Value,
  ArrayFirst,
  ObjectFirst,
  Key,
  Colon,
  After,
  Str,
  Esc,
  Uni,
  Lit,
  NumSign,
  NumZero,
  NumInt,
  NumDot,
  NumFrac,
  NumE,
  NumESign,
  NumExp
}

/** The bytes of JSON's structure (the scanner reads them too). */
export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const OPEN_BRACE = 0x7b
export const CLOSE_BRACE = 0x7d
export const OPEN_BRACKET = 0x5b
export const CLOSE_BRACKET = 0x5d
export const COMMA = 0x2c
export const COLON = 0x3a
const MINUS = 0x2d
const PLUS = 0x2b
const DOT = 0x2e
const ZERO = 0x30
const NINE = 0x39

const LITERALS = [Buffer.from('true'), Buffer.from('false'), Buffer.from('null')]

/** `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` (`\u` is handled apart). */
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74])

const OBJECT = 0
const ARRAY = 1

export function describeByte(c: number): string {
  if (c >= 0x21 && c <= 0x7e) return `'${String.fromCharCode(c)}'`
  return `byte 0x${c.toString(16).padStart(2, '0')}`
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
}

/** Where a value stops being JSON: the index of the offending byte, and what is wrong there. */
export class JsonCheckError extends Error {
  constructor(
    message: string,
    readonly index: number,
    /** Inside the value (`.message.text`, `[3]`), when the checker tracked it. */
    readonly path: string
  ) {
    super(message)
    this.name = 'JsonCheckError'
  }
}

/** A member name as a JSON path step: `.name` when it reads as one, else `["…"]`. */
export function pathStep(key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return `.${key}`
  const shown = key.length > 60 ? `${key.slice(0, 59)}…` : key
  return `[${JSON.stringify(shown)}]`
}

export class JsonChecker {
  private state = S.Value
  private depth = 0
  private readonly stack: Uint8Array
  private inKey = false
  private aux = 0
  private literal = 0
  /** The value is complete. */
  done = false
  // Path tracking (only with `trackPath`).
  private readonly steps: (string | number)[] = []
  private keyStart = 0

  constructor(
    private readonly maxDepth: number,
    private readonly trackPath = false
  ) {
    this.stack = new Uint8Array(maxDepth + 1)
  }

  /** Where the checker is inside the value, as a JSON path suffix. */
  path(): string {
    let path = ''
    for (const step of this.steps) path += typeof step === 'number' ? `[${step}]` : pathStep(step)
    return path
  }

  private fail(message: string, index: number): never {
    throw new JsonCheckError(message, index, this.trackPath ? this.path() : '')
  }

  /**
   * Checks `buf[from, to)`, continuing the value begun in earlier calls. Returns the index just
   * after the value once it is complete (`done` is then set), or `to` when it needs more bytes.
   */
  advance(buf: Uint8Array, from: number, to: number): number {
    let i = from
    let state = this.state
    let depth = this.depth
    const stack = this.stack
    const track = this.trackPath
    while (i < to) {
      const c = buf[i]!
      switch (state) {
        case S.Str: {
          let j = i
          while (j < to) {
            const d = buf[j]!
            if (d === QUOTE || d === BACKSLASH || d < 0x20) break
            j++
          }
          if (j === to) {
            i = to
            break
          }
          const d = buf[j]!
          if (d === QUOTE) {
            i = j + 1
            if (this.inKey) {
              if (track) this.steps[this.steps.length - 1] = this.keyText(buf, j)
              state = S.Colon
            } else if (depth === 0) {
              return this.complete(i)
            } else state = S.After
          } else if (d === BACKSLASH) {
            i = j + 1
            state = S.Esc
          } else {
            this.fail(
              `a control character (${describeByte(d)}) inside a string: JSON requires it escaped`,
              j
            )
          }
          break
        }
        case S.Esc:
          if (c === 0x75) {
            this.aux = 4
            state = S.Uni
          } else if (SIMPLE_ESCAPES.has(c)) {
            state = S.Str
          } else {
            this.fail(`invalid escape '\\${String.fromCharCode(c)}' in a string`, i - 1)
          }
          i++
          break
        case S.Uni:
          if (!isHex(c)) this.fail(`invalid \\u escape: ${describeByte(c)} is not a hex digit`, i)
          if (--this.aux === 0) state = S.Str
          i++
          break
        case S.Value:
        case S.ArrayFirst:
        case S.ObjectFirst:
        case S.Key:
        case S.Colon:
        case S.After:
          if (isWhitespace(c)) {
            i++
            break
          }
          if (state === S.Colon) {
            if (c !== COLON) this.fail(`expected ':' but found ${describeByte(c)}`, i)
            state = S.Value
            i++
            break
          }
          if (state === S.After) {
            const top = stack[depth - 1]
            if (c === COMMA) {
              if (top === OBJECT) state = S.Key
              else {
                state = S.Value
                if (track) (this.steps[this.steps.length - 1] as number)++
              }
              i++
              break
            }
            if ((c === CLOSE_BRACE && top === OBJECT) || (c === CLOSE_BRACKET && top === ARRAY)) {
              depth--
              if (track) this.steps.pop()
              i++
              if (depth === 0) {
                this.depth = 0
                return this.complete(i)
              }
              break
            }
            this.fail(
              `expected ',' or '${top === OBJECT ? '}' : ']'}' but found ${describeByte(c)}`,
              i
            )
          }
          if (state === S.ObjectFirst || state === S.Key) {
            if (c === CLOSE_BRACE && state === S.ObjectFirst) {
              depth--
              if (track) this.steps.pop()
              i++
              if (depth === 0) {
                this.depth = 0
                return this.complete(i)
              }
              state = S.After
              break
            }
            if (c !== QUOTE) this.fail(`expected a member name but found ${describeByte(c)}`, i)
            this.inKey = true
            this.keyStart = i
            state = S.Str
            i++
            break
          }
          if (state === S.ArrayFirst && c === CLOSE_BRACKET) {
            depth--
            if (track) this.steps.pop()
            i++
            if (depth === 0) {
              this.depth = 0
              return this.complete(i)
            }
            state = S.After
            break
          }
          // A value.
          if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (depth >= this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth} levels`, i)
            stack[depth++] = c === OPEN_BRACE ? OBJECT : ARRAY
            if (track) this.steps.push(c === OPEN_BRACE ? '' : 0)
            state = c === OPEN_BRACE ? S.ObjectFirst : S.ArrayFirst
          } else if (c === QUOTE) {
            this.inKey = false
            state = S.Str
          } else if (c === MINUS) {
            state = S.NumSign
          } else if (c === ZERO) {
            state = S.NumZero
          } else if (isDigit(c)) {
            state = S.NumInt
          } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
            this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : 2
            this.aux = 1
            state = S.Lit
          } else {
            this.fail(`expected a value but found ${describeByte(c)}`, i)
          }
          i++
          break
        case S.Lit: {
          const word = LITERALS[this.literal]!
          if (c !== word[this.aux])
            this.fail(`invalid literal: expected '${word.toString()}' (${describeByte(c)})`, i)
          i++
          if (++this.aux === word.length) {
            if (depth === 0) return this.complete(i)
            state = S.After
          }
          break
        }
        case S.NumSign:
          if (c === ZERO) state = S.NumZero
          else if (isDigit(c)) state = S.NumInt
          else this.fail(`invalid number: ${describeByte(c)} after '-'`, i)
          i++
          break
        case S.NumZero:
        case S.NumInt:
        case S.NumFrac:
        case S.NumExp:
          if (isDigit(c)) {
            if (state === S.NumZero) this.fail('invalid number: a leading zero', i)
            i++
          } else if (c === DOT && (state === S.NumZero || state === S.NumInt)) {
            state = S.NumDot
            i++
          } else if ((c === 0x65 || c === 0x45) && state !== S.NumExp) {
            state = S.NumE
            i++
          } else {
            // The number ends here; the byte is read again as what follows a value.
            if (depth === 0) return this.complete(i)
            state = S.After
          }
          break
        case S.NumDot:
          if (!isDigit(c)) this.fail(`invalid number: ${describeByte(c)} after '.'`, i)
          state = S.NumFrac
          i++
          break
        case S.NumE:
          if (c === PLUS || c === MINUS) state = S.NumESign
          else if (isDigit(c)) state = S.NumExp
          else this.fail(`invalid number: ${describeByte(c)} in the exponent`, i)
          i++
          break
        case S.NumESign:
          if (!isDigit(c)) this.fail(`invalid number: ${describeByte(c)} in the exponent`, i)
          state = S.NumExp
          i++
          break
      }
    }
    this.state = state
    this.depth = depth
    return to
  }

  /** At the end of the input: a number at the top ends there, anything else is cut short. */
  end(at: number): void {
    if (this.done) return
    const number =
      this.state === S.NumZero ||
      this.state === S.NumInt ||
      this.state === S.NumFrac ||
      this.state === S.NumExp
    if (this.depth === 0 && number) this.done = true
    else this.truncated(at)
  }

  /** The input ended before the value did. */
  truncated(at: number): never {
    this.fail('unexpected end of the value: the log is truncated', at)
  }

  private complete(at: number): number {
    this.done = true
    return at
  }

  private keyText(buf: Uint8Array, close: number): string {
    const raw = Buffer.from(buf.buffer, buf.byteOffset + this.keyStart, close + 1 - this.keyStart)
    try {
      return JSON.parse(raw.toString('utf8')) as string
    } catch {
      return raw.toString('utf8', 1, raw.length - 1)
    }
  }
}

/**
 * Why `buf[start, end)`, a value `JSON.parse` refused, is not JSON: the index of the first bad
 * byte and the path to it inside the value. Undefined when the checker finds nothing wrong.
 */
export function locateJsonError(
  buf: Uint8Array,
  start: number,
  end: number,
  maxDepth: number
): JsonCheckError | undefined {
  const checker = new JsonChecker(maxDepth, true)
  try {
    let i = start
    while (i < end && isWhitespace(buf[i]!)) i++
    const after = checker.advance(buf, i, end)
    checker.end(end)
    for (let j = after; j < end; j++)
      if (!isWhitespace(buf[j]!))
        throw new JsonCheckError(
          `unexpected ${describeByte(buf[j]!)} after the end of a value`,
          j,
          ''
        )
    return undefined
  } catch (error) {
    if (error instanceof JsonCheckError) return error
    throw error
  }
}
