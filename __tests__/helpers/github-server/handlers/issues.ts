import { GitHubError, notFound, validationFailed } from '../github-errors.js'
import type { IssueCommentRecord, PullRequestRecord } from '../records.js'
import type { GitHubState } from '../state.js'
import type { Handler, HandlerContext } from './handler.js'
import { pageOf, param, reply } from './handler.js'

/** "Body is too long (maximum is 65536 characters)", GitHub's answer past this many. */
export const MAX_COMMENT_BODY = 65536

function checkCommentBody(body: string): void {
  // Counted in characters (code points), as GitHub's Ruby backend counts them.
  if ([...body].length > MAX_COMMENT_BODY) {
    throw validationFailed({
      resource: 'IssueComment',
      code: 'unprocessable',
      field: 'data',
      message: `Body is too long (maximum is ${MAX_COMMENT_BODY} characters)`
    })
  }
}

function comment(state: GitHubState, id: number): IssueCommentRecord {
  const found = state.issueComments.find(c => c.id === id)
  if (!found) throw notFound()
  return found
}

/** Issues and pull requests share numbers; the server only has pull requests. */
const issue = (context: HandlerContext): PullRequestRecord =>
  context.state.pull(param(context, 'issue_number'))

const createComment: Handler = context => {
  const { state, shapes } = context
  const pull = issue(context)
  const { body } = context.body as { body: string }
  checkCommentBody(body)
  const at = state.now()
  const created = {
    id: state.nextId(),
    issueNumber: pull.number,
    body,
    user: context.actor,
    createdAt: at,
    updatedAt: at
  }
  state.issueComments.push(created)
  const json = shapes.issueComment(created)
  return { status: 201, body: json, headers: { location: String(json['url']) } }
}

const updateComment: Handler = context => {
  const found = comment(context.state, param(context, 'comment_id'))
  const { body } = context.body as { body: string }
  checkCommentBody(body)
  found.body = body
  found.updatedAt = context.state.now()
  return reply(200, context.shapes.issueComment(found))
}

const getComment: Handler = context =>
  reply(200, context.shapes.issueComment(comment(context.state, param(context, 'comment_id'))))

const deleteComment: Handler = context => {
  const found = comment(context.state, param(context, 'comment_id'))
  const { issueComments } = context.state
  issueComments.splice(issueComments.indexOf(found), 1)
  return reply(204)
}

const listComments: Handler = context => {
  const pull = issue(context)
  const since = context.query['since']
  const after = typeof since === 'string' ? Date.parse(since) : -Infinity
  const comments = context.state.issueComments
    .filter(c => c.issueNumber === pull.number)
    .filter(c => Date.parse(c.updatedAt) >= after)
  return pageOf(context, comments, c => context.shapes.issueComment(c))
}

function labelsOf(context: HandlerContext, pull: PullRequestRecord) {
  return pull.labels.map(name => context.shapes.label(context.state.label(name)))
}

/** The add/set body: `{labels: [...]}` or a bare array, of names or `{name}` objects. */
function labelNames(body: unknown): string[] {
  const list = Array.isArray(body)
    ? body
    : ((body as { labels?: unknown[] } | undefined)?.labels ?? [])
  return list.map(item =>
    typeof item === 'string' ? item : String((item as { name: string }).name)
  )
}

/** Adding a label the repository lacks creates it, as GitHub does. */
function addLabels(context: HandlerContext, pull: PullRequestRecord, names: string[]): void {
  for (const name of names) {
    const label = context.state.label(name)
    if (!pull.labels.some(l => l.toLowerCase() === label.name.toLowerCase())) {
      pull.labels.push(label.name)
    }
  }
}

const listLabelsOnIssue: Handler = context => {
  const pull = issue(context)
  return pageOf(context, pull.labels, name => context.shapes.label(context.state.label(name)))
}

const addLabelsHandler: Handler = context => {
  const pull = issue(context)
  addLabels(context, pull, labelNames(context.body))
  return reply(200, labelsOf(context, pull))
}

const setLabels: Handler = context => {
  const pull = issue(context)
  const names = labelNames(context.body)
  pull.labels = []
  addLabels(context, pull, names)
  return reply(200, labelsOf(context, pull))
}

const removeLabel: Handler = context => {
  const pull = issue(context)
  const name = String(context.params['name']).toLowerCase()
  const index = pull.labels.findIndex(l => l.toLowerCase() === name)
  if (index < 0) throw new GitHubError(404, 'Label does not exist')
  pull.labels.splice(index, 1)
  return reply(200, labelsOf(context, pull))
}

const createLabel: Handler = context => {
  const { name, color, description } = context.body as {
    name: string
    color?: string
    description?: string
  }
  if (context.state.findLabel(name)) {
    throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' })
  }
  const label = context.state.label(name, color?.replace(/^#/, ''), description ?? null)
  return reply(201, context.shapes.label(label))
}

const listLabelsForRepo: Handler = context =>
  pageOf(context, context.state.labels, l => context.shapes.label(l))

export const issueHandlers: Record<string, Handler> = {
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/get-comment': getComment,
  'issues/delete-comment': deleteComment,
  'issues/list-comments': listComments,
  'issues/list-labels-on-issue': listLabelsOnIssue,
  'issues/add-labels': addLabelsHandler,
  'issues/set-labels': setLabels,
  'issues/remove-label': removeLabel,
  'issues/create-label': createLabel,
  'issues/list-labels-for-repo': listLabelsForRepo
}
