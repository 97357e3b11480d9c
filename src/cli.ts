import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import type { CommandResult } from './commands/result.js'
import type { RawInputs } from './config.js'
import { parseConfig } from './config.js'
import { ConfigurationError, getErrorMessage } from './errors.js'
import type { Command } from './inputs.js'
import { COMMANDS, INPUTS } from './inputs.js'
import { ConsoleLogger } from './logger.js'
import { run } from './run.js'
import { clusterFor } from './cluster/for-config.js'
import { PRODUCT, VERSION } from './version.js'

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { clean: 0, blocked: 1, configuration: 2, unknown: 3, failure: 4 } as const

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  env: Record<string, string | undefined>
  cwd: string
}

const CLI_INPUTS = INPUTS.filter(def => !def.actionOnly)

function argOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    verbose: { type: 'boolean' }
  }
  for (const def of CLI_INPUTS) {
    options[def.name] =
      def.kind === 'list'
        ? { type: 'string', multiple: true }
        : def.kind === 'boolean'
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
  for (const def of CLI_INPUTS.filter(
    d => command === undefined || d.commands === 'all' || d.commands.includes(command)
  )) {
    const flag =
      def.kind === 'boolean'
        ? `--${def.name}`
        : `--${def.name} <${def.kind === 'list' ? 'value …' : 'value'}>`
    const fallback = def.cliDefault ?? def.default
    lines.push(
      `  ${flag}`,
      `      ${def.description}${fallback !== undefined ? ` (default: ${fallback})` : ''}`
    )
  }
  lines.push(
    '  --json',
    '      Print the outputs as one JSON object on stdout (logs go to stderr).',
    '  --verbose',
    '      Debug logging.',
    '',
    `Exit codes: ${EXIT.clean} clean, ${EXIT.blocked} blocked, ${EXIT.configuration} configuration error, ${EXIT.unknown} unknown, ${EXIT.failure} unexpected failure.`
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
  }
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
    return EXIT.configuration
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
    const raw: RawInputs = { command }
    for (const def of CLI_INPUTS) raw[def.name] = values[def.name] as RawInputs[string]
    const { config, warnings } = parseConfig(raw, io.env, 'cli', io.cwd)
    for (const warning of warnings) logger.warning(warning)
    const cluster = clusterFor(config, io.env, logger)
    const result = await run(config, {
      logger,
      now: () => new Date(),
      ...(cluster ? { cluster } : {})
    })
    if (json) io.stdout(`${JSON.stringify(result.outputs)}\n`)
    return exitCode(result)
  } catch (error) {
    if (error instanceof ConfigurationError) {
      logger.error(error.message)
      return EXIT.configuration
    }
    logger.error(`unexpected failure: ${getErrorMessage(error)}`)
    if (error instanceof Error && error.stack) logger.debug(error.stack)
    return EXIT.failure
  }
}
