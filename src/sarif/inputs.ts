import { lstat, realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
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
  /** Why a pattern matched nothing, when there is more to say than that. */
  why: Map<string, string>
  /** The files each pattern stands for (their `display`), to tell which patterns read nothing. */
  byPattern: Map<string, string[]>
  /** Files in the output directory that a directory or glob matched: never inputs. */
  ownOutput: string[]
}

export interface ExpandOptions {
  /**
   * Where this scan writes its reports (`output-dir`): a directory or a glob never takes a file
   * from it, so a second run does not read the first one's merged SARIF. Unless it is the
   * workspace or holds it: then only our own merged SARIF is left out, by its content.
   */
  outputDir?: string
}

function display(path: string, workspace: string): string {
  const rel = relative(workspace, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path
}

function inside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`)
}

interface Expansion {
  matches: string[]
  /** The pattern named a directory (or was a glob): its matches are filtered. */
  searched: boolean
  why?: string
}

/** Why `path`, which stat could not follow, is still worth naming as an input. */
async function unreachable(path: string, code: string | undefined): Promise<boolean> {
  if (code === 'ELOOP' || code === 'EACCES' || code === 'ENOTDIR') return true
  if (code === 'ENOENT')
    return (await lstat(path).catch(() => undefined))?.isSymbolicLink() === true
  return false
}

async function expandOne(pattern: string, workspace: string): Promise<Expansion> {
  const absolute = resolve(workspace, pattern)
  let info: Awaited<ReturnType<typeof stat>> | undefined
  let code: string | undefined
  try {
    info = await stat(absolute)
  } catch (error) {
    code = (error as NodeJS.ErrnoException).code
  }
  if (info?.isDirectory()) {
    const matches = await glob(DIRECTORY_PATTERNS, {
      cwd: absolute,
      absolute: true,
      onlyFiles: true,
      dot: true
    })
    return {
      matches,
      searched: true,
      why: `is a directory that holds no SARIF file (${DIRECTORY_PATTERNS.join(', ')})`
    }
  }
  // A file, and anything else that is there (a FIFO, a device, a link loop or a link to
  // nothing): the reader names what it is, without opening what is not a file.
  if (info !== undefined || (await unreachable(absolute, code)))
    return { matches: [absolute], searched: false }
  if (!isDynamicPattern(pattern)) return { matches: [], searched: false }
  const matches = await glob([pattern], {
    cwd: workspace,
    absolute: true,
    onlyFiles: true,
    dot: true
  })
  return { matches, searched: true }
}

/**
 * Paths, directories and glob patterns (relative to the workspace) → the files to read, each
 * once, in a stable order. Files in the output directory are never taken by a directory or a
 * glob (see `ExpandOptions.outputDir`).
 */
export async function expandInputs(
  patterns: string[],
  workspace: string,
  options: ExpandOptions = {}
): Promise<ExpandedInputs> {
  const seen = new Map<string, SarifInput>()
  const unmatched: string[] = []
  const why = new Map<string, string>()
  const byPattern = new Map<string, string[]>()
  const ownOutput = new Set<string>()
  const realWorkspace = await realpath(workspace).catch(() => resolve(workspace))
  const outputDir =
    options.outputDir === undefined
      ? undefined
      : await realpath(options.outputDir).catch(() => resolve(options.outputDir!))
  // An output directory that is the workspace or above it would leave nothing to read.
  const excluded =
    outputDir !== undefined && !inside(realWorkspace, outputDir) ? outputDir : undefined
  for (const pattern of patterns) {
    const expansion = await expandOne(pattern, workspace)
    const kept: string[] = []
    for (const match of expansion.matches.sort()) {
      const key = await realpath(match).catch(() => match)
      if (expansion.searched && excluded !== undefined && inside(key, excluded)) {
        ownOutput.add(display(match, workspace))
        continue
      }
      if (!seen.has(key)) seen.set(key, { path: match, display: display(match, workspace) })
      kept.push(seen.get(key)!.display)
    }
    byPattern.set(pattern, kept)
    if (kept.length === 0) {
      unmatched.push(pattern)
      if (expansion.matches.length > 0)
        why.set(
          pattern,
          `matched only files in output-dir, known-good's own report directory, which are never inputs`
        )
      else if (expansion.why !== undefined) why.set(pattern, expansion.why)
    }
  }
  return { files: [...seen.values()], unmatched, why, byPattern, ownOutput: [...ownOutput] }
}
