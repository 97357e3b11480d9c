import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import type { GitHubDeps } from './command/deps.js'
import type { Config, RawInputs } from './config/index.js'
import { parseConfig } from './config/index.js'
import type { GitHubConnection } from './config/github.js'
import type { Octokit } from './github/api.js'
import { INPUT_NAMES } from './config/inputs.js'
import { ConfigurationError, getErrorMessage } from './errors.js'
import type { Logger } from './logger.js'
import { neutraliseCommands } from './logger.js'
import type { Annotation } from './report/annotations.js'
import { run } from './run.js'

/** Logs through the Actions toolkit. Free text is kept from being read as a workflow command. */
export function actionsLogger(): Logger {
  return {
    debug: message => core.debug(message),
    info: message => core.info(neutraliseCommands(message)),
    warning: message => core.warning(message),
    error: message => core.error(message),
    mask: secret => core.setSecret(secret)
  }
}

/** @actions/core escapes the message and every property of the command it writes. */
function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = { title: annotation.title }
  if (annotation.file !== undefined) properties.file = annotation.file
  if (annotation.startLine !== undefined) properties.startLine = annotation.startLine
  if (annotation.endLine !== undefined) properties.endLine = annotation.endLine
  if (annotation.startColumn !== undefined) properties.startColumn = annotation.startColumn
  if (annotation.endColumn !== undefined) properties.endColumn = annotation.endColumn
  const write =
    annotation.level === 'error'
      ? core.error
      : annotation.level === 'warning'
        ? core.warning
        : core.notice
  write(annotation.message, properties)
}

/** The webhook payload of the event that started the workflow, if the runner wrote one. */
function readEvent(): unknown {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return undefined
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

/** The GitHub connection of the command, if it has one (the action with a token). */
function githubOf(config: Config): GitHubConnection | undefined {
  return 'github' in config ? config.github : undefined
}

/** Retries on server errors, waits out rate limits (honouring retry-after) a few times. */
const MAX_RATE_LIMIT_RETRIES = 3

async function createOctokit(github: GitHubConnection, logger: Logger): Promise<Octokit> {
  // Loaded here, not at start: @actions/github reads the event payload when it loads.
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ])
  return getOctokit(
    github.token,
    {
      baseUrl: github.apiUrl,
      // 429 goes to the throttling plugin, which honours retry-after; plugin-retry would not.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retryCount: number
        ) => {
          logger.warning(
            `GitHub rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`
          )
          return retryCount < MAX_RATE_LIMIT_RETRIES
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retryCount: number
        ) => {
          logger.warning(
            `GitHub secondary rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`
          )
          return retryCount < MAX_RATE_LIMIT_RETRIES
        }
      }
    },
    retry,
    throttling
  )
}

/** Octokit and the artifact client load only for a command that talks to GitHub. */
async function connectGitHub(github: GitHubConnection, logger: Logger): Promise<GitHubDeps> {
  const [octokit, { octokitApi }, { actionsArtifacts }] = await Promise.all([
    createOctokit(github, logger),
    import('./github/api.js'),
    import('./github/artifacts.js')
  ])
  return {
    api: octokitApi(octokit, github.repository),
    artifacts: actionsArtifacts({
      serverUrl: github.serverUrl,
      repository: process.env.GITHUB_REPOSITORY,
      runId: process.env.GITHUB_RUN_ID
    })
  }
}

/** The action: reads inputs, runs, sets outputs; one catch, so any throw fails the step. */
export async function runAction(): Promise<void> {
  try {
    const raw: RawInputs = {}
    for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
    const logger = actionsLogger()
    const token = core.getInput('github-token')
    if (token) logger.mask(token)
    const { config, warnings } = parseConfig(raw, process.env, 'action', process.cwd(), readEvent())
    for (const warning of warnings) logger.warning(warning)
    const github = githubOf(config)
    const result = await run(config, {
      logger,
      now: () => new Date(),
      env: process.env,
      ...(github ? { github: await connectGitHub(github, logger) } : {}),
      annotate,
      writeJobSummary: async markdown => {
        await core.summary.addRaw(markdown, true).write()
      }
    })
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    if (result.status === 'blocked' || result.status === 'unknown') {
      const reasons = 'reasons' in result.outputs ? result.outputs.reasons : undefined
      core.setFailed(`known-good verdict: ${result.status} (${reasons?.split('\n')[0] ?? ''})`)
    } else if (result.status === 'failed') {
      core.setFailed(result.failure ?? 'failed')
    } else if (result.status === 'unhealthy') {
      // One line per failed check: each shows up in the step's annotations.
      core.setFailed(`known-good health: unhealthy\n${result.failure ?? ''}`)
    }
  } catch (error) {
    core.setFailed(
      error instanceof ConfigurationError
        ? error.message
        : `known-good failed unexpectedly: ${getErrorMessage(error)}`
    )
  }
}
