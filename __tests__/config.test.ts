import { describe, expect, it } from '@jest/globals'
import type { Config, ConfigOf, RawInputs } from '../src/config/index.js'
import { parseConfig } from '../src/config/index.js'
import type { Command } from '../src/config/inputs.js'
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

/** The config, checked to be the command's own member of the union. */
function as<C extends Command>(command: C, config: Config): ConfigOf<C> {
  expect(config.command).toBe(command)
  return config as ConfigOf<C>
}

function scanOf(raw: RawInputs, platform: 'action' | 'cli' = 'action') {
  return as('scan', parse(raw, platform).config)
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
    const { config: parsed, warnings } = parse({})
    const config = as('scan', parsed)
    expect(config.command).toBe('scan')
    expect(config.workspace).toBe(cwd)
    expect(config.policy).toEqual({
      failOn: 'high',
      maxCounts: {},
      newOnly: false,
      include: [],
      exclude: [],
      allowRules: [],
      denyRules: [],
      countSuppressed: false
    })
    expect(config.annotations).toBe(true)
    expect(config.outputDir).toBe(`${cwd}/known-good-report`)
    expect(warnings).toEqual([])
  })

  it('reads multi-line inputs and repeated flags alike, dropping blanks and comments', () => {
    const action = scanOf({
      sarif: 'a.sarif\n\n  b/*.sarif  \n# not this',
      'exclude-paths': 'test/**\ndocs/**'
    })
    const cli = scanOf(
      { sarif: ['a.sarif', 'b/*.sarif'], 'exclude-paths': ['test/**', 'docs/**'] },
      'cli'
    )
    expect(action.sarif).toEqual(['a.sarif', 'b/*.sarif'])
    expect({ sarif: cli.sarif, policy: cli.policy }).toEqual({
      sarif: action.sarif,
      policy: action.policy
    })
  })

  it('parses max-counts from commas and lines', () => {
    expect(scanOf({ 'max-counts': 'high=2, medium = 10\nlow=0' }).policy.maxCounts).toEqual({
      high: 2,
      medium: 10,
      low: 0
    })
  })

  it('parses path-map entries: absolute or file:// prefixes, places relative to the workspace', () => {
    expect(
      scanOf({
        'path-map': `/src=.\nfile:///build/app/=services/api/\nC:\\agent\\_work\\1\\s=\n/opt/x=${cwd}/lib`
      }).pathMap
    ).toEqual([
      { from: '/src', to: '' },
      { from: '/build/app', to: 'services/api' },
      { from: 'C:/agent/_work/1/s', to: '' },
      { from: '/opt/x', to: 'lib' }
    ])
    expect(scanOf({}).pathMap).toEqual([])
  })

  it('takes commit and run URL from inputs over the environment', () => {
    const { config } = parseConfig(
      { sarif: 'x', commit: 'ABCDEF1234567', 'run-url': 'https://ci.example/job/1' },
      { GITHUB_SHA: 'f'.repeat(40) },
      'action',
      cwd
    )
    expect(as('scan', config).identity).toMatchObject({
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
    expect(as('scan', gitlab.config).identity).toMatchObject({
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
    expect(as('scan', jenkins.config).identity).toMatchObject({
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
    [{ sarif: '' }, `input 'sarif' is required`],
    [{ 'api-timeout': 'soon' }, `input 'api-timeout' is "soon": expected a duration`],
    [{ 'api-timeout': '0s' }, `input 'api-timeout' is "0s": expected a duration`],
    [{ 'reporting-timeout': '-5m' }, `input 'reporting-timeout' is "-5m": expected a duration`],
    [{ 'max-annotations': '-1' }, `input 'max-annotations' is "-1": expected a whole number`],
    [{ 'max-annotations': 'all' }, `input 'max-annotations' is "all": expected a whole number`],
    [{ 'code-scanning': 'on' }, `input 'code-scanning' is "on": expected true or false`],
    [
      { 'output-dir': '/dev/null' },
      `input 'output-dir' is "/dev/null": /dev/null is a character device, not a directory: name a directory this step can write or create`
    ],
    [{ 'path-map': '/src' }, `input 'path-map' is "/src": expected from=to`],
    [
      { 'path-map': 'src=.' },
      `input 'path-map' is "src=.": the part before '=' must be an absolute path`
    ],
    [
      { 'path-map': '/src=../elsewhere' },
      `input 'path-map' is "/src=../elsewhere": the part after '=' must not leave the workspace`
    ],
    [
      { 'path-map': '/src=/etc' },
      `input 'path-map' is "/src=/etc": the part after '=' must be inside the workspace`
    ]
  ])('names the input, the value and what is expected: %j', (raw, message) => {
    expect(parseError(raw)).toContain(message)
  })

  it.each([
    [{ command: 'label-backup' }, 'label-backup needs exactly one of'],
    [
      { command: 'label-backup', 'backup-name': 'a', schedule: 'b' },
      'label-backup needs exactly one of'
    ],
    [
      { command: 'label-backup', create: 'true' },
      `input 'create' with provider velero needs input 'schedule'`
    ],
    [
      { command: 'label-backup', create: 'true', provider: 'csi' },
      `input 'create' with provider csi needs input 'pvc-selector'`
    ],
    [
      { command: 'label-backup', 'backup-name': 'a', provider: 'longhorn' },
      `input 'provider' is "longhorn": expected one of velero, csi`
    ],
    [
      { command: 'label-backup', 'backup-name': 'a', timeout: 'soon' },
      `input 'timeout' is "soon": expected a duration`
    ],
    [
      { command: 'label-backup', 'backup-name': 'a', 'label-prefix': 'Bad Prefix' },
      `input 'label-prefix' is "Bad Prefix"`
    ],
    [{ command: 'restore' }, `input 'reason' is required for restore`],
    [
      { command: 'restore', reason: 'incident', 'existing-resource-policy': 'overwrite' },
      `input 'existing-resource-policy' is "overwrite": expected one of none, update`
    ],
    [
      { command: 'restore', reason: 'incident', 'namespace-mapping': 'a:b' },
      `input 'namespace-mapping' is "a:b": expected old=new`
    ]
  ])('cluster commands: %j', (raw, message) => {
    expect(parseError(raw)).toContain(message)
  })

  describe('GitHub reporting bounds and code scanning', () => {
    const env = {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge'
    }
    const github = (raw: RawInputs, extra: Record<string, string> = {}) => {
      const config = as(
        'scan',
        parse({ 'github-token': 't', ...raw }, 'action', { ...env, ...extra }).config
      )
      return config.github!
    }

    it('defaults: 60 s per request, 5 min in all, 1,000 annotations, no code scanning', () => {
      const config = github({})
      expect(config).toMatchObject({ apiTimeoutMs: 60_000, reportingTimeoutMs: 300_000 })
      expect(config.feedback).toMatchObject({ maxAnnotations: 1000 })
      expect(config.feedback.codeScanning).toBeUndefined()
    })

    it('code scanning takes the run ref and commit, and the workspace as checkout_uri', () => {
      const config = github({
        'code-scanning': 'true',
        'api-timeout': '1500ms',
        'max-annotations': '0'
      })
      expect(config.apiTimeoutMs).toBe(1500)
      expect(config.feedback.maxAnnotations).toBe(0)
      expect(config.feedback.codeScanning).toEqual({
        ref: 'refs/pull/7/merge',
        commitSha: 'a'.repeat(40),
        checkoutUri: `file://${cwd}`
      })
    })

    it('code scanning without the ref of the run is a configuration error naming it', () => {
      expect(() => github({ 'code-scanning': 'true' }, { GITHUB_REF: '' })).toThrow(
        /input 'code-scanning' needs the ref and commit of the run: GITHUB_REF is ""/
      )
    })

    it('restore and backups read api-timeout too', () => {
      const { config } = parseConfig(
        { command: 'backups', 'github-token': 't', 'api-timeout': '5s' },
        env,
        'action',
        cwd
      )
      expect(config.command === 'backups' && config.github?.apiTimeoutMs).toBe(5000)
    })
  })

  it('reads the cluster commands into typed sections', () => {
    const label = as(
      'label-backup',
      parse({
        command: 'label-backup',
        schedule: 'nightly',
        create: 'true',
        timeout: '10m'
      }).config
    )
    expect({ ...label.backups, timeoutMs: label.timeoutMs }).toMatchObject({
      provider: 'velero',
      namespace: 'velero',
      labelPrefix: 'known-good.dev/',
      timeoutMs: 600_000
    })
    expect(label).toMatchObject({
      target: { kind: 'create', source: 'nightly' },
      wait: true
    })
    const restore = as(
      'restore',
      parse({
        command: 'restore',
        reason: 'incident 42',
        'namespace-mapping': 'shop=shop-restored',
        'dry-run': 'true'
      }).config
    )
    expect(restore).toMatchObject({
      backup: 'latest-known-good',
      mapping: new Map([['shop', 'shop-restored']]),
      dryRun: true,
      existingResourcePolicy: 'none'
    })
  })

  it('warns about inputs the command ignores', () => {
    expect(parse({ command: 'restore', reason: 'x', 'fail-on': 'low' }).warnings).toEqual([
      `input 'sarif' is ignored by the restore command`,
      `input 'fail-on' is ignored by the restore command`
    ])
  })

  it('names CLI flags as flags', () => {
    expect(parseError({ 'fail-on': 'x' }, 'cli')).toMatch(/^--fail-on is "x"/)
  })

  it('accepts fail-on in any case', () => {
    expect(scanOf({ 'fail-on': 'CRITICAL' }).policy.failOn).toBe('critical')
  })
})
