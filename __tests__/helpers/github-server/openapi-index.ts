import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectFormats, isObject, toJsonSchema } from './json-schema.js'

/** What the server needs to know about one operation of GitHub's REST API. */
export interface OperationSpec {
  operationId: string
  /** Upper case: GET, POST, … */
  method: string
  /** Path template as published, e.g. `/repos/{owner}/{repo}/check-runs`. */
  path: string
  /** The operation's page on docs.github.com: GitHub's `documentation_url`. */
  docs: string | undefined
  parameters: ParameterSpec[]
  body: BodySpec | undefined
  /** JSON Schema of each 2xx JSON response, by status code (null: no JSON body). */
  responses: Record<string, unknown>
}

export interface ParameterSpec {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: unknown
}

export interface BodySpec {
  required: boolean
  /** JSON Schema of the `application/json` body, when the operation takes JSON. */
  json: unknown
  contentTypes: string[]
}

export interface OpenApiIndex {
  /** `info.version` of the description, e.g. 23.0.2 for @octokit/openapi 23.0.2. */
  version: string
  operations: OperationSpec[]
  /** Every `format` the schemas use, so the validator can tell the unknown ones to Ajv. */
  formats: string[]
}

export interface OpenApiLoadStats {
  /** Milliseconds spent in this process getting the index (0 after the first call). */
  ms: number
  /** True when the slim copy in `.cache/` served it; false when the 73 MB file was parsed. */
  fromCache: boolean
  source: string
}

/** Bump when the shape written to the cache changes. */
const CACHE_FORMAT = 1
const require = createRequire(import.meta.url)
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const CACHE_DIR = join(REPO_ROOT, '.cache', 'github-openapi')

let loaded: { index: OpenApiIndex; stats: OpenApiLoadStats } | undefined

/**
 * GitHub's published description (api.github.com, dereferenced), read once per module registry
 * (Jest: once per test file) and only when first needed.
 *
 * Parsing the 73 MB file takes about a second and ~190 MB of heap, so the first load writes a
 * slim copy (≈ 6 MB: operations, parameters, request and 2xx response schemas, converted to JSON
 * Schema) to `<repo>/.cache/github-openapi/`, keyed by the package version, size and mtime;
 * later loads, in any process, read that.
 */
export function loadOpenApiIndex(): OpenApiIndex {
  loaded ??= loadFresh()
  return loaded.index
}

export function openApiLoadStats(): OpenApiLoadStats | undefined {
  return loaded?.stats
}

function loadFresh(): { index: OpenApiIndex; stats: OpenApiLoadStats } {
  const started = performance.now()
  const source = require.resolve('@octokit/openapi/generated/api.github.com.deref.json')
  const cacheFile = join(CACHE_DIR, `api.github.com-${cacheKey(source)}.json`)
  if (existsSync(cacheFile)) {
    const index = JSON.parse(readFileSync(cacheFile, 'utf8')) as OpenApiIndex
    return { index, stats: { ms: performance.now() - started, fromCache: true, source } }
  }
  const index = buildIndex(JSON.parse(readFileSync(source, 'utf8')) as unknown)
  writeAtomically(cacheFile, JSON.stringify(index))
  return { index, stats: { ms: performance.now() - started, fromCache: false, source } }
}

function cacheKey(source: string): string {
  const { size, mtimeMs } = statSync(source)
  const { version } = require('@octokit/openapi/package.json') as { version: string }
  const key = JSON.stringify([CACHE_FORMAT, version, size, Math.floor(mtimeMs)])
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

/** Two Jest workers may build the cache at once: each writes its own file, rename is atomic. */
function writeAtomically(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    writeFileSync(temporary, text)
    renameSync(temporary, file)
  } catch {
    // A read-only checkout still works, only without the cache.
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

export function buildIndex(description: unknown): OpenApiIndex {
  if (!isObject(description) || !isObject(description['paths'])) {
    throw new Error('not an OpenAPI description: no paths')
  }
  const operations: OperationSpec[] = []
  for (const [path, item] of Object.entries(description['paths'])) {
    if (!isObject(item)) continue
    for (const method of METHODS) {
      const operation = item[method]
      if (isObject(operation)) operations.push(operationSpec(path, method, operation, item))
    }
  }
  const info = isObject(description['info']) ? description['info'] : {}
  return {
    version: String(info['version'] ?? 'unknown'),
    operations,
    formats: [...collectFormats(operations, new Set())].sort()
  }
}

function operationSpec(
  path: string,
  method: string,
  operation: Record<string, unknown>,
  item: Record<string, unknown>
): OperationSpec {
  const docs = isObject(operation['externalDocs']) ? operation['externalDocs']['url'] : undefined
  return {
    operationId: String(operation['operationId']),
    method: method.toUpperCase(),
    path,
    docs: typeof docs === 'string' ? docs : undefined,
    parameters: parameters([item['parameters'], operation['parameters']]),
    body: bodySpec(operation['requestBody']),
    responses: responseSchemas(operation['responses'])
  }
}

function parameters(lists: unknown[]): ParameterSpec[] {
  const byKey = new Map<string, ParameterSpec>()
  for (const list of lists) {
    if (!Array.isArray(list)) continue
    for (const p of list.filter(isObject)) {
      const spec: ParameterSpec = {
        name: String(p['name']),
        in: p['in'] as ParameterSpec['in'],
        required: p['required'] === true,
        schema: toJsonSchema(p['schema'] ?? {})
      }
      // Operation-level parameters override path-level ones of the same name and place.
      byKey.set(`${spec.in}:${spec.name}`, spec)
    }
  }
  return [...byKey.values()]
}

function bodySpec(requestBody: unknown): BodySpec | undefined {
  if (!isObject(requestBody) || !isObject(requestBody['content'])) return undefined
  const content = requestBody['content']
  const json = isObject(content['application/json']) ? content['application/json'] : undefined
  return {
    required: requestBody['required'] === true,
    json: json ? toJsonSchema(json['schema'] ?? {}) : undefined,
    contentTypes: Object.keys(content)
  }
}

function responseSchemas(responses: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!isObject(responses)) return out
  for (const [status, response] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status) || !isObject(response)) continue
    const content = isObject(response['content']) ? response['content'] : {}
    const json = isObject(content['application/json']) ? content['application/json'] : undefined
    out[status] = json ? toJsonSchema(json['schema'] ?? {}) : null
  }
  return out
}
