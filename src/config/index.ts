import type { BackupsConfig } from './backups.js'
import { parseBackups } from './backups.js'
import type { Env } from './common.js'
import type { Command } from './inputs.js'
import { COMMANDS, INPUT_NAMES, appliesTo } from './inputs.js'
import type { LabelBackupConfig } from './label-backup.js'
import { parseLabelBackup } from './label-backup.js'
import type { Platform, RawInputs } from './reader.js'
import { InputReader } from './reader.js'
import type { RestoreConfig } from './restore.js'
import { parseRestore } from './restore.js'
import type { RotateCertsConfig } from './rotate-certs.js'
import { parseRotateCerts } from './rotate-certs.js'
import type { IncidentConfig } from './incident.js'
import { parseIncident } from './incident.js'
import type { RevokeConfig } from './revoke.js'
import { parseRevoke } from './revoke.js'
import type { DrillConfig } from './drill.js'
import { parseDrill } from './drill.js'
import type { HealthConfig } from './health.js'
import { parseHealth } from './health.js'
import type { ScanConfig } from './scan.js'
import { parseScan } from './scan.js'
import { ConfigurationError } from '../errors.js'

export type { Platform, RawInputs }

/** One member per command: a command sees its own settings and no other's. */
export type Config =
  | ScanConfig
  | LabelBackupConfig
  | RestoreConfig
  | BackupsConfig
  | RotateCertsConfig
  | RevokeConfig
  | IncidentConfig
  | HealthConfig
  | DrillConfig

export type ConfigOf<C extends Command> = Extract<Config, { command: C }>

function parseCommand(raw: RawInputs, platform: Platform): Command {
  const value = raw.command
  const text = (typeof value === 'string' ? value : undefined)?.trim() || 'scan'
  if (!(COMMANDS as readonly string[]).includes(text)) {
    const label = platform === 'cli' ? 'the command' : "input 'command'"
    throw new ConfigurationError(
      `${label} is ${JSON.stringify(text)}: expected one of ${COMMANDS.join(', ')}`
    )
  }
  return text as Command
}

function parseFor(reader: InputReader, env: Env, cwd: string, readEvent: () => unknown): Config {
  switch (reader.command) {
    case 'scan':
      return parseScan(reader, env, cwd, readEvent)
    case 'label-backup':
      return parseLabelBackup(reader, env, cwd)
    case 'restore':
      return parseRestore(reader, env, cwd)
    case 'backups':
      return parseBackups(reader, env, cwd)
    case 'rotate-certs':
      return parseRotateCerts(reader, env, readEvent)
    case 'revoke':
      return parseRevoke(reader, env, cwd)
    case 'incident':
      return parseIncident(reader, env, cwd)
    case 'health':
      return parseHealth(reader, env, cwd)
    case 'drill':
      return parseDrill(reader, env, cwd)
  }
}

export interface Parsed {
  config: Config
  warnings: string[]
  /** The inputs the command's parser read (for the applicability test). */
  read: ReadonlySet<string>
}

/**
 * Every input, validated, into the typed configuration of one command. Errors name the input
 * (as the platform spells it), the bad value and what is expected. Inputs that the command
 * ignores come back as warnings. `readEvent` is called only by a command that needs the event
 * payload, so a broken one fails only those.
 */
export function parseConfig(
  raw: RawInputs,
  env: Env,
  platform: Platform,
  cwd: string,
  readEvent: () => unknown = () => undefined
): Parsed {
  const command = parseCommand(raw, platform)
  const reader = new InputReader(raw, platform, command)
  // On the CLI the command is the first argument, not an input.
  if (platform === 'action') reader.enum('command')
  const config = parseFor(reader, env, cwd, readEvent)
  const warnings = INPUT_NAMES.filter(name => !appliesTo(name, command) && reader.given(name)).map(
    name => `${reader.label(name)} is ignored by the ${command} command`
  )
  return { config, warnings, read: reader.read }
}
