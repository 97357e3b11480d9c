import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import type { Finding } from '../../src/model.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import { decide } from '../../src/policy/verdict.js'
import { codeScanningUploads } from '../../src/report/code-scanning.js'
import { finding } from '../helpers/findings.js'

interface Run {
  tool: { driver: { name: string; rules: { id: string }[] } }
  automationDetails: { id: string }
  results: { ruleId: string; ruleIndex: number; baselineState?: string }[]
}

const decode = (sarif: string) =>
  JSON.parse(gunzipSync(Buffer.from(sarif, 'base64')).toString('utf8')) as { runs: Run[] }

/** GitHub: everything before the last '/' of automationDetails.id. */
const category = (run: Run) =>
  run.automationDetails.id.slice(0, run.automationDetails.id.lastIndexOf('/'))

function many(count: number, tool: string, extra: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({ tool, ruleId: `R${i % 7}`, message: `m${i}`, ...extra })
  )
}

const judged = (findings: Finding[]) => decide(findings, [], defaultPolicy()).judged

/** Every (tool, category) pair over all uploads: none may repeat. */
function pairs(uploads: Awaited<ReturnType<typeof codeScanningUploads>>) {
  return uploads.flatMap(u => decode(u.sarif).runs.map(r => `${r.tool.driver.name} ${category(r)}`))
}

describe('code scanning uploads', () => {
  it('one run per tool and run category, each with its own category', async () => {
    const findings = [
      ...many(3, 'CodeQL', { source: { file: 'a.sarif', run: 0, category: '/language:js' } }),
      ...many(2, 'CodeQL', { source: { file: 'a.sarif', run: 1, category: '/language:python' } }),
      ...many(2, 'Semgrep OSS'),
      ...many(1, 'semgrep-oss')
    ]
    const uploads = await codeScanningUploads(judged(findings), [{ tool: 'Bandit' }])
    expect(uploads).toHaveLength(1)
    const runs = decode(uploads[0]!.sarif).runs
    expect(runs.map(r => [r.tool.driver.name, r.automationDetails.id, r.results.length])).toEqual([
      ['Bandit', 'known-good/bandit/', 0],
      ['CodeQL', 'known-good/codeql/language-js/', 3],
      ['CodeQL', 'known-good/codeql/language-python/', 2],
      ['Semgrep OSS', 'known-good/semgrep-oss/', 2],
      ['semgrep-oss', 'known-good/semgrep-oss-2/', 1]
    ])
    expect(new Set(runs.map(category)).size).toBe(runs.length)
    // Rules are per run and results point into them.
    for (const run of runs)
      for (const result of run.results)
        expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId)
  })

  it('splits a run over 25,000 results into parts of their own category', async () => {
    const uploads = await codeScanningUploads(judged(many(30_001, 'Big')), [])
    const runs = uploads.flatMap(u => decode(u.sarif).runs)
    expect(runs.map(r => [r.automationDetails.id, r.results.length])).toEqual([
      ['known-good/big/', 25_000],
      ['known-good/big/part-2/', 5001]
    ])
  })

  it('packs at most 20 runs in one upload', async () => {
    const findings = Array.from({ length: 45 }, (_, i) =>
      many(1, `tool-${String(i).padStart(2, '0')}`)
    ).flat()
    const uploads = await codeScanningUploads(judged(findings), [])
    expect(uploads.map(u => u.runIds.length)).toEqual([20, 20, 5])
    expect(new Set(pairs(uploads)).size).toBe(45)
  })

  it('splits uploads, then runs, until each is under the gzip limit', async () => {
    // Messages that do not compress: about 15 KB gzipped per 100 results.
    const noisy = (tool: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        finding({ tool, message: `${i} ${randomBytes(100).toString('base64')}` })
      )
    const findings = [...noisy('a', 400), ...noisy('b', 400)]
    const limits = { gzipBytes: 30_000, runs: 20, resultsPerRun: 25_000 }
    const uploads = await codeScanningUploads(judged(findings), [], limits)
    expect(uploads.length).toBeGreaterThan(2)
    for (const upload of uploads) expect(upload.gzipBytes).toBeLessThanOrEqual(30_000)
    const runs = uploads.flatMap(u => decode(u.sarif).runs)
    expect(runs.reduce((n, r) => n + r.results.length, 0)).toBe(800)
    expect(new Set(pairs(uploads)).size).toBe(runs.length)
    expect(runs.map(r => r.automationDetails.id)).toContain('known-good/a/part-2/')
  })

  it('leaves out findings whose baseline state is absent (fixed)', async () => {
    const uploads = await codeScanningUploads(
      judged([...many(2, 'T'), ...many(3, 'T', { baselineState: 'absent' })]),
      []
    )
    expect(decode(uploads[0]!.sarif).runs[0]!.results).toHaveLength(2)
  })
})
