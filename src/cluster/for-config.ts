import type { Config } from '../config.js'
import type { Logger } from '../logger.js'
import type { ClusterApi } from './client.js'
import { clusterApi } from './client.js'
import { connectCluster } from './connect.js'

/** The cluster client of a run, built once at the entry point, for the commands that need one. */
export function clusterFor(
  config: Config,
  env: Record<string, string | undefined>,
  logger: Logger
): ClusterApi | undefined {
  return config.cluster
    ? clusterApi(connectCluster(config.cluster.connection, env, logger))
    : undefined
}
