import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { JsonChecker, locateJsonError } from '../../src/sarif/json-check.js'

// The checker the reader runs over values it skips must say "JSON" exactly when JSON.parse
// does: stricter would refuse good logs, looser would let a broken file pass.

function checks(text: string, chunk = 7): boolean {
  const bytes = Buffer.from(text)
  let i = 0
  while (i < bytes.length && ' \t\r\n'.includes(String.fromCharCode(bytes[i]!))) i++
  const first = bytes[i]
  // The reader hands the checker containers and strings; scalars it checks apart.
  if (first !== 0x7b && first !== 0x5b && first !== 0x22) return true
  const checker = new JsonChecker(10_000)
  try {
    let end = i
    while (!checker.done && end < bytes.length) {
      const to = Math.min(bytes.length, end + chunk)
      end = checker.advance(bytes, end, to)
    }
    if (!checker.done) return false
    return bytes.subarray(end).every(c => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
  } catch {
    return false
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Containers and strings, as the checker is given them. */
const value = fc.oneof(
  fc.array(fc.jsonValue()),
  fc.dictionary(fc.string(), fc.jsonValue()),
  fc.string({ unit: 'binary' })
)

describe('JsonChecker', () => {
  it('accepts whatever JSON.stringify writes, in chunks of any size', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 64 }), fc.boolean(), (v, chunk, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined)
        expect(checks(text, chunk)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('agrees with JSON.parse on text with a byte changed, added or removed', () => {
    const alphabet = fc.constantFrom(...'{}[]",:\\ 0123456789.eE+-truefalsn\u0001x')
    fc.assert(
      fc.property(
        value,
        fc.nat(),
        fc.constantFrom('replace', 'insert', 'delete'),
        alphabet,
        fc.integer({ min: 1, max: 16 }),
        (v, at, how, char, chunk) => {
          const text = JSON.stringify(v)
          const i = at % (text.length + 1)
          const mutated =
            how === 'insert'
              ? text.slice(0, i) + char + text.slice(i)
              : how === 'delete'
                ? text.slice(0, i) + text.slice(i + 1)
                : text.slice(0, i) + char + text.slice(i + 1)
          const first = mutated.trimStart()[0]
          if (first !== '{' && first !== '[' && first !== '"') return
          expect(checks(mutated, chunk)).toBe(parses(mutated))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it.each([
    ['[01]', /leading zero/, 2, '[0]'],
    ['{"a":[1,,2]}', /expected a value but found ','/, 8, '.a[1]'],
    ['{"a":"\\q"}', /invalid escape '\\q'/, 6, '.a'],
    ['{"a":"\\u12G4"}', /not a hex digit/, 10, '.a'],
    ['{"a" 1}', /expected ':'/, 5, '.a'],
    ['{"a":tru}', /invalid literal/, 8, '.a'],
    ['{"weird key":{"b":-}}', /after '-'/, 19, '["weird key"].b'],
    ['["a\u0007b"]', /control character \(byte 0x07\)/, 3, '[0]']
  ])('locates the error in %s', (text, message, index, path) => {
    const bytes = Buffer.from(text)
    const error = locateJsonError(bytes, 0, bytes.length, 256)
    expect(error?.message).toMatch(message)
    expect(error?.index).toBe(index)
    expect(error?.path).toBe(path)
  })

  it('refuses nesting past its limit', () => {
    const bytes = Buffer.from(`${'['.repeat(5)}${']'.repeat(5)}`)
    expect(locateJsonError(bytes, 0, bytes.length, 4)?.message).toBe('nesting deeper than 4 levels')
    expect(locateJsonError(bytes, 0, bytes.length, 5)).toBeUndefined()
  })
})
