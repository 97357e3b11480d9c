import { pathToFileURL } from 'node:url'
import { ConfigurationError } from '../errors.js'
import type { RepoRef } from '../github/api.js'
import type { PullRequestRef } from '../github/event.js'
import { pullRequestFromEvent } from '../github/event.js'
import type { GitHubFeedback } from '../github/publish.js'
import type { RunIdentity } from '../run-identity.js'
import type { Env } from './common.js'
import type { InputReader } from './reader.js'

/** Where GitHub is and who we are there (the action, with a token). */
export interface GitHubConnection {
  token: string
  apiUrl: string
  serverUrl: string
  repository: RepoRef
  /** Bound on each request (input api-timeout). */
  apiTimeoutMs: number
}

/** What scan reports on GitHub. */
export interface GitHubScanConfig extends GitHubConnection {
  /** The commit the check run and status belong to: the pull request head, else the pushed SHA. */
  sha: string
  pullRequest?: PullRequestRef
  feedback: GitHubFeedback
  /** Bound on the whole reporting phase (input reporting-timeout). */
  reportingTimeoutMs: number
}

/** The token and the repository, when the action was given a token; undefined otherwise. */
export function parseGitHubConnection(reader: InputReader, env: Env): GitHubConnection | undefined {
  if (reader.platform !== 'action') return undefined
  // Read before the token, so that a bad value is an error even without one.
  const apiTimeoutMs = reader.duration('api-timeout')
  const token = reader.string('github-token')
  if (token === undefined) return undefined
  const slug = env.GITHUB_REPOSITORY ?? ''
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(slug)
  if (!match)
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is ${JSON.stringify(slug)}: expected owner/name (is this running in GitHub Actions?)`
    )
  return {
    token,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    repository: { owner: match[1]!, repo: match[2]! },
    apiTimeoutMs
  }
}

/**
 * Code scanning gets the commit and ref the workflow run checked out (GITHUB_SHA, GITHUB_REF:
 * for a pull request its merge commit and refs/pull/<n>/merge), as github/codeql-action's
 * upload-sarif does by default, and the workspace as checkout_uri.
 */
function codeScanningTarget(reader: InputReader, env: Env, workspace: string) {
  const ref = env.GITHUB_REF ?? ''
  const commitSha = env.GITHUB_SHA ?? ''
  if (!/^refs\/(heads|tags|pull)\/\S+$/.test(ref) || !/^[0-9a-f]{40}$/i.test(commitSha))
    throw new ConfigurationError(
      `${reader.label('code-scanning')} needs the ref and commit of the run: GITHUB_REF is ${JSON.stringify(ref)} and GITHUB_SHA ${JSON.stringify(commitSha)} (expected refs/heads/…, refs/tags/… or refs/pull/…, and a 40-digit SHA, as the runner sets them)`
    )
  return { ref, commitSha: commitSha.toLowerCase(), checkoutUri: pathToFileURL(workspace).href }
}

function parseFeedback(reader: InputReader): { feedback: GitHubFeedback; codeScanning: boolean } {
  const feedback: GitHubFeedback = {
    checkName: reader.string('check-name'),
    comment: reader.boolean('comment'),
    reviewComments: reader.enum('review-comments'),
    commitStatus: reader.boolean('commit-status'),
    prLabels: reader.boolean('pr-labels'),
    uploadArtifact: reader.boolean('upload-artifact'),
    artifactName: reader.string('artifact-name'),
    maxAnnotations: reader.integer('max-annotations')
  }
  return { feedback, codeScanning: reader.boolean('code-scanning') }
}

export function parseGitHubScan(
  reader: InputReader,
  env: Env,
  readEvent: () => unknown,
  identity: RunIdentity,
  workspace: string
): GitHubScanConfig | undefined {
  if (reader.platform !== 'action') return undefined
  // Read on every action run, so that a bad value is an error even without a token.
  const reportingTimeoutMs = reader.duration('reporting-timeout')
  const { feedback, codeScanning } = parseFeedback(reader)
  const connection = parseGitHubConnection(reader, env)
  if (connection === undefined) return undefined
  if (codeScanning) feedback.codeScanning = codeScanningTarget(reader, env, workspace)
  const pullRequest = pullRequestFromEvent(env.GITHUB_EVENT_NAME, readEvent())
  const sha = pullRequest?.headSha ?? identity.commit ?? env.GITHUB_SHA
  if (sha === undefined)
    throw new ConfigurationError('no commit to report on: set the commit input or GITHUB_SHA')
  const config: GitHubScanConfig = { ...connection, sha, feedback, reportingTimeoutMs }
  if (pullRequest) config.pullRequest = pullRequest
  return config
}
