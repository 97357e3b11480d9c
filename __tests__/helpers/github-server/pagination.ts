/** GitHub's page size when none is asked for, and the most it gives whatever is asked. */
export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export interface Page<T> {
  items: T[]
  /** The `Link` header (first/prev/next/last), absent when everything fits on one page. */
  link: string | undefined
}

/**
 * One page of `items` for `per_page`/`page` (already coerced to numbers by the validator), with
 * a `Link` header built from the request's own URL, as octokit.paginate follows it.
 */
export function paginate<T>(
  items: readonly T[],
  query: Record<string, unknown>,
  url: URL
): Page<T> {
  const perPage = clamp(asNumber(query['per_page']) ?? DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
  const page = Math.max(1, asNumber(query['page']) ?? 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const start = (page - 1) * perPage
  return { items: items.slice(start, start + perPage), link: linkHeader(url, page, last) }
}

function linkHeader(url: URL, page: number, last: number): string | undefined {
  if (last === 1) return undefined
  const to = (n: number, rel: string) => {
    const target = new URL(url)
    target.searchParams.set('page', String(n))
    return `<${target.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(to(page - 1, 'prev'))
  if (page < last) links.push(to(page + 1, 'next'))
  if (page < last) links.push(to(last, 'last'))
  if (page > 1) links.push(to(1, 'first'))
  return links.join(', ')
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : undefined
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
