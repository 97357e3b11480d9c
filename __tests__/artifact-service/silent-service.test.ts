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
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { eventually } from '../helpers/github-server/action-octokit.js'
import {
  startArtifactService,
  type ArtifactService
} from '../helpers/artifact-service/start-artifact-service.js'
import { applyEnv } from '../helpers/artifact-service/with-env.js'

// A results service that never answers and a blob store whose upload stalls, against the
// real @actions/artifact: what a client's own bounds have to catch.
jest.setTimeout(30_000)

const SERVICE = 'github.actions.results.api.v1.ArtifactService'
const STILL_WAITING = 'still waiting'

let service: ArtifactService
let root: string
let files: string[]
let restoreEnv: () => void

beforeAll(async () => {
  service = await startArtifactService()
  root = await mkdtemp(join(tmpdir(), 'artifact-silent-'))
  files = [join(root, 'verdict.json')]
  await writeFile(files[0]!, '{"verdict":"unknown"}\n')
})

afterAll(async () => {
  await service?.stop()
  if (root) await rm(root, { recursive: true, force: true })
})

beforeEach(() => {
  restoreEnv = applyEnv(service.env)
  // @actions/core writes info/debug/::add-mask:: lines straight to stdout.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  service.clearFaults()
  service.dropSilentConnections()
})

describe('a silent results service', () => {
  it('holds uploadArtifact for as long as the caller waits: only its own bound ends it', async () => {
    service.injectFault({ method: 'CreateArtifact', fault: { kind: 'silent' } })
    const before = service.requests().length
    const upload = new DefaultArtifactClient().uploadArtifact('held', files, root)
    const outcome = upload.then(
      () => 'resolved',
      (error: Error) => error.message
    )

    // @actions/artifact's HttpClient has no socket timeout, so nothing inside it fires.
    expect(await Promise.race([outcome, sleep(1000, STILL_WAITING)])).toBe(STILL_WAITING)
    expect(service.requests().slice(before)).toEqual([
      expect.objectContaining({
        method: 'CreateArtifact',
        status: 0,
        fault: 'silent',
        clientGaveUp: false
      })
    ])

    expect(service.dropSilentConnections()).toBe(1)
    expect(await outcome).toMatch(/^Failed to CreateArtifact: Unable to make request: ECONNRESET/)
    expect(service.artifacts({ includeUnfinalized: true }).some(a => a.name === 'held')).toBe(false)
  })

  it('silence() holds every call until cleared, and records a client that gave up', async () => {
    service.silence()
    const before = service.requests().length
    const call = (signal?: AbortSignal) =>
      fetch(`${service.resultsUrl}/twirp/${SERVICE}/ListArtifacts`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}`
        },
        body: JSON.stringify({
          workflow_run_backend_id: service.ids.workflowRunBackendId,
          workflow_job_run_backend_id: service.ids.workflowJobRunBackendId
        }),
        ...(signal ? { signal } : {})
      })

    await expect(call(AbortSignal.timeout(300))).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(await eventually(() => service.requests()[before]?.clientGaveUp === true)).toBe(true)
    expect(service.pendingFaults()).toEqual([
      { method: '*', fault: { kind: 'silent' }, times: Infinity }
    ])

    service.clearFaults()
    expect((await call()).status).toBe(200)
  })
})

describe('a stalled blob upload', () => {
  it('ends in "Upload progress stalled." after ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS, never finalized', async () => {
    const restore = applyEnv({ ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: '300' })
    try {
      service.injectFault({ method: 'CreateArtifact', fault: { kind: 'stalled-upload-url' } })
      const before = service.requests().length

      await expect(
        new DefaultArtifactClient().uploadArtifact('stalled', files, root)
      ).rejects.toThrow('Upload progress stalled.')

      const [swallowed] = service.stalledUploads()
      expect(swallowed).toMatchObject({ method: 'PUT' })
      expect(new URL(swallowed!.url, 'http://x').pathname).toMatch(/\/stalled\.zip$/)
      expect(
        service
          .requests()
          .slice(before)
          .map(c => [c.method, c.status])
      ).toEqual([['CreateArtifact', 200]])
      expect(service.artifacts({ includeUnfinalized: true })).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'stalled', state: 'created' })])
      )
      await expect(service.blob('stalled')).rejects.toThrow(/has no blob in Azurite/)
    } finally {
      restore()
    }
  })

  it('refuses the fault on any call but CreateArtifact', () => {
    expect(() =>
      service.injectFault({ method: 'FinalizeArtifact', fault: { kind: 'stalled-upload-url' } })
    ).toThrow('stalled-upload-url only applies to CreateArtifact')
  })
})
