// The signed-URL reader (src/cluster/download.ts) against local HTTP servers that misbehave the
// ways object storage and the paths to it can: a file too large, a stalled body, redirects to
// the same and to another host, errors. The signed URL never appears in an error.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { httpSignedUrlReader } from '../../src/cluster/download.js'

const SIGNATURE = 'a4fce8c63945a264585c740ca6a1daf8a5d40e88917250cba7516ee3ac92ecca'
const limits = { timeoutMs: 2000, maxBytes: 1024 }

function serve(handler: http.RequestListener): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer(handler)
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise(done => {
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  )
}

describe('reading a signed URL', () => {
  let store: Awaited<ReturnType<typeof serve>>
  let other: Awaited<ReturnType<typeof serve>>
  let otherHits = 0
  const reader = httpSignedUrlReader()
  const url = (path: string) => `${store.origin}${path}?X-Amz-Signature=${SIGNATURE}`

  beforeAll(async () => {
    other = await serve((_req, res) => {
      otherHits++
      res.end('elsewhere')
    })
    store = await serve((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      if (path === '/ok') res.end('results')
      else if (path === '/missing') res.writeHead(404).end('<Error>NoSuchKey</Error>')
      else if (path === '/denied') res.writeHead(403).end('<Error>SignatureDoesNotMatch</Error>')
      else if (path === '/large')
        res.writeHead(200, { 'content-length': '4096' }).end('x'.repeat(4096))
      else if (path === '/chunked') {
        res.writeHead(200)
        for (let i = 0; i < 8; i++) res.write('y'.repeat(512))
        res.end()
      } else if (path === '/stall') res.writeHead(200).write('partial')
      else if (path === '/same')
        res.writeHead(307, { location: `/ok?X-Amz-Signature=${SIGNATURE}` }).end()
      else if (path === '/away') res.writeHead(302, { location: `${other.origin}/steal` }).end()
      else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end()
      else res.writeHead(500).end()
    })
  })
  afterAll(async () => {
    await store.close()
    await other.close()
  })

  async function failure(path: string, override = {}): Promise<string> {
    try {
      await reader.read(url(path), { ...limits, ...override })
    } catch (error) {
      const message = (error as Error).message
      expect(message).not.toContain(SIGNATURE)
      expect(message).not.toContain('?')
      return message
    }
    throw new Error(`reading ${path} did not fail`)
  }

  it('reads the body; 404 is "no such file"', async () => {
    await expect(reader.read(url('/ok'), limits)).resolves.toEqual({
      found: true,
      body: Buffer.from('results')
    })
    await expect(reader.read(url('/missing'), limits)).resolves.toEqual({ found: false })
  })

  it('another status is an error with what the store said, not the URL', async () => {
    expect(await failure('/denied')).toMatch(
      /^object storage at 127\.0\.0\.1:\d+ answered HTTP 403: <Error>SignatureDoesNotMatch/
    )
  })

  it('refuses a body larger than the bound, announced or not', async () => {
    expect(await failure('/large')).toMatch(/is 4096 bytes, more than the 1024 read here/)
    expect(await failure('/chunked')).toMatch(/more than the 1024 bytes read here/)
  })

  it('gives up on a body that stalls, within the time bound', async () => {
    expect(await failure('/stall', { timeoutMs: 300 })).toMatch(/timed out after 300 ms/)
  })

  it('follows a redirect on the same origin, never one to another host', async () => {
    await expect(reader.read(url('/same'), limits)).resolves.toMatchObject({ found: true })
    expect(await failure('/away')).toMatch(/redirect to another host; not followed/)
    expect(otherHits).toBe(0)
    expect(await failure('/loop')).toMatch(/redirected more than 3 times/)
  })

  it('refuses what is not an http(s) URL, without echoing it', async () => {
    await expect(reader.read(`file:///etc/passwd?sig=${SIGNATURE}`, limits)).rejects.toThrow(
      'the download URL Velero gave has scheme file:'
    )
    await expect(reader.read('not a url', limits)).rejects.toThrow('is not a URL')
  })

  it('a store that does not answer is an error naming its host', async () => {
    const gone = await serve(() => undefined)
    const origin = gone.origin
    await gone.close()
    await expect(reader.read(`${origin}/x?X-Amz-Signature=${SIGNATURE}`, limits)).rejects.toThrow(
      /downloading from object storage at 127\.0\.0\.1:\d+: .*ECONNREFUSED/
    )
  })
})
