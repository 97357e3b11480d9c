import { describe, expect, it } from '@jest/globals'
import { flat, RunInterner } from '../../src/sarif/intern.js'
import { log, readFindings, result, run } from '../helpers/sarif.js'

// Values the findings of a run share are held once (ARCHITECTURE.md, "Scan memory").

describe('the values findings of a run share', () => {
  it('are one object each: source, CWE list, rule id and path strings', async () => {
    const rules = [{ id: 'R1', properties: { tags: ['external/cwe/cwe-79'] } }]
    const { findings } = await readFindings(
      log(
        run(
          [result({ message: { text: 'a' } }), result({ message: { text: 'b' } })],
          { automationDetails: { id: 'web/js/' } },
          rules
        )
      )
    )
    const [a, b] = findings
    expect(a!.fingerprint).not.toBe(b!.fingerprint)
    expect(a!.source).toEqual({ file: 'input.sarif', run: 0, category: 'web/js/' })
    expect(a!.source).toBe(b!.source)
    expect(a!.cwes).toEqual(['CWE-79'])
    expect(a!.cwes).toBe(b!.cwes)
  })

  it('gives back the first copy of a string, and each source by run category', () => {
    const intern = new RunInterner('a.sarif', 2)
    const first = ['src', 'app.js'].join('/')
    const second = ['src', 'app.js'].join('/')
    expect(intern.string(first)).toBe(first)
    expect(intern.string(second)).toBe(first)
    expect(intern.source(undefined)).toEqual({ file: 'a.sarif', run: 2 })
    expect(intern.source('x/')).toEqual({ file: 'a.sarif', run: 2, category: 'x/' })
    expect(intern.source('x/')).toBe(intern.source('x/'))
    expect(intern.list(['CWE-1', 'CWE-2'])).toBe(intern.list(['CWE-1', 'CWE-2']))
    expect(intern.list([])).toEqual([])
  })

  it('copies a string code unit for code unit, a lone surrogate too', () => {
    for (const text of ['src/app.js', 'a\ud800b', '\udfff', 'naïve/日本.js', ''])
      expect(flat(text)).toBe(text)
  })

  it('keeps fingerprints 32 hex digits and locations with the members they had', async () => {
    const { findings } = await readFindings(
      log(
        run([
          result(),
          result({
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'src/b.js' },
                  region: { startLine: 2, endColumn: 9 }
                }
              }
            ]
          })
        ])
      )
    )
    for (const f of findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/)
    expect(findings.map(f => f.location)).toStrictEqual([
      { path: 'src/app.js', outsideWorkspace: false, startLine: 3, endLine: 3 },
      { path: 'src/b.js', outsideWorkspace: false, startLine: 2, endLine: 2, endColumn: 9 }
    ])
  })
})
