import { describe, expect, it } from '@jest/globals'
import { parsePatch } from '../../src/diff/patch.js'
import type { GitHubApi } from '../../src/github/api.js'
import type { PublishContext } from '../../src/github/publish.js'
import { STATUS_CONTEXT } from '../../src/github/commit-status.js'
import { publishToGitHub } from '../../src/github/publish.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import { decide } from '../../src/policy/verdict.js'
import { CHECK_ANNOTATIONS_PER_REQUEST, checkAnnotations } from '../../src/report/check-run.js'
import { MAX_COMMENT_CHARS, stickyComment } from '../../src/report/pr-comment.js'
import { planReviewComments, postedFingerprints } from '../../src/report/review-comments.js'
import { buildVerdictRecord } from '../../src/verdict/record.js'
import type { Finding } from '../../src/model.js'
import { finding } from '../helpers/findings.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

const PATCH = [
  '@@ -1,3 +1,4 @@',
  ' keep',
  '+added two',
  ' keep three',
  '-gone',
  '+added four',
  '@@ -20,2 +21,2 @@',
  ' ctx21',
  '+added22'
].join('\n')

function at(path: string, line: number, overrides: Partial<Finding> = {}): Finding {
  return finding({
    location: { path, outsideWorkspace: false, startLine: line, endLine: line },
    ...overrides
  })
}

function judged(findings: Finding[]) {
  return decide(findings, [], defaultPolicy()).judged
}

function recordOf(findings: Finding[]) {
  const decision = decide(findings, [], defaultPolicy())
  return buildVerdictRecord({
    decision,
    collection: { files: [], findings, duplicates: 0, tools: [] },
    unmatched: [],
    policy: defaultPolicy(),
    identity: {},
    now: new Date(0)
  })
}

describe('parsePatch', () => {
  it('knows added lines and every right-side line of each hunk', () => {
    const diff = parsePatch(PATCH)
    expect([...diff.added]).toEqual([2, 4, 22])
    expect([...diff.inHunks].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 21, 22])
  })
})

describe('planReviewComments', () => {
  const files = new Map([['src/a.js', parsePatch(PATCH)]])
  const findings = [at('src/a.js', 2), at('src/a.js', 3), at('src/a.js', 10), at('other.js', 1)]

  it.each([
    ['added', [2]],
    ['diff_context', [2, 3]],
    ['file', [2, 3, undefined]],
    ['nofilter', [2, 3, undefined]],
    ['off', []]
  ] as const)('filter %s comments on lines %j', (filter, lines) => {
    expect(planReviewComments(judged(findings), files, filter, new Set()).map(c => c.line)).toEqual(
      lines
    )
  })

  it('does not repost a finding whose marker is already in a comment', () => {
    const first = planReviewComments(judged(findings), files, 'diff_context', new Set())
    const posted = postedFingerprints(first.map(c => c.body))
    expect(posted.size).toBe(2)
    expect(planReviewComments(judged(findings), files, 'diff_context', posted)).toEqual([])
  })
})

describe('check annotations and sticky comment', () => {
  it('annotates every finding with a place in the repository', () => {
    const findings = [
      ...Array.from({ length: 120 }, (_, i) => at('a.js', i + 1)),
      finding({ location: undefined }),
      at('b.js', 1, { suppressed: true })
    ]
    const annotations = checkAnnotations(judged(findings))
    expect(annotations).toHaveLength(121)
    expect(annotations.find(a => a.path === 'b.js')).toMatchObject({
      annotation_level: 'notice',
      title: expect.stringContaining('not counted: suppressed')
    })
  })

  it('keeps the sticky comment under GitHub’s limit', () => {
    const findings = Array.from({ length: 50 }, (_, i) =>
      at('a.js', i + 1, { tool: `tool-${i}-${'x'.repeat(2000)}` })
    )
    const body = stickyComment(recordOf(findings), judged(findings), 'known-good', {})
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body).toContain('<!-- known-good:sticky known-good -->')
  })
})

