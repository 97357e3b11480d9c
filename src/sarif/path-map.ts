import { statSync } from 'node:fs'
import { isAbsolute, join, posix, relative } from 'node:path'
import type { ResolvedPath } from './locations.js'
import { isAbsolutePath, normaliseSlashes } from './locations.js'

/** One `path-map` line, `from=to`: a path prefix on the scanner's machine and where it is here. */
export interface PathMapEntry {
  /** Absolute, `/`-separated, no trailing slash (`''` for the root). */
  from: string
  /** Workspace-relative, `/`-separated, `''` for the workspace root. */
  to: string
}

function decodePath(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `file:///src/`, `/src/`, `C:\src` → `/src`, `C:/src`. */
function foreignRoot(text: string): string | undefined {
  let path = text.trim()
  if (/^file:/i.test(path)) {
    const rest = path.slice(5)
    if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest))
      return undefined
    path = decodePath(rest.replace(/^\/\/(localhost)?/i, ''))
  }
  path = normaliseSlashes(path)
  if (!isAbsolutePath(path)) return undefined
  return posix.normalize(path).replace(/\/+$/, '')
}

/**
 * Reads one `path-map` entry. Returns the entry, or what is wrong with it (the caller names the
 * input). `to` may be relative to the workspace or absolute inside it; it may not leave it.
 */
export function parsePathMapEntry(line: string, workspace: string): PathMapEntry | string {
  const eq = line.lastIndexOf('=')
  if (eq <= 0) return 'expected from=to: a path prefix where the scanner ran, = the same place here'
  const from = foreignRoot(line.slice(0, eq))
  if (from === undefined)
    return `the part before '=' must be an absolute path or file:// URI on the scanner's machine (e.g. /src or C:\\build\\app)`
  let to = normaliseSlashes(line.slice(eq + 1).trim())
  if (isAbsolute(to) || isAbsolutePath(to)) {
    const inside = relative(workspace, to)
    if (inside.startsWith('..') || isAbsolute(inside))
      return `the part after '=' must be inside the workspace (${workspace}); give it relative to the workspace, e.g. /src=. or /src=services/api`
    to = inside
  }
  to = posix.normalize(to === '' ? '.' : to.split('\\').join('/'))
  if (to === '..' || to.startsWith('../'))
    return `the part after '=' must not leave the workspace; give it relative to the workspace, e.g. /src=. or /src=services/api`
  return { from, to: to === '.' ? '' : to.replace(/\/+$/, '') }
}

/** How a path from elsewhere was brought into the workspace. */
export type MappingKind = 'path-map' | 'source-root' | 'suffix'

export interface AppliedMapping {
  how: MappingKind
  /** The prefix on the scanner's machine. */
  from: string
  /** Workspace-relative (`''`: the workspace root). */
  to: string
  /** Distinct paths mapped this way. */
  paths: number
}

export interface PathReport {
  mappings: AppliedMapping[]
  /** Findings whose path still leaves the workspace after mapping, and a few such paths. */
  outside: { findings: number; examples: string[] }
  /** Two foreign roots that both fit (the automatic mapping was given up for the run). */
  ambiguousRoots?: [string, string]
}

/** Remembered per scan: which workspace-relative paths are files. */
export class WorkspaceFiles {
  private readonly known = new Map<string, boolean>()
  constructor(readonly root: string) {}

  isFile(path: string): boolean {
    const cached = this.known.get(path)
    if (cached !== undefined) return cached
    let found: boolean
    try {
      found = statSync(join(this.root, path), { throwIfNoEntry: false })?.isFile() === true
    } catch {
      // ENOTDIR, ENAMETOOLONG, EACCES, ELOOP: not a file this scan can name.
      found = false
    }
    if (this.known.size < MAX_REMEMBERED) this.known.set(path, found)
    return found
  }
}

const MAX_REMEMBERED = 100_000
/** Suffixes tried per path: real repository paths are not this deep. */
const MAX_SUFFIX_SEGMENTS = 32
/** Suffix searches per run (each stats up to `MAX_SUFFIX_SEGMENTS` paths). */
const MAX_SEARCHES = 5_000
const OUTSIDE_EXAMPLES = 3

/** True when `path` is `prefix` or below it. Drive-letter paths compare without case. */
function under(path: string, prefix: string): boolean {
  if (/^[A-Za-z]:/.test(prefix)) {
    const lower = path.toLowerCase()
    const p = prefix.toLowerCase()
    return lower === p || lower.startsWith(`${p}/`)
  }
  return path === prefix || path.startsWith(`${prefix}/`)
}

function below(path: string, prefix: string): string {
  return path.length === prefix.length ? '' : path.slice(prefix.length + 1)
}

