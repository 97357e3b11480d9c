import { REST_DOCS } from './github-errors.js'

/**
 * How a misbehaving GitHub answers instead of (or around) a normal answer.
 *
 * Modes that never reach the handler (whatever the request asked for did not happen):
 * - `hang`: the request is read and never answered; the socket stays open until the client
 *   gives up or the server stops (`stop()` closes it at once). No status, no headers.
 * - `html`: a 2xx (default 200, or `status`) whose body is an HTML page, `text/html`; with a
 *   5xx `status` it is GitHub's HTML error page.
 * - `empty`: a 2xx (default 200) with `content-type: application/json` and no body at all.
 * - `wrong-shape`: a 2xx (default 200) with valid JSON of the wrong kind for the operation:
 *   an object where the published schema has an array, an array where it has an object.
 *
 * Modes that let the handler run and then mangle its answer (a write DID happen, as when a
 * proxy breaks the answer of a request GitHub applied):
 * - `stall-body`: status and headers (with the full `content-length`) are sent, then half of
 *   the body, then nothing until the client gives up or the server stops.
 * - `truncated-json`: the first half of the JSON, as a complete HTTP answer.
 * - `wrong-content-type`: the right JSON, sent as `text/plain`.
 * - `endless-pages`: a paginated list whose `Link` header always has `rel="next"` (and never
 *   `rel="last"`): page n+1 exists for every n. Page n holds the items of real page
 *   ((n - 1) mod pages) + 1, so every page fits the schema and is not empty unless the list is.
 *   On an operation that is not a paginated list the server answers 500 (a misconfigured rule).
 *
 * What octokit 10 (@octokit/request 10) does with the 2xx garbage: it does not reject. A
 * `text/*` body, or an `application/json` body that does not parse (empty, truncated), comes
 * back as `data` of type string; `wrong-shape` comes back parsed. A body cut short by the
 * client's own abort signal also resolves, with `data: ''` (the JSON branch of
 * getResponseData swallows the read error). Code that reads `data` must check its shape.
 */
export type FaultMode =
  | 'hang'
  | 'stall-body'
  | 'endless-pages'
  | 'html'
  | 'empty'
  | 'truncated-json'
  | 'wrong-content-type'
  | 'wrong-shape'

/** Modes whose answer is built from the handler's own answer. */
export const HANDLED_MODES: ReadonlySet<FaultMode> = new Set([
  'stall-body',
  'endless-pages',
  'truncated-json',
  'wrong-content-type'
])

/**
 * A fault the server answers instead of handling a request. A faulted request never reaches
 * the state (except in the modes of HANDLED_MODES, see FaultMode): whatever it asked for did
 * not happen.
 *
 * What octokit does with the answers (plugin-throttling 11, plugin-retry 8):
 * - 403/429 whose message says "secondary rate" → `onSecondaryRateLimit(retry-after ?? 60)`;
 * - 403/429 with `x-ratelimit-remaining: 0` → `onRateLimit(seconds until x-ratelimit-reset + 1)`;
 * - other statuses outside `doNotRetry` (by default 400, 401, 403, 404, 410, 422, 451), e.g.
 *   500/502, are retried by plugin-retry;
 * - a request aborted by its own `request.signal` fails with status 500: the TimeoutError of
 *   `AbortSignal.timeout` becomes an HttpError "Unknown Error" with the TimeoutError as its
 *   `cause`. plugin-retry retries that 500 at once with the same, already aborted, signal:
 *   the retries fail before they are sent, so the server sees one request.
 *
 * @example A rate limit, then the normal answer
 *   server.inject({ path: '/repos/{owner}/{repo}', status: 403, retryAfter: 7 })
 *
 * @example GitHub accepts the request and never answers
 *   server.inject({ operationId: 'checks/create', mode: 'hang' })
 *   await expect(
 *     octokit.rest.checks.create({ ...server.repo, name: 'x', head_sha: SHA,
 *       request: { signal: AbortSignal.timeout(500) } })
 *   ).rejects.toMatchObject({ status: 500, cause: { name: 'TimeoutError' } })
 *
 * @example Headers arrive, the body never finishes
 *   server.inject({ operationId: 'pulls/get', mode: 'stall-body' })
 *
 * @example Every page says there is a next one
 *   server.inject({ operationId: 'pulls/list-files', mode: 'endless-pages', times: Infinity })
 *   for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, args))
 *     if (++seen === 10) break
 *
 * @example A 200 that is not JSON, and a 502 HTML page
 *   server.inject({ operationId: 'repos/get', mode: 'html' })
 *   server.inject({ operationId: 'repos/get', mode: 'truncated-json' })
 *   server.inject({ method: 'POST', mode: 'html', status: 502, times: Infinity })
 */
export interface FaultRule {
  /** Only this method (any case); default any. */
  method?: string
  /**
   * Only this path: a string is compared with the path as sent (percent-encoded, no `/api/v3`,
   * no query) and with the operation's template (`/repos/{owner}/{repo}/check-runs`); a RegExp
   * is tested against the path as sent. Default any.
   */
  path?: string | RegExp
  /** Only this operation, e.g. `checks/update`; default any. */
  operationId?: string
  /**
   * Status to answer. Leave out with `delayMs` to answer normally, only late. With `mode`
   * `html`, `empty` or `wrong-shape` it replaces the default 200; the other modes take none.
   */
  status?: number
  /** How the answer misbehaves; see FaultMode. */
  mode?: FaultMode
  /** How many requests it faults before it is used up; default 1, or unlimited with everyNth. */
  times?: number
  /** Fault only every nth matching request (the nth, 2nth, …); the others pass. */
  everyNth?: number
  /** Seconds, sent as `retry-after`; on a 403 without `body` it makes the secondary-rate-limit body. */
  retryAfter?: number
  /** Sent as `x-ratelimit-remaining`; 0 on a 403/429 without `body` makes the primary-limit body. */
  rateLimitRemaining?: number
  /** Wait this long before answering (the fault, or the normal answer when `status` is unset). */
  delayMs?: number
  /**
   * Body to send instead of GitHub's default for the status; a string is sent as text/html.
   * With `mode: 'html'` it replaces the default page.
   */
  body?: unknown
  headers?: Record<string, string>
}

