/**
 * The one set of guards for JSON of unknown shape (SARIF, API answers, cluster objects): every
 * module that reads such values asks these instead of writing its own `typeof` checks.
 */

export type JsonObject = Record<string, unknown>

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The value as an object, or an empty one: for reading nested optional members. */
export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {}
}

/** The value as an array of objects (other elements dropped), or an empty array. */
export function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : []
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A finite number, or undefined. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
