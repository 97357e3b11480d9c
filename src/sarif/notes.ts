import { truncate } from '../text/one-line.js'

/**
 * Distinct notes a run keeps: values SARIF does not allow and how they were read instead (a
 * `kind`, `level` or `security-severity` outside the standard, a `ruleIndex` that names another
 * rule than `ruleId`, a cycle of `uriBaseId`s, a path longer than the cap). Each is said once
 * per run and kind of problem, never per result.
 */
export const MAX_NOTES_PER_RUN = 20

/** Distinct problems remembered per run, so that a million results with a million odd values stay cheap. */
const MAX_REMEMBERED = 10_000

/** How a value from the log is quoted in a note: short, JSON-like, never whole. */
export function shown(value: unknown, max = 100): string {
  if (typeof value === 'string') {
    const cut = truncate(value, max)
    return cut.length < value.length
      ? `${JSON.stringify(cut)} (${value.length} characters)`
      : JSON.stringify(value)
  }
  if (value === null || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}

export class RunNotes {
  private seen = new Set<string>()
  notes: string[] = []
  /** Notes beyond `MAX_NOTES_PER_RUN` (or beyond what is remembered), not kept. */
  omitted = 0

  /** Says `text()` once for `key`. */
  add(key: string, text: () => string): void {
    if (this.seen.has(key)) return
    if (this.seen.size >= MAX_REMEMBERED) {
      this.omitted++
      return
    }
    this.seen.add(key)
    if (this.notes.length < MAX_NOTES_PER_RUN) this.notes.push(text())
    else this.omitted++
  }

  /** Forget everything: the run is read again. */
  restart(): void {
    this.seen = new Set()
    this.notes = []
    this.omitted = 0
  }
}
