/**
 * The one HTTP GET the product makes besides the Kubernetes and GitHub APIs: a pre-signed
 * object-storage URL that Velero hands out through a DownloadRequest (its restore results, a
 * backup's log). The URL is a credential (its signature grants read access until it expires): it is never part of an
 * error message. Every download is bounded in time and size, and follows a redirect only to the
 * same origin (scheme, host, port) as the signed URL, so the signature never travels elsewhere.
 */
import http from 'node:http'
import https from 'node:https'
import { rootCertificates } from 'node:tls'
import { getErrorMessage } from '../errors.js'
import { oneLine, truncate } from '../text/one-line.js'
import type { DownloadLimits, Downloaded, SignedUrlReader } from './api.js'

/** A download that could not finish; its message never contains the URL. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DownloadError'
  }
}

const MAX_REDIRECTS = 3

function origin(url: URL): string {
  return `${url.protocol}//${url.host}`
}

/** The signed-URL reader on node:http(s). */
export function httpSignedUrlReader(): SignedUrlReader {
  return {
    read: (url, limits) => {
      let first: URL
      try {
        first = new URL(url)
      } catch {
        return Promise.reject(new DownloadError('the download URL Velero gave is not a URL'))
      }
      if (first.protocol !== 'https:' && first.protocol !== 'http:')
        return Promise.reject(
          new DownloadError(`the download URL Velero gave has scheme ${first.protocol}`)
        )
      const deadline = Date.now() + limits.timeoutMs
      return get(first, origin(first), limits, deadline, 0)
    }
  }
}

function get(
  url: URL,
  allowedOrigin: string,
  limits: DownloadLimits,
  deadline: number,
  redirects: number
): Promise<Downloaded> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now()
    const where = `object storage at ${url.host}`
    if (remaining <= 0) {
      reject(new DownloadError(`timed out after ${limits.timeoutMs} ms downloading from ${where}`))
      return
    }
    const options: https.RequestOptions = { method: 'GET', headers: { accept: '*/*' } }
    if (url.protocol === 'https:' && limits.caCert)
      options.ca = [...rootCertificates, limits.caCert]
    const request = (url.protocol === 'https:' ? https : http).request(url, options, response => {
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400) {
        response.resume()
        const location = response.headers.location
        let next: URL | undefined
        try {
          next = location ? new URL(location, url) : undefined
        } catch {
          next = undefined
        }
        if (!next || origin(next) !== allowedOrigin) {
          finish(
            new DownloadError(
              `${where} answered ${status} with a redirect to another host; not followed (the signed URL is valid for its own host only)`
            )
          )
          return
        }
        if (redirects >= MAX_REDIRECTS) {
          finish(new DownloadError(`${where} redirected more than ${MAX_REDIRECTS} times`))
          return
        }
        clearTimeout(timer)
        get(next, allowedOrigin, limits, deadline, redirects + 1).then(resolve, reject)
        return
      }
      const length = Number(response.headers['content-length'])
      if (Number.isFinite(length) && length > limits.maxBytes) {
        response.destroy()
        finish(
          new DownloadError(
            `the file at ${where} is ${length} bytes, more than the ${limits.maxBytes} read here`
          )
        )
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > limits.maxBytes) {
          response.destroy()
          finish(
            new DownloadError(
              `the file at ${where} is more than the ${limits.maxBytes} bytes read here`
            )
          )
          return
        }
        chunks.push(chunk)
      })
      response.on('error', error => finish(new DownloadError(getErrorMessage(error))))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        if (status === 200) finish(undefined, { found: true, body })
        else if (status === 404) finish(undefined, { found: false })
        else
          finish(
            new DownloadError(
              `${where} answered HTTP ${status}: ${truncate(oneLine(body.toString('utf8')), 300)}`
            )
          )
      })
    })
    let done = false
    const timer = setTimeout(() => {
      request.destroy()
      finish(new DownloadError(`timed out after ${limits.timeoutMs} ms downloading from ${where}`))
    }, remaining)
    function finish(error: Error | undefined, value?: Downloaded): void {
      if (done) return
      done = true
      clearTimeout(timer)
      if (error) reject(error)
      else resolve(value!)
    }
    request.on('error', error =>
      finish(new DownloadError(`downloading from ${where}: ${getErrorMessage(error)}`))
    )
    request.end()
  })
}
