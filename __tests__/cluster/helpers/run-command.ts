import type { RawInputs } from '../../../src/config/index.js'
import { parseConfig } from '../../../src/config/index.js'
import type { Command } from '../../../src/config/inputs.js'
import { appliesTo } from '../../../src/config/inputs.js'
import type { ClusterApi } from '../../../src/cluster/api.js'
import { clusterApi } from '../../../src/cluster/client.js'
import { connectCluster } from '../../../src/cluster/connect.js'
import type { VerdictLookup } from '../../../src/backup/verdict-lookup.js'
import type { GitHubDeps } from '../../../src/commands/deps.js'
import { run } from '../../../src/run.js'
import { RecordingLogger } from '../../helpers/recording-logger.js'
import { tempDir } from '../../helpers/sarif.js'

export interface CommandRun {
  outputs: Record<string, string>
  logger: RecordingLogger
  summary: string
}

/** A command that ended `failed`: thrown as the entry points report it, with its outputs. */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly run: CommandRun
  ) {
    super(message)
    this.name = 'CommandFailed'
  }
}

/**
 * Runs a command the way the CLI does (inputs → parseConfig → one cluster client → run), as
 * the identity whose kubeconfig is given. `wrap` lets a test interpose on the cluster client.
 */
export async function runCommand(
  raw: RawInputs,
  options: {
    kubeconfigYaml: string
    verdictLookup?: VerdictLookup
    /** GitHub for the commands that use it (commit statuses: restore, backups, revoke). */
    github?: GitHubDeps
    wrap?: (api: ClusterApi) => ClusterApi
    env?: Record<string, string>
    now?: () => Date
  }
): Promise<CommandRun> {
  const logger = new RecordingLogger()
  const env = {
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000001',
    GITHUB_ACTOR: 'octo-operator',
    ...options.env
  }
  const { config } = parseConfig(
    {
      kubeconfig: options.kubeconfigYaml,
      ...(appliesTo('timeout', raw.command as Command) ? { timeout: '30s' } : {}),
      ...raw
    },
    env,
    'cli',
    tempDir()
  )
  if (!('connection' in config)) throw new Error(`${config.command} is not a cluster command`)
  const api = clusterApi(connectCluster(config.connection, env, logger))
  let summary = ''
  const result = await run(config, {
    logger,
    env,
    now: options.now ?? (() => new Date()),
    cluster: options.wrap ? options.wrap(api) : api,
    pollIntervalMs: 100,
    ...(options.verdictLookup ? { verdictLookup: options.verdictLookup } : {}),
    ...(options.github ? { github: options.github } : {}),
    writeJobSummary: async markdown => {
      summary += markdown
    }
  })
  const done: CommandRun = { outputs: result.outputs as Record<string, string>, logger, summary }
  if (result.status === 'failed') throw new CommandFailed(result.failure ?? 'failed', done)
  return done
}
