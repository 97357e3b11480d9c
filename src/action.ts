import * as core from '@actions/core'
import type { GitHubDeps } from './commands/deps.js'
import type { Config, RawInputs } from './config/index.js'
import { parseConfig } from './config/index.js'
import type { GitHubConnection } from './config/github.js'
import { INPUT_NAMES } from './config/inputs.js'
import { readEventFile } from './github/event.js'
import { errorKind, getErrorMessage } from './errors.js'
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

/** The GitHub connection of the command, if it has one (the action with a token). */
function githubOf(config: Config): GitHubConnection | undefined {
  return 'github' in config ? config.github : undefined
}

/**
 * Octokit and the artifact client load only for a command that talks to GitHub. Both are
 * bounded by api-timeout: octokit for each exchange, the artifact upload's blob stall detector.
 */
async function connectGitHub(github: GitHubConnection, logger: Logger): Promise<GitHubDeps> {
  const [{ createOctokit }, { octokitApi }, { actionsArtifacts }] = await Promise.all([
    import('./github/octokit.js'),
    import('./github/api.js'),
    import('./github/artifacts.js')
  ])
  const client = createOctokit({
    token: github.token,
    apiUrl: github.apiUrl,
    logger,
    timeoutMs: github.apiTimeoutMs
  })
  return {
    api: octokitApi(client.octokit, github.repository, github.apiUrl),
    artifacts: actionsArtifacts({
      serverUrl: github.serverUrl,
      repository: process.env.GITHUB_REPOSITORY,
      runId: process.env.GITHUB_RUN_ID,
      stallTimeoutMs: github.apiTimeoutMs
    }),
    stop: reason => client.stop(reason),
    requests: () => client.requests
  }
}

/**
 * Sets outputs as they become known: the verdict before reporting to GitHub starts, so that a
 * later step has it even if reporting is cut short; each value is written once.
 */
function outputSetter(): (outputs: Record<string, string | undefined>) => void {
  const written = new Map<string, string>()
  return outputs => {
    for (const [name, value] of Object.entries(outputs)) {
      if (value === undefined || written.get(name) === value) continue
      written.set(name, value)
      core.setOutput(name, value)
    }
  }
}

/**
 * Ends the process once stdout and stderr are flushed: for when a bound gave up on work that
 * cannot be cancelled (an artifact upload), whose open connection would keep the step running.
 */
async function exitWhenFlushed(): Promise<void> {
  await Promise.all(
    [process.stdout, process.stderr].map(
      stream => new Promise<void>(resolve => stream.write('', () => resolve()))
    )
  )
  process.exit()
}

/** The action: reads inputs, runs, sets outputs; one catch, so any throw fails the step. */
export async function runAction(): Promise<void> {
  let connected: GitHubDeps | undefined
  try {
    const raw: RawInputs = {}
    for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
    const logger = actionsLogger()
    const token = core.getInput('github-token')
    if (token) logger.mask(token)
    const { config, warnings } = parseConfig(raw, process.env, 'action', process.cwd(), () =>
      readEventFile(process.env.GITHUB_EVENT_PATH)
    )
    for (const warning of warnings) logger.warning(warning)
    const github = githubOf(config)
    if (github) connected = await connectGitHub(github, logger)
    const setOutputs = outputSetter()
    const result = await run(config, {
      logger,
      now: () => new Date(),
      env: process.env,
      ...(connected ? { github: connected } : {}),
      annotate,
      setOutputs,
      writeJobSummary: async markdown => {
        await core.summary.addRaw(markdown, true).write()
      }
    })
    setOutputs(result.outputs)
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
      errorKind(error) === 'unexpected'
        ? `known-good failed unexpectedly: ${getErrorMessage(error)}`
        : getErrorMessage(error)
    )
  }
  if (connected?.artifacts?.abandoned) await exitWhenFlushed()
}
