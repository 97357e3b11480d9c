import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import type AjvFormats from 'ajv-formats'
import { createRequire } from 'node:module'
import type { OpenApiIndex, OperationSpec, ParameterSpec } from './openapi-index.js'

const require = createRequire(import.meta.url)
// A CommonJS default export that TypeScript's NodeNext view does not see as callable.
const addFormats = require('ajv-formats') as typeof AjvFormats.default

export type ParameterPlace = 'path' | 'query'

export interface ParameterResult {
  /** The parameters, coerced to their schema types, with schema defaults filled in. */
  values: Record<string, unknown>
  errors: string[]
}

/**
 * Ajv validators for the operations of one OpenAPI index, compiled on first use and kept per
 * operation (compiling a large response schema takes tens of milliseconds; a test file makes
 * hundreds of requests to a handful of operations).
 */
export class OperationValidator {
  /** Bodies and responses: no coercion, the JSON types must be right. */
  private readonly strict: Ajv
  /** Path and query parameters arrive as strings: coerce them to the schema's types. */
  private readonly coercing: Ajv
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(index: OpenApiIndex) {
    this.strict = newAjv(index.formats, {})
    this.coercing = newAjv(index.formats, { coerceTypes: 'array', useDefaults: true })
  }

  parameters(
    operation: OperationSpec,
    place: ParameterPlace,
    raw: Record<string, string | string[]>
  ): ParameterResult {
    const values: Record<string, unknown> = { ...raw }
    const validate = this.compile(`${operation.operationId} ${place}`, this.coercing, () =>
      parametersSchema(operation.parameters.filter(p => p.in === place))
    )
    if (validate(values)) return { values, errors: [] }
    return { values, errors: describeErrors(validate.errors ?? [], values) }
  }

  /** Errors in GitHub's words; [] when the body is valid or the operation takes no JSON. */
  body(operation: OperationSpec, body: unknown): string[] {
    const schema = operation.body?.json
    if (schema === undefined) return []
    const validate = this.compile(`${operation.operationId} body`, this.strict, () => schema)
    return validate(body) ? [] : describeErrors(validate.errors ?? [], body)
  }

  /**
   * What is wrong with a response, against the published 2xx schema; [] when it fits or the
   * description has no JSON schema for that status.
   */
  response(operation: OperationSpec, status: number, body: unknown): string[] {
    const schema = operation.responses[String(status)]
    if (schema === undefined || schema === null) return []
    const key = `${operation.operationId} ${status}`
    const validate = this.compile(key, this.strict, () => schema)
    if (validate(body)) return []
    return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
  }

  private compile(key: string, ajv: Ajv, schema: () => unknown): ValidateFunction {
    let validate = this.compiled.get(key)
    if (!validate) {
      validate = ajv.compile(schema() as object)
      this.compiled.set(key, validate)
    }
    return validate
  }
}

function newAjv(formats: string[], options: { coerceTypes?: 'array'; useDefaults?: boolean }) {
  const ajv = new Ajv({ strict: false, allErrors: false, ...options })
  addFormats(ajv)
  // Formats Ajv does not know (GitHub's `repo.nwo`, `timestamp`): accept any value, as
  // JSON Schema says an unknown format must be treated.
  for (const name of formats) if (!ajv.formats[name]) ajv.addFormat(name, true)
  return ajv
}

function parametersSchema(parameters: ParameterSpec[]): object {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map(p => [p.name, p.schema])),
    required: parameters.filter(p => p.required).map(p => p.name)
  }
}

/**
 * Ajv's errors in the words GitHub uses for a request that fails its schema, e.g.
 * "No more than 50 items are allowed; 51 were supplied." (the real answer to 51 annotations).
 * For a failed anyOf/oneOf only the alternative that came closest is reported.
 */
export function describeErrors(errors: ErrorObject[], data: unknown): string[] {
  const lines = closestAlternative(errors).map(e => describe(e, data))
  return [...new Set(lines)]
}

function closestAlternative(errors: ErrorObject[]): ErrorObject[] {
  const composite = errors.find(e => e.keyword === 'anyOf' || e.keyword === 'oneOf')
  if (!composite) return errors
  const prefix = `${composite.schemaPath}/`
  const branches = new Map<string, ErrorObject[]>()
  for (const e of errors) {
    if (!e.schemaPath.startsWith(prefix)) continue
    const branch = e.schemaPath.slice(prefix.length).split('/')[0] as string
    branches.set(branch, [...(branches.get(branch) ?? []), e])
  }
  const best = [...branches.values()].sort((a, b) => a.length - b.length)[0]
  return best ?? [composite]
}

function describe(error: ErrorObject, data: unknown): string {
  const where = error.instancePath.replace(/^\//, '')
  const prefix = where ? `For '${where}', ` : ''
  const value = JSON.stringify(valueAt(data, error.instancePath)) ?? 'nil'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return `${prefix}"${String(params['missingProperty'])}" wasn't supplied.`
    case 'type':
      return `${prefix}${value} is not ${article(String(params['type']))}.`
    case 'maxItems': {
      const supplied = (valueAt(data, error.instancePath) as unknown[]).length
      return `No more than ${String(params['limit'])} items are allowed; ${supplied} were supplied.`
    }
    case 'enum':
      return `${prefix}${value} is not a member of ${JSON.stringify(params['allowedValues'])}.`
    case 'additionalProperties':
      return `${prefix}"${String(params['additionalProperty'])}" is not a permitted key.`
    default:
      return `${prefix}${value} ${error.message ?? `fails ${error.keyword}`}.`
  }
}

function article(type: string): string {
  const first = type.split(',')[0] as string
  return `${/^[aeiou]/.test(first) ? 'an' : 'a'} ${first}`
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    value = (value as Record<string, unknown> | undefined)?.[key]
  }
  return value
}
