/**
 * The one rule for untrusted text (SARIF messages and paths, PR data, cluster object fields) that
 * is shown to people: no C0 or C1 control characters (terminal escapes such as ESC, BEL, NUL), no
 * DEL, and no bidirectional overrides or isolates, which can make text read differently from what
 * it is (CVE-2021-42574, https://trojansource.codes). Each becomes U+FFFD, so that something was
 * there stays visible. Tabs become spaces.
 */
const CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g
export const REPLACEMENT = '\ufffd'

/** Untrusted text on one line: line breaks become spaces (so it cannot start a line of its own). */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, REPLACEMENT)
}

/** Untrusted text that may keep its lines: line breaks normalised to `\n`, controls replaced. */
export function cleanLines(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS, REPLACEMENT)
}

/** At most `max` characters (an ellipsis marks a cut); never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}
