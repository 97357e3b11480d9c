import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import type { CommandResult } from './commands/result.js'
import type { RawInputs } from './config/index.js'
import type { Command, InputName, OutputName } from './config/inputs.js'
import {
  COMMANDS,
  INPUT_NAMES,
  INPUTS,
  appliesTo,
  defaultText,
  describe,
  outputDef
} from './config/inputs.js'
import type { ErrorKind } from './errors.js'
import { ConfigurationError, errorKind, getErrorMessage } from './errors.js'
import { ConsoleLogger } from './logger.js'
import { PRODUCT, VERSION } from './version.js'

/** Exit codes, documented in the README and `--help`. */
export const EXIT = {
  clean: 0,
  blocked: 1,
  configuration: 2,
  unknown: 3,
  failure: 4,
  unhealthy: 5,
  unreachable: 6
} as const

const EXIT_OF_ERROR: Record<ErrorKind, number> = {
  usage: EXIT.configuration,
  configuration: EXIT.configuration,
  unreachable: EXIT.unreachable,
  unexpected: EXIT.failure
}

/**
 * What `--json` prints on stdout when a run ends in an error instead of outputs, so a pipeline
 * reads one JSON object either way: `{"error": {"kind", "message", "input"?}}`.
 */
export function jsonError(kind: ErrorKind, message: string, input?: string): string {
  const error: { kind: ErrorKind; message: string; input?: string } = { kind, message }
  if (input !== undefined) error.input = input
  return `${JSON.stringify({ error })}\n`
}

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  env: Record<string, string | undefined>
  cwd: string
}

const CLI_INPUTS = INPUT_NAMES.filter(name => !('actionOnly' in INPUTS[name]))

function argOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    verbose: { type: 'boolean' }
  }
  for (const name of CLI_INPUTS) {
    const kind = INPUTS[name].kind
    options[name] =
      kind === 'list'
        ? { type: 'string', multiple: true }
        : kind === 'boolean'
          ? { type: 'boolean' }
          : { type: 'string' }
  }
  return options
}

export function helpText(command?: Command): string {
  const lines = [
    `${PRODUCT} ${VERSION}: one security verdict per release, from the SARIF your scanners write.`,
    '',
    `Usage: ${PRODUCT} <command> [options]`,
    '',
    `Commands: ${COMMANDS.join(', ')}`,
    '',
    'Options (a list option may be repeated; booleans take --no-<name> to turn off):'
  ]
  for (const name of CLI_INPUTS.filter(n => command === undefined || appliesTo(n, command))) {
    const def = INPUTS[name]
    const flag =
      def.kind === 'boolean'
        ? `--${name}`
        : `--${name} <${def.kind === 'list' ? 'value …' : 'value'}>`
    const fallback = ('cliDefault' in def ? def.cliDefault : undefined) ?? defaultText(def)
    lines.push(
      `  ${flag}`,
      `      ${describe(def)}${fallback !== undefined ? ` (default: ${fallback})` : ''}`
    )
  }
  lines.push(
    '  --json',
    '      Print the outputs as one JSON object on stdout (logs go to stderr).',
    '  --verbose',
    '      Debug logging.',
    '',
    `Exit codes: ${EXIT.clean} clean, ${EXIT.blocked} blocked, ${EXIT.configuration} configuration error, ${EXIT.unknown} unknown, ${EXIT.failure} failed (a backup, restore, drill or renewal that did not succeed, or an unexpected failure), ${EXIT.unhealthy} unhealthy (health: a check failed), ${EXIT.unreachable} a service (the Kubernetes API server, GitHub, GitLab) unreachable or refusing the credentials; other commands end 0 when done.`
  )
  return `${lines.join('\n')}\n`
}

function exitCode(result: CommandResult): number {
  switch (result.status) {
    case 'clean':
    case 'ok':
      return EXIT.clean
    case 'blocked':
      return EXIT.blocked
    case 'unknown':
      return EXIT.unknown
    case 'failed':
      return EXIT.failure
    case 'unhealthy':
      return EXIT.unhealthy
  }
}

/** The outputs for `--json`: JSON-valued outputs as objects and arrays, not as strings in a string. */
export function jsonOutputs(outputs: CommandResult['outputs']): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const [name, value] of Object.entries(outputs) as [OutputName, string][]) {
    out[name] = outputDef(name).json ? (JSON.parse(value) as unknown) : value
  }
  return out
}

function parse(argv: string[]): { command?: string; values: Record<string, unknown> } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: argOptions(),
    allowPositionals: true,
    allowNegative: true,
    strict: true
  })
  if (positionals.length > 1)
    throw new ConfigurationError(
      `unexpected argument ${JSON.stringify(positionals[1])}: options start with --`
    )
  return { command: positionals[0], values }
}

/** The CLI: argv in, exit code out. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    io.stderr(`${PRODUCT}: ${getErrorMessage(error)}\nRun '${PRODUCT} --help' for the options.\n`)
    if (argv.includes('--json')) io.stdout(jsonError('usage', getErrorMessage(error)))
    return EXIT_OF_ERROR.usage
  }
  const { command, values } = parsed
  if (values.version === true) {
    io.stdout(`${VERSION}\n`)
    return EXIT.clean
  }
  if (values.help === true || command === undefined) {
    const known = (COMMANDS as readonly string[]).includes(command ?? '')
      ? (command as Command)
      : undefined
    ;(values.help === true ? io.stdout : io.stderr)(helpText(known))
    return values.help === true ? EXIT.clean : EXIT.configuration
  }
  const json = values.json === true
  const logger = new ConsoleLogger(json ? io.stderr : io.stdout, values.verbose === true)
  try {
    // Loaded only to run a command: `--help` and `--version` need the input table alone.
    const [{ parseConfig }, { run }] = await Promise.all([
      import('./config/index.js'),
      import('./run.js')
    ])
    const raw: RawInputs = { command }
    for (const name of CLI_INPUTS) raw[name as InputName] = values[name] as RawInputs[InputName]
    const { config, warnings } = parseConfig(raw, io.env, 'cli', io.cwd)
    for (const warning of warnings) logger.warning(warning)
    const result = await run(config, { logger, now: () => new Date(), env: io.env })
    if (json) io.stdout(`${JSON.stringify(jsonOutputs(result.outputs))}\n`)
    if (result.status === 'failed' || result.status === 'unhealthy')
      for (const line of (result.failure ?? result.status).split('\n')) logger.error(line)
    return exitCode(result)
  } catch (error) {
    const kind = errorKind(error)
    const message =
      kind === 'unexpected'
        ? `unexpected failure: ${getErrorMessage(error)}`
        : getErrorMessage(error)
    logger.error(message)
    if (kind === 'unexpected' && error instanceof Error && error.stack) logger.debug(error.stack)
    if (json)
      io.stdout(
        jsonError(kind, message, error instanceof ConfigurationError ? error.input : undefined)
      )
    return EXIT_OF_ERROR[kind]
  }
}
