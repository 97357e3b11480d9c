/** Which lines of a pull request's files the diff shows, from each file's `patch`. */
export interface FileDiff {
  /** Lines added or changed (right side). */
  added: Set<number>
  /** Every right-side line inside a hunk, context included. */
  inHunks: Set<number>
}

/** `@@ -a,b +c,d @@`: the right-side range starts at c. */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/

/**
 * Reads a unified-diff `patch` as the pulls files API returns it. Review comments can attach
 * only to lines inside these hunks (GitHub answers 422 otherwise).
 */
export function parsePatch(patch: string | undefined): FileDiff {
  const diff: FileDiff = { added: new Set(), inHunks: new Set() }
  if (patch === undefined) return diff
  let line = 0
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text)
    if (header) {
      line = Number(header[1])
      continue
    }
    if (line === 0 || text.startsWith('-') || text.startsWith('\\')) continue
    diff.inHunks.add(line)
    if (text.startsWith('+')) diff.added.add(line)
    line++
  }
  return diff
}
