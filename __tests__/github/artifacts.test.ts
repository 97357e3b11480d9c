import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionsArtifacts } from '../../src/github/artifacts.js'
import type { ArtifactService } from '../helpers/artifact-service/start-artifact-service.js'
import { startArtifactService } from '../helpers/artifact-service/start-artifact-service.js'
import { zipTextFiles } from '../helpers/artifact-service/read-zip.js'
import { applyEnv } from '../helpers/artifact-service/with-env.js'
import { tempDir } from '../helpers/sarif.js'

jest.setTimeout(60_000)

describe('report artifact upload (real @actions/artifact client, Azurite behind a results-service stand-in)', () => {
  let service: ArtifactService
  let restore: () => void
  let write: typeof process.stdout.write

  beforeAll(async () => {
    service = await startArtifactService()
    restore = applyEnv(service.env)
    // The client logs through @actions/core; keep its workflow commands out of the test output.
    write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (() => true) as typeof process.stdout.write
  })

  afterAll(async () => {
    process.stdout.write = write
    restore()
    await service.stop()
  })

  it('uploads the report files and returns the artifact id and link', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'r'))
    const files = ['verdict.json', 'merged.sarif', 'report.md'].map(name => {
      const path = join(dir, 'r', name)
      writeFileSync(path, `content of ${name}`)
      return path
    })
    const uploader = actionsArtifacts({
      serverUrl: 'https://github.com',
      repository: 'o/r',
      runId: '42'
    })
    const artifact = await uploader.upload('known-good-report', files, join(dir, 'r'))
    expect(artifact.url).toBe(`https://github.com/o/r/actions/runs/42/artifacts/${artifact.id}`)
    expect(service.artifacts().map(a => [a.id, a.name])).toEqual([
      [artifact.id, 'known-good-report']
    ])
    expect(zipTextFiles(await service.blob('known-good-report'))).toEqual({
      'verdict.json': 'content of verdict.json',
      'merged.sarif': 'content of merged.sarif',
      'report.md': 'content of report.md'
    })
  })

  it('is not abandoned when it fails on its own before the signal', async () => {
    const uploader = actionsArtifacts({})
    service.failNext('CreateArtifact', 'permission_denied')
    const dir = tempDir()
    writeFileSync(join(dir, 'verdict.json'), '{}')
    await expect(
      uploader.upload('refused', [join(dir, 'verdict.json')], dir, AbortSignal.timeout(10_000))
    ).rejects.toThrow(/CreateArtifact/)
    expect(uploader.abandoned).toBe(false)
  })

  // Last: the abandoned upload keeps retrying in the background (@actions/artifact takes no
  // signal), and a retry would use up a fault a later test set for its own upload.
  it('gives up on a silent results service when its signal aborts, and says the upload was abandoned', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'verdict.json'), '{}')
    const uploader = actionsArtifacts({ stallTimeoutMs: 1000 })
    service.silence()
    try {
      const upload = uploader.upload(
        'held',
        [join(dir, 'verdict.json')],
        dir,
        AbortSignal.timeout(300)
      )
      await expect(upload).rejects.toMatchObject({ name: 'TimeoutError' })
      expect(uploader.abandoned).toBe(true)
      // The blob stall detector got api-timeout, as the runner did not set one.
      expect(process.env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS).toBe('1000')
    } finally {
      service.clearFaults()
      service.dropSilentConnections()
      delete process.env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS
    }
    expect(service.artifacts().some(a => a.name === 'held')).toBe(false)
  })
})
