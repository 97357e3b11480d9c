import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { readSarifFile, SarifFileError } from '../../src/sarif/read-file.js'
import { ConfigurationError } from '../../src/errors.js'
import { log, readFindings, result, run, writeTemp } from '../helpers/sarif.js'

async function readError(
  content: unknown,
  options: { gzip?: boolean } = {}
): Promise<SarifFileError> {
  try {
    await readFindings(content, undefined, options)
  } catch (error) {
    if (error instanceof SarifFileError) return error
    throw error
  }
  throw new Error('expected a SarifFileError')
}

describe('readSarifFile', () => {
  it('reads every run of a file, with tool names and versions', async () => {
    const { findings, summary } = await readFindings(
      log(run([result(), result({ ruleId: 'R2' })]), {
        tool: { driver: { name: 'Other', semanticVersion: '2.0.0' } },
        results: [result()]
      })
    )
    expect(findings.map(f => [f.tool, f.ruleId, f.source.run])).toEqual([
      ['Tool', 'R1', 0],
      ['Tool', 'R2', 0],
      ['Other', 'R1', 1]
    ])
    expect(summary.runs.map(r => [r.tool, r.toolVersion, r.findings])).toEqual([
      ['Tool', '1.0', 2],
      ['Other', '2.0.0', 1]
    ])
    expect(summary.passes).toBe(1)
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reads a log whose version and $schema come after runs (gosec, Semgrep, Hadolint)', async () => {
    const text = `{"runs":[${JSON.stringify(run([result()]))}],"version":"2.1.0","$schema":"x"}`
    const { findings } = await readFindings(text)
    expect(findings).toHaveLength(1)
  })

  it('reads a run whose tool follows its results, in a second pass', async () => {
    const text = `{"version":"2.1.0","runs":[{"results":[${JSON.stringify(result({ ruleIndex: 0, level: undefined }))}],"tool":{"driver":{"name":"Late","rules":[{"id":"R1","defaultConfiguration":{"level":"note"}}]}}}]}`
    const { findings, summary } = await readFindings(text)
    expect(summary.passes).toBe(2)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ tool: 'Late', level: 'note', severity: 'low' })
  })

  it('re-reads results whose URI base is defined after them, and retracts the first reading', async () => {
    const located = result({
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js', uriBaseId: 'SRC' } } }]
    })
    const text = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${JSON.stringify(located)}],"originalUriBaseIds":{"SRC":{"uri":"file:///home/runner/work/app/app/web/"}}}]}`
    const { findings, summary, retracted } = await readFindings(text)
    expect(retracted).toEqual([0])
    expect(summary.passes).toBe(2)
    expect(findings.map(f => f.location?.path)).toEqual(['web/a.js'])
    expect(summary.runs[0]!.findings).toBe(1)
  })

  it('keeps one pass when a late member does not change earlier results', async () => {
    const text = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${JSON.stringify(result())}],"originalUriBaseIds":{"SRC":{"uri":"file:///x/"}}}]}`
    const { summary, retracted } = await readFindings(text)
    expect(summary.passes).toBe(1)
    expect(retracted).toEqual([])
  })

  it('reads gzip-compressed SARIF, detected by content', async () => {
    const { findings, summary } = await readFindings(log(run([result()])), undefined, {
      gzip: true
    })
    expect(findings).toHaveLength(1)
    expect(summary.gzip).toBe(true)
  })

  it('errors are ConfigurationErrors naming the file', async () => {
    const error = await readError('not json at all')
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(/^input\.sarif: not a SARIF log/)
    expect(error.offset).toBe(0)
  })

  it.each([
    [
      'a wrong version',
      { version: '2.0.0', runs: [] },
      /SARIF version "2.0.0" is not supported: only 2.1.0/
    ],
    ['a missing version', { runs: [] }, /no 'version' member/],
    [
      'results that are not an array',
      { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: 5 }] },
      /'results' must be an array/
    ],
    [
      'a result that is not an object',
      { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: ['x'] }] },
      /a result must be a JSON object.*runs\[0\]\.results\[0\]/
    ]
  ])('refuses %s', async (_what, content, message) => {
    expect((await readError(content)).message).toMatch(message)
  })

  it('refuses a corrupt gzip file', async () => {
    const error = await readError(
      Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('garbage garbage')])
    )
    expect(error.message).toMatch(/input\.sarif: (not a valid gzip file|unexpected end of file)/)
  })

  it('names a missing file and a directory', async () => {
    const sink = { finding: () => {}, retractRun: () => {} }
    await expect(readSarifFile('/nonexistent/x.sarif', 'x.sarif', '/', sink)).rejects.toThrow(
      'x.sarif: file not found'
    )
    const dir = mkdtempSync(`${tmpdir()}/kg-`)
    await expect(readSarifFile(dir, 'dir', '/', sink)).rejects.toThrow(/dir: is a directory/)
  })

  it('writes nothing and needs nothing but the file', async () => {
    const path = writeTemp(log(run([result()])))
    const seen: string[] = []
    await readSarifFile(path, 'shown-name.sarif', '/', {
      finding: f => seen.push(f.source.file),
      retractRun: () => {}
    })
    expect(seen).toEqual(['shown-name.sarif'])
  })
})
