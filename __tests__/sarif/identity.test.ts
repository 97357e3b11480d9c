import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectFindings } from '../../src/sarif/collect.js'
import type { SarifInput } from '../../src/sarif/inputs.js'
import { log, readFindings, result, run, tempDir, WORKSPACE } from '../helpers/sarif.js'

type Json = Record<string, unknown>

/** A physical location in `file` from line `start` (column `column`) to `end`. */
function at(file: string, start: number, end = start, column?: number): Json {
  const region: Json = { startLine: start, endLine: end }
  if (column !== undefined) region.startColumn = column
  return { physicalLocation: { artifactLocation: { uri: file }, region } }
}

function flow(...steps: Json[]): Json {
  return { threadFlows: [{ locations: steps.map(location => ({ location })) }] }
}

async function count(...results: Json[]): Promise<number> {
  const dir = tempDir()
  writeFileSync(join(dir, 'a.sarif'), JSON.stringify(log(run(results))))
  const collection = await collectFindings(
    [{ path: join(dir, 'a.sarif'), display: 'a.sarif' }],
    dir
  )
  return collection.store.all().length
}

describe('finding identity: distinct results of one run are never merged', () => {
  const sink = at('src/db.c', 40, 40, 7)

  it('keeps two data-flow paths to different sinks (later locations differ)', async () => {
    expect(
      await count(
        result({ ruleId: 'taint', locations: [sink, at('src/db.c', 52)] }),
        result({ ruleId: 'taint', locations: [sink, at('src/db.c', 71)] })
      )
    ).toBe(2)
  })

  it('keeps two results that differ only in their code flows', async () => {
    expect(
      await count(
        result({ locations: [sink], codeFlows: [flow(at('src/in.c', 3), sink)] }),
        result({ locations: [sink], codeFlows: [flow(at('src/in.c', 9), sink)] })
      )
    ).toBe(2)
  })

  it('keeps two results on one line for different members (logical locations differ)', async () => {
    const member = (name: string) => [{ fullyQualifiedName: `app.Store.${name}`, kind: 'member' }]
    expect(
      await count(
        result({ ruleId: 'SE_BAD_FIELD', locations: [sink], logicalLocations: member('cache') }),
        result({ ruleId: 'SE_BAD_FIELD', locations: [sink], logicalLocations: member('pool') })
      )
    ).toBe(2)
  })

  it('keeps two spans that start together and end apart', async () => {
    expect(
      await count(
        result({ locations: [at('src/app.js', 10, 12, 3)] }),
        result({ locations: [at('src/app.js', 10, 30, 3)] })
      )
    ).toBe(2)
  })

  it('keeps results whose related locations differ', async () => {
    expect(
      await count(
        result({ relatedLocations: [{ id: 1, ...at('src/a.js', 1) }] }),
        result({ relatedLocations: [{ id: 1, ...at('src/b.js', 1) }] })
      )
    ).toBe(2)
  })

  it("keeps results that the tool's own fingerprints tell apart", async () => {
    expect(
      await count(
        result({ fingerprints: { 'secret/v1': 'aaa' } }),
        result({ fingerprints: { 'secret/v1': 'bbb' } })
      )
    ).toBe(2)
  })

  it('keeps 14 criticals at one place as 14 under max-counts', async () => {
    const results = Array.from({ length: 14 }, (_, i) =>
      result({ ruleId: 'sqli', locations: [sink, at('src/db.c', 100 + i)] })
    )
    expect(await count(...results)).toBe(14)
  })
})

describe('finding identity: the same finding reported twice counts once', () => {
  it('merges byte-identical results of one run', async () => {
    expect(await count(result(), result(), result())).toBe(1)
  })

  it('merges copies that differ only in how they are judged or numbered', async () => {
    expect(
      await count(
        result({ guid: '00000000-0000-4000-8000-000000000001', level: 'warning', rank: 3 }),
        result({
          guid: '00000000-0000-4000-8000-000000000002',
          level: 'error',
          kind: 'fail',
          baselineState: 'unchanged',
          provenance: { firstDetectionTimeUtc: '2026-02-01T10:00:00Z' },
          ruleIndex: 0
        })
      )
    ).toBe(1)
  })

  it('counts the same file given twice once, and says how many copies it merged', async () => {
    const dir = tempDir()
    const body = JSON.stringify(
      log(run([result(), result({ message: { text: 'another' } }), result({ kind: 'pass' })]))
    )
    const inputs: SarifInput[] = ['a.sarif', 'b.sarif'].map(name => {
      writeFileSync(join(dir, name), body)
      return { path: join(dir, name), display: name }
    })
    const collection = await collectFindings(inputs, dir)
    expect(collection.store.all()).toHaveLength(2)
    expect(collection.duplicates).toBe(2)
    expect(collection.tools).toEqual([{ tool: 'Tool', results: 6, findings: 2, duplicates: 2 }])
  })

  it('merges two overlapping matrix jobs, one of which ran in a container', async () => {
    const dir = tempDir()
    const job = (uri: string, guid: string, started: string): Json =>
      log(
        run(
          [
            result({
              guid,
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri },
                    region: { startLine: 3, startColumn: 5 }
                  }
                }
              ]
            })
          ],
          { invocations: [{ executionSuccessful: true, startTimeUtc: started }] }
        )
      )
    writeFileSync(
      join(dir, 'linux.sarif'),
      JSON.stringify(job('src/app.js', 'a1', '2026-03-01T10:00:00Z'))
    )
    writeFileSync(
      join(dir, 'container.sarif'),
      JSON.stringify(job('file:///src/src/app.js', 'b2', '2026-03-01T10:00:07Z'))
    )
    const inputs = ['linux.sarif', 'container.sarif'].map(name => ({
      path: join(dir, name),
      display: name
    }))
    const collection = await collectFindings(inputs, dir, { pathMap: [{ from: '/src', to: '' }] })
    expect(collection.store.all()).toHaveLength(1)
    expect(collection.store.all()[0]!.location?.path).toBe('src/app.js')
  })
})

describe('placeholder fingerprints', () => {
  it('are recognised, reported, and merge nothing (Semgrep without a login)', async () => {
    const placeholder = { 'matchBasedId/v1': 'requires login' }
    const { findings, summary } = await readFindings(
      log(
        run([
          result({ fingerprints: placeholder, locations: [at('a.py', 1)] }),
          result({ fingerprints: placeholder, locations: [at('a.py', 2)] }),
          result({ fingerprints: placeholder, locations: [at('b.py', 1)] }),
          result({ fingerprints: { 'matchBasedId/v1': 'real-1' }, locations: [at('c.py', 1)] })
        ])
      ),
      WORKSPACE
    )
    expect(new Set(findings.map(f => f.fingerprint)).size).toBe(4)
    expect(summary.runs[0]!.placeholderFingerprints).toEqual([
      { name: 'fingerprints.matchBasedId/v1', value: 'requires login', results: 3 }
    ])
  })

  it('are not claimed for a value that only copies of one finding share', async () => {
    const { summary } = await readFindings(
      log(run([result({ fingerprints: { v: 'x' } }), result({ fingerprints: { v: 'x' } })]))
    )
    expect(summary.runs[0]!.placeholderFingerprints).toEqual([])
  })
})
