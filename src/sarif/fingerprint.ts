/**
 * A fast, stable 64-bit string hash (two 32-bit multiply–xorshift lanes), as 16 hex digits.
 * Not cryptographic: it names findings, it does not protect anything. A cryptographic hash per
 * result would cost more than parsing it.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef ^ text.length
  let h2 = 0x41c6ce57 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

function stringEntries(value: unknown): [string, string][] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

export interface FingerprintParts {
  tool: string
  ruleId: string
  path?: string
  startLine?: number
  startColumn?: number
  message: string
}

/**
 * SARIF's own `fingerprints` are stable across runs by definition (§3.27.16) and win;
 * `partialFingerprints` (§3.27.17, e.g. CodeQL's `primaryLocationLineHash`) are combined with
 * the rule and file they are partial to; otherwise the identity is computed from tool, rule,
 * location and message.
 */
export function fingerprintOf(
  fingerprints: unknown,
  partialFingerprints: unknown,
  parts: FingerprintParts
): string {
  const full = stringEntries(fingerprints)
  if (full.length > 0) {
    return hash64(`f\u0000${parts.tool}\u0000${full.map(([k, v]) => `${k}=${v}`).join('\u0000')}`)
  }
  const partial = stringEntries(partialFingerprints)
  if (partial.length > 0) {
    const body = partial.map(([k, v]) => `${k}=${v}`).join('\u0000')
    return hash64(`p\u0000${parts.tool}\u0000${parts.ruleId}\u0000${parts.path ?? ''}\u0000${body}`)
  }
  return hash64(
    [
      'c',
      parts.tool,
      parts.ruleId,
      parts.path ?? '',
      parts.startLine ?? '',
      parts.startColumn ?? '',
      parts.message
    ].join('\u0000')
  )
}
