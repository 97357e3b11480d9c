import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ScanHandler } from '../../src/sarif/scanner.js'
import { MAX_NESTING_DEPTH, SarifScanner, SarifSyntaxError } from '../../src/sarif/scanner.js'

type Event = [string, ...unknown[]]

function recorder(events: Event[], skipResultsOfRun = -1): ScanHandler {
  return {
    wantsRootMember: key => key === 'version',
    rootMember: (key, value) => events.push(['root', key, value]),
    runStart: run => events.push(['runStart', run]),
    wantsRunMember: (_run, key) => key === 'tool' || key === 'originalUriBaseIds',
    runMember: (run, key, value) => events.push(['member', run, key, value]),
    resultsStart: run => {
      events.push(['resultsStart', run])
      return run !== skipResultsOfRun
    },
    result: (run, index, value) => events.push(['result', run, index, value]),
    resultsEnd: (run, count) => events.push(['resultsEnd', run, count]),
    runEnd: run => events.push(['runEnd', run])
  }
}

/** Scans `text` split into chunks at the given offsets. */
function scan(text: string | Buffer, cuts: number[] = [], skipResultsOfRun = -1): Event[] {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8')
  const events: Event[] = []
  const scanner = new SarifScanner(recorder(events, skipResultsOfRun))
  let last = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(last, cut))
    last = cut
  }
  scanner.push(bytes.subarray(last))
  scanner.end()
  return events
}

function scanError(text: string | Buffer, cuts: number[] = []): SarifSyntaxError {
  try {
    scan(text, cuts)
  } catch (error) {
    if (error instanceof SarifSyntaxError) return error
    throw error
  }
  throw new Error('expected a SarifSyntaxError')
}

const SAMPLE = JSON.stringify(
  {
    runs: [
      {
        results: [
          { ruleId: 'a', message: { text: 'quote " backslash \\ brace } bracket ] unicode é 😀' } },
          { ruleId: 'b', message: { text: '\\"' } }
        ],
        invocations: [{ executionSuccessful: true, arguments: ['{', '[', '"'] }],
        tool: { driver: { name: 'T' } },
        originalUriBaseIds: { SRC: { uri: 'file:///x/' } }
      },
      { tool: { driver: { name: 'U' } }, results: [] }
    ],
    version: '2.1.0',
    $schema: 'x'
  },
  null,
  2
)