/** A GitHubApi that records calls, with optional failures by method name. */
function fakeApi(fail: Partial<Record<keyof GitHubApi, number>> = {}) {
  const calls: { method: string; args: unknown[] }[] = []
  const handler: ProxyHandler<object> = {
    get:
      (_target, method: string) =>
      async (...args: unknown[]) => {
        calls.push({ method, args })
        const status = fail[method as keyof GitHubApi]
        if (status) throw Object.assign(new Error(`HTTP ${status}`), { status })
        if (method === 'createCheckRun') return { id: 7, url: 'https://github.test/checks/7' }
        if (method === 'createIssueComment' || method === 'updateIssueComment')
          return { id: 9, url: 'https://github.test/c/9' }
        if (method.startsWith('list') || method === 'checkRunAnnotationDetails') return []
        return undefined
      }
  }
  return { api: new Proxy({}, handler) as GitHubApi, calls }
}

function context(findings: Finding[], overrides: Partial<PublishContext> = {}): PublishContext {
  return {
    sha: 'a'.repeat(40),
    pullRequest: { number: 5, headSha: 'a'.repeat(40), fork: false },
    feedback: {
      checkName: 'known-good',
      comment: true,
      reviewComments: 'added',
      commitStatus: true,
      prLabels: true,
      uploadArtifact: false,
      artifactName: 'r'
    },
    record: recordOf(findings),
    judged: judged(findings),
    files: {
      dir: '/r',
      verdict: '/r/v',
      markdown: '/r/m',
      sarif: '/r/s',
      junit: '/r/j',
      codeQuality: '/r/q',
      merged: { bytes: 0, gzipBytes: 0, runs: 0, results: 0, cuts: [] }
    },
    ...overrides
  }
}

describe('publishToGitHub', () => {
  it(`sends every annotation, ${CHECK_ANNOTATIONS_PER_REQUEST} per request`, async () => {
    const { api, calls } = fakeApi()
    const findings = Array.from({ length: 1234 }, (_, i) => at('a.js', i + 1))
    const outputs = await publishToGitHub(context(findings), { api, logger: new RecordingLogger() })
    const withAnnotations = calls.filter(
      c => c.method === 'createCheckRun' || c.method === 'updateCheckRun'
    )
    expect(withAnnotations).toHaveLength(25)
    const sizes = withAnnotations.map(
      c => (c.args.at(-1) as { output: { annotations: unknown[] } }).output.annotations.length
    )
    expect(Math.max(...sizes)).toBe(50)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1234)
    expect(outputs).toMatchObject({ 'check-run-id': '7', 'github-degraded': 'false' })
    expect(calls.find(c => c.method === 'createStatus')?.args.slice(1, 3)).toEqual([
      'failure',
      STATUS_CONTEXT
    ])
  })

  it('on a fork makes no write call at all and says why once', async () => {
    const { api, calls } = fakeApi()
    const logger = new RecordingLogger()
    const outputs = await publishToGitHub(
      context([at('a.js', 2)], { pullRequest: { number: 5, headSha: 'b'.repeat(40), fork: true } }),
      { api, logger }
    )
    expect(calls).toEqual([])
    expect(outputs['github-degraded']).toBe('true')
    expect(logger.lines.filter(l => l.level === 'warning')).toHaveLength(1)
  })

  it('stops writing after the first 403 and warns once, without throwing', async () => {
    const { api, calls } = fakeApi({ createCheckRun: 403 })
    const logger = new RecordingLogger()
    const outputs = await publishToGitHub(context([at('a.js', 2)]), { api, logger })
    expect(calls.map(c => c.method)).toEqual(['findCheckRun', 'createCheckRun'])
    expect(outputs['github-degraded']).toBe('true')
    expect(logger.text('warning')).toMatch(/GitHub answered 403 to the check run/)
  })

  it('keeps going past a channel that fails otherwise', async () => {
    const { api, calls } = fakeApi({ createIssueComment: 500 })
    const logger = new RecordingLogger()
    await publishToGitHub(context([at('a.js', 2)]), { api, logger })
    expect(calls.map(c => c.method)).toContain('createStatus')
    expect(logger.text('warning')).toMatch(/could not write the pull request comment: HTTP 500/)
  })
})
