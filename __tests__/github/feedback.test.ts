import { describe, expect, it } from '@jest/globals'
import { parsePatch } from '../../src/diff/patch.js'
import type { GitHubApi } from '../../src/github/api.js'
import type { PublishContext } from '../../src/github/publish.js'
import { STATUS_CONTEXT } from '../../src/github/commit-status.js'
import { GitHubTimeoutError } from '../../src/github/errors.js'
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
import { FindingStore } from '../../src/sarif/store.js'

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
    collection: { files: [], store: FindingStore.of(findings), duplicates: 0, tools: [] },
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
    const { annotations, placeable } = checkAnnotations(judged(findings))
    expect(annotations).toHaveLength(121)
    expect(placeable).toBe(121)
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

/**
 * A GitHubApi that records calls, with optional failures by method name (a status, or an
 * error to throw) and answers of its own.
 */
function fakeApi(
  fail: Partial<Record<keyof GitHubApi, number | Error>> = {},
  answers: Partial<Record<keyof GitHubApi, (...args: unknown[]) => Promise<unknown>>> = {}
) {
  const calls: { method: string; args: unknown[] }[] = []
  const handler: ProxyHandler<object> = {
    get:
      (_target, method: string) =>
      async (...args: unknown[]) => {
        calls.push({ method, args })
        const status = fail[method as keyof GitHubApi]
        if (status instanceof Error) throw status
        if (status) throw Object.assign(new Error(`HTTP ${status}`), { status })
        const answer = answers[method as keyof GitHubApi]
        if (answer) return answer(...args)
        if (method === 'createCheckRun') return { id: 7, url: 'https://github.test/checks/7' }
        if (method === 'createIssueComment' || method === 'updateIssueComment')
          return { id: 9, url: 'https://github.test/c/9' }
        if (method.startsWith('list') || method === 'checkRunAnnotationDetails') return []
        if (method === 'uploadSarif')
          return { id: `sarif-${calls.length}`, url: 'https://api.test/s' }
        if (method === 'sarifStatus') return { status: 'complete', errors: [] }
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
      artifactName: 'r',
      maxAnnotations: 5000
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
    workspace: '/',
    reportingTimeoutMs: 60_000,
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
    // The pull request's files come first: review comments need them.
    expect(calls.map(c => c.method)).toEqual(['listPullFiles', 'findCheckRun', 'createCheckRun'])
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

  it('sends at most max-annotations (1,000: 20 requests) of 10,000 findings and says so in the summary', async () => {
    const { api, calls } = fakeApi()
    const findings = Array.from({ length: 10_000 }, (_, i) => at(`f${i % 40}.js`, i + 1))
    const logger = new RecordingLogger()
    await publishToGitHub(
      context(findings, {
        feedback: { ...context([]).feedback, maxAnnotations: 1000, uploadArtifact: true }
      }),
      { api, logger }
    )
    const withAnnotations = calls.filter(
      c => c.method === 'createCheckRun' || c.method === 'updateCheckRun'
    )
    expect(withAnnotations).toHaveLength(20)
    const output = (withAnnotations[0]!.args[0] as { output: { summary: string } }).output
    expect(output.summary).toContain('**9000 of 10000 findings are not annotated here**')
    expect(output.summary).toContain('report artifact r')
    expect(logger.text('info')).toMatch(/check run: 1000 of 10000 findings annotated/)
    expect(logger.text('info')).toMatch(/GitHub reporting took /)
  })

  it('with max-annotations 0 creates the check run without annotations and says so', async () => {
    const { api, calls } = fakeApi()
    await publishToGitHub(
      context([at('a.js', 1), at('a.js', 2)], {
        feedback: { ...context([]).feedback, maxAnnotations: 0 }
      }),
      { api, logger: new RecordingLogger() }
    )
    const checks = calls.filter(c => c.method === 'createCheckRun' || c.method === 'updateCheckRun')
    expect(checks).toHaveLength(1)
    const output = (checks[0]!.args[0] as { output: { summary: string; annotations: unknown[] } })
      .output
    expect(output.annotations).toEqual([])
    expect(output.summary).toContain(
      '**No finding is annotated on this check run** (max-annotations: 0)'
    )
  })

  it('a request that timed out skips its channel like a server error; the others still run', async () => {
    const timeout = new GitHubTimeoutError('POST', '/repos/o/r/issues/5/comments', 60_000)
    const { api, calls } = fakeApi({ createIssueComment: timeout })
    const logger = new RecordingLogger()
    const outputs = await publishToGitHub(context([at('a.js', 2)]), { api, logger })
    expect(calls.map(c => c.method)).toContain('createStatus')
    expect(outputs['github-degraded']).toBe('false')
    expect(logger.text('warning')).toMatch(
      /GitHub did not answer POST \/repos\/o\/r\/issues\/5\/comments within 1 min \(input 'api-timeout'\): skipped the pull request comment \(as on a server error\); the verdict is unchanged/
    )
  })

  it('ends at reporting-timeout: stops the requests in flight, skips the rest, warns once', async () => {
    let stopped: Error | undefined
    const never = () => new Promise<never>(() => undefined)
    const { api, calls } = fakeApi({}, { findCheckRun: never })
    const logger = new RecordingLogger()
    const outputs = await publishToGitHub(context([at('a.js', 2)], { reportingTimeoutMs: 50 }), {
      api,
      logger,
      stop: reason => (stopped = reason)
    })
    expect(stopped?.message).toMatch(
      /GitHub reporting \(input 'reporting-timeout'\) stopped after 50 ms/
    )
    expect(calls.map(c => c.method)).toEqual(['listPullFiles', 'findCheckRun'])
    const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings).toEqual([
      "GitHub reporting (input 'reporting-timeout') stopped after 50 ms: the check run was not finished, and the pull request comment, review comments, commit status, pull request labels were not written. The verdict is unchanged and its outputs are set."
    ])
    expect(outputs['github-degraded']).toBe('false')
  })

  describe('code scanning', () => {
    const target = {
      commitSha: 'c'.repeat(40),
      ref: 'refs/pull/5/merge',
      checkoutUri: 'file:///work'
    }
    const withUpload = (findings: Finding[]) =>
      context(findings, { feedback: { ...context([]).feedback, codeScanning: target } })

    it('uploads, waits for processing and sets the outputs', async () => {
      let polls = 0
      const { api, calls } = fakeApi(
        {},
        {
          sarifStatus: async () => ({ status: ++polls < 2 ? 'pending' : 'complete', errors: [] })
        }
      )
      const outputs = await publishToGitHub(withUpload([at('a.js', 2)]), {
        api,
        logger: new RecordingLogger(),
        pollIntervalMs: 1
      })
      const upload = calls.find(c => c.method === 'uploadSarif')?.args[0]
      expect(upload).toMatchObject({ ...target, toolName: 'known-good' })
      expect(polls).toBe(2)
      expect(outputs).toMatchObject({
        'code-scanning-status': 'complete',
        'code-scanning-ids': expect.stringMatching(/^\["sarif-\d+"\]$/),
        'code-scanning-urls': '["https://api.test/s"]'
      })
    })

    it('reports what GitHub says when processing fails', async () => {
      const { api } = fakeApi(
        {},
        {
          sarifStatus: async () => ({ status: 'failed', errors: ['rejecting SARIF, \u001b[2Jbad'] })
        }
      )
      const logger = new RecordingLogger()
      const outputs = await publishToGitHub(withUpload([at('a.js', 2)]), {
        api,
        logger,
        pollIntervalMs: 1
      })
      expect(outputs['code-scanning-status']).toBe('failed')
      expect(logger.text('warning')).toMatch(
        /code scanning could not process upload sarif-\d+: rejecting SARIF, \ufffd\[2Jbad/
      )
    })

    it('without security-events: write: one warning, and no other channel is turned off', async () => {
      const { api, calls } = fakeApi({ uploadSarif: 403 })
      const logger = new RecordingLogger()
      const outputs = await publishToGitHub(withUpload([at('a.js', 2)]), { api, logger })
      const warnings = logger.lines.filter(l => l.level === 'warning')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]!.message).toMatch(
        /GitHub refused the code scanning upload \(403: HTTP 403\).*security-events: write/
      )
      expect(outputs['github-degraded']).toBe('false')
      expect(outputs['check-run-id']).toBe('7')
      expect(calls.map(c => c.method)).toContain('createStatus')
      expect(outputs['code-scanning-status']).toBeUndefined()
    })
  })
})
