import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the black hole swallowed. */
export interface SwallowedRequest {
  method: string
  /** Path and query as sent (the query holds a SAS: do not log it). */
  url: string
  /** Body bytes read so far. */
  bytes: number
  /** The client closed the connection (it gave up on the upload). */
  clientClosed: boolean
}

/**
 * An HTTP endpoint on 127.0.0.1 that reads whatever is sent and never answers: a blob store
 * whose upload stalls. Started on first use.
 *
 * close() answers what it still holds with 400 before it closes: @azure/storage-blob keeps an
 * abandoned upload's request open after @actions/artifact gave up on it ("Upload progress
 * stalled."), and a dropped connection would make its retry policy try again, on timers, into
 * a closed port; a 400 is final for it.
 */
export class BlackHole {
  private server: Server | undefined
  private origin: Promise<string> | undefined
  private closing = false
  private readonly swallowed: SwallowedRequest[] = []
  private readonly held = new Set<ServerResponse>()

  /** `http://127.0.0.1:<port>`. */
  url(): Promise<string> {
    this.origin ??= this.listen()
    return this.origin
  }

  requests(): SwallowedRequest[] {
    return this.swallowed.map(request => ({ ...request }))
  }

  async close(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = undefined
    this.closing = true
    for (const res of this.held) {
      res.writeHead(400, { 'content-type': 'text/plain', connection: 'close' })
      res.end('the stalling blob endpoint of the test service stopped')
    }
    this.held.clear()
    const closed = new Promise<void>(resolve => server.close(() => resolve()))
    server.closeIdleConnections()
    setImmediate(() => server.closeAllConnections())
    await closed
  }

  private async listen(): Promise<string> {
    const server = createServer((req, res) => this.swallow(req, res))
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  private swallow(req: IncomingMessage, res: ServerResponse): void {
    const request = { method: req.method ?? '', url: req.url ?? '', bytes: 0, clientClosed: false }
    this.swallowed.push(request)
    this.held.add(res)
    req.on('data', (chunk: Buffer) => (request.bytes += chunk.length))
    req.on('error', () => {})
    res.once('close', () => {
      this.held.delete(res)
      if (!this.closing) request.clientClosed = true
    })
  }
}
