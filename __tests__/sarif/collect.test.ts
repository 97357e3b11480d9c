import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectFindings, FindingCollector } from '../../src/sarif/collect.js'
import { expandInputs } from '../../src/sarif/inputs.js'
import { finding } from '../helpers/findings.js'
import { log, result, run, tempDir } from '../helpers/sarif.js'

describe('FindingCollector', () => {
  it('keeps the most severe copy of a duplicate; suppressed only if every copy is', () => {
    const c = new FindingCollector()
    c.finding(finding({ fingerprint: 'same', severity: 'medium', suppressed: true }))
    c.finding(finding({ fingerprint: 'same', severity: 'critical', suppressed: false }))
    c.commitFile()
    expect(c.findings()).toHaveLength(1)
    expect(c.findings()[0]).toMatchObject({ severity: 'critical', suppressed: false })
    expect(c.duplicates).toBe(1)
  })

  it('drops a file that fails half-way and a retracted run', () => {
    const c = new FindingCollector()
    c.finding(finding())
    c.abortFile()
    c.finding(finding({ source: { file: 'a', run: 0 } }))
    c.finding(finding({ source: { file: 'a', run: 1 } }))
    c.retractRun(0)
    c.commitFile()
    expect(c.findings().map(f => f.source.run)).toEqual([1])
  })
})

describe('collectFindings and expandInputs', () => {
  function workspace(): string {
    const dir = tempDir()
    const body = JSON.stringify(log(run([result()])))
    writeFileSync(join(dir, 'a.sarif'), body)
    writeFileSync(join(dir, 'copy.sarif'), body)
    writeFileSync(join(dir, 'broken.sarif'), body.slice(0, 40))
    writeFileSync(join(dir, 'notes.txt'), 'x')
    return dir
  }

  it('de-duplicates the same finding across files and keeps going past a broken file', async () => {
    const dir = workspace()
    const inputs = await expandInputs(['*.sarif'], dir)
    expect(inputs.files.map(f => f.display)).toEqual(['a.sarif', 'broken.sarif', 'copy.sarif'])
    const collection = await collectFindings(inputs.files, dir)
    expect(collection.store.all()).toHaveLength(1)
    expect(collection.duplicates).toBe(1)
    expect(collection.files.map(f => f.status)).toEqual(['read', 'failed', 'read'])
    expect(collection.files[1]!.error).toMatch(/^broken\.sarif: unexpected end of file.*at byte 40/)
  })

  it('expands a directory to its SARIF files and reports patterns that match nothing', async () => {
    const dir = workspace()
    const inputs = await expandInputs(['.', 'a.sarif', 'missing/*.sarif', 'nope.sarif'], dir)
    expect(inputs.files.map(f => f.display)).toEqual(['a.sarif', 'broken.sarif', 'copy.sarif'])
    expect(inputs.unmatched).toEqual(['missing/*.sarif', 'nope.sarif'])
  })
})
