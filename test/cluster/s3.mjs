// A minimal S3 client for the test plane's object store (versitygw on 127.0.0.1): one signed
// request at a time, AWS Signature Version 4 with the payload hash in a header, path-style
// addressing (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
// Enough to create a bucket, read an object and list keys; no dependency.
import { createHash, createHmac } from 'node:crypto'
import http from 'node:http'

const sha256 = data => createHash('sha256').update(data).digest('hex')
const hmac = (key, data) => createHmac('sha256', key).update(data).digest()

/** RFC 3986 encoding as SigV4 wants it: unreserved characters stay, everything else %XX. */
function uriEncode(s, keepSlash) {
  let out = ''
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte)
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) out += c
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * Sends one signed request.
 *   store   { url: 'http://127.0.0.1:PORT', region, accessKeyId, secretAccessKey }
 *   method  GET, PUT, DELETE, HEAD
 *   key     '/<bucket>' or '/<bucket>/<object key>' (not encoded)
 *   query   { name: value } (values are strings; '' for flags)
 * Returns { status, headers, body: Buffer }. Fails after `timeoutMs`.
 */
export function s3Request(store, method, key, { query = {}, body, timeoutMs = 10_000 } = {}) {
  const url = new URL(store.url)
  if (url.protocol !== 'http:') throw new Error(`s3Request: only http:// URLs, not ${store.url}`)
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body)
  const now = new Date()
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const day = amzDate.slice(0, 8)
  const region = store.region ?? 'us-east-1'
  const scope = `${day}/${region}/s3/aws4_request`
  const canonicalUri = uriEncode(key, true)
  const canonicalQuery = Object.keys(query)
    .sort()
    .map(k => `${uriEncode(k, false)}=${uriEncode(String(query[k]), false)}`)
    .join('&')
  const payloadHash = sha256(payload)
  const headers = {
    host: url.host,
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': amzDate
  }
  const signedHeaders = Object.keys(headers).sort().join(';')
  const canonicalRequest = [
    method,
    canonicalUri,
    canonicalQuery,
    ...Object.keys(headers)
      .sort()
      .map(h => `${h}:${headers[h]}`),
    '',
    signedHeaders,
    payloadHash
  ].join('\n')
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n')
  let signingKey = hmac(`AWS4${store.secretAccessKey}`, day)
  for (const part of [region, 's3', 'aws4_request']) signingKey = hmac(signingKey, part)
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex')
  const authorization = `AWS4-HMAC-SHA256 Credential=${store.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: canonicalUri + (canonicalQuery ? `?${canonicalQuery}` : ''),
        headers: {
          ...headers,
          authorization,
          'content-length': String(payload.length)
        },
        timeout: timeoutMs
      },
      res => {
        const chunks = []
        res.on('data', d => chunks.push(d))
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) })
        )
        res.on('error', reject)
      }
    )
    req.on('timeout', () => req.destroy(new Error(`S3 ${method} ${key}: timed out`)))
    req.on('error', reject)
    req.end(payload)
  })
}

/** Creates a bucket; one that this account already owns is fine. */
export async function createBucket(store, bucket) {
  const r = await s3Request(store, 'PUT', `/${bucket}`)
  if (r.status === 200) return
  if (r.status === 409 && r.body.toString().includes('BucketAlreadyOwnedByYou')) return
  throw new Error(`creating bucket ${bucket} at ${store.url}: HTTP ${r.status} ${r.body}`)
}

/** An object's bytes, or undefined when there is no such key (404). */
export async function getObject(store, bucket, key) {
  const r = await s3Request(store, 'GET', `/${bucket}/${key}`)
  if (r.status === 200) return r.body
  if (r.status === 404) return undefined
  throw new Error(`GET s3://${bucket}/${key} at ${store.url}: HTTP ${r.status} ${r.body}`)
}

/** Every key under `prefix` (ListObjectsV2, all pages). */
export async function listKeys(store, bucket, prefix = '') {
  const keys = []
  let token
  for (let page = 0; page < 1000; page++) {
    const query = { 'list-type': '2', prefix, ...(token ? { 'continuation-token': token } : {}) }
    const r = await s3Request(store, 'GET', `/${bucket}`, { query })
    if (r.status !== 200)
      throw new Error(
        `listing s3://${bucket}/${prefix} at ${store.url}: HTTP ${r.status} ${r.body}`
      )
    const xml = r.body.toString()
    for (const m of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) keys.push(unescapeXml(m[1]))
    token = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1]
    if (!/<IsTruncated>true<\/IsTruncated>/.test(xml) || !token) return keys
    token = unescapeXml(token)
  }
  throw new Error(`listing s3://${bucket}/${prefix}: more than 1000 pages`)
}

function unescapeXml(s) {
  return s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
}
