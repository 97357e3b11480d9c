import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { octokitLikeAction } from '../helpers/github-server/action-octokit.js'
import {
  startGitHubServer,
  type GitHubServer
} from '../helpers/github-server/start-github-server.js'

// POST/GET …/code-scanning/sarifs with octokit as the product builds it (src/github/octokit.ts). GitHub's wording
// is written out here on purpose, not imported, so a change in the server shows.

const SHA = 'd'.repeat(40)
const REF = 'refs/heads/main'
const base = { owner: 'octo-org', repo: 'known-good-demo' }
const REPEATED =
  'A delivery cannot contain multiple runs with the same category. Please upload a single run per category. For more information, see https://github.blog/changelog/2025-07-21-code-scanning-will-stop-combining-multiple-sarif-runs-uploaded-in-the-same-sarif-file/'

interface RunSpec {
  tool: string
  id?: string
  results?: number
}

function run({ tool, id, results = 1 }: RunSpec) {
  return {
    tool: { driver: { name: tool, rules: [{ id: 'R1', shortDescription: { text: 'r' } }] } },
    ...(id === undefined ? {} : { automationDetails: { id } }),
    results: Array.from({ length: results }, (_, i) => ({
      ruleId: 'R1',
      level: 'warning',
      message: { text: `finding ${i}` },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 1 } } }
      ]
    }))
  }
}

const sarifLog = (...runs: RunSpec[]) => ({
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: runs.map(run)
})

/** What the REST page asks for: `gzip -c analysis-data.sarif | base64 -w0`. */
const encode = (value: unknown): string =>
  gzipSync(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))).toString(
    'base64'
  )

let server: GitHubServer
let octokit: ReturnType<typeof octokitLikeAction>
/** plugin-throttling spaces writes a second apart; the limit tests upload with this one. */
let plain: ReturnType<typeof getOctokit>

beforeAll(async () => {
  server = await startGitHubServer({
    checkResponses: true,
    commits: [SHA],
    tokens: {
      'read-only-events': { permissions: { 'security-events': 'read' } },
      'no-events': { permissions: { 'security-events': 'none' } }
    }
  })
  octokit = octokitLikeAction('t', server.url)
  plain = getOctokit('t', { baseUrl: server.url })
})
afterAll(() => server.stop())
beforeEach(() => server.reset())

const upload = (sarif: string, client: typeof plain = octokit) =>
  client.rest.codeScanning.uploadSarif({ ...base, commit_sha: SHA, ref: REF, sarif })

/** Polls get-sarif until it is no longer pending (bounded), returning every answer. */
async function poll(id: string, client: typeof plain = octokit, bound = 10) {
  const answers: Record<string, unknown>[] = []
  for (let i = 0; i < bound; i += 1) {
    const { data } = await client.rest.codeScanning.getSarif({ ...base, sarif_id: id })
    answers.push(data as Record<string, unknown>)
    if (data.processing_status !== 'pending') break
  }
  return answers
}

