import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { DefaultArtifactClient } from '@actions/artifact'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  startArtifactService,
  type ArtifactService
} from '../helpers/artifact-service/start-artifact-service.js'
import { readZip, zipTextFiles } from '../helpers/artifact-service/read-zip.js'
import { applyEnv } from '../helpers/artifact-service/with-env.js'

// Real @actions/artifact against Azurite behind the results-service stand-in.
jest.setTimeout(30_000)

let service: ArtifactService
let root: string
let files: string[]
let restoreEnv: () => void
let stdout: string[]

const CONTENTS: Record<string, string> = {
  'verdict.json': '{"verdict":"pass","findings":0}\n',
  'sarif/scan.sarif': JSON.stringify({ version: '2.1.0', runs: [] }),
  'notes/ünïcode ok.txt': 'known-good ✓\n'
}

beforeAll(async () => {
  service = await startArtifactService()
  root = await mkdtemp(join(tmpdir(), 'artifact-upload-'))
  files = []
  for (const [relative, content] of Object.entries(CONTENTS)) {
    const path = join(root, relative)
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, content)
    files.push(path)
  }
})

afterAll(async () => {
  await service?.stop()
  if (root) await rm(root, { recursive: true, force: true })
})

beforeEach(() => {
  restoreEnv = applyEnv(service.env)
  stdout = []
  // @actions/core writes info/debug/::add-mask:: lines straight to stdout.
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  service.clearFaults()
})

describe('uploadArtifact against Azurite', () => {
  it('uploads, finalizes and stores a zip with the files', async () => {
    const result = await new DefaultArtifactClient().uploadArtifact('verdict', files, root)

    expect(result.id).toBeGreaterThan(0)
    const [artifact] = service.artifacts().filter(a => a.name === 'verdict')
    expect(artifact).toMatchObject({
      id: result.id,
      state: 'finalized',
      version: 7,
      mimeType: 'application/zip',
      workflowRunBackendId: service.ids.workflowRunBackendId,
      workflowJobRunBackendId: service.ids.workflowJobRunBackendId
    })

    const zip = await service.blob('verdict')
    expect(zipTextFiles(zip)).toEqual(CONTENTS)
    expect(readZip(zip).every(entry => entry.method === 8 || entry.data.length === 0)).toBe(true)

    // What the client reported at finalize is what Azurite holds.
    const digest = createHash('sha256').update(zip).digest('hex')
    expect(result).toEqual({ id: result.id, size: zip.length, digest })
    expect(artifact).toMatchObject({
      size: zip.length,
      hash: `sha256:${digest}`,
      blobSize: zip.length,
      blobDigest: `sha256:${digest}`,
      blobContentType: 'application/zip'
    })
    expect(service.requests().map(call => [call.method, call.status])).toEqual(
      expect.arrayContaining([
        ['CreateArtifact', 200],
        ['FinalizeArtifact', 200]
      ])
    )
    // The SAS signature was masked for the log.
    expect(stdout.some(line => line.startsWith('::add-mask::'))).toBe(true)
  })

  it('refuses a second artifact with the same name, as the results service does', async () => {
    const client = new DefaultArtifactClient()
    const first = await client.uploadArtifact('twice', [files[0]!], root)

    await expect(client.uploadArtifact('twice', [files[1]!], root)).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run'
    )
    expect(service.artifacts({ includeUnfinalized: true }).filter(a => a.name === 'twice')).toEqual(
      [expect.objectContaining({ id: first.id })]
    )
    expect(Object.keys(zipTextFiles(await service.blob('twice')))).toEqual(['verdict.json'])
  })

  it('supports list, get, download and delete through the same client', async () => {
    const client = new DefaultArtifactClient()
    const { id } = await client.uploadArtifact('roundtrip', files, root)
    if (id === undefined) throw new Error('uploadArtifact returned no id')

    const { artifacts } = await client.listArtifacts()
    expect(artifacts).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, name: 'roundtrip' })])
    )
    const { artifact } = await client.getArtifact('roundtrip')
    expect(artifact.digest).toMatch(/^sha256:[0-9a-f]{64}$/)

    const into = await mkdtemp(join(tmpdir(), 'artifact-download-'))
    try {
      await client.downloadArtifact(id, { path: into })
      for (const [relative, content] of Object.entries(CONTENTS)) {
        expect(await readFile(join(into, relative), 'utf8')).toBe(content)
      }
    } finally {
      await rm(into, { recursive: true, force: true })
    }

    await expect(client.deleteArtifact('roundtrip')).resolves.toEqual({ id })
    expect(service.artifacts().some(a => a.name === 'roundtrip')).toBe(false)
    await expect(client.getArtifact('roundtrip')).rejects.toThrow('Artifact not found')
  })
})

