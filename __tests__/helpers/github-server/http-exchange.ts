import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reply } from './handlers/handler.js'

/** One HTTP request, read whole (bodies here are small). */
export interface Incoming {
  method: string
  /** Percent-encoded, without the query. */
  path: string
  url: URL
  /** Repeated keys become arrays. */
  query: Record<string, string | string[]>
  text: string
  /** From `authorization: token X` / `Bearer X` (or the whole header otherwise). */
  token: string | undefined
}

export async function readIncoming(req: IncomingMessage): Promise<Incoming> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
  const query: Record<string, string | string[]> = {}
  for (const [key, value] of url.searchParams) {
    const existing = query[key]
    query[key] = existing === undefined ? value : [...[existing].flat(), value]
  }
  const authorization = req.headers.authorization ?? ''
  const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1]
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    url,
    query,
    text: Buffer.concat(chunks).toString('utf8'),
    token: token ?? (authorization || undefined)
  }
}

/** JSON when it parses, the text otherwise, undefined when empty: for the request log. */
export function parseLoosely(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/**
 * What goes on the wire: a normal reply, raw bytes with a chosen content-type (garbage), a
 * body that stops half way (`stall`), or nothing at all (`hang`).
 */
export type Delivery =
  | { kind: 'reply'; reply: Reply }
  | {
      kind: 'raw'
      status: number
      headers: Record<string, string>
      /** Undefined: no content-type header. */
      contentType: string | undefined
      body: string
    }
  | {
      kind: 'stall'
      status: number
      headers: Record<string, string>
      contentType: string
      /** Sent with `content-length` of the whole body; only the first half is written. */
      body: string
    }
  | { kind: 'hang' }

let answered = 0

function standardHeaders(extra: Record<string, string> | undefined): Record<string, string> {
  answered += 1
  return {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `0000:${answered.toString(16).toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...extra
  }
}

/** Sends a reply with the headers every api.github.com answer carries. */
export function send(res: ServerResponse, reply: Reply): void {
  const headers = standardHeaders(reply.headers)
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end()
    return
  }
  const isText = typeof reply.body === 'string'
  headers['content-type'] = isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8'
  res.writeHead(reply.status, headers).end(isText ? reply.body : JSON.stringify(reply.body))
}

/** Puts a delivery on the wire; `hang` and `stall` leave the response open on purpose. */
export function deliver(res: ServerResponse, delivery: Delivery): void {
  switch (delivery.kind) {
    case 'reply':
      send(res, delivery.reply)
      return
    case 'hang':
      return
    case 'raw': {
      const headers = standardHeaders(delivery.headers)
      if (delivery.contentType !== undefined) headers['content-type'] = delivery.contentType
      headers['content-length'] = String(Buffer.byteLength(delivery.body))
      res.writeHead(delivery.status, headers).end(delivery.body)
      return
    }
    case 'stall': {
      const bytes = Buffer.from(delivery.body)
      const headers = standardHeaders(delivery.headers)
      headers['content-type'] = delivery.contentType
      headers['content-length'] = String(bytes.length)
      res.writeHead(delivery.status, headers)
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)))
      return
    }
  }
}
