export type Side = 'LEFT' | 'RIGHT'

/** One line of a file's patch, as GitHub counts it for review comments. */
export interface PatchLine {
  /** 1-based index below the first `@@` header: the deprecated `position` of a comment. */
  position: number
  /** Which hunk (0-based) it belongs to. */
  hunk: number
  /** Line number in the old file (LEFT), for context and removed lines. */
  left: number | undefined
  /** Line number in the new file (RIGHT), for context and added lines. */
  right: number | undefined
}

export interface ParsedPatch {
  lines: PatchLine[]
  /** The patch text, split at newlines, for `diff_hunk`. */
  text: string[]
  /** Index in `text` of the first hunk header (position 0). */
  first: number
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/

/**
 * Reads a unified-diff `patch` as the pull request files API returns it. Written here and not
 * imported from src/github/diff.ts on purpose: the server must not share the product's bugs.
 */
export function parsePatch(patch: string): ParsedPatch {
  const text = patch.split('\n')
  const lines: PatchLine[] = []
  let hunk = -1
  let first = 0
  let left = 0
  let right = 0
  text.forEach((line, index) => {
    const header = HUNK.exec(line)
    if (header) {
      if (hunk < 0) first = index
      hunk += 1
      left = Number(header[1])
      right = Number(header[2])
      return
    }
    const trailing = line === '' && index === text.length - 1
    if (hunk < 0 || trailing || line.startsWith('\\')) return
    const position = index - first
    if (line.startsWith('+')) lines.push({ position, hunk, left: undefined, right: right++ })
    else if (line.startsWith('-')) lines.push({ position, hunk, left: left++, right: undefined })
    else lines.push({ position, hunk, left: left++, right: right++ })
  })
  return { lines, text, first }
}

/** The patch line a comment on `line` of `side` attaches to, if that line is in a hunk. */
export function findLine(patch: ParsedPatch, side: Side, line: number): PatchLine | undefined {
  return patch.lines.find(l => (side === 'RIGHT' ? l.right : l.left) === line)
}

export function findPosition(patch: ParsedPatch, position: number): PatchLine | undefined {
  return patch.lines.find(l => l.position === position)
}

/** `diff_hunk` of a review comment: from its hunk's header down to the commented line. */
export function diffHunk(patch: ParsedPatch, at: PatchLine): string {
  const end = at.position + patch.first
  let start = end
  while (start > 0 && !HUNK.test(patch.text[start] as string)) start -= 1
  return patch.text.slice(start, end + 1).join('\n')
}

/** Added and removed lines, for a file's `additions`/`deletions`. */
export function countChanges(patch: string | undefined): { additions: number; deletions: number } {
  let additions = 0
  let deletions = 0
  let inHunk = false
  for (const line of patch?.split('\n') ?? []) {
    if (HUNK.test(line)) inHunk = true
    else if (inHunk && line.startsWith('+')) additions += 1
    else if (inHunk && line.startsWith('-')) deletions += 1
  }
  return { additions, deletions }
}
