import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConfig } from '../../src/config/index.js'
import { ConfigurationError } from '../../src/errors.js'
import { readEventFile } from '../../src/github/event.js'
import { EVENT_FILES } from '../helpers/hostile-environment.js'
import { tempDir } from '../helpers/sarif.js'

describe('GITHUB_EVENT_PATH', () => {
  it.each(EVENT_FILES.map(c => [c.name, c] as const))(
    '%s: a configuration error that names GITHUB_EVENT_PATH and says what to do',
    (_name, hostile) => {
      const path = hostile.make(tempDir('kg-event-'))
      let error: unknown
      try {
        readEventFile(path)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ConfigurationError)
      const message = (error as Error).message
      expect(message).toContain(`GITHUB_EVENT_PATH is ${JSON.stringify(path)}`)
      expect(message).toMatch(hostile.problem)
      expect(message).toMatch(/unset GITHUB_EVENT_PATH, or point it at that JSON file/)
    }
  )

  it('reads a payload, and nothing when unset', () => {
    const path = join(tempDir('kg-event-'), 'event.json')
    writeFileSync(path, '{"pull_request":{"number":7}}')
    expect(readEventFile(path)).toEqual({ pull_request: { number: 7 } })
    expect(readEventFile(undefined)).toBeUndefined()
    expect(readEventFile('')).toBeUndefined()
  })

  it('is read only by a command that needs it', () => {
    const env = { GITHUB_REPOSITORY: 'o/r' }
    const broken = () => readEventFile(EVENT_FILES[0]!.make(tempDir('kg-event-')))
    const raw = { command: 'backups', kubeconfig: 'apiVersion: v1' }
    expect(() => parseConfig(raw, env, 'action', tempDir(), broken)).not.toThrow()
    expect(() =>
      parseConfig(
        { command: 'scan', sarif: 'a.sarif', 'github-token': 't' },
        env,
        'action',
        tempDir(),
        broken
      )
    ).toThrow(/GITHUB_EVENT_PATH is .*: it is not JSON/)
  })
})
