import { parseConfig } from '../../../src/config.js'
import type { RawInputs } from '../../../src/config.js'
import { clusterFor } from '../../../src/cluster/for-config.js'
import type { ClusterApi } from '../../../src/cluster/client.js'
import type { VerdictLookup } from '../../../src/backup/verdict-source.js'
import { run } from '../../../src/run.js'
import { RecordingLogger } from '../../helpers/recording-logger.js'
import { tempDir } from '../../helpers/sarif.js'

export interface CommandRun {
  outputs: Record<string, string>
  logger: RecordingLogger
  summary: string
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
    { kubeconfig: options.kubeconfigYaml, timeout: '30s', ...raw },
    env,
    'cli',
    tempDir()
  )
  const api = clusterFor(config, env, logger)!
  let summary = ''
  const result = await run(config, {
    logger,
    now: options.now ?? (() => new Date()),
    cluster: options.wrap ? options.wrap(api) : api,
    pollIntervalMs: 100,
    ...(options.verdictLookup ? { verdictLookup: options.verdictLookup } : {}),
    writeJobSummary: async markdown => {
      summary += markdown
    }
  })
  return { outputs: result.outputs, logger, summary }
}
