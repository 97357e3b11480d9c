import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { escapeXml } from '../../src/text/escape.js'

/** The rule written out step by step: drop what XML 1.0 cannot hold, then the five entities. */
function reference(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

describe('escapeXml', () => {
  it('agrees with the rule step by step on any text, lone surrogates and controls included', () => {
    const special = fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      '\u0000',
      '\u001b',
      '\ufffe',
      '\ud800',
      '\udfff',
      '\u{1f600}',
      '\t',
      '\n',
      '\r',
      '#',
      '=',
      '?',
      ';'
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), special)), parts => {
        const text = parts.join('')
        expect(escapeXml(text)).toBe(reference(text))
      }),
      { numRuns: 2_000 }
    )
  })

  it('keeps every character XML holds that is no entity, and writes the five as entities', () => {
    expect(escapeXml('a #$%()=?;~ é \u{1f600}')).toBe('a #$%()=?;~ é \u{1f600}')
    expect(escapeXml('<a href="x">&\'</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;'
    )
    expect(escapeXml('\u0000\u0008\u000b\u000c\u001f\ud800\ufffe\uffff')).toBe('')
  })
})
