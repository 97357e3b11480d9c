import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { request } from 'node:http'
import {
  startArtifactService,
  type ArtifactService
} from '../helpers/artifact-service/start-artifact-service.js'
import { mintRuntimeToken, newTokenSecret } from '../helpers/artifact-service/runtime-token.js'

// The Twirp stand-in spoken to directly: routing, validation, error shapes, faults.
jest.setTimeout(30_000)

const SERVICE = 'github.actions.results.api.v1.ArtifactService'
let service: ArtifactService

beforeAll(async () => {
  service = await startArtifactService({
    workflowRunBackendId: 'run-1',
    workflowJobRunBackendId: 'job-1'
  })
})

afterAll(async () => {
  await service?.stop()
})

afterEach(() => service.clearFaults())

interface Reply {
  status: number
  body: unknown
  text: string
}

async function rpc(
  method: string,
  body: unknown,
  options: { token?: string | null; contentType?: string; httpMethod?: string } = {}
): Promise<Reply> {
  const headers: Record<string, string> = {
    'Content-Type': options.contentType ?? 'application/json'
  }
  const token = options.token === undefined ? service.env.ACTIONS_RUNTIME_TOKEN : options.token
  if (token !== null && token !== undefined) headers['Authorization'] = `Bearer ${token}`
  const response = await fetch(`${service.resultsUrl}/twirp/${SERVICE}/${method}`, {
    method: options.httpMethod ?? 'POST',
    headers,
    ...(options.httpMethod === 'GET'
      ? {}
      : { body: typeof body === 'string' ? body : JSON.stringify(body) })
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // keep the text
  }
  return { status: response.status, body: parsed, text }
}

const ids = { workflow_run_backend_id: 'run-1', workflow_job_run_backend_id: 'job-1' }

describe('runtime token and env', () => {
  it('hands out the variables @actions/artifact reads', () => {
    expect(Object.keys(service.env).sort()).toEqual([
      'ACTIONS_RESULTS_URL',
      'ACTIONS_RUNTIME_TOKEN',
      'GITHUB_SERVER_URL',
      'NO_PROXY',
      'no_proxy'
    ])
    expect(service.env.ACTIONS_RESULTS_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const payload = JSON.parse(
      Buffer.from(service.env.ACTIONS_RUNTIME_TOKEN!.split('.')[1]!, 'base64url').toString()
    ) as { scp: string }
    expect(payload.scp.split(' ')).toContain('Actions.Results:run-1:job-1')
  })

  it('refuses calls without a token, or with a token it did not sign', async () => {
    expect(await rpc('ListArtifacts', ids, { token: null })).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated', msg: 'missing bearer token' }
    })
    const forged = mintRuntimeToken(
      { workflowRunBackendId: 'run-1', workflowJobRunBackendId: 'job-1' },
      newTokenSecret()
    )
    expect(await rpc('ListArtifacts', ids, { token: forged })).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated', msg: 'token signature is invalid' }
    })
  })

  it('refuses backend ids other than the token scope', async () => {
    const reply = await rpc('ListArtifacts', { ...ids, workflow_run_backend_id: 'run-2' })
    expect(reply).toMatchObject({ status: 403, body: { code: 'permission_denied' } })
  })
})

