import { GitHubError } from '../github-errors.js'
import type { CommitState, CommitStatusRecord } from '../records.js'
import type { Handler, HandlerContext } from './handler.js'
import { pageOf, reply } from './handler.js'

const get: Handler = context => reply(200, context.shapes.repository())

const createStatus: Handler = context => {
  const { state } = context
  const sha = String(context.params['sha'])
  if (!state.knowsCommit(sha)) throw new GitHubError(422, `No commit found for SHA: ${sha}`)
  const write = context.body as {
    state: CommitState
    context?: string
    description?: string | null
    target_url?: string | null
  }
  const now = state.now()
  const status: CommitStatusRecord = {
    id: state.nextId(),
    sha,
    state: write.state,
    context: write.context ?? 'default',
    description: write.description ?? null,
    targetUrl: write.target_url ?? null,
    creator: context.actor,
    createdAt: now,
    updatedAt: now
  }
  state.statuses.push(status)
  return reply(201, context.shapes.status(status))
}

function statusesNewestFirst(context: HandlerContext): { sha: string; list: CommitStatusRecord[] } {
  const sha = context.state.shaFor(String(context.params['ref']))
  const list = context.state.statuses.filter(s => s.sha === sha).sort((a, b) => b.id - a.id)
  return { sha, list }
}

const listStatuses: Handler = context =>
  pageOf(context, statusesNewestFirst(context).list, s => context.shapes.status(s))

const combinedStatus: Handler = context => {
  const { sha, list } = statusesNewestFirst(context)
  return reply(200, context.shapes.combinedStatus(sha, list))
}

export const repoHandlers: Record<string, Handler> = {
  'repos/get': get,
  'repos/create-commit-status': createStatus,
  'repos/list-commit-statuses-for-ref': listStatuses,
  'repos/get-combined-status-for-ref': combinedStatus
}
