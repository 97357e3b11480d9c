import type { VerdictLookup } from '../backup/verdict-source.js'
import type { ClusterApi } from '../cluster/api.js'
import type { GitHubApi } from '../github/api.js'
import type { ArtifactUploader } from '../github/artifacts.js'
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
}

export interface ScanDeps extends BaseDeps {
  github?: GitHubDeps
  /** Writes a workflow-command annotation (GitHub only). */
  annotate?: (annotation: Annotation) => void
}

/** What the cluster commands need besides their config. */
export interface ClusterDeps extends BaseDeps {
  cluster: ClusterApi
  /** The durable verdict record (GitHub commit statuses), where there is one. */
  verdictLookup?: VerdictLookup
  /** Polling interval for waits (tests shorten it). */
  pollIntervalMs?: number
}
