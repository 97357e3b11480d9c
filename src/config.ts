import { statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError } from './errors.js'
import type { Command } from './inputs.js'
import { CLUSTER_COMMANDS, COMMANDS, INPUTS, inputDef } from './inputs.js'
import type { Severity } from './model.js'
import { SEVERITIES } from './model.js'
import type { FailOn, Policy } from './policy/policy.js'
import { FAIL_ON_VALUES } from './policy/policy.js'
import type { BackupKind } from './backup/model.js'
import type { ClusterConnection } from './cluster/connect.js'
import type { RepoRef } from './github/api.js'
import { parseDuration } from './util/duration.js'
import type { GitHubFeedback, PullRequestRef } from './github/publish.js'
import type { ReviewFilter } from './report/review-comments.js'
import { REVIEW_FILTERS } from './report/review-comments.js'
import type { RunIdentity } from './run-identity.js'
import { identityFromEnv } from './run-identity.js'

export type Platform = 'action' | 'cli'

/** Inputs as the entry point read them: action inputs are strings, CLI flags may repeat. */
export type RawInputs = Record<string, string | string[] | boolean | undefined>

export interface ScanConfig {
  sarif: string[]
  policy: Policy
  annotations: boolean
  outputDir: string
}

export interface GitHubConfig {
  token: string
  apiUrl: string
  serverUrl: string
  repository: RepoRef
  /** The commit the check run and status belong to: the pull request head, else the pushed SHA. */
  sha: string
  pullRequest?: PullRequestRef
  feedback: GitHubFeedback
}

export interface ClusterConfig {
  connection: ClusterConnection
  provider: BackupKind
  namespace: string
  labelPrefix: string
  timeoutMs: number
}

export interface LabelBackupConfig {
  verdictFile: string
  backupName?: string
  backupSelector?: string
  schedule?: string
  pvcSelector?: string
  snapshotClass?: string
  create: boolean
  wait: boolean
}

export interface RestoreConfig {
  backup: string
  reason: string
  namespaces: string[]
  mapping: Record<string, string>
  existingResourcePolicy: 'none' | 'update'
  dryRun: boolean
  allowUnverified: boolean
}

export interface RotateConfig {
  namespaces: string[]
  names: string[]
  selector?: string
  renew: boolean
  /** Why renewal is off although asked for (the event is not after a merge). */
  skipReason?: string
  restartWorkloads: boolean
  warnDays: number
  concurrency: number
}

export interface Config {
  command: Command
  workspace: string
  identity: RunIdentity
  scan: ScanConfig
  /** For the commands that talk to a cluster. */
  cluster?: ClusterConfig
  labelBackup?: LabelBackupConfig
  restore?: RestoreConfig
  rotate?: RotateConfig
  backupSelector?: string
  /** Present in the action with a token: where PR feedback goes. */
  github?: GitHubConfig
}

class InputReader {
  constructor(
    private readonly raw: RawInputs,
    private readonly platform: Platform
  ) {}

  label(name: string): string {
    return this.platform === 'cli' ? `--${name}` : `input '${name}'`
  }

  fail(name: string, value: string, expected: string): never {
    throw new ConfigurationError(`${this.label(name)} is ${JSON.stringify(value)}: ${expected}`)
  }

  /** The values given, one per line (and per repeated flag), trimmed, blanks and `#` comments dropped. */
  list(name: string): string[] {
    const value = this.raw[name]
    const parts =
      value === undefined || typeof value === 'boolean'
        ? []
        : Array.isArray(value)
          ? value
          : [value]
    return parts
      .flatMap(part => part.split(/\r?\n/))
      .map(part => part.trim())
      .filter(part => part !== '' && !part.startsWith('#'))
  }

  string(name: string): string | undefined {
    const value = this.raw[name]
    if (typeof value === 'boolean') return String(value)
    const text = Array.isArray(value) ? value[value.length - 1] : value
    const trimmed = text?.trim()
    if (trimmed !== undefined && trimmed !== '') return trimmed
    const fallback = inputDef(name).default
    return fallback !== undefined && !fallback.includes('${{') ? fallback : undefined
  }

  /** YAML 1.2 core schema booleans, like @actions/core's getBooleanInput. */
  boolean(name: string): boolean {
    const value = this.raw[name]
    if (typeof value === 'boolean') return value
    const text = this.string(name) ?? 'false'
    if (['true', 'True', 'TRUE'].includes(text)) return true
    if (['false', 'False', 'FALSE'].includes(text)) return false
    return this.fail(name, text, 'expected true or false')
  }

