import { isAbsolute, resolve } from 'node:path'
import type { Severity } from '../model.js'
import { SEVERITIES } from '../model.js'
import type { Policy } from '../policy/policy.js'
import type { RunIdentity } from '../run-identity.js'
import type { Env } from './common.js'
import { parseIdentity, parseWorkspace } from './common.js'
import type { GitHubScanConfig } from './github.js'
import { parseGitHubScan } from './github.js'
import type { InputReader } from './reader.js'
import { outputDirProblem } from '../report/output-dir.js'
import type { PathMapEntry } from '../sarif/path-map.js'
import { parsePathMapEntry } from '../sarif/path-map.js'

export interface ScanConfig {
  command: 'scan'
  workspace: string
  identity: RunIdentity
  sarif: string[]
  /** `path-map`: path prefixes on the scanner's machine and where they are in the workspace. */
  pathMap: PathMapEntry[]
  policy: Policy
  annotations: boolean
  outputDir: string
  /** Present in the action with a token: where pull request feedback goes. */
  github?: GitHubScanConfig
}

function parseMaxCounts(reader: InputReader): Partial<Record<Severity, number>> {
  const counts: Partial<Record<Severity, number>> = {}
  for (const entry of reader.list('max-counts').flatMap(line => line.split(','))) {
    const text = entry.trim()
    if (text === '') continue
    const match = /^([a-z]+)\s*=\s*(\d+)$/i.exec(text)
    const severity = match?.[1]?.toLowerCase()
    if (!match || !(SEVERITIES as readonly string[]).includes(severity ?? '')) {
      reader.fail(
        'max-counts',
        text,
        `expected entries like high=2, one of ${SEVERITIES.join(', ')} = a whole number`
      )
    }
    counts[severity as Severity] = Number(match[2])
  }
  return counts
}

function parsePathMap(reader: InputReader, workspace: string): PathMapEntry[] {
  return reader.list('path-map').map(line => {
    const entry = parsePathMapEntry(line, workspace)
    if (typeof entry === 'string') reader.fail('path-map', line, entry)
    return entry
  })
}

function parsePolicy(reader: InputReader): Policy {
  return {
    failOn: reader.enum('fail-on'),
    maxCounts: parseMaxCounts(reader),
    newOnly: reader.boolean('new-only'),
    include: reader.list('include-paths'),
    exclude: reader.list('exclude-paths'),
    allowRules: reader.list('allow-rules'),
    denyRules: reader.list('deny-rules'),
    countSuppressed: reader.boolean('count-suppressed')
  }
}

/** The report directory: an existing directory this step can write, or one it can create. */
function parseOutputDir(reader: InputReader, workspace: string): string {
  const text = reader.string('output-dir')
  const path = isAbsolute(text) ? text : resolve(workspace, text)
  const problem = outputDirProblem(path)
  if (problem !== undefined)
    reader.fail('output-dir', text, `${problem}: name a directory this step can write or create`)
  return path
}

export function parseScan(
  reader: InputReader,
  env: Env,
  cwd: string,
  readEvent: () => unknown
): ScanConfig {
  const workspace = parseWorkspace(reader, cwd)
  const identity = parseIdentity(reader, env)
  const sarif = reader.list('sarif')
  if (sarif.length === 0)
    reader.required('sarif', ': name the SARIF files, directories or globs your scanners wrote')
  const config: ScanConfig = {
    command: 'scan',
    workspace,
    identity,
    sarif,
    pathMap: parsePathMap(reader, workspace),
    policy: parsePolicy(reader),
    annotations: reader.boolean('annotations'),
    outputDir: parseOutputDir(reader, workspace)
  }
  const github = parseGitHubScan(reader, env, readEvent, identity, workspace)
  if (github) config.github = github
  return config
}
