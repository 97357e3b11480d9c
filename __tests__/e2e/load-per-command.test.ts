import { describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DIST, runCliProcess } from '../helpers/dist.js'
import { log, run, tempDir } from '../helpers/sarif.js'

// Each command loads only the chunks of the bundle it runs (ARCHITECTURE.md, "Layers"): the
// files the process loaded are recorded by a module hook preloaded into it, and each is told
// apart by a definition only its part of the sources has.
jest.setTimeout(60_000)

/** A definition of each part (the bundler may put a module's name before its own). */
const PART = {
  'the Kubernetes client': /\bclass (\w+_)?KubeConfig\b/,
  'the GitHub client': /\bclass (\w+_)?Octokit\b/,
  'the command parsers': /\bfunction (\w+_)?parseScan\(/,
  'the SARIF reader': /\bclass (\w+_)?SarifScanner\b/,
  'the report files': /\bfunction (\w+_)?writeJUnit\(/,
  'the health checks': /\bfunction (\w+_)?evaluateHealth\(/
} as const
type Part = keyof typeof PART

/** Runs the CLI with a hook that records every file of the bundle it loads; the parts loaded. */
function partsLoaded(args: string[], cwd: string): { parts: Set<Part>; files: number } {
  const record = join(tempDir('kg-loads-'), 'loaded.json')
  const hook = [
    "import{registerHooks}from'node:module'",
    "import{writeFileSync}from'node:fs'",
    'const loaded=[]',
    'registerHooks({load(url,context,next){loaded.push(url);return next(url,context)}})',
    `process.on('exit',()=>writeFileSync(${JSON.stringify(record)},JSON.stringify(loaded)))`
  ].join(';')
  // Bounded: spawnSync blocks this process, so Jest's own timeout could not end a hang.
  runCliProcess(
    args,
    cwd,
    {},
    {
      nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(hook)}`],
      timeoutMs: 30_000
    }
  )
  expect(existsSync(record)).toBe(true)
  const bundle = dirname(DIST)
  const files = (JSON.parse(readFileSync(record, 'utf8')) as string[])
    .filter(url => url.startsWith('file:'))
    .map(url => fileURLToPath(url))
    .filter(path => dirname(path) === bundle)
  const parts = new Set<Part>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const [part, marker] of Object.entries(PART) as [Part, RegExp][])
      if (marker.test(text)) parts.add(part)
  }
  return { parts, files: files.length }
}

describe('what each command loads of the bundle', () => {
  it('--help and --version load the input table, no command, no client', () => {
    const cwd = tempDir('kg-loads-')
    for (const args of [['--help'], ['--version']]) {
      const { parts, files } = partsLoaded(args, cwd)
      expect(files).toBeGreaterThan(0)
      expect([...parts]).toEqual([])
    }
  })

  it('a scan loads the reader and the reports, and neither the Kubernetes nor the GitHub client', () => {
    const cwd = tempDir('kg-loads-')
    writeFileSync(join(cwd, 'a.sarif'), JSON.stringify(log(run([]))))
    const { parts } = partsLoaded(
      ['scan', '--sarif', 'a.sarif', '--output-dir', join(cwd, 'out'), '--workspace', cwd],
      cwd
    )
    expect(parts).toContain('the SARIF reader')
    expect(parts).toContain('the report files')
    expect(parts).not.toContain('the Kubernetes client')
    expect(parts).not.toContain('the GitHub client')
    expect(parts).not.toContain('the health checks')
  })

  it('a cluster command loads the Kubernetes client and neither the reader nor the reports', () => {
    const cwd = tempDir('kg-loads-')
    const kubeconfig = join(cwd, 'kubeconfig')
    // A server nothing listens on: the command connects, fails and ends.
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: c, cluster: {server: "https://127.0.0.1:9"}}]',
        'users: [{name: u, user: {token: t}}]',
        'contexts: [{name: x, context: {cluster: c, user: u}}]',
        'current-context: x'
      ].join('\n')
    )
    const { parts } = partsLoaded(['backups', '--kubeconfig-path', kubeconfig], cwd)
    expect(parts).toContain('the Kubernetes client')
    expect(parts).not.toContain('the SARIF reader')
    expect(parts).not.toContain('the report files')
  })
})
