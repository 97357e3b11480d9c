import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { existsSync, readFileSync } from 'node:fs'
import type { GitHubConfig } from './config.js'
import { octokitApi } from './github/api.js'
import { actionsArtifacts } from './github/artifacts.js'
import { statusVerdictLookup } from './github/publish.js'
import { clusterFor } from './cluster/for-config.js'
import type { RawInputs } from './config.js'
import { parseConfig } from './config.js'
import { ConfigurationError, getErrorMessage } from './errors.js'
import { INPUTS } from './inputs.js'
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

/** Retries on server errors, waits out rate limits (honouring retry-after) a few times. */
const MAX_RATE_LIMIT_RETRIES = 3

export function createOctokit(github: GitHubConfig, logger: Logger) {
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

/** The webhook payload of the event that started the workflow, if the runner wrote one. */
function readEvent(): unknown {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return undefined
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

/** The action: reads inputs, runs, sets outputs; one catch, so any throw fails the step. */
export async function runAction(): Promise<void> {
  try {
    const raw: RawInputs = {}
    for (const def of INPUTS) raw[def.name] = core.getInput(def.name)
    const logger = actionsLogger()
    const token = core.getInput('github-token')
    if (token) logger.mask(token)
    const { config, warnings } = parseConfig(raw, process.env, 'action', process.cwd(), readEvent())
    for (const warning of warnings) logger.warning(warning)
    const github = config.github
      ? {
          api: octokitApi(createOctokit(config.github, logger), config.github.repository),
          artifacts: actionsArtifacts({
            serverUrl: config.github.serverUrl,
            repository: process.env.GITHUB_REPOSITORY,
            runId: process.env.GITHUB_RUN_ID
          })
        }
      : undefined
    const cluster = clusterFor(config, process.env, logger)
    const result = await run(config, {
      logger,
      now: () => new Date(),
      ...(github ? { github, verdictLookup: statusVerdictLookup(github.api) } : {}),
      ...(cluster ? { cluster } : {}),
      annotate,
      writeJobSummary: async markdown => {
        await core.summary.addRaw(markdown, true).write()
      }
    })
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    if (config.command === 'scan' && (result.status === 'blocked' || result.status === 'unknown')) {
      core.setFailed(
        `known-good verdict: ${result.status} (${result.outputs.reasons?.split('\n')[0] ?? ''})`
      )
    }
  } catch (error) {
    core.setFailed(
      error instanceof ConfigurationError
        ? error.message
        : `known-good failed unexpectedly: ${getErrorMessage(error)}`
    )
  }
}
