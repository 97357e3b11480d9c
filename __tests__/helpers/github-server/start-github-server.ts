import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FaultMode, FaultRule, InjectedFault } from './faults.js'
import {
  Gateway,
  GHES_PREFIX,
  type GitHubServerOptions,
  type RecordedRequest,
  type TokenOptions
} from './gateway.js'
import { loadOpenApiIndex } from './openapi-index.js'
import type { PermissionLevel, PermissionName, Permissions } from './permissions.js'
import type { SarifOutcome, SarifUploadRecord } from './records.js'
import type { RunSummary } from './sarif-delivery.js'
import type { CodeScanningSeed, GitHubState } from './state.js'

export type {
  CodeScanningSeed,
  FaultMode,
  FaultRule,
  GitHubServerOptions,
  InjectedFault,
  PermissionLevel,
  PermissionName,
  Permissions,
  RecordedRequest,
  RunSummary,
  SarifOutcome,
  SarifUploadRecord,
  TokenOptions
}

export interface GitHubServer {
  /** For GITHUB_API_URL and `getOctokit(token, { baseUrl })`: no trailing slash. */
  readonly url: string
  /** `{ owner, repo }` of the seeded repository, to spread into octokit calls. */
  readonly repo: Readonly<{ owner: string; repo: string }>
  /** GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY and NO_PROXY for this server. */
  readonly env: Readonly<Record<string, string>>
  /** The current state (replaced by reset()). */
  readonly state: GitHubState
  /**
   * Every request, in order of arrival, faulted and refused ones included; `clientGaveUp`
   * tells which ones the client abandoned (a `hang` or `stall-body` it timed out on).
   */
  readonly requests: readonly RecordedRequest[]
  /** Queues a fault (a status, a delay, or a `mode` such as `hang`); see FaultRule. */
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
 *
 * @example Code scanning: upload, then poll until processing ends
 *   const server = await startGitHubServer({ commits: [SHA], codeScanning: { pendingPolls: 2 } })
 *   const sarif = gzipSync(JSON.stringify(log)).toString('base64')
 *   const { data } = await octokit.rest.codeScanning.uploadSarif({
 *     ...server.repo, commit_sha: SHA, ref: 'refs/heads/main', sarif })
 *   // getSarif: 'pending', 'pending', then 'complete', or 'failed' with GitHub's `errors`
 *   // (e.g. two runs of one tool in one category); server.state.sarifUploads has the SARIF.
 *
 * @example A repository without code scanning, and a token without security-events: write
 *   startGitHubServer({ codeScanning: { enabled: false } }) // 403 "Advanced Security must be…"
 *   startGitHubServer({ permissions: { 'security-events': 'read' } }) // 403 on upload only
 *
 * @example A misbehaving GitHub (more in faults.ts)
 *   server.inject({ operationId: 'code-scanning/get-sarif', mode: 'hang', times: Infinity })
 *   server.inject({ operationId: 'checks/list-annotations', mode: 'endless-pages', times: Infinity })
 *   server.inject({ operationId: 'repos/get', mode: 'html' }) // a 200 that is not JSON
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
