import { countChanges } from './diff-hunks.js'
import { ACTIONS_BOT, type GitHubState } from './state.js'
import type {
  AnnotationRecord,
  CheckRunRecord,
  CommitStatusRecord,
  IssueCommentRecord,
  LabelRecord,
  PullFileRecord,
  PullRequestRecord,
  ReviewCommentRecord,
  ReviewRecord,
  SarifUploadRecord,
  UserRecord
} from './records.js'

export interface Urls {
  /** API root: `http://127.0.0.1:<port>` or `…/api/v3` for GHES. */
  api: string
  /** Web root for `html_url`: https://github.com, or the server's origin for GHES. */
  web: string
}

type Json = Record<string, unknown>

/** GitHub Actions' app, as check runs created with GITHUB_TOKEN report it. */
const ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' }
const EPOCH = '2018-07-30T09:30:17Z'

/**
 * Records → the JSON GitHub sends, with the fields the published response schemas require
 * (the server's own tests validate these shapes against them).
 */
export class Representer {
  constructor(
    private readonly urls: Urls,
    private readonly state: GitHubState
  ) {}

  private get repoApi(): string {
    const { owner, name } = this.state.repository
    return `${this.urls.api}/repos/${owner.login}/${name}`
  }

  private get repoWeb(): string {
    const { owner, name } = this.state.repository
    return `${this.urls.web}/${owner.login}/${name}`
  }

  user(user: UserRecord): Json {
    const api = `${this.urls.api}/users/${encodeURIComponent(user.login)}`
    const web =
      user.type === 'Bot'
        ? `${this.urls.web}/apps/${user.login.replace(/\[bot\]$/, '')}`
        : `${this.urls.web}/${user.login}`
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: web,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  /** `full-repository` (GET /repos/{owner}/{repo}); `repository` inside pull requests. */
  repository(owner = this.state.repository.owner, fork = false): Json {
    const repo = this.state.repository
    const fullName = `${owner.login}/${repo.name}`
    const api = `${this.urls.api}/repos/${fullName}`
    const web = `${this.urls.web}/${fullName}`
    const host = new URL(this.urls.web).host
    const count = { forks: 0, open: this.state.pullRequests.size }
    return {
      id: fork ? repo.id + 1_000_000 : repo.id,
      node_id: nodeId('R', repo.id),
      name: repo.name,
      full_name: fullName,
      owner: this.user(owner),
      private: repo.private,
      visibility: repo.private ? 'private' : 'public',
      html_url: web,
      description: null,
      fork,
      url: api,
      ...repositoryUrlTemplates(api),
      git_url: `git://${host}/${fullName}.git`,
      ssh_url: `git@${host}:${fullName}.git`,
      clone_url: `${web}.git`,
      svn_url: web,
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      size: 1,
      default_branch: repo.defaultBranch,
      forks: count.forks,
      forks_count: count.forks,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      subscribers_count: 0,
      network_count: 0,
      open_issues: count.open,
      open_issues_count: count.open,
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      is_template: false,
      topics: [],
      license: null,
      allow_forking: true,
      web_commit_signoff_required: false,
      pushed_at: repo.createdAt,
      created_at: repo.createdAt,
      updated_at: repo.createdAt
    }
  }

  label(label: LabelRecord): Json {
    return {
      id: label.id,
      node_id: nodeId('LA', label.id),
      url: `${this.repoApi}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: label.default
    }
  }

  pullRequest(pull: PullRequestRecord): Json {
    const api = `${this.repoApi}/pulls/${pull.number}`
    const issue = `${this.repoApi}/issues/${pull.number}`
    const web = `${this.repoWeb}/pull/${pull.number}`
    const changes = pull.files.reduce(
      (sum, f) => {
        const c = countChanges(f.patch)
        return { additions: sum.additions + c.additions, deletions: sum.deletions + c.deletions }
      },
      { additions: 0, deletions: 0 }
    )
    const link = (href: string) => ({ href })
    return {
      url: api,
      id: pull.id,
      node_id: nodeId('PR', pull.id),
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      issue_url: issue,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.repoApi}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${this.repoApi}/statuses/${pull.headSha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.user(pull.user),
      body: pull.body,
      labels: pull.labels.map(name => this.label(this.state.label(name))),
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: this.branch(pull, 'head'),
      base: this.branch(pull, 'base'),
      _links: {
        self: link(api),
        html: link(web),
        issue: link(issue),
        comments: link(`${issue}/comments`),
        review_comments: link(`${api}/comments`),
        review_comment: link(`${this.repoApi}/pulls/comments{/number}`),
        commits: link(`${api}/commits`),
        statuses: link(`${this.repoApi}/statuses/${pull.headSha}`)
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: this.state.issueComments.filter(c => c.issueNumber === pull.number).length,
      review_comments: this.state.reviewComments.filter(c => c.pullNumber === pull.number).length,
      maintainer_can_modify: false,
      commits: 1,
      additions: changes.additions,
      deletions: changes.deletions,
      changed_files: pull.files.length
    }
  }

  private branch(pull: PullRequestRecord, which: 'head' | 'base'): Json {
    const fork = which === 'head' && pull.fork
    const owner = fork ? pull.user : this.state.repository.owner
    const ref = which === 'head' ? pull.headRef : pull.baseRef
    return {
      label: `${owner.login}:${ref}`,
      ref,
      sha: which === 'head' ? pull.headSha : pull.baseSha,
      user: this.user(owner),
      repo: this.repository(owner, fork)
    }
  }

  /** The short form of a pull request inside a check run. */
  private checkRunPull(pull: PullRequestRecord): Json {
    const repo = {
      id: this.state.repository.id,
      url: this.repoApi,
      name: this.state.repository.name
    }
    return {
      id: pull.id,
      number: pull.number,
      url: `${this.repoApi}/pulls/${pull.number}`,
      head: { ref: pull.headRef, sha: pull.headSha, repo },
      base: { ref: pull.baseRef, sha: pull.baseSha, repo }
    }
  }

  file(file: PullFileRecord): Json {
    const path = file.filename.split('/').map(encodeURIComponent).join('/')
    const changes = countChanges(file.patch)
    return {
      sha: file.sha,
      filename: file.filename,
      status: file.status,
      additions: changes.additions,
      deletions: changes.deletions,
      changes: changes.additions + changes.deletions,
      blob_url: `${this.repoWeb}/blob/${file.sha}/${path}`,
      raw_url: `${this.repoWeb}/raw/${file.sha}/${path}`,
      contents_url: `${this.repoApi}/contents/${path}?ref=${file.sha}`,
      ...(file.patch === undefined ? {} : { patch: file.patch }),
      ...(file.previousFilename === undefined ? {} : { previous_filename: file.previousFilename })
    }
  }

  checkRun(run: CheckRunRecord): Json {
    const api = `${this.repoApi}/check-runs/${run.id}`
    // GitHub leaves pull requests from forks out of `pull_requests`.
    const pulls = [...this.state.pullRequests.values()].filter(
      p => p.headSha === run.headSha && !p.fork
    )
    return {
      id: run.id,
      head_sha: run.headSha,
      node_id: nodeId('CR', run.id),
      external_id: run.externalId ?? '',
      url: api,
      html_url: `${this.repoWeb}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${this.repoWeb}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
        annotations_url: `${api}/annotations`
      },
      name: run.name,
      check_suite: { id: run.id + 500_000 },
      app: this.actionsApp(),
      pull_requests: pulls.map(p => this.checkRunPull(p))
    }
  }

