import { describe, expect, it } from '@jest/globals'
import type { RawInputs } from '../src/config.js'
import { parseConfig } from '../src/config.js'
import { ConfigurationError } from '../src/errors.js'
import { tempDir } from './helpers/sarif.js'

const cwd = tempDir()

function parse(
  raw: RawInputs,
  platform: 'action' | 'cli' = 'action',
  env: Record<string, string> = {}
) {
  return parseConfig({ sarif: 'a.sarif', ...raw }, env, platform, cwd)
}

function parseError(raw: RawInputs, platform: 'action' | 'cli' = 'action'): string {
  try {
    parse(raw, platform)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const { config, warnings } = parse({})
    expect(config.command).toBe('scan')
    expect(config.workspace).toBe(cwd)
    expect(config.scan.policy).toEqual({
      failOn: 'high',
      maxCounts: {},
      newOnly: false,
      include: [],
      exclude: [],
      allowRules: [],
      denyRules: [],
      countSuppressed: false
    })
    expect(config.scan.annotations).toBe(true)
    expect(config.scan.outputDir).toBe(`${cwd}/known-good-report`)
    expect(warnings).toEqual([])
  })

  it('reads multi-line inputs and repeated flags alike, dropping blanks and comments', () => {
    const action = parse({
      sarif: 'a.sarif\n\n  b/*.sarif  \n# not this',
      'exclude-paths': 'test/**\ndocs/**'
    })
    const cli = parse(
      { sarif: ['a.sarif', 'b/*.sarif'], 'exclude-paths': ['test/**', 'docs/**'] },
      'cli'
    )
    expect(action.config.scan.sarif).toEqual(['a.sarif', 'b/*.sarif'])
    expect(cli.config.scan).toEqual(action.config.scan)
  })

  it('parses max-counts from commas and lines', () => {
    expect(
      parse({ 'max-counts': 'high=2, medium = 10\nlow=0' }).config.scan.policy.maxCounts
    ).toEqual({ high: 2, medium: 10, low: 0 })
  })

  it('takes commit and run URL from inputs over the environment', () => {
    const { config } = parseConfig(
      { sarif: 'x', commit: 'ABCDEF1234567', 'run-url': 'https://ci.example/job/1' },
      { GITHUB_SHA: 'f'.repeat(40) },
      'action',
      cwd
    )
    expect(config.identity).toMatchObject({
      commit: 'abcdef1234567',
      runUrl: 'https://ci.example/job/1'
    })
  })

  it('knows GitLab and Jenkins from their environment', () => {
    const gitlab = parseConfig(
      { sarif: 'x' },
      {
        CI_COMMIT_SHA: 'a'.repeat(40),
        CI_JOB_URL: 'https://gitlab.example/p/-/jobs/9',
        CI_PROJECT_PATH: 'g/p'
      },
      'cli',
      cwd
    )
    expect(gitlab.config.identity).toMatchObject({
      commit: 'a'.repeat(40),
      runUrl: 'https://gitlab.example/p/-/jobs/9',
      repository: 'g/p'
    })
    const jenkins = parseConfig(
      { sarif: 'x' },
      { GIT_COMMIT: 'b'.repeat(40), BUILD_URL: 'https://jenkins.example/job/1/' },
      'cli',
      cwd
    )
    expect(jenkins.config.identity).toMatchObject({
      commit: 'b'.repeat(40),
      runUrl: 'https://jenkins.example/job/1/'
    })
  })

  it.each([
    [
      { 'fail-on': 'hgih' },
      `input 'fail-on' is "hgih": expected one of critical, high, medium, low, note, none`
    ],
    [{ 'max-counts': 'hihg=2' }, `input 'max-counts' is "hihg=2": expected entries like high=2`],
    [{ 'max-counts': 'high=-1' }, `input 'max-counts' is "high=-1"`],
    [{ 'new-only': 'yes' }, `input 'new-only' is "yes": expected true or false`],
    [{ command: 'deploy' }, `input 'command' is "deploy": expected one of scan`],
    [
      { workspace: '/no/such/dir' },
      `input 'workspace' is "/no/such/dir": expected an existing directory`
    ],
    [{ commit: 'main' }, `input 'commit' is "main": expected a commit SHA`],
    [
      { 'run-url': 'javascript:alert(1)' },
      `input 'run-url' is "javascript:alert(1)": expected an http(s) URL`
    ],
    [{ sarif: '' }, `input 'sarif' is required`]
  ])('names the input, the value and what is expected: %j', (raw, message) => {
    expect(parseError(raw)).toContain(message)
  })

  it('names CLI flags as flags', () => {
    expect(parseError({ 'fail-on': 'x' }, 'cli')).toMatch(/^--fail-on is "x"/)
  })

  it('accepts fail-on in any case', () => {
    expect(parse({ 'fail-on': 'CRITICAL' }).config.scan.policy.failOn).toBe('critical')
  })
})
