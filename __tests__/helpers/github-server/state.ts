import { notFound } from './github-errors.js'
import type {
  UserType,
  FileStatus,
  UserRecord,
  RepositoryRecord,
  PullRequestRecord,
  LabelRecord,
  CheckRunRecord,
  IssueCommentRecord,
  ReviewRecord,
  ReviewCommentRecord,
  CommitStatusRecord,
  SarifUploadRecord
} from './records.js'

export interface PullFileSeed {
  filename: string
  status?: FileStatus
  patch?: string
  previousFilename?: string
}

export interface PullRequestSeed {
  number: number
  headSha: string
  /** Default `feature-<number>`. */
  headRef?: string
  /** Default the repository's default branch. */
  baseRef?: string
  /** Default a fixed sha derived from the number. */
  baseSha?: string
  /** Author login; default `octocat`. */
  user?: string
  title?: string
  body?: string
  state?: 'open' | 'closed'
  fork?: boolean
  labels?: string[]
  files?: PullFileSeed[]
}

export interface RepositorySeed {
  owner?: string
  ownerType?: UserType
  name?: string
  defaultBranch?: string
  private?: boolean
}

export interface CodeScanningSeed {
  /**
   * false: the repository has no code scanning (a private repository without GitHub Advanced
   * Security / Code Security); upload-sarif and get-sarif answer 403. Default true.
   */
  enabled?: boolean
  /** How many GET …/sarifs/{id} answer `pending` before the outcome; default 1. */
  pendingPolls?: number
}

export interface StateSeed {
  repository?: RepositorySeed
  pullRequests?: PullRequestSeed[]
  /** Repository labels that exist before the test. */
  labels?: string[]
  /** Commit shas the repository knows besides the pull requests' head and base shas. */
  commits?: string[]
  codeScanning?: CodeScanningSeed
}

export const DEFAULT_OWNER = 'octo-org'
export const DEFAULT_REPO = 'known-good-demo'
export const DEFAULT_AUTHOR = 'octocat'
/** The account GITHUB_TOKEN acts as (its real id on github.com). */
export const ACTIONS_BOT: UserRecord = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
/** The colour GitHub gives a label created by adding it to an issue. */
export const DEFAULT_LABEL_COLOR = 'ededed'

/**
 * The repository's data, plain records a test can read (and seed further) directly. GitHub's
 * rules live in the handlers; this only stores, looks up and numbers.
 */
export class GitHubState {
  readonly repository: RepositoryRecord
  readonly pullRequests = new Map<number, PullRequestRecord>()
  readonly labels: LabelRecord[] = []
  readonly checkRuns: CheckRunRecord[] = []
  readonly issueComments: IssueCommentRecord[] = []
  readonly reviews: ReviewRecord[] = []
  readonly reviewComments: ReviewCommentRecord[] = []
  readonly statuses: CommitStatusRecord[] = []
  readonly commits = new Set<string>()
  /** Accepted SARIF uploads, oldest first. */
  readonly sarifUploads: SarifUploadRecord[] = []
  readonly codeScanning: Required<CodeScanningSeed>
  private readonly users = new Map<string, UserRecord>([[ACTIONS_BOT.login, ACTIONS_BOT]])
  private lastId = 1000

  constructor(seed: StateSeed = {}) {
    const repo = seed.repository ?? {}
    this.repository = {
      id: this.nextId(),
      owner: this.user(repo.owner ?? DEFAULT_OWNER, repo.ownerType ?? 'Organization'),
      name: repo.name ?? DEFAULT_REPO,
      defaultBranch: repo.defaultBranch ?? 'main',
      private: repo.private ?? false,
      createdAt: this.now()
    }
    this.codeScanning = {
      enabled: seed.codeScanning?.enabled ?? true,
      pendingPolls: seed.codeScanning?.pendingPolls ?? 1
    }
    for (const sha of seed.commits ?? []) this.commits.add(sha)
    for (const name of seed.labels ?? []) this.label(name)
    for (const pull of seed.pullRequests ?? []) this.addPullRequest(pull)
  }

  /** Ids come from one counter, so an id of one kind never names an object of another. */
  nextId(): number {
    this.lastId += 1
    return this.lastId
  }

  /** GitHub's timestamps: UTC, whole seconds. */
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  user(login: string, type: UserType = login.endsWith('[bot]') ? 'Bot' : 'User'): UserRecord {
    let user = this.users.get(login)
    if (!user) this.users.set(login, (user = { login, id: this.nextId(), type }))
    return user
  }

  /** The repository label with this name (GitHub compares names case-insensitively). */
  findLabel(name: string): LabelRecord | undefined {
    return this.labels.find(l => l.name.toLowerCase() === name.toLowerCase())
  }

  /** Finds or creates a repository label. */
  label(name: string, color = DEFAULT_LABEL_COLOR, description: string | null = null): LabelRecord {
    const existing = this.findLabel(name)
    if (existing) return existing
    const label = { id: this.nextId(), name, color, description, default: false }
    this.labels.push(label)
    return label
  }

  addPullRequest(seed: PullRequestSeed): PullRequestRecord {
    const created = this.now()
    const pull: PullRequestRecord = {
      id: this.nextId(),
      number: seed.number,
      title: seed.title ?? `Pull request #${seed.number}`,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      user: this.user(seed.user ?? DEFAULT_AUTHOR),
      headSha: seed.headSha,
      headRef: seed.headRef ?? `feature-${seed.number}`,
      baseSha: seed.baseSha ?? fakeSha(`base-${seed.number}`),
      baseRef: seed.baseRef ?? this.repository.defaultBranch,
      fork: seed.fork ?? false,
      labels: (seed.labels ?? []).map(name => this.label(name).name),
      files: (seed.files ?? []).map(file => ({
        filename: file.filename,
        status: file.status ?? 'modified',
        patch: file.patch,
        previousFilename: file.previousFilename,
        sha: fakeSha(`${file.filename}:${file.patch ?? ''}`)
      })),
      createdAt: created,
      updatedAt: created
    }
    this.pullRequests.set(pull.number, pull)
    this.commits.add(pull.headSha).add(pull.baseSha)
    return pull
  }

  /** Seeds a comment someone else wrote (the server's own writes go through the API). */
  addIssueComment(issueNumber: number, body: string, login = DEFAULT_AUTHOR): IssueCommentRecord {
    const at = this.now()
    const comment = {
      id: this.nextId(),
      issueNumber,
      body,
      user: this.user(login),
      createdAt: at,
      updatedAt: at
    }
    this.issueComments.push(comment)
    return comment
  }

  /** The pull request, or GitHub's 404. Issues and pull requests share numbers. */
  pull(number: number): PullRequestRecord {
    const pull = this.pullRequests.get(number)
    if (!pull) throw notFound()
    return pull
  }

  knowsCommit(sha: string): boolean {
    return this.commits.has(sha)
  }

  /** A sha, a pull request's head branch, or the default branch (its newest known pull base). */
  shaFor(ref: string): string {
    if (this.commits.has(ref)) return ref
    const name = ref.replace(/^refs\/heads\//, '')
    for (const pull of [...this.pullRequests.values()].reverse()) {
      if (pull.headRef === name) return pull.headSha
      if (pull.baseRef === name) return pull.baseSha
    }
    return ref
  }
}

/** A stable 40-hex "sha" for seeded objects that need one. */
export function fakeSha(text: string): string {
  let hash = 2166136261
  let out = ''
  for (let round = 0; out.length < 40; round += 1) {
    for (const char of `${round}:${text}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
    out += (hash >>> 0).toString(16).padStart(8, '0')
  }
  return out.slice(0, 40)
}
