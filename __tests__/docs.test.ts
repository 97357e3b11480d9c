import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { VERSION } from '../src/version.js'

describe('generated docs and metadata', () => {
  it('action.yml and the README tables match src/inputs.ts', () => {
    const check = spawnSync(
      process.execPath,
      ['--experimental-transform-types', 'scripts/generate-docs.mjs', '--check'],
      {
        encoding: 'utf8'
      }
    )
    expect(check.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, '')).toBe('')
    expect(check.status).toBe(0)
  })

  it('the version constant is the package version', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION)
  })

  it('the action runs dist/index.js on node24', () => {
    const action = readFileSync('action.yml', 'utf8')
    expect(action).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/index\.js/)
  })
})
