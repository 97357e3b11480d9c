import type { CatalogDeps } from '../catalog/catalog.js'
import type { RevocationDeps } from '../catalog/revocation.js'
import type { GitHubApi } from '../github/api.js'
import type { ArtifactUploader } from '../github/artifacts.js'
import type { Outputs } from '../config/inputs.js'
import type { Logger } from '../logger.js'
import type { Annotation } from '../report/annotations.js'

/** What every command gets from its entry point. */
export interface BaseDeps {
  logger: Logger
  now(): Date
  /** Appends Markdown to the job summary (GitHub only). */
  writeJobSummary?: (markdown: string) => Promise<void>
}

/** GitHub, for the action with a token. */
export interface GitHubDeps {
  api: GitHubApi
  artifacts?: ArtifactUploader
  /** Ends the requests in flight and fails later ones at once (a phase's time is up). */
  stop?: (reason: Error) => void
  /** HTTP exchanges so far. */
  requests?: () => number
}

export interface ScanDeps extends BaseDeps {
  github?: GitHubDeps
  /** Writes a workflow-command annotation (GitHub only). */
  annotate?: (annotation: Annotation) => void
  /**
   * Sets outputs at once, before the command ends (the action): the verdict is set before
   * reporting to GitHub starts, so that a later step has it whatever happens there.
   */
  setOutputs?: (outputs: Outputs<'scan'>) => void
  /** Findings kept as objects before the rest are spilled to disk (`FindingStore`; default 16,384). */
  findingsInMemory?: number
}

/** What the cluster commands need besides their config: what their catalog is given. */
export interface ClusterDeps extends BaseDeps, CatalogDeps {}

/** A cluster command that may revoke (revoke, incident): the history and GitHub too. */
export interface RevokingDeps extends ClusterDeps, RevocationDeps {
  github?: GitHubDeps
}
