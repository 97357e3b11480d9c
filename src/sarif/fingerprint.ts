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

function stringEntries(value: unknown): string {
  if (value === null || typeof value !== 'object') return ''
  return Object.entries(value as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('\u0000')
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
 * A finding's identity: tool, rule and place, told apart by the tool's own `fingerprints`
 * (§3.27.16), else its `partialFingerprints` (§3.27.17, e.g. CodeQL's
 * `primaryLocationLineHash`), else the message. The place stays in the identity because real
 * tools do not keep the spec's promise: Semgrep writes the same placeholder
 * (`"matchBasedId/v1": "requires login"`) into every result, which alone would merge them all.
 */
export function fingerprintOf(
  fingerprints: unknown,
  partialFingerprints: unknown,
  parts: FingerprintParts
): string {
  const own = stringEntries(fingerprints)
  const partial = own === '' ? stringEntries(partialFingerprints) : ''
  const distinguisher =
    own !== '' ? `f\u0000${own}` : partial !== '' ? `p\u0000${partial}` : `m\u0000${parts.message}`
  return hash64(
    [
      parts.tool,
      parts.ruleId,
      parts.path ?? '',
      parts.startLine ?? '',
      parts.startColumn ?? '',
      distinguisher
    ].join('\u0000')
  )
}
