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
}

/** What scan reports on GitHub. */
export interface GitHubScanConfig extends GitHubConnection {
  /** The commit the check run and status belong to: the pull request head, else the pushed SHA. */
  sha: string
  pullRequest?: PullRequestRef
  feedback: GitHubFeedback
}

/** The token and the repository, when the action was given a token; undefined otherwise. */
export function parseGitHubConnection(reader: InputReader, env: Env): GitHubConnection | undefined {
  if (reader.platform !== 'action') return undefined
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
    repository: { owner: match[1]!, repo: match[2]! }
  }
}

function parseFeedback(reader: InputReader): GitHubFeedback {
  return {
    checkName: reader.string('check-name'),
    comment: reader.boolean('comment'),
    reviewComments: reader.enum('review-comments'),
    commitStatus: reader.boolean('commit-status'),
    prLabels: reader.boolean('pr-labels'),
    uploadArtifact: reader.boolean('upload-artifact'),
    artifactName: reader.string('artifact-name')
  }
}

export function parseGitHubScan(
  reader: InputReader,
  env: Env,
  event: unknown,
  identity: RunIdentity
): GitHubScanConfig | undefined {
  if (reader.platform !== 'action') return undefined
  // Read on every action run, so that a bad value is an error even without a token.
  const feedback = parseFeedback(reader)
  const connection = parseGitHubConnection(reader, env)
  if (connection === undefined) return undefined
  const pullRequest = pullRequestFromEvent(env.GITHUB_EVENT_NAME, event)
  const sha = pullRequest?.headSha ?? identity.commit ?? env.GITHUB_SHA
  if (sha === undefined)
    throw new ConfigurationError('no commit to report on: set the commit input or GITHUB_SHA')
  const config: GitHubScanConfig = { ...connection, sha, feedback }
  if (pullRequest) config.pullRequest = pullRequest
  return config
}
