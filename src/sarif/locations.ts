import { posix } from 'node:path'

/** The parts of a run that artifact locations are resolved through. */
export interface UriContext {
  originalUriBaseIds?: Record<string, { uri?: unknown; uriBaseId?: unknown } | undefined>
  artifacts?: ({ location?: { uri?: unknown; uriBaseId?: unknown } } | undefined)[]
}

export interface ArtifactLocationLike {
  uri?: unknown
  uriBaseId?: unknown
  index?: unknown
}

export interface ResolvedPath {
  path: string
  outsideWorkspace: boolean
  /**
   * Set when the path was given relative to the run's source root (a `%SRCROOT%`-like base)
   * and that root is outside the workspace: the root, and the path below it (never `..`).
   */
  sourceRoot?: { root: string; rest: string }
  /**
   * Why the location could not be resolved to a path that is safe to use: a cycle of
   * `uriBaseId`s, a chain longer than `MAX_BASE_CHAIN`, or a URI or path beyond the caps. Such
   * a path is cut, kept outside the workspace (so it counts, is never opened, never annotated)
   * and never mapped.
   */
  problem?: string
}

/** The longest path a finding keeps, in characters: Linux's PATH_MAX is 4,096 bytes. */
export const MAX_PATH_CHARS = 4096

/** A location's URI is built (with its bases, percent-encoded) up to this length. */
export const MAX_URI_CHARS = 3 * MAX_PATH_CHARS

/** Base ids that name the root of the scanned sources (`%SRCROOT%`, `SRCROOT`, `SRCROOT0`). */
const SOURCE_ROOT_ID = /^%?SRCROOT\d*%?$/i

/** Chains of `uriBaseId`s longer than this are refused. */
export const MAX_BASE_CHAIN = 16

function shortId(id: string): string {
  return JSON.stringify(id.length > 60 ? `${id.slice(0, 59)}…` : id)
}

/**
 * What a finding keeps of a path that could not be resolved: enough to recognise it. It names
 * no file, so nothing is lost by cutting it short, and a log of small results under long
 * bases does not make every report repeat kilobytes per finding.
 */
export const MAX_UNUSABLE_PATH_CHARS = 256

function unusable(full: string, problem: string): ResolvedPath {
  const path =
    full.length > MAX_UNUSABLE_PATH_CHARS ? `${full.slice(0, MAX_UNUSABLE_PATH_CHARS - 1)}…` : full
  return { path, outsideWorkspace: true, problem }
}

/**
 * Turns a SARIF artifact location into a repository-relative path (SARIF 2.1.0 §3.4.4, §3.14.14):
 * `index`-only references go through `run.artifacts`, `uriBaseId`s through
 * `run.originalUriBaseIds`, `file://` URIs and percent-encoding are decoded. A base the log does
 * not define (typically `%SRCROOT%`) is taken as the workspace root. A path that leaves the
 * workspace is returned as written with `outsideWorkspace` set: it is reported, never opened.
 */
export function resolveArtifactPath(
  location: ArtifactLocationLike | undefined,
  context: UriContext,
  workspace: string
): ResolvedPath | undefined {
  if (location === undefined || location === null || typeof location !== 'object') return undefined
  let uri = location.uri
  let baseId = location.uriBaseId
  if (typeof uri !== 'string' && typeof location.index === 'number') {
    const artifact = context.artifacts?.[location.index]?.location
    uri = artifact?.uri
    baseId = baseId ?? artifact?.uriBaseId
  }
  if (typeof uri !== 'string' || uri === '') return undefined
  if (uri.length > MAX_URI_CHARS)
    return unusable(uri, `a URI of ${uri.length} characters (at most ${MAX_URI_CHARS} are read)`)
  let full = uri
  let belowSource: { root: string; rest: string } | undefined
  const chain: string[] = []
  while (!hasScheme(full) && typeof baseId === 'string') {
    const base = baseOf(context, baseId)
    if (base === undefined || typeof base.uri !== 'string') break
    if (chain.includes(baseId)) {
      const cycle = [...chain.slice(chain.indexOf(baseId)), baseId].map(shortId).join(' → ')
      return unusable(full, `a cycle of uriBaseIds (${cycle})`)
    }
    chain.push(baseId)
    if (chain.length > MAX_BASE_CHAIN)
      return unusable(full, `a chain of more than ${MAX_BASE_CHAIN} uriBaseIds`)
    if (belowSource === undefined && SOURCE_ROOT_ID.test(baseId)) {
      const root = absoluteRoot(base.uri)
      const rest = relativeBelow(full)
      if (root !== undefined && rest !== undefined) belowSource = { root, rest }
    }
    full = joinUri(base.uri, full)
    if (full.length > MAX_URI_CHARS)
      return unusable(
        full,
        `a URI of more than ${MAX_URI_CHARS} characters with its uriBaseIds (${chain.map(shortId).join(' → ')})`
      )
    baseId = base.uriBaseId
  }
  const resolved = toWorkspacePath(full, workspace)
  if (resolved.path.length > MAX_PATH_CHARS)
    return unusable(
      resolved.path,
      `a path of ${resolved.path.length} characters (at most ${MAX_PATH_CHARS} are kept)`
    )
  if (resolved.outsideWorkspace && belowSource !== undefined) resolved.sourceRoot = belowSource
  return resolved
}

