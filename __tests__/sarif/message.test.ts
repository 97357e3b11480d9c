import { describe, expect, it } from '@jest/globals'
import { escapeBraces, formatMessage, MAX_MESSAGE_CHARS } from '../../src/sarif/message.js'
import { log, readFindings, result, run } from '../helpers/sarif.js'

describe('formatMessage (SARIF 2.1.0 §3.11.5)', () => {
  it('fills placeholders from the arguments, in any order and more than once', () => {
    expect(formatMessage('{1} flows to {0}; {1} again', ['sink()', 'req.query'])).toBe(
      'req.query flows to sink(); req.query again'
    )
  })

  it('reads {{ and }} as literal braces, also around a placeholder', () => {
    expect(formatMessage('{{0}} is {0}, {{{0}}} braced', ['x'])).toBe('{0} is x, {x} braced')
    expect(formatMessage('map{{key}}', undefined)).toBe('map{key}')
  })

  it('leaves a placeholder without its argument, and other braces, as written', () => {
    expect(formatMessage('{0} and {2}', ['a'])).toBe('a and {2}')
    expect(formatMessage('if (x) { return {01} }', ['a'])).toBe('if (x) { return {01} }')
    expect(formatMessage('{0}', [])).toBe('{0}')
  })

  it('never grows past the cap, however often a template repeats a long argument', () => {
    const template = '{0}'.repeat(10_000)
    const filled = formatMessage(template, ['x'.repeat(100_000)])
    expect(filled.length).toBe(MAX_MESSAGE_CHARS)
    expect(filled.endsWith('…')).toBe(true)
    expect(formatMessage('y'.repeat(MAX_MESSAGE_CHARS), undefined)).toHaveLength(MAX_MESSAGE_CHARS)
  })

  it('does not cut a surrogate pair in two', () => {
    const filled = formatMessage(`${'a'.repeat(MAX_MESSAGE_CHARS - 2)}{0}`, ['😀😀'])
    expect(filled).toBe(`${'a'.repeat(MAX_MESSAGE_CHARS - 2)}…`)
  })

  it('escapes braces back for text written as a SARIF message', () => {
    expect(formatMessage(escapeBraces('a {b} {0}'), ['no'])).toBe('a {b} {0}')
  })
})

const RULES = [
  {
    id: 'R1',
    // Parsed, so that `__proto__` is a member as it is in a log, not the literal's prototype.
    messageStrings: JSON.parse(
      '{"flow": {"text": "Data from {0} reaches {1}.", "markdown": "Data from `{0}` reaches **{1}**."}, "__proto__": {"text": "A message named {0}."}}'
    ) as Record<string, unknown>
  }
]

async function messages(...results: Record<string, unknown>[]) {
  const runObject = run(results, {}, RULES)
  ;(runObject.tool as { driver: Record<string, unknown> }).driver.globalMessageStrings = {
    global: { text: 'Global {0}' }
  }
  const { findings } = await readFindings(JSON.stringify(log(runObject)))
  return findings
}

describe('result messages', () => {
  it('fills message.text from message.arguments', async () => {
    const [f] = await messages(
      result({ message: { text: 'Tainted {0} at {1}', arguments: ['input', 'line 4'] } })
    )
    expect(f!.message).toBe('Tainted input at line 4')
    expect(f!.messageTemplate).toBe('Tainted {0} at {1}')
    expect(f!.messageArguments).toEqual(['input', 'line 4'])
  })

  it("fills message.id from the rule's text, not its Markdown, then the driver's strings", async () => {
    const found = await messages(
      result({ message: { id: 'flow', arguments: ['req.body', 'exec()'] } }),
      result({ message: { id: 'global', arguments: [7] } }),
      result({ message: { id: 'missing' } })
    )
    expect(found.map(f => f.message)).toEqual([
      'Data from req.body reaches exec().',
      'Global 7',
      'missing'
    ])
  })

  it('takes a message id that is an Object.prototype member as a plain id', async () => {
    const found = await messages(
      result({ message: { id: '__proto__', arguments: ['x'] } }),
      result({ message: { id: 'toString' } })
    )
    expect(found.map(f => f.message)).toEqual(['A message named x.', 'toString'])
    expect(Object.prototype).not.toHaveProperty('text')
  })

  it('shows Markdown as plain text only when there is no text', async () => {
    const found = await messages(
      result({ message: { text: 'plain {0}', markdown: '**bold** {0}', arguments: ['a'] } }),
      result({ message: { markdown: '[click](javascript:alert(1)) {0}', arguments: ['b'] } })
    )
    expect(found.map(f => f.message)).toEqual(['plain a', '[click](javascript:alert(1)) b'])
  })

  it('keeps no template when there was nothing to fill', async () => {
    const [f] = await messages(result({ message: { text: 'braces {{ }} only' } }))
    expect(f!.message).toBe('braces { } only')
    expect(f!.messageTemplate).toBeUndefined()
  })
})
