import type { JsonObject } from '../util/json.js'
import { isObject, str } from '../util/json.js'
import { truncate } from '../text/one-line.js'

/**
 * The longest message a finding keeps, in UTF-16 code units, whatever it came from: plain
 * `text`, a `messageStrings` template, or a template filled with arguments. A template such as
 * `{0}{0}{0}…` repeated thousands of times over a long argument would otherwise grow each
 * finding, and every report that shows it, far beyond the log it came from.
 */
export const MAX_MESSAGE_CHARS = 4096

/** `{{`, `}}` or a placeholder `{n}` with `n` a non-negative integer without leading zeros. */
const FORMAT_TOKEN = /\{\{|\}\}|\{(0|[1-9]\d{0,8})\}/g
const PLACEHOLDER = /\{(0|[1-9]\d{0,8})\}/

/**
 * Fills a SARIF message string (§3.11.5): `{n}` becomes argument `n`; `{{` and `}}` are literal
 * braces. A placeholder without its argument is left as written, as is any other brace. The
 * arguments substituted are bounded by `max`, and so is the result (an ellipsis marks the cut).
 */
export function formatMessage(
  template: string,
  args: readonly (string | undefined)[] | undefined,
  max = MAX_MESSAGE_CHARS
): string {
  return fill(template, args, max).text
}

/** The filled message, and whether it had to be cut to `max`. */
function fill(
  template: string,
  args: readonly (string | undefined)[] | undefined,
  max: number
): { text: string; cut: boolean } {
  if (!template.includes('{') && !template.includes('}'))
    return { text: truncate(template, max), cut: template.length > max }
  // Literal text between tokens is copied as it is (bounded by the template); what the
  // arguments add is counted, so that the text built is never much longer than the cap.
  let budget = max + 1
  const filled = template.replace(FORMAT_TOKEN, (token: string, index: string | undefined) => {
    if (index === undefined) return token[0]!
    const value = args?.[Number(index)]
    if (value === undefined) return token
    if (budget <= 0) return ''
    const piece = value.length > budget ? value.slice(0, budget) : value
    budget -= piece.length
    return piece
  })
  return { text: truncate(filled, max), cut: filled.length > max }
}

/** Braces written as SARIF message strings need them (`{` → `{{`), for text without arguments. */
export function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, '$&$&')
}

/**
 * Message arguments as strings (§3.11.11 says they are strings; numbers and booleans are taken
 * as written). Anything else leaves its placeholder unfilled.
 */
function argumentsOf(message: JsonObject): (string | undefined)[] | undefined {
  if (!Array.isArray(message.arguments)) return undefined
  return message.arguments.map(value =>
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined
  )
}

export interface ResultMessage {
  /** As people read it: placeholders filled, at most `MAX_MESSAGE_CHARS`. */
  text: string
  /**
   * The message string with its placeholders, when arguments filled it and the filled text was
   * not cut (for the merged SARIF).
   */
  template?: string
  arguments?: string[]
}

/**
 * A result's message (§3.11): `text`; else `id` looked up in the rule's `messageStrings`, then
 * the driver's `globalMessageStrings` (§3.11.7); else `markdown`, shown as plain text. `text` is
 * preferred over `markdown` everywhere: a tool's Markdown is never rendered. An `id` that names
 * no string is shown as the id.
 */
export function resultMessage(
  value: unknown,
  lookup: (id: string) => string | undefined
): ResultMessage {
  const message = isObject(value) ? value : undefined
  if (message === undefined) return { text: '' }
  let template = str(message.text)
  if (template === undefined) {
    const id = str(message.id)
    if (id !== undefined) template = lookup(id) ?? id
  }
  template ??= str(message.markdown) ?? ''
  const args = argumentsOf(message)
  const { text, cut } = fill(template, args, MAX_MESSAGE_CHARS)
  // The template and its arguments are kept (for the merged SARIF) only when what they expand
  // to fits the cap: a consumer that fills them again then gets no more than we showed.
  if (cut || args === undefined || args.length === 0 || !PLACEHOLDER.test(template)) return { text }
  return { text, template, arguments: args.map(a => a ?? '') }
}
