/**
 * Untrusted text (SARIF messages, rule names, paths) goes through one of these before it reaches
 * Markdown, HTML or XML: it must not @mention anyone, inject HTML or images, break out of a table
 * cell or code span, or start a workflow command. Control characters go first, by the one rule
 * of `one-line.ts`.
 */
import { cleanLines, oneLine, truncate } from './one-line.js'

const ZERO_WIDTH_SPACE = '\u200b'

/** For HTML text content: `<`, `>` and `&`. Quotes need escaping only inside attributes. */
function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** For HTML where quotes may matter too (attribute-safe); Markdown never sees these entities. */
function escapeHtml(text: string): string {
  return escapeHtmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * Text safe inside a Markdown paragraph or table cell, on one line: HTML-escaped, Markdown
 * punctuation backslash-escaped (no links, images, emphasis, code spans or table pipes), `@`
 * mentions and URL schemes broken with a zero-width space so they neither notify nor autolink.
 * Apostrophes and quotes stay as they are: Markdown gives them no meaning, and an entity such as
 * `&#39;` would have its `#` escaped and show literally.
 */
export function escapeMarkdown(text: string, maxLength = 1000): string {
  return escapeHtmlText(truncate(oneLine(text), maxLength))
    .replace(/[\\`*_{}[\]()#+\-.!|~^$]/g, char => `\\${char}`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
}

/**
 * Multi-line text for an HTML `<pre>` block in Markdown: GitHub renders its content verbatim
 * (no Markdown, no mentions), so HTML escaping alone keeps it inert, line breaks and all.
 */
export function preBlock(text: string, maxLength = 60_000): string {
  const clean = cleanLines(text)
  const cut = clean.length > maxLength ? `${clean.slice(0, maxLength)}\n…` : clean
  return `<pre>\n${escapeHtml(cut)}\n</pre>`
}

const XML_ENTITIES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;']
])
/** What XML 1.0 cannot hold (§2.2, Char) and the five characters written as entities. */
const XML_UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[^\u0009\u000a\u000d\u0020\u0021\u0023-\u0025\u0028-\u003b\u003d\u003f-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

/**
 * Text for XML content and attribute values (JUnit); drops characters XML 1.0 cannot hold.
 * One pass over the text (it runs for every finding of the JUnit report).
 */
export function escapeXml(text: string): string {
  return text.replace(XML_UNSAFE, char => XML_ENTITIES.get(char) ?? '')
}