  given(name: string): boolean {
    const value = this.raw[name]
    if (value === undefined || value === false) return false
    const def = inputDef(name)
    if (typeof value === 'boolean') return String(value) !== def.default
    const text = (Array.isArray(value) ? value.join('\n') : value).trim()
    return text !== '' && text !== def.default
  }
}

function parseCommand(reader: InputReader): Command {
  const text = reader.string('command') ?? 'scan'
  if (!(COMMANDS as readonly string[]).includes(text)) {
    reader.fail('command', text, `expected one of ${COMMANDS.join(', ')}`)
  }
  return text as Command
}

function parseFailOn(reader: InputReader): FailOn {
  const text = (reader.string('fail-on') ?? 'high').toLowerCase()
  if (!(FAIL_ON_VALUES as readonly string[]).includes(text)) {
    reader.fail('fail-on', text, `expected one of ${FAIL_ON_VALUES.join(', ')}`)
  }
  return text as FailOn
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

function parseWorkspace(reader: InputReader, cwd: string): string {
  const text = reader.string('workspace') ?? cwd
  const path = resolve(cwd, text)
  const isDirectory = statSync(path, { throwIfNoEntry: false })?.isDirectory() === true
  if (!isDirectory)
    reader.fail('workspace', text, 'expected an existing directory (the repository root)')
  return path
}

function parseIdentity(reader: InputReader, env: Record<string, string | undefined>): RunIdentity {
  const identity = identityFromEnv(env)
  const commit = reader.string('commit')
  if (commit !== undefined) {
    if (!/^[0-9a-f]{7,64}$/i.test(commit))
      reader.fail('commit', commit, 'expected a commit SHA (7 to 64 hex digits)')
    identity.commit = commit.toLowerCase()
  }
  const runUrl = reader.string('run-url')
  if (runUrl !== undefined) {
    if (!/^https?:\/\/\S+$/i.test(runUrl)) reader.fail('run-url', runUrl, 'expected an http(s) URL')
    identity.runUrl = runUrl
  }
  return identity
}

function parseScan(reader: InputReader, workspace: string, command: Command): ScanConfig {
  const sarif = reader.list('sarif')
  if (command === 'scan' && sarif.length === 0) {
    throw new ConfigurationError(
      `${reader.label('sarif')} is required: name the SARIF files, directories or globs your scanners wrote`
    )
  }
  const outputDir = reader.string('output-dir') ?? 'known-good-report'
  return {
    sarif,
    annotations: reader.boolean('annotations'),
    outputDir: isAbsolute(outputDir) ? outputDir : resolve(workspace, outputDir),
    policy: {
      failOn: parseFailOn(reader),
      maxCounts: parseMaxCounts(reader),
      newOnly: reader.boolean('new-only'),
      include: reader.list('include-paths'),
      exclude: reader.list('exclude-paths'),
      allowRules: reader.list('allow-rules'),
      denyRules: reader.list('deny-rules'),
      countSuppressed: reader.boolean('count-suppressed')
    }
  }
}

type Env = Record<string, string | undefined>

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

/** The pull request of a `pull_request` / `pull_request_target` event payload, if any. */
export function pullRequestFromEvent(
  eventName: string | undefined,
  event: unknown
): PullRequestRef | undefined {
  const pull = record(record(event).pull_request)
  const head = record(pull.head)
  if (typeof pull.number !== 'number' || typeof head.sha !== 'string') return undefined
  const headRepo = record(head.repo).full_name
  const baseRepo = record(record(pull.base).repo).full_name
  // pull_request_target runs with the base repository's token, which can write.
  const fork =
    eventName === 'pull_request' && (typeof headRepo !== 'string' || headRepo !== baseRepo)
  return { number: pull.number, headSha: head.sha, fork }
}

function parseFeedback(reader: InputReader): GitHubFeedback {
  const reviewComments = reader.string('review-comments') ?? 'off'
  if (!(REVIEW_FILTERS as readonly string[]).includes(reviewComments)) {
    reader.fail('review-comments', reviewComments, `expected one of ${REVIEW_FILTERS.join(', ')}`)
  }
  return {
    checkName: reader.string('check-name') ?? 'known-good',
    comment: reader.boolean('comment'),
    reviewComments: reviewComments as ReviewFilter,
    commitStatus: reader.boolean('commit-status'),
    prLabels: reader.boolean('pr-labels'),
    uploadArtifact: reader.boolean('upload-artifact'),
    artifactName: reader.string('artifact-name') ?? 'known-good-report'
  }
}

function parseGitHub(
  reader: InputReader,
  env: Env,
  event: unknown,
  identity: RunIdentity
): GitHubConfig | undefined {
  const token = reader.string('github-token')
  if (token === undefined) return undefined
  const feedback = parseFeedback(reader)
  const slug = env.GITHUB_REPOSITORY ?? ''
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(slug)
  if (!match)
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is ${JSON.stringify(slug)}: expected owner/name (is this running in GitHub Actions?)`
    )
  const pullRequest = pullRequestFromEvent(env.GITHUB_EVENT_NAME, event)
  const sha = pullRequest?.headSha ?? identity.commit ?? env.GITHUB_SHA
  if (sha === undefined)
    throw new ConfigurationError('no commit to report on: set the commit input or GITHUB_SHA')
  const config: GitHubConfig = {
    token,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    repository: { owner: match[1]!, repo: match[2]! },
    sha,
    feedback
  }
  if (pullRequest) config.pullRequest = pullRequest
  return config
}

const BACKUP_KINDS: readonly BackupKind[] = ['velero', 'csi']

function oneOf<T extends string>(
  reader: InputReader,
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = reader.string(name) ?? fallback
  if (!(allowed as readonly string[]).includes(value))
    reader.fail(name, value, `expected one of ${allowed.join(', ')}`)
  return value as T
}

function parseCluster(reader: InputReader): ClusterConfig {
  const connection: ClusterConnection = {
    insecureSkipTlsVerify: reader.boolean('insecure-skip-tls-verify')
  }
  const kubeconfig = reader.string('kubeconfig')
  const kubeconfigPath = reader.string('kubeconfig-path')
  const context = reader.string('context')
  if (kubeconfig) connection.kubeconfig = kubeconfig
  if (kubeconfigPath) connection.kubeconfigPath = kubeconfigPath
  if (context) connection.context = context
  const timeout = reader.string('timeout') ?? '30m'
  const timeoutMs = parseDuration(timeout)
  if (timeoutMs === undefined || timeoutMs <= 0)
    reader.fail('timeout', timeout, 'expected a duration such as 30m, 90s or 1h')
  const labelPrefix = reader.string('label-prefix') ?? 'known-good.dev/'
  if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?$/.test(labelPrefix) || labelPrefix.length > 254) {
    reader.fail(
      'label-prefix',
      labelPrefix,
      'expected a DNS subdomain followed by /, e.g. known-good.dev/'
    )
  }
  return {
    connection,
    provider: oneOf(reader, 'provider', BACKUP_KINDS, 'velero'),
    namespace: reader.string('backup-namespace') ?? 'velero',
    labelPrefix,
    timeoutMs
  }
}

function optional<T extends object>(target: T, key: keyof T, value: string | undefined): void {
  if (value !== undefined) (target as Record<keyof T, unknown>)[key] = value
}

function parseLabelBackup(
  reader: InputReader,
  workspace: string,
  provider: BackupKind
): LabelBackupConfig {
  const config: LabelBackupConfig = {
    verdictFile: resolve(
      workspace,
      reader.string('verdict-file') ?? 'known-good-report/verdict.json'
    ),
    create: reader.boolean('create'),
    wait: reader.boolean('wait')
  }
  optional(config, 'backupName', reader.string('backup-name'))
  optional(config, 'backupSelector', reader.string('backup-selector'))
  optional(config, 'schedule', reader.string('schedule'))
  optional(config, 'pvcSelector', reader.string('pvc-selector'))
  optional(config, 'snapshotClass', reader.string('snapshot-class'))
  const ways = [
    config.backupName,
    config.backupSelector,
    config.create ? undefined : config.schedule
  ].filter(Boolean).length
  if (config.create) {
    if (provider === 'velero' && !config.schedule)
      throw new ConfigurationError(
        `${reader.label('create')} with provider velero needs ${reader.label('schedule')}: the backup is taken from its template`
      )
    if (provider === 'csi' && !config.pvcSelector)
      throw new ConfigurationError(
        `${reader.label('create')} with provider csi needs ${reader.label('pvc-selector')}: the PVCs to snapshot`
      )
    if (config.backupName || config.backupSelector)
      throw new ConfigurationError(
        `${reader.label('create')} takes a new backup: leave out ${reader.label('backup-name')} and ${reader.label('backup-selector')}`
      )
  } else if (ways !== 1) {
    throw new ConfigurationError(
      `label-backup needs exactly one of ${reader.label('backup-name')}, ${reader.label('backup-selector')}, ${reader.label('schedule')} (or ${reader.label('create')})`
    )
  }
  return config
}

function parseMapping(reader: InputReader): Record<string, string> {
  const mapping: Record<string, string> = {}
  for (const entry of reader.list('namespace-mapping')) {
    const match = /^([a-z0-9-]+)\s*=\s*([a-z0-9-]+)$/.exec(entry)
    if (!match) reader.fail('namespace-mapping', entry, 'expected old=new with Kubernetes names')
    mapping[match[1]!] = match[2]!
  }
  return mapping
}

function parseRestore(reader: InputReader): RestoreConfig {
  const reason = reader.string('reason')
  if (reason === undefined)
    throw new ConfigurationError(
      `${reader.label('reason')} is required for restore: say why, it is recorded on the restore`
    )
  return {
    backup: reader.string('backup') ?? 'latest-known-good',
    reason,
    namespaces: reader.list('restore-namespaces'),
    mapping: parseMapping(reader),
    existingResourcePolicy: oneOf(
      reader,
      'existing-resource-policy',
      ['none', 'update'] as const,
      'none'
    ),
    dryRun: reader.boolean('dry-run'),
    allowUnverified: reader.boolean('allow-unverified')
  }
}

function positiveInteger(reader: InputReader, name: string, fallback: string): number {
  const text = reader.string(name) ?? fallback
  if (!/^\d+$/.test(text) || Number(text) < 1)
    reader.fail(name, text, 'expected a whole number of at least 1')
  return Number(text)
}

/**
 * In Actions, renewal runs after a merge (a push to the default branch, a merged pull request)
 * or when a person asks (workflow_dispatch); any other event only reports expiry.
 */
export function renewalSkipReason(
  platform: Platform,
  env: Env,
  event: unknown
): string | undefined {
  if (platform !== 'action') return undefined
  const name = env.GITHUB_EVENT_NAME
  const payload = record(event)
  if (name === 'workflow_dispatch' || name === 'schedule') return undefined
  if (name === 'push') {
    const defaultBranch = record(payload.repository).default_branch
    return typeof defaultBranch === 'string' && env.GITHUB_REF === `refs/heads/${defaultBranch}`
      ? undefined
      : `a push to ${env.GITHUB_REF ?? 'a ref'} is not a merge to the default branch`
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pull = record(payload.pull_request)
    return payload.action === 'closed' && pull.merged === true
      ? undefined
      : 'the pull request is not merged'
  }
  return `event ${name ?? 'unknown'} is not after a merge`
}

function parseRotate(
  reader: InputReader,
  platform: Platform,
  env: Env,
  event: unknown
): RotateConfig {
  const namespaces = reader.list('namespaces')
  if (namespaces.length === 0)
    throw new ConfigurationError(
      `${reader.label('namespaces')} is required for rotate-certs: the namespaces of the certificates`
    )
  const warnDays = reader.string('expiry-warning-days') ?? '30'
  if (!/^\d+$/.test(warnDays))
    reader.fail('expiry-warning-days', warnDays, 'expected a whole number of days')
  const rotate: RotateConfig = {
    namespaces,
    names: reader.list('certificates'),
    renew: reader.boolean('renew'),
    restartWorkloads: reader.boolean('restart-workloads'),
    warnDays: Number(warnDays),
    concurrency: positiveInteger(reader, 'concurrency', '10')
  }
  const selector = reader.string('certificate-selector')
  if (selector) rotate.selector = selector
  const skip = rotate.renew ? renewalSkipReason(platform, env, event) : undefined
  if (skip) {
    rotate.renew = false
    rotate.skipReason = skip
  }
  return rotate
}

/**
 * Every input, validated, into one typed `Config`. Errors name the input (as the platform spells
 * it), the bad value and what is expected. Inputs that the command ignores come back as warnings.
 */
export function parseConfig(
  raw: RawInputs,
  env: Record<string, string | undefined>,
  platform: Platform,
  cwd: string,
  event?: unknown
): { config: Config; warnings: string[] } {
  const reader = new InputReader(raw, platform)
  const command = parseCommand(reader)
  const workspace = parseWorkspace(reader, cwd)
  const config: Config = {
    command,
    workspace,
    identity: parseIdentity(reader, env),
    scan: parseScan(reader, workspace, command)
  }
  if ((CLUSTER_COMMANDS as readonly string[]).includes(command)) {
    config.cluster = parseCluster(reader)
    if (command === 'label-backup')
      config.labelBackup = parseLabelBackup(reader, workspace, config.cluster.provider)
    if (command === 'restore') config.restore = parseRestore(reader)
    if (command === 'rotate-certs') config.rotate = parseRotate(reader, platform, env, event)
    const selector = reader.string('backup-selector')
    if (command === 'backups' && selector) config.backupSelector = selector
  }
  if (platform === 'action') {
    const github = parseGitHub(reader, env, event, config.identity)
    if (github) config.github = github
  }
  const warnings = INPUTS.filter(
    def => def.commands !== 'all' && !def.commands.includes(command) && reader.given(def.name)
  ).map(def => `${reader.label(def.name)} is ignored by the ${command} command`)
  return { config, warnings }
}
