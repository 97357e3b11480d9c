import * as core from '@actions/core'
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

/** The action: reads inputs, runs, sets outputs; one catch, so any throw fails the step. */
export async function runAction(): Promise<void> {
  try {
    const raw: RawInputs = {}
    for (const def of INPUTS) raw[def.name] = core.getInput(def.name)
    const { config, warnings } = parseConfig(raw, process.env, 'action', process.cwd())
    const logger = actionsLogger()
    for (const warning of warnings) logger.warning(warning)
    const result = await run(config, {
      logger,
      now: () => new Date(),
      annotate,
      writeJobSummary: async markdown => {
        await core.summary.addRaw(markdown, true).write()
      }
    })
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    if (result.status === 'blocked' || result.status === 'unknown') {
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