/**
 * Brings the paths of one run that leave the workspace back into it, when that is safe:
 * 1. `path-map` entries (the longest `from` that matches);
 * 2. the run's own source root: a path given relative to a `%SRCROOT%`-like base
 *    (`originalUriBaseIds`, §3.14.14) whose URI is on another machine is that path here;
 * 3. the longest suffix of the path that names a file in the workspace. That suffix implies the
 *    root the scanner ran in; when two paths of one run imply different roots the mapping is
 *    ambiguous and given up for the whole run (the reader then reads it again without it).
 * A path that still leaves the workspace is counted and reported; it is never opened.
 */
export class RunPathMapper {
  private applied = new Map<string, AppliedMapping>()
  private mapped = new Map<string, string | null>()
  private outsideFindings = 0
  private outsideExamples: string[] = []
  private root: string | undefined
  private searches = 0
  /** False once the suffix mapping turned out ambiguous. */
  auto = true
  ambiguousRoots: [string, string] | undefined
  private readonly entries: PathMapEntry[]

  constructor(
    entries: readonly PathMapEntry[],
    private readonly files: WorkspaceFiles | undefined
  ) {
    this.entries = [...entries].sort((a, b) => b.from.length - a.from.length)
  }

  /** Forget what was counted: the run is read again. */
  restart(): void {
    this.applied = new Map()
    this.mapped = new Map()
    this.outsideFindings = 0
    this.outsideExamples = []
    this.root = undefined
    this.searches = 0
  }

  /** The path as the finding keeps it; counts paths that stay outside when `count` is set. */
  map(resolved: ResolvedPath, count: boolean): ResolvedPath {
    if (!resolved.outsideWorkspace) return resolved
    // A path that could not be resolved (a cycle, beyond the caps) is never mapped.
    const mapped = resolved.problem === undefined ? this.tryMap(resolved) : undefined
    if (mapped !== undefined) return { path: mapped, outsideWorkspace: false }
    if (count) {
      this.outsideFindings++
      if (
        this.outsideExamples.length < OUTSIDE_EXAMPLES &&
        !this.outsideExamples.includes(resolved.path)
      )
        this.outsideExamples.push(resolved.path)
    }
    return resolved
  }

  report(): PathReport {
    const report: PathReport = {
      mappings: [...this.applied.values()],
      outside: { findings: this.outsideFindings, examples: [...this.outsideExamples] }
    }
    if (this.ambiguousRoots) report.ambiguousRoots = this.ambiguousRoots
    return report
  }

  private note(how: MappingKind, from: string, to: string): void {
    const key = `${how}\u0000${from}\u0000${to}`
    const entry = this.applied.get(key)
    if (entry) entry.paths++
    else this.applied.set(key, { how, from, to, paths: 1 })
  }

  private tryMap(resolved: ResolvedPath): string | undefined {
    const path = resolved.path
    const known = this.mapped.get(path)
    if (known !== undefined) return known ?? undefined
    const found = this.search(resolved)
    if (this.mapped.size < MAX_REMEMBERED) this.mapped.set(path, found ?? null)
    return found
  }

  private search(resolved: ResolvedPath): string | undefined {
    const path = resolved.path
    if (!isAbsolutePath(path)) return undefined
    for (const entry of this.entries) {
      if (!under(path, entry.from)) continue
      const rest = below(path, entry.from)
      this.note('path-map', entry.from === '' ? '/' : entry.from, entry.to)
      return entry.to === '' ? rest || '.' : rest === '' ? entry.to : `${entry.to}/${rest}`
    }
    const source = resolved.sourceRoot
    if (source !== undefined) {
      this.note('source-root', source.root, '')
      return source.rest
    }
    if (!this.auto || this.files === undefined) return undefined
    if (this.root !== undefined && under(path, this.root)) {
      const rest = below(path, this.root)
      if (rest === '' || !this.files.isFile(rest)) return undefined
      this.note('suffix', this.root, '')
      return rest
    }
    if (this.searches >= MAX_SEARCHES) return undefined
    this.searches++
    const segments = path.split('/')
    const first = Math.max(1, segments.length - MAX_SUFFIX_SEGMENTS)
    for (let i = first; i < segments.length; i++) {
      const suffix = segments.slice(i).join('/')
      if (!this.files.isFile(suffix)) continue
      const root = segments.slice(0, i).join('/')
      if (this.root === undefined) this.root = root
      else if (root !== this.root) {
        this.auto = false
        this.ambiguousRoots = [this.root, root || '/']
        return undefined
      }
      this.note('suffix', root || '/', '')
      return suffix
    }
    return undefined
  }
}
