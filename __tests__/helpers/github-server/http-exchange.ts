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

let answered = 0

/** Sends a reply with the headers every api.github.com answer carries. */
export function send(res: ServerResponse, reply: Reply): void {
  answered += 1
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `0000:${answered.toString(16).toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...reply.headers
  }
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end()
    return
  }
  const isText = typeof reply.body === 'string'
  headers['content-type'] = isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8'
  res.writeHead(reply.status, headers).end(isText ? reply.body : JSON.stringify(reply.body))
}