/** A queued fault, to assert on how often it fired. */
export interface InjectedFault {
  readonly rule: Readonly<FaultRule>
  /** Matching requests seen so far (faulted or let through by everyNth). */
  readonly seen: number
  /** Requests it answered (or delayed). */
  readonly fired: number
  readonly usedUp: boolean
}

export interface FaultTarget {
  method: string
  path: string
  template: string | undefined
  operationId: string | undefined
}

export interface FaultAnswer {
  status: number | undefined
  mode: FaultMode | undefined
  delayMs: number
  headers: Record<string, string>
  body: unknown
}

class Fault implements InjectedFault {
  seen = 0
  fired = 0
  constructor(readonly rule: Readonly<FaultRule>) {}

  get usedUp(): boolean {
    return this.fired >= (this.rule.times ?? (this.rule.everyNth ? Infinity : 1))
  }

  matches(target: FaultTarget): boolean {
    const { method, path, operationId } = this.rule
    if (method && method.toUpperCase() !== target.method) return false
    if (operationId && operationId !== target.operationId) return false
    if (path instanceof RegExp) return path.test(target.path)
    return path === undefined || path === target.path || path === target.template
  }

  /** Counts the request; true when this one is to be faulted. */
  take(): boolean {
    this.seen += 1
    if (this.rule.everyNth && this.seen % this.rule.everyNth !== 0) return false
    this.fired += 1
    return true
  }
}

/** Faults in the order they were injected; the first live one that matches answers. */
export class FaultTable {
  private faults: Fault[] = []

  add(rule: FaultRule): InjectedFault {
    if (rule.status === undefined && rule.delayMs === undefined && rule.mode === undefined) {
      throw new Error('a fault needs a status, a delayMs, a mode, or a combination')
    }
    checkMode(rule)
    const fault = new Fault({ ...rule })
    this.faults.push(fault)
    return fault
  }

  clear(): void {
    this.faults = []
  }

  pending(): InjectedFault[] {
    return this.faults.filter(f => !f.usedUp)
  }

  /** The answer for this request, or undefined to handle it normally. */
  answer(target: FaultTarget, docs: string | undefined): FaultAnswer | undefined {
    const fault = this.faults.find(f => !f.usedUp && f.matches(target))
    if (!fault || !fault.take()) return undefined
    return faultAnswer(fault.rule, docs)
  }
}

const STATUS_FREE_MODES: ReadonlySet<FaultMode> = new Set([...HANDLED_MODES, 'hang'])

/** A rule that cannot be served as written is refused when injected, not when it fires. */
function checkMode(rule: FaultRule): void {
  const { mode, status } = rule
  if (mode === undefined) return
  if (STATUS_FREE_MODES.has(mode) && status !== undefined) {
    throw new Error(`mode ${mode} answers with the handler's status (or none): leave out status`)
  }
  if (mode === 'html' && status !== undefined && status < 200) {
    throw new Error(`mode html needs a status of 200 or more, got ${status}`)
  }
  if ((mode === 'empty' || mode === 'wrong-shape') && status !== undefined && !is2xx(status)) {
    throw new Error(`mode ${mode} is a 2xx garbage answer; status ${status} is not 2xx`)
  }
}

const is2xx = (status: number): boolean => status >= 200 && status < 300

const SECONDARY_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits'
const PRIMARY_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-primary-rate-limits'
const DEFAULT_RESET_SECONDS = 60

function faultAnswer(rule: Readonly<FaultRule>, docs: string | undefined): FaultAnswer {
  const headers: Record<string, string> = { ...rule.headers }
  if (rule.retryAfter !== undefined) headers['retry-after'] = String(rule.retryAfter)
  if (rule.rateLimitRemaining !== undefined) {
    headers['x-ratelimit-remaining'] = String(rule.rateLimitRemaining)
    const reset = Math.ceil(Date.now() / 1000) + (rule.retryAfter ?? DEFAULT_RESET_SECONDS)
    headers['x-ratelimit-reset'] = String(reset)
  }
  const status = rule.status
  return {
    status,
    mode: rule.mode,
    delayMs: rule.delayMs ?? 0,
    headers,
    body:
      status === undefined || rule.mode !== undefined
        ? rule.body
        : (rule.body ?? defaultBody(rule, status, docs))
  }
}

function defaultBody(rule: Readonly<FaultRule>, status: number, docs: string | undefined) {
  const error = (message: string, documentation_url = docs ?? REST_DOCS) => ({
    message,
    documentation_url,
    status: String(status)
  })
  const limited = status === 403 || status === 429
  if (limited && rule.rateLimitRemaining === 0) {
    return error('API rate limit exceeded for installation ID 1.', PRIMARY_DOCS)
  }
  if ((limited && rule.retryAfter !== undefined) || status === 429) {
    return error(
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000.',
      SECONDARY_DOCS
    )
  }
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
    500: 'Server Error',
    502: 'Server Error',
    503: 'Service Unavailable'
  }
  return error(messages[status] ?? `HTTP ${status}`)
}