describe('SarifScanner', () => {
  it('hands over results and wanted members in document order, whatever the key order', () => {
    const events = scan(SAMPLE)
    expect(events.map(e => e.slice(0, 3))).toEqual([
      ['runStart', 0],
      ['resultsStart', 0],
      ['result', 0, 0],
      ['result', 0, 1],
      ['resultsEnd', 0, 2],
      ['member', 0, 'tool'],
      ['member', 0, 'originalUriBaseIds'],
      ['runEnd', 0],
      ['runStart', 1],
      ['member', 1, 'tool'],
      ['resultsStart', 1],
      ['resultsEnd', 1, 0],
      ['runEnd', 1],
      ['root', 'version', '2.1.0']
    ])
    const parsed = JSON.parse(SAMPLE) as { runs: { results: unknown[] }[] }
    expect(events[2]![3]).toEqual(parsed.runs[0]!.results[0])
    expect(events[3]![3]).toEqual(parsed.runs[0]!.results[1])
  })

  it('gives the same events however the input is cut into chunks', () => {
    const whole = scan(SAMPLE)
    const length = Buffer.byteLength(SAMPLE)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: length }), { maxLength: 30 }), cuts => {
        expect(scan(SAMPLE, cuts)).toEqual(whole)
      }),
      { numRuns: 300 }
    )
  })

  it('survives one byte per chunk, escapes and multi-byte characters included', () => {
    const cuts = Array.from({ length: Buffer.byteLength(SAMPLE) }, (_, i) => i)
    expect(scan(SAMPLE, cuts)).toEqual(scan(SAMPLE))
  })

  it('parses batches of results exactly like one by one, even where the separator recurs inside them', () => {
    // Results written alike (so the batched fast path learns their separator), some carrying
    // that separator inside strings and nested arrays, where a cut would be wrong.
    const results = Array.from({ length: 300 }, (_, i) => ({
      ruleId: `r${i}`,
      message: { text: i % 7 === 0 ? '}, {\n  "ruleId" inside a string' : `m${i}` },
      nested: i % 11 === 0 ? [{ ruleId: 'a' }, { ruleId: 'b' }] : [],
      bad: undefined
    }))
    const text = `{"version":"2.1.0","runs":[{"results":[${results.map(r => JSON.stringify(r, null, 2)).join(', ')}]}]}`
    const expected = results.map((r, i) => ['result', 0, i, JSON.parse(JSON.stringify(r))])
    const length = Buffer.byteLength(text)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: length }), { maxLength: 12 }), cuts => {
        expect(scan(text, cuts).filter(e => e[0] === 'result')).toEqual(expected)
      }),
      { numRuns: 100 }
    )
  })

  it('reports a broken result inside a batch at its byte and path', () => {
    const good = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({ ruleId: `r${i}`, n: i }, null, 2)
    )
    good[15] = good[15]!.replace('"n": 15', '"n": 01')
    const text = `{"runs":[{"results":[${good.join(', ')}]}]}`
    const error = scanError(text)
    expect(error.message).toMatch(/invalid JSON/)
    expect(error.message).toMatch(/leading zero/)
    expect(error.path).toBe('$.runs[0].results[15].n')
    expect(error.offset).toBe(text.indexOf('"n": 01') + '"n": 0'.length)
  })

  it('skips the results of a run without parsing them when asked to', () => {
    const events = scan(SAMPLE, [], 0)
    expect(events.filter(e => e[0] === 'result')).toEqual([])
    expect(events).toContainEqual(['resultsEnd', 0, 2])
  })

  it('skips a UTF-8 byte order mark', () => {
    const events = scan(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"version":"2.1.0","runs":[]}')])
    )
    expect(events).toEqual([['root', 'version', '2.1.0']])
  })

  it.each([
    ['an empty file', '', /empty file/],
    ['white space only', '  \n\t ', /empty file/],
    [
      'plain text',
      'Error: scanner crashed\n',
      /not a SARIF log: expected a JSON object \('\{'\) but found 'E'/
    ],
    ['a JSON array', '[{"version":"2.1.0"}]', /found a JSON array/],
    ['a truncated log', '{"version":"2.1.0","runs":[{"results":[{"ruleId":"a"', /truncated/],
    ['a log cut after a member name', '{"version":"2.1.0","runs"', /truncated/],
    ['trailing content', '{"runs":[]} {"runs":[]}', /after the end of the log/],
    ['a missing colon', '{"runs" []}', /expected ':'/],
    ['runs that is not an array', '{"runs":{}}', /'runs' must be an array/],
    ['a run that is not an object', '{"runs":[1]}', /a run must be a JSON object/],
    ['invalid JSON inside a result', '{"runs":[{"results":[{"a":01}]}]}', /invalid JSON/],
    [
      'an invalid bare value in a skipped member',
      '{"runs":[],"x":tru}',
      /invalid JSON value 'tru'/
    ],
    ['a missing value', '{"runs":[{"results":[,]}]}', /expected a value/]
  ])('refuses %s with a clear error', (_what, text, message) => {
    const error = scanError(text)
    expect(error.message).toMatch(message)
    expect(error.message).toMatch(/at byte \d+/)
  })

  it('names the byte offset and JSON path of a broken result', () => {
    const text = '{"runs":[{"results":[{"ok":1},{"bad":tru}]}]}'
    const error = scanError(text)
    expect(error.offset).toBe(text.indexOf('tru}') + 3)
    expect(error.path).toBe('$.runs[0].results[1].bad')
  })

  it.each([
    [
      'a raw control character',
      '{"ver\u0001sion":"2.1.0","runs":[]}',
      /control character \(byte 0x01\)/,
      5
    ],
    ['an invalid escape', '{"runs":[],"a\\qb":1}', /invalid escape '\\q'/, 13]
  ])('refuses a member name with %s, at its byte', (_what, text, message, offset) => {
    const error = scanError(text)
    expect(error.message).toMatch(message)
    expect(error.offset).toBe(offset)
  })

  it('checks skipped members as JSON in any chunking, and refuses a broken one', () => {
    const good = '{"runs":[],"x":{"a":[1,-2.5e3,"s\\u00e9",true,null,{}]},"y":"long string"}'
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: good.length }), { maxLength: 8 }), cuts => {
        expect(scan(good, cuts)).toEqual([])
        expect(scanError(good.replace('true', 'ture'), cuts).message).toMatch(/invalid literal/)
      }),
      { numRuns: 100 }
    )
  })

  it('refuses UTF-16', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"runs":[]}', 'utf16le')])
    expect(scanError(utf16).message).toMatch(/UTF-16/)
  })

  it('refuses binary garbage', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))
    expect(scanError(garbage).message).toMatch(/not a SARIF log/)
  })

  it(`refuses nesting deeper than ${MAX_NESTING_DEPTH} levels without exhausting the stack`, () => {
    const depth = 100_000
    const bomb = `{"runs":[{"results":[${'['.repeat(depth)}${']'.repeat(depth)}]}]}`
    const error = scanError(bomb, [1000, 50_000])
    expect(error.message).toMatch(/nesting deeper than 256 levels/)
    expect(error.path).toBe('$.runs[0].results[0]')
  })

  it('accepts nesting up to the limit', () => {
    const depth = MAX_NESTING_DEPTH - 1
    const text = `{"runs":[{"results":[{"x":${'['.repeat(depth)}${']'.repeat(depth)}}]}]}`
    expect(scan(text).filter(e => e[0] === 'result')).toHaveLength(1)
  })
})