  annotation(annotation: AnnotationRecord, run: CheckRunRecord): Json {
    const sameLine = annotation.start_line === annotation.end_line
    return {
      path: annotation.path,
      blob_href: `${this.repoWeb}/blob/${run.headSha}/${annotation.path}`,
      start_line: annotation.start_line,
      end_line: annotation.end_line,
      start_column: sameLine ? (annotation.start_column ?? null) : null,
      end_column: sameLine ? (annotation.end_column ?? null) : null,
      annotation_level: annotation.annotation_level,
      title: annotation.title ?? null,
      message: annotation.message,
      raw_details: annotation.raw_details ?? null
    }
  }

  private actionsApp(): Json {
    const owner = this.state.user('github', 'Organization')
    return {
      id: ACTIONS_APP.id,
      slug: ACTIONS_APP.slug,
      node_id: nodeId('A', ACTIONS_APP.id),
      client_id: 'Iv1.0000000000000000',
      owner: this.user(owner),
      name: ACTIONS_APP.name,
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${this.urls.web}/apps/github-actions`,
      created_at: EPOCH,
      updated_at: EPOCH,
      permissions: { checks: 'write', issues: 'write', pull_requests: 'write', statuses: 'write' },
      events: ['check_run', 'pull_request', 'push']
    }
  }

  issueComment(comment: IssueCommentRecord): Json {
    return {
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      url: `${this.repoApi}/issues/comments/${comment.id}`,
      html_url: `${this.repoWeb}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoApi}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: association(comment.user),
      performed_via_github_app: null
    }
  }

  review(review: ReviewRecord): Json {
    const web = `${this.repoWeb}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
    const pullApi = `${this.repoApi}/pulls/${review.pullNumber}`
    return {
      id: review.id,
      node_id: nodeId('PRR', review.id),
      user: this.user(review.user),
      body: review.body,
      state: review.state,
      html_url: web,
      pull_request_url: pullApi,
      _links: { html: { href: web }, pull_request: { href: pullApi } },
      ...(review.submittedAt ? { submitted_at: review.submittedAt } : {}),
      commit_id: review.commitId,
      author_association: association(review.user)
    }
  }

  reviewComment(comment: ReviewCommentRecord): Json {
    const api = `${this.repoApi}/pulls/comments/${comment.id}`
    const web = `${this.repoWeb}/pull/${comment.pullNumber}#discussion_r${comment.id}`
    const pullApi = `${this.repoApi}/pulls/${comment.pullNumber}`
    const onLine = comment.subjectType === 'line'
    return {
      url: api,
      pull_request_review_id: comment.reviewId,
      id: comment.id,
      node_id: nodeId('PRRC', comment.id),
      diff_hunk: comment.diffHunk,
      path: comment.path,
      commit_id: comment.commitId,
      original_commit_id: comment.commitId,
      ...(comment.inReplyTo === undefined ? {} : { in_reply_to_id: comment.inReplyTo }),
      user: this.user(comment.user),
      body: comment.body,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      html_url: web,
      pull_request_url: pullApi,
      author_association: association(comment.user),
      _links: { self: { href: api }, html: { href: web }, pull_request: { href: pullApi } },
      start_line: onLine ? comment.startLine : null,
      original_start_line: onLine ? comment.startLine : null,
      start_side: onLine ? comment.startSide : null,
      // The published schema types these as plain integers: a file comment leaves them out.
      ...(onLine
        ? {
            position: comment.position,
            original_position: comment.position,
            line: comment.line,
            original_line: comment.line,
            side: comment.side
          }
        : {}),
      subject_type: comment.subjectType
    }
  }

  status(status: CommitStatusRecord): Json {
    return {
      url: `${this.repoApi}/statuses/${status.sha}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${status.creator.id}?v=4`,
      id: status.id,
      node_id: nodeId('SC', status.id),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: status.createdAt,
      updated_at: status.updatedAt,
      creator: this.user(status.creator)
    }
  }

  /** The 202 of POST …/code-scanning/sarifs. */
  sarifReceipt(upload: SarifUploadRecord): Json {
    return { id: upload.id, url: `${this.repoApi}/code-scanning/sarifs/${upload.id}` }
  }

  /** GET …/code-scanning/sarifs/{sarif_id}, as processing stands after this poll. */
  sarifStatus(upload: SarifUploadRecord, pending: boolean): Json {
    if (pending) return { processing_status: 'pending', analyses_url: null }
    const analyses = `${this.repoApi}/code-scanning/analyses?sarif_id=${upload.id}`
    if (upload.outcome.status === 'complete') {
      return { processing_status: 'complete', analyses_url: analyses }
    }
    return { processing_status: 'failed', analyses_url: null, errors: upload.outcome.errors }
  }

  /** GET …/commits/{ref}/status: the newest status per context, and their combined state. */
  combinedStatus(sha: string, newestFirst: CommitStatusRecord[]): Json {
    const latest = new Map<string, CommitStatusRecord>()
    for (const s of newestFirst) if (!latest.has(s.context)) latest.set(s.context, s)
    const statuses = [...latest.values()]
    const states = new Set(statuses.map(s => s.state))
    const state =
      states.has('error') || states.has('failure')
        ? 'failure'
        : statuses.length === 0 || states.has('pending')
          ? 'pending'
          : 'success'
    const repo = this.repository()
    return {
      state,
      statuses: statuses.map(s => this.status(s)),
      sha,
      total_count: statuses.length,
      repository: repo,
      commit_url: `${this.repoApi}/commits/${sha}`,
      url: `${this.repoApi}/commits/${sha}/status`
    }
  }
}

