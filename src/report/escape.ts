/**
 * Untrusted text (SARIF messages, rule names, paths) goes through one of these before it reaches
 * Markdown, HTML, XML or a workflow command: it must not @mention anyone, inject HTML or images,
 * break out of a table cell or code span, or start a workflow command.
 */

const ZERO_WIDTH_SPACE = '\u200b'

/** One line of plain text: line breaks become spaces, control characters go. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export function flatten(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(CONTROL_CHARACTERS, '')
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Text safe inside a Markdown paragraph or table cell: HTML-escaped, Markdown punctuation
 * backslash-escaped (no links, images, emphasis, code spans or table pipes), `@` and `#`
 * mentions and URL schemes broken with a zero-width space so they neither notify nor
 * autolink.
 */
export function escapeMarkdown(text: string, maxLength = 1000): string {
  const flat = flatten(text)
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat
  return escapeHtml(cut)
    .replace(/[\\`*_{}[\]()#+\-.!|~^$]/g, char => `\\${char}`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
}

/**
 * Multi-line text for an HTML `<pre>` block in Markdown: GitHub renders its content verbatim
 * (no Markdown, no mentions), so HTML escaping alone keeps it inert, line breaks and all.
 */
export function preBlock(text: string, maxLength = 60_000): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}\n…` : text
  return `<pre>\n${escapeHtml(cut)}\n</pre>`
}

/** Text for XML content and attribute values (JUnit); drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
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

/**
 * Escaping of workflow-command data and properties, as @actions/core does it
 * (toolkit packages/core/src/command.ts): `%`, CR and LF in data; also `:` and `,` in properties.
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
