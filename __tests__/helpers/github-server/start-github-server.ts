import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FaultRule, InjectedFault } from './faults.js'
import {
  Gateway,
  GHES_PREFIX,
  type GitHubServerOptions,
  type RecordedRequest,
  type TokenOptions
} from './gateway.js'
import { loadOpenApiIndex } from './openapi-index.js'
import type { GitHubState } from './state.js'

export type { FaultRule, GitHubServerOptions, InjectedFault, RecordedRequest, TokenOptions }

export interface GitHubServer {
  /** For GITHUB_API_URL and `getOctokit(token, { baseUrl })`: no trailing slash. */
  readonly url: string
  /** `{ owner, repo }` of the seeded repository, to spread into octokit calls. */
  readonly repo: Readonly<{ owner: string; repo: string }>
  /** GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY and NO_PROXY for this server. */
  readonly env: Readonly<Record<string, string>>
  /** The current state (replaced by reset()). */
  readonly state: GitHubState
  /** Every request, in order of arrival, faulted and refused ones included. */
  readonly requests: readonly RecordedRequest[]
  inject(rule: FaultRule): InjectedFault
  /** Injected faults not used up yet. */
  pendingFaults(): InjectedFault[]
  /** State back to the seed; requests and faults cleared. */
  reset(): void
  /** Errors of `body` against the operation's published 2xx response schema ([] when it fits). */
  responseErrors(operationId: string, status: number, body: unknown): string[]
  /** Closes the server and its keep-alive connections; idempotent. */
  stop(): Promise<void>
}

/**
 * A local stand-in for api.github.com (or a GHES `/api/v3`) on 127.0.0.1: every request is
 * matched to an operation of GitHub's published OpenAPI description and validated against it,
 * then answered from a small in-memory repository.
 *
 * @example
 *   const server = await startGitHubServer({
 *     pullRequests: [{ number: 7, headSha: SHA, files: [{ filename: 'a.ts', patch }] }]
 *   })
 *   try {
 *     const octokit = getOctokit('token', { baseUrl: server.url })
 *     await octokit.rest.issues.createComment({ ...server.repo, issue_number: 7, body: 'hi' })
 *     expect(server.state.issueComments).toHaveLength(1)
 *   } finally {
 *     await server.stop()
 *   }
 */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const gateway = new Gateway(options, loadOpenApiIndex())
  const http = createServer((req, res) => {
    gateway.serve(req, res).catch(() => res.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(0, '127.0.0.1', resolve)
  })
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  gateway.urls = {
    api: options.ghes ? `${origin}${GHES_PREFIX}` : origin,
    web: options.ghes ? origin : 'https://github.com'
  }
  let stopped: Promise<void> | undefined
  const { owner, name } = gateway.state.repository
  return {
    url: gateway.urls.api,
    repo: Object.freeze({ owner: owner.login, repo: name }),
    env: environment(gateway),
    get state() {
      return gateway.state
    },
    requests: gateway.requests,
    inject: rule => gateway.faults.add(rule),
    pendingFaults: () => gateway.faults.pending(),
    reset: () => gateway.reset(),
    responseErrors: (operationId, status, body) =>
      gateway.responseErrors(operationId, status, body),
    stop: () =>
      (stopped ??= new Promise<void>(resolve => {
        gateway.stopping = true
        http.close(() => resolve())
        // Also the connections a `hang` or `stall-body` fault holds open.
        http.closeAllConnections()
      }))
  }
}

function environment(gateway: Gateway): Readonly<Record<string, string>> {
  const { owner, name } = gateway.state.repository
  const noProxy = [process.env['NO_PROXY'] ?? process.env['no_proxy'], '127.0.0.1,localhost']
    .filter(Boolean)
    .join(',')
  return Object.freeze({
    GITHUB_API_URL: gateway.urls.api,
    GITHUB_SERVER_URL: gateway.urls.web,
    GITHUB_REPOSITORY: `${owner.login}/${name}`,
    NO_PROXY: noProxy,
    no_proxy: noProxy
  })
}
