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
}

/** Base ids that name the root of the scanned sources (`%SRCROOT%`, `SRCROOT`, `SRCROOT0`). */
const SOURCE_ROOT_ID = /^%?SRCROOT\d*%?$/i

/** Chains of `uriBaseId`s longer than this are a loop. */
const MAX_BASE_CHAIN = 16

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
  let full = uri
  let belowSource: { root: string; rest: string } | undefined
  for (
    let hops = 0;
    !hasScheme(full) && typeof baseId === 'string' && hops < MAX_BASE_CHAIN;
    hops++
  ) {
    const base = Object.hasOwn(context.originalUriBaseIds ?? {}, baseId)
      ? context.originalUriBaseIds?.[baseId]
      : undefined
    if (base === undefined || base === null || typeof base.uri !== 'string') break
    if (belowSource === undefined && SOURCE_ROOT_ID.test(baseId)) {
      const root = absoluteRoot(base.uri)
      const rest = relativeBelow(full)
      if (root !== undefined && rest !== undefined) belowSource = { root, rest }
    }
    full = joinUri(base.uri, full)
    baseId = base.uriBaseId
  }
  const resolved = toWorkspacePath(full, workspace)
  if (resolved.outsideWorkspace && belowSource !== undefined) resolved.sourceRoot = belowSource
  return resolved
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