function repositoryUrlTemplates(api: string): Json {
  const names: Record<string, string> = {
    archive_url: '{archive_format}{/ref}',
    assignees_url: 'assignees{/user}',
    blobs_url: 'git/blobs{/sha}',
    branches_url: 'branches{/branch}',
    collaborators_url: 'collaborators{/collaborator}',
    comments_url: 'comments{/number}',
    commits_url: 'commits{/sha}',
    compare_url: 'compare/{base}...{head}',
    contents_url: 'contents/{+path}',
    contributors_url: 'contributors',
    deployments_url: 'deployments',
    downloads_url: 'downloads',
    events_url: 'events',
    forks_url: 'forks',
    git_commits_url: 'git/commits{/sha}',
    git_refs_url: 'git/refs{/sha}',
    git_tags_url: 'git/tags{/sha}',
    hooks_url: 'hooks',
    issue_comment_url: 'issues/comments{/number}',
    issue_events_url: 'issues/events{/number}',
    issues_url: 'issues{/number}',
    keys_url: 'keys{/key_id}',
    labels_url: 'labels{/name}',
    languages_url: 'languages',
    merges_url: 'merges',
    milestones_url: 'milestones{/number}',
    notifications_url: 'notifications{?since,all,participating}',
    pulls_url: 'pulls{/number}',
    releases_url: 'releases{/id}',
    stargazers_url: 'stargazers',
    statuses_url: 'statuses/{sha}',
    subscribers_url: 'subscribers',
    subscription_url: 'subscription',
    tags_url: 'tags',
    teams_url: 'teams',
    trees_url: 'git/trees{/sha}'
  }
  return Object.fromEntries(Object.entries(names).map(([key, tail]) => [key, `${api}/${tail}`]))
}

function association(user: UserRecord): string {
  return user.type === 'Bot' || user.login === ACTIONS_BOT.login ? 'NONE' : 'CONTRIBUTOR'
}

/** Opaque global ids in GitHub's current style (`PR_kwDO…`): a type prefix and base64. */
function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`
}
