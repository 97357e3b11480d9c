import type { VerdictLookup } from './backup/verdict-lookup.js'
import type { ClusterApi, ClusterConnection, SignedUrlReader } from './cluster/api.js'
import type { BaseDeps, ClusterDeps, GitHubDeps, RevokingDeps, ScanDeps } from './commands/deps.js'
import type { CommandResult } from './commands/result.js'
import type { Config } from './config/index.js'
import type { Ancestry } from './git/ancestry.js'
import { statusVerdictLookup } from './github/commit-status.js'

/** What the entry points provide; commands get the part they need. */
export interface RunDeps extends BaseDeps {
  env: Record<string, string | undefined>
  annotate?: ScanDeps['annotate']
  setOutputs?: ScanDeps['setOutputs']
  /** GitHub, where the action has a token. */
  github?: GitHubDeps
  /** The durable verdict record; by default the commit statuses, when there is a GitHub. */
  verdictLookup?: VerdictLookup
  /** A cluster client to use instead of connecting with the config's connection (tests). */
  cluster?: ClusterApi
  /** The repository's history, instead of git in the workspace (tests). */
  history?: (workspace: string) => Promise<Ancestry | undefined>
  pollIntervalMs?: number
  /** Reads Velero's signed URLs; by default over HTTP(S), bounded (cluster/download.ts). */
  signedUrls?: SignedUrlReader
}

/** The one cluster client of a run, built at the edge; client-node loads only for these commands. */
async function connect(connection: ClusterConnection, deps: RunDeps): Promise<ClusterApi> {
  const [{ connectCluster }, { clusterApi }] = await Promise.all([
    import('./cluster/connect.js'),
    import('./cluster/client.js')
  ])
  return clusterApi(connectCluster(connection, deps.env, deps.logger))
}

async function clusterDeps(connection: ClusterConnection, deps: RunDeps): Promise<ClusterDeps> {
  const cluster = deps.cluster ?? (await connect(connection, deps))
  const signedUrls =
    deps.signedUrls ?? (await import('./cluster/download.js')).httpSignedUrlReader()
  const lookup = deps.verdictLookup ?? (deps.github && statusVerdictLookup(deps.github.api))
  return {
    logger: deps.logger,
    now: deps.now,
    cluster,
    signedUrls,
    ...(deps.writeJobSummary ? { writeJobSummary: deps.writeJobSummary } : {}),
    ...(lookup ? { verdictLookup: lookup } : {}),
    ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {})
  }
}

/** A cluster command that may also revoke: the history (git) and GitHub for commit statuses. */
async function revocationDeps(connection: ClusterConnection, deps: RunDeps): Promise<RevokingDeps> {
  const cluster = await clusterDeps(connection, deps)
  const history = deps.history ?? (await import('./git/ancestry.js')).gitAncestry
  return { ...cluster, history, ...(deps.github ? { github: deps.github } : {}) }
}

/**
 * The one function both entry points call: typed config in, outputs out. Each command's module
 * is loaded when it runs, so a scan never loads the Kubernetes client and `--help` loads none.
 */
export async function run(config: Config, deps: RunDeps): Promise<CommandResult> {
  switch (config.command) {
    case 'scan': {
      const { scan } = await import('./commands/scan.js')
      return scan(config, deps)
    }
    case 'label-backup': {
      const { labelBackup } = await import('./commands/label-backup.js')
      return labelBackup(config, await clusterDeps(config.connection, deps))
    }
    case 'restore': {
      const { restore } = await import('./commands/restore.js')
      return restore(config, await clusterDeps(config.connection, deps))
    }
    case 'backups': {
      const { listBackups } = await import('./commands/backups.js')
      return listBackups(config, await clusterDeps(config.connection, deps))
    }
    case 'rotate-certs': {
      const { rotateCerts } = await import('./commands/rotate-certs.js')
      return rotateCerts(config, await clusterDeps(config.connection, deps))
    }
    case 'revoke': {
      const { revoke } = await import('./commands/revoke.js')
      return revoke(config, await revocationDeps(config.connection, deps))
    }
    case 'incident': {
      const { incident } = await import('./commands/incident.js')
      return incident(config, await revocationDeps(config.connection, deps))
    }
    case 'health': {
      const { health } = await import('./commands/health.js')
      return health(config, await clusterDeps(config.connection, deps))
    }
    case 'drill': {
      const { drill } = await import('./commands/drill.js')
      return drill(config, await clusterDeps(config.connection, deps))
    }
  }
}
