/** GitHub's page size when none is asked for, and the most it gives whatever is asked. */
export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export interface Page<T> {
  items: T[]
  /** The `Link` header (first/prev/next/last), absent when everything fits on one page. */
  link: string | undefined
}

/**
 * How a request's list is paged. `endless` comes from an `endless-pages` fault; `served` is
 * set by paginate(), so the gateway can tell a rule aimed at an operation that is no list.
 */
export interface PageMode {
  endless: boolean
  served: boolean
}

/**
 * One page of `items` for `per_page`/`page` (already coerced to numbers by the validator), with
 * a `Link` header built from the request's own URL, as octokit.paginate follows it.
 *
 * Endless: page n holds the items of real page ((n - 1) mod pages) + 1 and the `Link` header
 * always has `rel="next"` and never `rel="last"`, so a client that follows `next` never stops.
 */
export function paginate<T>(
  items: readonly T[],
  query: Record<string, unknown>,
  url: URL,
  mode: PageMode = { endless: false, served: false }
): Page<T> {
  mode.served = true
  const perPage = clamp(asNumber(query['per_page']) ?? DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
  const page = Math.max(1, asNumber(query['page']) ?? 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const shown = mode.endless ? ((page - 1) % last) + 1 : page
  const start = (shown - 1) * perPage
  const link = mode.endless ? endlessLink(url, page) : linkHeader(url, page, last)
  return { items: items.slice(start, start + perPage), link }
}

function pageUrl(url: URL, n: number, rel: string): string {
  const target = new URL(url)
  target.searchParams.set('page', String(n))
  return `<${target.toString()}>; rel="${rel}"`
}

function linkHeader(url: URL, page: number, last: number): string | undefined {
  if (last === 1) return undefined
  const links: string[] = []
  if (page > 1) links.push(pageUrl(url, page - 1, 'prev'))
  if (page < last) links.push(pageUrl(url, page + 1, 'next'))
  if (page < last) links.push(pageUrl(url, last, 'last'))
  if (page > 1) links.push(pageUrl(url, 1, 'first'))
  return links.join(', ')
}

function endlessLink(url: URL, page: number): string {
  const links = [pageUrl(url, page + 1, 'next')]
  if (page > 1) links.unshift(pageUrl(url, page - 1, 'prev'))
  if (page > 1) links.push(pageUrl(url, 1, 'first'))
  return links.join(', ')
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : undefined
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
