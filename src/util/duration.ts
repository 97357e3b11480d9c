const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `90s`, `30m`, `1h30m`, `7d`, `500ms` or plain seconds → milliseconds; undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  if (!/^(\d+(ms|s|m|h|d))+$/.test(trimmed)) return undefined
  let total = 0
  for (const match of trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g))
    total += Number(match[1]) * UNITS[match[2]!]!
  return total
}

/** `20261125T083000`-style compact UTC timestamp for object names. */
export function compactTimestamp(at: Date): string {
  return at.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}

/** A span of time as people read it: `3d 4h`, `5h 12m`, `40s`. */
export function humanDuration(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  let rest = Math.round(Math.abs(ms) / 1000)
  const parts: string[] = []
  for (const [unit, seconds] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1]
  ] as const) {
    const n = Math.floor(rest / seconds)
    rest -= n * seconds
    if (n > 0) parts.push(`${n}${unit}`)
    if (parts.length === 2) break
  }
  return `${sign}${parts.join(' ') || '0s'}`
}
