import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'

/** What a directory given as a SARIF input stands for (like github/codeql-action/upload-sarif). */
export const DIRECTORY_PATTERNS = ['**/*.sarif', '**/*.sarif.json', '**/*.sarif.gz']

export interface SarifInput {
  /** Absolute path to read. */
  path: string
  /** As shown to people: relative to the workspace when inside it. */
  display: string
}

export interface ExpandedInputs {
  files: SarifInput[]
  /** Patterns that matched no file: a scanner that did not write its SARIF. */
  unmatched: string[]
}

function display(path: string, workspace: string): string {
  const rel = relative(workspace, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path
}

async function expandOne(pattern: string, workspace: string): Promise<string[]> {
  const absolute = resolve(workspace, pattern)
  const info = await stat(absolute).catch(() => undefined)
  if (info?.isFile()) return [absolute]
  if (info?.isDirectory()) {
    return glob(DIRECTORY_PATTERNS, { cwd: absolute, absolute: true, onlyFiles: true, dot: true })
  }
  if (!isDynamicPattern(pattern)) return []
  return glob([pattern], { cwd: workspace, absolute: true, onlyFiles: true, dot: true })
}

/**
 * Paths, directories and glob patterns (relative to the workspace) → the files to read, each
 * once, in a stable order.
 */
export async function expandInputs(patterns: string[], workspace: string): Promise<ExpandedInputs> {
  const seen = new Map<string, SarifInput>()
  const unmatched: string[] = []
  for (const pattern of patterns) {
    const matches = await expandOne(pattern, workspace)
    if (matches.length === 0) unmatched.push(pattern)
    for (const match of matches.sort()) {
      const key = await realpath(match).catch(() => match)
      if (!seen.has(key)) seen.set(key, { path: match, display: display(match, workspace) })
    }
  }
  return { files: [...seen.values()], unmatched }
}