describe('injected faults', () => {
  it('surfaces a non-retryable CreateArtifact error without retrying', async () => {
    service.failNext('CreateArtifact', 'permission_denied', { msg: 'injected refusal' })

    await expect(
      new DefaultArtifactClient().uploadArtifact('refused', files, root)
    ).rejects.toThrow('(403) Forbidden: injected refusal')
    expect(service.requests().filter(c => c.method === 'CreateArtifact' && c.fault)).toHaveLength(1)
    expect(service.pendingFaults()).toEqual([])
    expect(service.artifacts({ includeUnfinalized: true }).some(a => a.name === 'refused')).toBe(
      false
    )
  })

  it('retries a 503 once and then succeeds (the client sleeps ~3 s)', async () => {
    service.failNext('CreateArtifact', 'unavailable')
    const before = service.requests().length

    const { id } = await new DefaultArtifactClient().uploadArtifact('retried', files, root)

    const calls = service.requests().slice(before)
    expect(calls.map(c => [c.method, c.status, c.fault])).toEqual([
      ['CreateArtifact', 503, 'twirp'],
      ['CreateArtifact', 200, undefined],
      ['FinalizeArtifact', 200, undefined]
    ])
    expect(service.artifacts().find(a => a.name === 'retried')?.id).toBe(id)
  })

  // ArtifactHttpClient.request re-wraps every error as a plain Error("Failed to <RPC>: …"),
  // so UsageError/NetworkError reach the caller by message only.
  it('reports quota exhaustion with the UsageError message', async () => {
    service.failNext('CreateArtifact', 'resource_exhausted', {
      msg: 'insufficient usage to create artifact'
    })
    await expect(new DefaultArtifactClient().uploadArtifact('quota', files, root)).rejects.toThrow(
      'Failed to CreateArtifact: Artifact storage quota has been hit'
    )
  })

  it('leaves an unfinalized artifact when FinalizeArtifact drops the connection', async () => {
    service.injectFault({ method: 'FinalizeArtifact', fault: { kind: 'reset' } })

    await expect(
      new DefaultArtifactClient().uploadArtifact('dropped', files, root)
    ).rejects.toThrow('Failed to FinalizeArtifact: Unable to make request: ECONNRESET')
    expect(service.artifacts().some(a => a.name === 'dropped')).toBe(false)
    expect(service.artifacts({ includeUnfinalized: true })).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'dropped', state: 'created' })])
    )
    // The bytes did reach Azurite.
    expect(zipTextFiles(await service.blob('dropped'))).toEqual(CONTENTS)
  })

  it('fails the upload when blob storage refuses the signed URL', async () => {
    service.injectFault({ method: 'CreateArtifact', fault: { kind: 'expired-upload-url' } })

    await expect(
      new DefaultArtifactClient().uploadArtifact('expired', files, root)
    ).rejects.toMatchObject({ statusCode: 403 })
    const finalized = service
      .requests()
      .filter(call => call.method === 'FinalizeArtifact')
      .map(call => (call.request as { name?: string }).name)
    expect(finalized).not.toContain('expired')
  })
})