describe('Twirp routing and validation', () => {
  it.each([
    ['GET', 'ListArtifacts', 'application/json', /unsupported method GET/],
    ['POST', 'NoSuchRpc', 'application/json', /no handler for path/],
    ['POST', 'ListArtifacts', 'application/protobuf', /unexpected Content-Type/]
  ])('%s %s (%s) is a bad_route', async (httpMethod, method, contentType, msg) => {
    const reply = await rpc(method, ids, { httpMethod, contentType })
    expect(reply.status).toBe(404)
    expect(reply.body).toMatchObject({ code: 'bad_route', msg: expect.stringMatching(msg) })
  })

  it('answers malformed JSON with malformed', async () => {
    expect(await rpc('ListArtifacts', '{"workflow_run_backend_id":')).toMatchObject({
      status: 400,
      body: { code: 'malformed' }
    })
  })

  it.each([
    [{ workflow_job_run_backend_id: 'job-1', name: 'a', version: 7 }, 'workflow_run_backend_id'],
    [{ workflow_run_backend_id: 'run-1', name: 'a', version: 7 }, 'workflow_job_run_backend_id'],
    [{ ...ids, version: 7 }, 'name']
  ])('CreateArtifact %j lacks %s', async (body, argument) => {
    expect(await rpc('CreateArtifact', body)).toMatchObject({
      status: 400,
      body: { code: 'invalid_argument', msg: `${argument} is required`, meta: { argument } }
    })
  })

  it('checks version, expires_at and the name characters', async () => {
    expect((await rpc('CreateArtifact', { ...ids, name: 'v', version: 3 })).body).toMatchObject({
      code: 'invalid_argument',
      msg: 'version must be 4 or greater, got 3'
    })
    const past = { ...ids, name: 'p', version: 7, expires_at: '2001-01-01T00:00:00Z' }
    expect((await rpc('CreateArtifact', past)).body).toMatchObject({
      msg: 'expires_at must be in the future'
    })
    expect((await rpc('CreateArtifact', { ...ids, name: 'a/b', version: 7 })).status).toBe(400)
  })

  it('signs an Azurite create/write URL and accepts JSON names in either casing', async () => {
    const reply = await rpc('CreateArtifact', {
      workflowRunBackendId: 'run-1',
      workflowJobRunBackendId: 'job-1',
      name: 'camel',
      version: 7,
      mimeType: 'application/zip'
    })
    expect(reply.status).toBe(200)
    const { ok, signed_upload_url } = reply.body as { ok: boolean; signed_upload_url: string }
    expect(ok).toBe(true)
    const url = new URL(signed_upload_url)
    expect(`${url.origin}${url.pathname}`).toBe(
      `${service.blobEndpoint}/${service.containerName}/run-1/job-1/${service.artifacts({ includeUnfinalized: true }).at(-1)?.id}/camel.zip`
    )
    expect(url.searchParams.get('sp')).toBe('cw')
    expect(url.searchParams.get('sig')).toBeTruthy()
  })

  it('finalizes only what was created and uploaded', async () => {
    expect(
      await rpc('FinalizeArtifact', { ...ids, name: 'never-created', size: '1' })
    ).toMatchObject({ status: 404, body: { code: 'not_found' } })
    await rpc('CreateArtifact', { ...ids, name: 'not-uploaded', version: 7 })
    expect(
      await rpc('FinalizeArtifact', { ...ids, name: 'not-uploaded', size: '1' })
    ).toMatchObject({
      status: 412,
      body: { code: 'failed_precondition', msg: 'artifact content was not uploaded' }
    })
    expect(
      (await rpc('FinalizeArtifact', { ...ids, name: 'not-uploaded', hash: 'md5:abc' })).body
    ).toMatchObject({ code: 'invalid_argument' })
  })

  it('answers not_found for a signed URL or delete of an unknown artifact', async () => {
    for (const method of ['GetSignedArtifactURL', 'DeleteArtifact']) {
      expect(await rpc(method, { ...ids, name: 'nothing' })).toMatchObject({
        status: 404,
        body: { code: 'not_found', msg: 'artifact not found' }
      })
    }
  })
})

describe('fault injection', () => {
  it('answers a raw non-JSON body with the given status', async () => {
    service.injectFault({
      method: 'ListArtifacts',
      fault: { kind: 'raw', status: 502, body: '<html>Bad Gateway</html>' }
    })
    expect(await rpc('ListArtifacts', ids)).toMatchObject({
      status: 502,
      text: '<html>Bad Gateway</html>'
    })
    expect((await rpc('ListArtifacts', ids)).status).toBe(200)
  })

  it('counts down `times`, matches "*" and can override the status', async () => {
    service.failNext('*', 'resource_exhausted', { times: 2, msg: 'slow down' })
    expect(await rpc('ListArtifacts', ids)).toMatchObject({
      status: 429,
      body: { code: 'resource_exhausted', msg: 'slow down' }
    })
    expect(service.pendingFaults()).toEqual([
      {
        method: '*',
        fault: { kind: 'twirp', code: 'resource_exhausted', msg: 'slow down' },
        times: 1
      }
    ])
    expect((await rpc('GetSignedArtifactURL', { ...ids, name: 'x' })).status).toBe(429)
    expect((await rpc('ListArtifacts', ids)).status).toBe(200)

    service.injectFault({
      method: 'ListArtifacts',
      fault: { kind: 'twirp', code: 'internal', status: 504 }
    })
    expect((await rpc('ListArtifacts', ids)).status).toBe(504)
  })

  it('drops the connection or delays the answer', async () => {
    service.injectFault({ method: 'ListArtifacts', fault: { kind: 'reset' } })
    await expect(rawPost('ListArtifacts')).rejects.toMatchObject({ code: 'ECONNRESET' })

    service.injectFault({ method: 'ListArtifacts', fault: { kind: 'delay', ms: 200 } })
    const started = Date.now()
    expect((await rpc('ListArtifacts', ids)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
  })
})

describe('stop', () => {
  it('frees both ports and is idempotent', async () => {
    const other = await startArtifactService()
    const blobPort = Number(new URL(other.blobEndpoint).port)
    const resultsPort = Number(new URL(other.resultsUrl).port)
    expect(other.startupMs).toBeGreaterThan(0)
    await Promise.all([other.stop(), other.stop()])
    await other.stop()
    await expect(fetch(`http://127.0.0.1:${blobPort}/`)).rejects.toThrow()
    await expect(fetch(`http://127.0.0.1:${resultsPort}/`)).rejects.toThrow()
  })
})

/** A bare POST, so the socket error code is visible (fetch wraps it). */
function rawPost(method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${service.resultsUrl}/twirp/${SERVICE}/${method}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}`
        }
      },
      res => {
        res.resume()
        resolve(res.statusCode ?? 0)
      }
    )
    req.on('error', reject)
    req.end(JSON.stringify(ids))
  })
}
