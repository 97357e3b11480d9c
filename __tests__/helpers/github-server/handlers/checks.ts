import { GitHubError, invalidRequest, notFound } from '../github-errors.js'
import { paginate } from '../pagination.js'
import type { AnnotationRecord, CheckRunRecord } from '../records.js'
import type { GitHubState } from '../state.js'
import type { Handler, HandlerContext } from './handler.js'
import { pageOf, param, reply, withLink } from './handler.js'

/** The fields of a check-run create/update body we store (the schema has checked the types). */
interface CheckRunWrite {
  name?: string
  head_sha?: string
  details_url?: string
  external_id?: string
  status?: CheckRunRecord['status']
  conclusion?: string
  started_at?: string
  completed_at?: string
  output?: { title?: string; summary?: string; text?: string; annotations?: AnnotationRecord[] }
}

function checkRun(state: GitHubState, id: number): CheckRunRecord {
  const run = state.checkRuns.find(r => r.id === id)
  if (!run) throw notFound()
  return run
}

/**
 * GitHub: "Providing conclusion will automatically set the status parameter to completed", and
 * a completed run needs a conclusion (the update schema says so with anyOf; create does not).
 */
function settle(run: CheckRunRecord, write: CheckRunWrite, now: string): void {
  if (write.conclusion !== undefined) run.status = 'completed'
  if (run.status !== 'completed') return
  if (run.conclusion === null) throw invalidRequest([`"conclusion" wasn't supplied.`])
  run.completedAt ??= now
}

/** Applies a create/update body to a copy of the run; the caller stores it only on success. */
function apply(run: CheckRunRecord, write: CheckRunWrite, now: string): CheckRunRecord {
  const next: CheckRunRecord = {
    ...run,
    output: { ...run.output },
    annotations: [...run.annotations, ...(write.output?.annotations ?? [])]
  }
  if (write.name !== undefined) next.name = write.name
  if (write.details_url !== undefined) next.detailsUrl = write.details_url
  if (write.external_id !== undefined) next.externalId = write.external_id
  if (write.status !== undefined) next.status = write.status
  if (write.conclusion !== undefined) next.conclusion = write.conclusion
  if (write.started_at !== undefined) next.startedAt = write.started_at
  if (write.completed_at !== undefined) next.completedAt = write.completed_at
  if (write.output) {
    next.output.title = write.output.title ?? next.output.title
    next.output.summary = write.output.summary ?? next.output.summary
    next.output.text = write.output.text ?? next.output.text
  }
  settle(next, write, now)
  return next
}

/**
 * "The Checks API limits the number of annotations to a maximum of 50 per API request."
 * (docs.github.com/rest/checks/runs#update-a-check-run). The published schema says the same
 * with `maxItems: 50`, so the validator answers first; this stays in case a later description
 * drops it.
 */
const ANNOTATIONS_PER_REQUEST = 50

function checkAnnotationCount(write: CheckRunWrite): void {
  const count = write.output?.annotations?.length ?? 0
  if (count > ANNOTATIONS_PER_REQUEST) {
    throw invalidRequest([
      `No more than ${ANNOTATIONS_PER_REQUEST} items are allowed; ${count} were supplied.`
    ])
  }
}

const create: Handler = context => {
  const { state, shapes } = context
  const write = context.body as CheckRunWrite & { name: string; head_sha: string }
  checkAnnotationCount(write)
  if (!state.knowsCommit(write.head_sha)) {
    throw new GitHubError(422, `No commit found for SHA: ${write.head_sha}`)
  }
  const now = state.now()
  const blank: CheckRunRecord = {
    id: 0,
    name: write.name,
    headSha: write.head_sha,
    status: 'queued',
    conclusion: null,
    startedAt: now,
    completedAt: null,
    detailsUrl: null,
    externalId: null,
    output: { title: null, summary: null, text: null },
    annotations: []
  }
  const run = apply(blank, write, now)
  run.id = state.nextId()
  state.checkRuns.push(run)
  return reply(201, shapes.checkRun(run))
}

const update: Handler = context => {
  const { state, shapes } = context
  const current = checkRun(state, param(context, 'check_run_id'))
  const write = context.body as CheckRunWrite
  checkAnnotationCount(write)
  const next = apply(current, write, state.now())
  Object.assign(current, next)
  return reply(200, shapes.checkRun(current))
}

const get: Handler = context =>
  reply(200, context.shapes.checkRun(checkRun(context.state, param(context, 'check_run_id'))))

/** `filter=latest` (the default): only the newest run of each name. Newest first. */
function runsForRef(context: HandlerContext): CheckRunRecord[] {
  const { state, query } = context
  const sha = state.shaFor(String(context.params['ref']))
  const newestFirst = state.checkRuns
    .filter(r => r.headSha === sha)
    .filter(r => query['check_name'] === undefined || r.name === query['check_name'])
    .filter(r => query['status'] === undefined || r.status === query['status'])
    .sort((a, b) => b.id - a.id)
  if (query['filter'] === 'all') return newestFirst
  const seen = new Set<string>()
  return newestFirst.filter(r => !seen.has(r.name) && seen.add(r.name))
}

const listForRef: Handler = context => {
  const runs = runsForRef(context)
  const page = paginate(runs, context.query, context.url, context.pages)
  const body = {
    total_count: runs.length,
    check_runs: page.items.map(r => context.shapes.checkRun(r))
  }
  return withLink(reply(200, body), page)
}

const listAnnotations: Handler = context => {
  const run = checkRun(context.state, param(context, 'check_run_id'))
  return pageOf(context, run.annotations, a => context.shapes.annotation(a, run))
}

export const checkHandlers: Record<string, Handler> = {
  'checks/create': create,
  'checks/update': update,
  'checks/get': get,
  'checks/list-for-ref': listForRef,
  'checks/list-annotations': listAnnotations
}
