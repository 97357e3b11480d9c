import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { FaultTable } from './faults.js'
import { GitHubError, invalidRequest, notAccessible, notFound } from './github-errors.js'
import type { Reply } from './handlers/handler.js'
import { HANDLERS } from './handlers/registry.js'
import { parseLoosely, readIncoming, send, type Incoming } from './http-exchange.js'
import type { OpenApiIndex, OperationSpec } from './openapi-index.js'
import { OperationValidator } from './operation-validator.js'
import { Representer, type Urls } from './representations.js'
import { RouteTable, type RouteMatch } from './route-table.js'
import type { UserRecord } from './records.js'
import { ACTIONS_BOT, GitHubState, type StateSeed } from './state.js'

export interface TokenOptions {
  /** Every write answers 403 "Resource not accessible by integration" (a fork PR's token). */
  readOnly?: boolean
  /** Who the token acts as; default github-actions[bot]. */
  login?: string
}

export interface GitHubServerOptions extends StateSeed {
  /** Serve under `/api/v3`, as GitHub Enterprise Server does. */
  ghes?: boolean
  /** Every token is read-only. */
  readOnly?: boolean
  /** Per-token behaviour, keyed by the token as sent. */
  tokens?: Record<string, TokenOptions>
  /**
   * Check every 2xx answer against the operation's published response schema; a mismatch is
   * answered 500 with the errors (a bug in this server, not in the code under test).
   */
  checkResponses?: boolean
}

export interface RecordedRequest {
  method: string
  /** As sent: percent-encoded, without `/api/v3` and the query. */
  path: string
  operationId: string | undefined
  query: Record<string, string | string[]>
  /** Parsed JSON body (the raw text when it is not JSON; undefined when empty). */
  body: unknown
  status: number
  /** Answered by an injected fault. */
  fault: boolean
  token: string | undefined
}

export const GHES_PREFIX = '/api/v3'
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The request pipeline, in the order GitHub appears to apply it: API prefix, authentication,
 * route, injected faults, repository, token permissions, JSON, schema, then the handler.
 */
export class Gateway {
  readonly requests: RecordedRequest[] = []
  readonly faults = new FaultTable()
  state: GitHubState
  urls: Urls = { api: '', web: '' }
  private readonly routes: RouteTable
  private readonly validator: OperationValidator
  private readonly byId: Map<string, OperationSpec>

  constructor(
    private readonly options: GitHubServerOptions,
    index: OpenApiIndex
  ) {
    this.state = new GitHubState(options)
    this.routes = new RouteTable(index.operations)
    this.validator = new OperationValidator(index)
    this.byId = new Map(index.operations.map(o => [o.operationId, o]))
  }

  reset(): void {
    this.state = new GitHubState(this.options)
    this.requests.length = 0
    this.faults.clear()
  }

  responseErrors(operationId: string, status: number, body: unknown): string[] {
    const operation = this.byId.get(operationId)
    if (!operation) throw new Error(`no operation ${operationId} in the OpenAPI description`)
    return this.validator.response(operation, status, body)
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const incoming = await readIncoming(req)
    const record: RecordedRequest = {
      method: incoming.method,
      path: incoming.path,
      operationId: undefined,
      query: incoming.query,
      body: parseLoosely(incoming.text),
      status: 0,
      fault: false,
      token: incoming.token
    }
    this.requests.push(record)
    let reply: Reply
    try {
      reply = await this.answer(incoming, record)
    } catch (error) {
      reply = errorReply(error, undefined)
    }
    record.status = reply.status
    send(res, reply)
  }

  private async answer(incoming: Incoming, record: RecordedRequest): Promise<Reply> {
    const ghes = this.options.ghes === true
    if (ghes && !isUnder(incoming.path, GHES_PREFIX)) throw notFound()
    const path = ghes ? incoming.path.slice(GHES_PREFIX.length) || '/' : incoming.path
    const route = this.routes.match(incoming.method, path)
    const operation = route?.operation
    record.path = path
    record.operationId = operation?.operationId
    if (!incoming.token) throw new GitHubError(401, 'Requires authentication')
    const target = {
      method: incoming.method,
      path,
      template: operation?.path,
      operationId: operation?.operationId
    }
    const fault = this.faults.answer(target, operation?.docs)
    if (fault) {
      await sleep(fault.delayMs)
      if (fault.status !== undefined) {
        record.fault = true
        return { status: fault.status, body: fault.body, headers: fault.headers }
      }
    }
    if (!route) throw notFound()
    try {
      return this.handle(route, incoming)
    } catch (error) {
      return errorReply(error, route.operation.docs)
    }
  }

  private handle(route: RouteMatch, incoming: Incoming): Reply {
    const { operation } = route
    const params = this.validator.parameters(operation, 'path', route.params)
    if (params.errors.length > 0 || !this.isOurRepository(route.params)) throw notFound()
    const token = incoming.token ? this.options.tokens?.[incoming.token] : undefined
    if (WRITES.has(operation.method) && (this.options.readOnly || token?.readOnly)) {
      throw notAccessible()
    }
    const body = parseBody(operation, incoming.text)
    const query = this.validator.parameters(operation, 'query', incoming.query)
    const errors = [...query.errors, ...this.validator.body(operation, body)]
    if (errors.length > 0) throw invalidRequest(errors)
    const handler = HANDLERS[operation.operationId]
    if (!handler) {
      throw new GitHubError(
        501,
        `${operation.operationId} fits GitHub's OpenAPI description but the test server does not implement it`
      )
    }
    const reply = handler({
      state: this.state,
      shapes: new Representer(this.urls, this.state),
      params: params.values,
      query: query.values,
      body,
      actor: this.actor(token),
      url: incoming.url
    })
    return this.checked(operation, reply)
  }

  private actor(token: TokenOptions | undefined): UserRecord {
    return token?.login ? this.state.user(token.login) : ACTIONS_BOT
  }

  /** Routes under /repos/{owner}/{repo} answer 404 for any repository but ours. */
  private isOurRepository(params: Record<string, string>): boolean {
    const { owner, repo } = params
    if (owner === undefined || repo === undefined) return true
    const ours = this.state.repository
    return (
      owner.toLowerCase() === ours.owner.login.toLowerCase() &&
      repo.toLowerCase() === ours.name.toLowerCase()
    )
  }

  private checked(operation: OperationSpec, reply: Reply): Reply {
    if (!this.options.checkResponses || reply.status >= 300) return reply
    const errors = this.validator.response(operation, reply.status, reply.body)
    if (errors.length === 0) return reply
    const message = `test server answer for ${operation.operationId} does not fit the published schema: ${errors.join('; ')}`
    return errorReply(new GitHubError(500, message), operation.docs)
  }
}

/** An empty body is `{}` where a body is required (octokit sends none without parameters). */
function parseBody(operation: OperationSpec, text: string): unknown {
  if (text === '') return operation.body?.required ? {} : undefined
  if (operation.body?.json === undefined) return parseLoosely(text)
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new GitHubError(400, 'Problems parsing JSON')
  }
}

function errorReply(error: unknown, docs: string | undefined): Reply {
  if (error instanceof GitHubError) {
    return { status: error.status, body: error.body(docs), headers: error.headers }
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return { status: 500, body: { message: `test server bug: ${message}`, status: '500' } }
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}
