import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { FaultTable, type FaultAnswer, type FaultMode } from './faults.js'
import { GitHubError, invalidRequest, notAccessible, notFound } from './github-errors.js'
import type { Reply } from './handlers/handler.js'
import { HANDLERS } from './handlers/registry.js'
import {
  deliver,
  parseLoosely,
  readIncoming,
  type Delivery,
  type Incoming
} from './http-exchange.js'
import type { OpenApiIndex, OperationSpec } from './openapi-index.js'
import { OperationValidator } from './operation-validator.js'
import type { PageMode } from './pagination.js'
import { allows, type Permissions } from './permissions.js'
import { Representer, type Urls } from './representations.js'
import { RouteTable, type RouteMatch } from './route-table.js'
import type { UserRecord } from './records.js'
import { ACTIONS_BOT, GitHubState, type StateSeed } from './state.js'

export interface TokenOptions {
  /** Every write answers 403 "Resource not accessible by integration" (a fork PR's token). */
  readOnly?: boolean
  /** Who the token acts as; default github-actions[bot]. */
  login?: string
  /**
   * The token's permissions, over the server-wide `permissions`; one left out is `write`.
   * An operation that needs more answers 403 "Resource not accessible by integration".
   *
   * @example A workflow without `security-events: write`
   *   startGitHubServer({ tokens: { t: { permissions: { 'security-events': 'read' } } } })
   */
  permissions?: Permissions
}

export interface GitHubServerOptions extends StateSeed {
  /** Serve under `/api/v3`, as GitHub Enterprise Server does. */
  ghes?: boolean
  /** Every token is read-only. */
  readOnly?: boolean
  /** Per-token behaviour, keyed by the token as sent. */
  tokens?: Record<string, TokenOptions>
  /** Every token's permissions (a token's own `permissions` override these). */
  permissions?: Permissions
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
  /** Answered by an injected fault (a `delayMs`-only rule that answers normally is not one). */
  fault: boolean
  /** The fault's mode, when it had one. */
  mode: FaultMode | undefined
  /**
   * The client closed the connection before the answer was complete (its timeout or abort
   * fired while the server hung or stalled); false when the server's stop() closed it.
   */
  clientGaveUp: boolean
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
  /** Set by stop(): connections closed from then on were closed by the server. */
  stopping = false
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
      mode: undefined,
      clientGaveUp: false,
      token: incoming.token
    }
    this.requests.push(record)
    res.once('close', () => {
      if (!res.writableFinished && !this.stopping) record.clientGaveUp = true
    })
    let delivery: Delivery
    try {
      delivery = await this.answer(incoming, record)
    } catch (error) {
      delivery = { kind: 'reply', reply: errorReply(error, undefined) }
    }
    record.status = statusOf(delivery)
    deliver(res, delivery)
  }

  private async answer(incoming: Incoming, record: RecordedRequest): Promise<Delivery> {
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
      // Recorded before the delay: a test that looks at the request while it waits (or stops
      // the server then) sees which fault it got.
      if (fault.mode !== undefined || fault.status !== undefined) record.fault = true
      if (fault.mode !== undefined) record.mode = fault.mode
      await sleep(fault.delayMs)
      if (fault.mode !== undefined) return this.misbehave(fault, fault.mode, route, incoming)
      if (fault.status !== undefined) return reply(fault.status, fault.body, fault.headers)
    }
    if (!route) throw notFound()
    return { kind: 'reply', reply: this.handleSafely(route, incoming, finitePages()) }
  }

  /** The answer of a fault with a mode (see FaultMode in faults.ts). */
  private misbehave(
    fault: FaultAnswer,
    mode: FaultMode,
    route: RouteMatch | undefined,
    incoming: Incoming
  ): Delivery {
    const status = fault.status ?? 200
    switch (mode) {
      case 'hang':
        return { kind: 'hang' }
      case 'html':
        return raw(
          status,
          fault.headers,
          HTML,
          typeof fault.body === 'string' ? fault.body : page(status)
        )
      case 'empty':
        return raw(status, fault.headers, JSON_TYPE, '')
      case 'wrong-shape':
        return raw(status, fault.headers, JSON_TYPE, JSON.stringify(wrongShape(route?.operation)))
    }
    if (!route) throw notFound()
    const pages: PageMode = { endless: mode === 'endless-pages', served: false }
    const answer = this.handleSafely(route, incoming, pages)
    const headers = { ...answer.headers, ...fault.headers }
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body)
    switch (mode) {
      case 'endless-pages':
        if (pages.served || answer.status >= 300) return { kind: 'reply', reply: answer }
        return {
          kind: 'reply',
          reply: errorReply(
            new GitHubError(
              500,
              `test server: an endless-pages fault matched ${route.operation.operationId}, which the server does not serve as a paginated list`
            ),
            route.operation.docs
          )
        }
      case 'truncated-json':
        return raw(answer.status, headers, JSON_TYPE, text.slice(0, Math.floor(text.length / 2)))
      case 'wrong-content-type':
        return raw(answer.status, headers, 'text/plain; charset=utf-8', text)
      case 'stall-body':
        return { kind: 'stall', status: answer.status, headers, contentType: JSON_TYPE, body: text }
    }
  }

  private handleSafely(route: RouteMatch, incoming: Incoming, pages: PageMode): Reply {
    try {
      return this.handle(route, incoming, pages)
    } catch (error) {
      return errorReply(error, route.operation.docs)
    }
  }

  private handle(route: RouteMatch, incoming: Incoming, pages: PageMode): Reply {
    const { operation } = route
    const params = this.validator.parameters(operation, 'path', route.params)
    if (params.errors.length > 0 || !this.isOurRepository(route.params)) throw notFound()
    const token = incoming.token ? this.options.tokens?.[incoming.token] : undefined
    if (WRITES.has(operation.method) && (this.options.readOnly || token?.readOnly)) {
      throw notAccessible()
    }
    if (!allows({ ...this.options.permissions, ...token?.permissions }, operation.operationId)) {
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
      url: incoming.url,
      pages
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

const JSON_TYPE = 'application/json; charset=utf-8'
const HTML = 'text/html; charset=utf-8'

const finitePages = (): PageMode => ({ endless: false, served: false })

function reply(status: number, body: unknown, headers: Record<string, string>): Delivery {
  return { kind: 'reply', reply: { status, body, headers } }
}

function raw(
  status: number,
  headers: Record<string, string> | undefined,
  contentType: string,
  body: string
): Delivery {
  return { kind: 'raw', status, headers: { ...headers }, contentType, body }
}

function statusOf(delivery: Delivery): number {
  if (delivery.kind === 'hang') return 0
  return delivery.kind === 'reply' ? delivery.reply.status : delivery.status
}

/** JSON of the other kind than the operation's success schema: `{}` for a list, else `[]`. */
function wrongShape(operation: OperationSpec | undefined): unknown {
  const schemas = Object.values(operation?.responses ?? {})
  const schema = schemas.find(s => s !== null) as { type?: unknown } | undefined
  return schema?.type === 'array' ? {} : []
}

/** The page GitHub's front end serves when the API behind it is down ("Unicorn!"). */
function page(status: number): string {
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>Unicorn! &middot; GitHub</title></head>',
    `<body><h1>${status === 200 ? 'Whoa there!' : 'No server is currently available to service your request.'}</h1>`,
    '<p>Sorry about that. Please try refreshing and contact us if the problem persists.</p>',
    '</body></html>'
  ].join('\n')
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}