/** A base of `originalUriBaseIds` (ids come from the log: own members only). */
export function baseOf(
  context: UriContext,
  id: string
): { uri?: unknown; uriBaseId?: unknown } | undefined {
  const bases = context.originalUriBaseIds
  if (bases === undefined || !Object.hasOwn(bases, id)) return undefined
  const base = bases[id]
  return typeof base === 'object' && base !== null ? base : undefined
}

/** A base URI that is an absolute local path (`file:///src/`, `/src`), without its last slash. */
function absoluteRoot(uri: string): string | undefined {
  let path: string
  if (/^file:/i.test(uri)) {
    const rest = uri.slice(5)
    if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest))
      return undefined
    path = normaliseSlashes(decode(rest.replace(/^\/\/(localhost)?/i, '')))
  } else if (hasScheme(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) {
    return undefined
  } else {
    path = normaliseSlashes(decode(uri))
  }
  if (!isAbsolutePath(path)) return undefined
  return posix.normalize(path).replace(/\/+$/, '') || '/'
}

/** A relative URI reference as a normalised relative path, unless it is absolute or climbs out. */
function relativeBelow(uri: string): string | undefined {
  if (hasScheme(uri)) return undefined
  const path = normaliseSlashes(decode(uri))
  if (isAbsolutePath(path)) return undefined
  const normal = posix.normalize(path)
  if (normal === '.' || normal === '..' || normal.startsWith('../')) return undefined
  return normal
}

function hasScheme(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(uri)
}

function joinUri(base: string, relative: string): string {
  if (base === '') return relative
  return base.endsWith('/') ? base + relative : `${base}/${relative}`
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `/`-separated, with a Windows drive's leading slash (`/C:/…`) removed. */
export function normaliseSlashes(path: string): string {
  const slashed = path.replace(/\\/g, '/')
  return /^\/[A-Za-z]:\//.test(slashed) ? slashed.slice(1) : slashed
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path)
}

export function toWorkspacePath(uri: string, workspace: string): ResolvedPath {
  let path: string
  if (/^file:/i.test(uri)) {
    const rest = uri.slice(5)
    if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest)) {
      return { path: uri, outsideWorkspace: true } // a file on another host
    }
    path = normaliseSlashes(decode(rest.replace(/^\/\/(localhost)?/i, '')))
  } else if (hasScheme(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) {
    return { path: uri, outsideWorkspace: true } // http:, https:, …: not a file here
  } else {
    path = normaliseSlashes(decode(uri))
  }
  const root = normaliseSlashes(workspace).replace(/\/+$/, '')
  const absolute = isAbsolutePath(path) ? posix.normalize(path) : posix.join(root, path)
  const caseless = /^[A-Za-z]:\//.test(root)
  const inside = caseless
    ? absolute.toLowerCase().startsWith(`${root.toLowerCase()}/`)
    : absolute.startsWith(`${root}/`)
  if (inside) return { path: absolute.slice(root.length + 1), outsideWorkspace: false }
  if (isAbsolutePath(path)) return { path: absolute, outsideWorkspace: true }
  return { path: posix.relative(root, absolute) || '.', outsideWorkspace: true }
}
