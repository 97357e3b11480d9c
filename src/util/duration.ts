const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** `90s`, `30m`, `1h30m`, `500ms` or plain seconds → milliseconds; undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  if (!/^(\d+(ms|s|m|h))+$/.test(trimmed)) return undefined
  let total = 0
  for (const match of trimmed.matchAll(/(\d+)(ms|s|m|h)/g))
    total += Number(match[1]) * UNITS[match[2]!]!
  return total
}

/** `20261125T083000`-style compact UTC timestamp for object names. */
export function compactTimestamp(at: Date): string {
  return at.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}
