import { REST_DOCS } from './github-errors.js'

/**
 * A fault the server answers instead of handling a request. A faulted request never reaches
 * the state: whatever it asked for did not happen.
 *
 * What octokit does with the answers (plugin-throttling 11, plugin-retry 8):
 * - 403/429 whose message says "secondary rate" → `onSecondaryRateLimit(retry-after ?? 60)`;
 * - 403/429 with `x-ratelimit-remaining: 0` → `onRateLimit(seconds until x-ratelimit-reset + 1)`;
 * - other statuses outside `doNotRetry` (by default 400, 401, 403, 404, 410, 422, 451), e.g.
 *   500/502, are retried by plugin-retry.
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
  /** Status to answer. Leave out with `delayMs` to answer normally, only late. */
  status?: number
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
  /** Body to send instead of GitHub's default for the status; a string is sent as text/html. */
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
    if (rule.status === undefined && rule.delayMs === undefined) {
      throw new Error('a fault needs a status, a delayMs, or both')
    }
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
    delayMs: rule.delayMs ?? 0,
    headers,
    body: status === undefined ? undefined : (rule.body ?? defaultBody(rule, status, docs))
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