describe('upload and poll', () => {
  it('accepts two runs of different categories: 202 {id, url}, pending, then complete', async () => {
    const log = sarifLog(
      { tool: 'semgrep', id: 'known-good/semgrep/' },
      { tool: 'semgrep', id: 'known-good/semgrep-secrets/2026-01-02' }
    )
    const { status, data } = await upload(encode(log))
    expect(status).toBe(202)
    expect(data).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      url: `${server.url}/repos/octo-org/known-good-demo/code-scanning/sarifs/${data.id}`
    })
    expect(await poll(data.id as string)).toEqual([
      { processing_status: 'pending', analyses_url: null },
      {
        processing_status: 'complete',
        analyses_url: `${server.url}/repos/octo-org/known-good-demo/code-scanning/analyses?sarif_id=${data.id}`
      }
    ])
    const [stored] = server.state.sarifUploads
    expect(stored?.sarif).toEqual(log)
    expect(stored).toMatchObject({ commitSha: SHA, ref: REF, toolName: 'API', polls: 2 })
    expect(stored?.runs.map(r => [r.tool, r.category])).toEqual([
      ['semgrep', 'known-good/semgrep'],
      ['semgrep', 'known-good/semgrep-secrets']
    ])
  })

  it('fails processing of runs that repeat a tool and category, with GitHub message', async () => {
    // Both ids are category "known-good/semgrep" (everything before the last '/').
    const log = sarifLog(
      { tool: 'semgrep', id: 'known-good/semgrep/run-1' },
      { tool: 'semgrep', id: 'known-good/semgrep/run-2' }
    )
    const { status, data } = await upload(encode(log))
    expect(status).toBe(202)
    const answers = await poll(data.id as string)
    expect(answers.at(-1)).toEqual({
      processing_status: 'failed',
      analyses_url: null,
      errors: [REPEATED]
    })
  })

  it.each([
    {
      name: 'two tools in one category',
      outcome: 'complete',
      runs: [
        { tool: 'a', id: 'x/' },
        { tool: 'b', id: 'x/' }
      ]
    },
    {
      name: 'one tool twice without automation ids',
      outcome: 'failed',
      runs: [{ tool: 'a' }, { tool: 'a' }]
    },
    {
      name: 'ids without a slash (both in the empty category)',
      outcome: 'failed',
      runs: [
        { tool: 'a', id: 'r1' },
        { tool: 'a', id: 'r2' }
      ]
    }
  ])('$name: processing ends $outcome', async ({ runs, outcome }) => {
    const { data } = await upload(encode(sarifLog(...runs)), plain)
    expect((await poll(data.id as string)).at(-1)?.['processing_status']).toBe(outcome)
  })

  it('keeps pending for as many polls as configured', async () => {
    const slow = await startGitHubServer({ codeScanning: { pendingPolls: 3 } })
    try {
      const client = octokitLikeAction('t', slow.url)
      const { data } = await upload(encode(sarifLog({ tool: 'a' })), client)
      const states = (await poll(data.id as string, client)).map(a => a['processing_status'])
      expect(states).toEqual(['pending', 'pending', 'pending', 'complete'])
    } finally {
      await slow.stop()
    }
  })

  it('answers 404 for a sarif id it never issued', async () => {
    await expect(
      octokit.rest.codeScanning.getSarif({ ...base, sarif_id: 'no-such-upload' })
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('documented limits', () => {
  it('fails processing of 21 runs, accepts 20', async () => {
    const runs = (n: number) => Array.from({ length: n }, (_, i) => ({ tool: `t${i}` }))
    const ok = await upload(encode(sarifLog(...runs(20))), plain)
    expect((await poll(ok.data.id as string)).at(-1)?.['processing_status']).toBe('complete')
    const many = await upload(encode(sarifLog(...runs(21))), plain)
    expect((await poll(many.data.id as string)).at(-1)).toMatchObject({
      processing_status: 'failed',
      errors: ['rejecting SARIF, as there are more runs than allowed (21 > 20)']
    })
  })

  it('fails processing of 25,001 results in a run, accepts 25,000 and keeps 5,000', async () => {
    const ok = await upload(encode(sarifLog({ tool: 'a', results: 25_000 })), plain)
    expect((await poll(ok.data.id as string)).at(-1)?.['processing_status']).toBe('complete')
    expect(server.state.sarifUploads[0]?.runs[0]).toMatchObject({
      results: 25_000,
      keptResults: 5_000
    })
    const many = await upload(encode(sarifLog({ tool: 'a', results: 25_001 })), plain)
    expect((await poll(many.data.id as string)).at(-1)).toMatchObject({
      processing_status: 'failed',
      errors: ['rejecting SARIF, as there are more results per run than allowed (25001 > 25000)']
    })
  })

  it('answers 413 for more than 10 MB of gzip, and stores nothing', async () => {
    // Random bytes do not compress: the gzip stream is a little over 10,000,000 bytes.
    const gzip = gzipSync(randomBytes(10_000_001), { level: 0 })
    expect(gzip.length).toBeGreaterThan(10_000_000)
    await expect(upload(gzip.toString('base64'), plain)).rejects.toMatchObject({
      status: 413,
      response: { data: { message: 'Payload Too Large' } }
    })
    expect(server.state.sarifUploads).toEqual([])
  })

  it.each([
    ['not base64', 'not base64 at all!', /not base64/],
    ['base64 that is not gzip', Buffer.from('{"runs":[]}').toString('base64'), /not gzip/],
    [
      'a damaged gzip stream',
      gzipSync('{"runs":[]}').subarray(0, 12).toString('base64'),
      /damaged/
    ],
    ['gzip that is not JSON', encode('{"runs": ['), /not JSON/],
    ['JSON that is no SARIF log', encode({ version: '2.1.0' }), /no "runs" array/]
  ])('answers 400 for %s', async (_name, sarif, message) => {
    const refused = upload(sarif, plain)
    await expect(refused).rejects.toMatchObject({ status: 400 })
    const error = (await refused.catch((e: unknown) => e)) as { response: { data: unknown } }
    expect(error.response.data).toMatchObject({
      message: expect.stringMatching(/^SARIF file invalid: /)
    })
    expect((error.response.data as { message: string }).message).toMatch(message)
    expect(server.state.sarifUploads).toEqual([])
  })

  it('answers 422 for a body the published schema refuses (a short commit sha)', async () => {
    await expect(
      plain.rest.codeScanning.uploadSarif({ ...base, commit_sha: 'abc', ref: REF, sarif: '' })
    ).rejects.toMatchObject({ status: 422 })
  })
})

describe('who may upload', () => {
  it('answers 403 to a token without security-events: write; read may still poll', async () => {
    const { data } = await upload(encode(sarifLog({ tool: 'a' })))
    const reader = octokitLikeAction('read-only-events', server.url)
    await expect(upload(encode(sarifLog({ tool: 'a' })), reader)).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } }
    })
    expect((await poll(data.id as string, reader)).at(-1)?.['processing_status']).toBe('complete')
    const none = octokitLikeAction('no-events', server.url)
    await expect(
      none.rest.codeScanning.getSarif({ ...base, sarif_id: data.id as string })
    ).rejects.toMatchObject({ status: 403 })
    expect(server.state.sarifUploads).toHaveLength(1)
  })

  it('answers 403 when the repository has no code scanning, with GitHub message', async () => {
    const off = await startGitHubServer({ codeScanning: { enabled: false } })
    try {
      const client = octokitLikeAction('t', off.url)
      const message = 'Advanced Security must be enabled for this repository to use code scanning.'
      await expect(upload(encode(sarifLog({ tool: 'a' })), client)).rejects.toMatchObject({
        status: 403,
        response: { data: { message } }
      })
      await expect(
        client.rest.codeScanning.getSarif({ ...base, sarif_id: 'x' })
      ).rejects.toMatchObject({ status: 403, response: { data: { message } } })
      expect(off.state.sarifUploads).toEqual([])
    } finally {
      await off.stop()
    }
  })
})
