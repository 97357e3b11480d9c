/**
 * OpenAPI 3.0 schema objects → plain JSON Schema that Ajv validates as GitHub means them.
 *
 * OpenAPI 3.0 has no `null` type: it writes `nullable: true` next to `type` (or, in GitHub's
 * description, next to `allOf`/`anyOf` without any `type`, 353 times). Ajv's own `nullable`
 * support throws on the latter, so we rewrite it. Documentation keywords (`description`,
 * `example(s)`, `title`, `x-*`) are dropped: they are most of the 73 MB and validate nothing.
 */
export type JsonSchema = { [keyword: string]: unknown }

/** Keywords whose value is a map from names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties'])
/** Keywords whose value is one schema (or, for items, an array of them). */
const SCHEMA_VALUES = new Set(['additionalProperties', 'items', 'not'])
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf'])
const DOCUMENTATION = new Set(['description', 'example', 'examples', 'title', 'externalDocs'])

export function toJsonSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema
  const out: JsonSchema = {}
  for (const [keyword, value] of Object.entries(schema)) {
    if (DOCUMENTATION.has(keyword) || keyword.startsWith('x-') || keyword === 'nullable') continue
    out[keyword] = convertKeyword(keyword, value)
  }
  return schema['nullable'] === true ? allowNull(out) : out
}

function convertKeyword(keyword: string, value: unknown): unknown {
  if (SCHEMA_MAPS.has(keyword) && isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([name, s]) => [name, toJsonSchema(s)]))
  }
  if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) return value.map(toJsonSchema)
  if (SCHEMA_VALUES.has(keyword)) {
    return Array.isArray(value) ? value.map(toJsonSchema) : toJsonSchema(value)
  }
  return value
}

function allowNull(schema: JsonSchema): JsonSchema {
  const type = schema['type']
  if (type === undefined) return { anyOf: [schema, { type: 'null' }] }
  const types = Array.isArray(type) ? type : [type]
  const enumValues = schema['enum']
  return {
    ...schema,
    type: types.includes('null') ? types : [...types, 'null'],
    // `nullable` with an `enum` that lacks null: GitHub's responses do send null there.
    ...(Array.isArray(enumValues) && !enumValues.includes(null)
      ? { enum: [...(enumValues as unknown[]), null] }
      : {})
  }
}

/** Every `format` name used anywhere in the schema. */
export function collectFormats(schema: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) collectFormats(item, into)
  else if (isObject(schema)) {
    if (typeof schema['format'] === 'string') into.add(schema['format'])
    for (const value of Object.values(schema)) collectFormats(value, into)
  }
  return into
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
