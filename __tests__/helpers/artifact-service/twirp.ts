import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Twirp's error codes and the HTTP status each one is sent with
 * (https://twitchtv.github.io/twirp/docs/spec_v7.html#error-codes).
 */
export const TWIRP_STATUS = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500
} as const

export type TwirpCode = keyof typeof TWIRP_STATUS

/** Thrown by a handler; answered as `{"code","msg","meta"}` with the code's status. */
export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    msg: string,
    readonly meta?: Record<string, string>
  ) {
    super(msg)
    this.name = 'TwirpError'
  }
}

export function writeJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text)
  })
  res.end(text)
}

/** Route of a Twirp call: POST /twirp/<package>.<Service>/<Method>. */
export function parseTwirpPath(url: string): { service: string; method: string } | undefined {
  const match = /^\/twirp\/([A-Za-z0-9_.]+)\/([A-Za-z0-9_]+)$/.exec(url.split('?', 1)[0] ?? '')
  if (!match?.[1] || !match[2]) return undefined
  return { service: match[1], method: match[2] }
}

export async function readBody(req: IncomingMessage, limit = 1 << 20): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit)
      throw new TwirpError('malformed', `request body is larger than ${limit} bytes`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A protobuf message in Twirp's JSON form: fields may come under their proto
 * name (snake_case, what @actions/artifact sends) or their JSON name (lowerCamelCase).
 */
export class JsonMessage {
  constructor(private readonly fields: Record<string, unknown>) {}

  static parse(text: string): JsonMessage {
    let value: unknown
    try {
      value = text.trim() === '' ? {} : JSON.parse(text)
    } catch (error) {
      throw new TwirpError('malformed', `the json request could not be decoded: ${String(error)}`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TwirpError('malformed', 'the json request could not be decoded: not an object')
    }
    return new JsonMessage(value as Record<string, unknown>)
  }

  raw(protoName: string): unknown {
    if (protoName in this.fields) return this.fields[protoName]
    const camel = protoName.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
    return this.fields[camel]
  }

  /** string field; '' when absent (proto3 default). */
  string(protoName: string): string {
    const value = this.raw(protoName)
    if (value === undefined || value === null) return ''
    if (typeof value !== 'string') {
      throw new TwirpError('malformed', `field ${protoName}: expected a string`)
    }
    return value
  }

  /** google.protobuf.StringValue: a bare JSON string, or absent. */
  stringValue(protoName: string): string | undefined {
    const value = this.raw(protoName)
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') {
      throw new TwirpError('malformed', `field ${protoName}: expected a string`)
    }
    return value
  }

  /** int32/int64 (int64 travels as a decimal string in proto3 JSON); undefined when absent. */
  integer(protoName: string): bigint | undefined {
    const value = this.raw(protoName)
    if (value === undefined || value === null) return undefined
    if (
      (typeof value === 'string' && /^-?\d+$/.test(value)) ||
      (typeof value === 'number' && Number.isInteger(value))
    ) {
      return BigInt(value)
    }
    throw new TwirpError('malformed', `field ${protoName}: expected an integer`)
  }

  /** google.protobuf.Timestamp: an RFC 3339 string, or absent. */
  timestamp(protoName: string): Date | undefined {
    const value = this.raw(protoName)
    if (value === undefined || value === null) return undefined
    const date = typeof value === 'string' ? new Date(value) : undefined
    if (!date || Number.isNaN(date.getTime()) || !/Z$|[+-]\d\d:\d\d$/.test(value as string)) {
      throw new TwirpError('malformed', `field ${protoName}: expected an RFC 3339 timestamp`)
    }
    return date
  }
}
