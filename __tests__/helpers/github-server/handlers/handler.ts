import type { Page, PageMode } from '../pagination.js'
import { paginate } from '../pagination.js'
import type { Representer } from '../representations.js'
import type { UserRecord } from '../records.js'
import type { GitHubState } from '../state.js'

/** A request that passed routing, authorization and schema validation. */
export interface HandlerContext {
  state: GitHubState
  shapes: Representer
  /** Path parameters, coerced to the schema's types (`pull_number` is a number). */
  params: Record<string, unknown>
  /** Query parameters, coerced, with the schema's defaults filled in. */
  query: Record<string, unknown>
  /** The JSON body; it fits the operation's schema. */
  body: unknown
  /** Who the token acts as. */
  actor: UserRecord
  /** The full request URL, for `Link` headers. */
  url: URL
  /** How lists are paged for this request (endless under an `endless-pages` fault). */
  pages: PageMode
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/**
 * Implements one operation. A handler checks everything that can fail before it changes the
 * state, and throws GitHubError for a refusal, so a refused request leaves no trace.
 */
export type Handler = (context: HandlerContext) => Reply

export const reply = (status: number, body?: unknown): Reply => ({ status, body })

/** 200 with one page of `items`, shaped by `shape`, and the `Link` header. */
export function pageOf<T>(
  context: HandlerContext,
  items: readonly T[],
  shape: (item: T) => unknown
): Reply {
  const page: Page<T> = paginate(items, context.query, context.url, context.pages)
  return withLink(reply(200, page.items.map(shape)), page)
}

export function withLink<T>(answer: Reply, page: Page<T>): Reply {
  return page.link ? { ...answer, headers: { ...answer.headers, link: page.link } } : answer
}

export const param = (context: HandlerContext, name: string): number => Number(context.params[name])
