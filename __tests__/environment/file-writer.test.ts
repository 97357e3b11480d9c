import { describe, expect, it } from '@jest/globals'
import { lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ChunkedFileWriter, writeFileAtomically } from '../../src/report/file-writer.js'
import { tempDir } from '../helpers/sarif.js'

describe('the atomic file writer', () => {
  it('never opens a temporary name that exists: a link planted there is skipped, not followed', () => {
    const dir = tempDir('kg-writer-')
    const outside = join(tempDir('kg-outside-'), 'secret')
    writeFileSync(outside, 'untouched\n')
    const names = ['planted', 'fresh']
    symlinkSync(outside, join(dir, 'verdict.json.planted.tmp'))
    const writer = new ChunkedFileWriter(join(dir, 'verdict.json'), () => names.shift()!)
    writer.write('{"verdict":"clean"}\n')
    writer.close()
    expect(readFileSync(outside, 'utf8')).toBe('untouched\n')
    expect(lstatSync(join(dir, 'verdict.json')).isSymbolicLink()).toBe(false)
    expect(readFileSync(join(dir, 'verdict.json'), 'utf8')).toBe('{"verdict":"clean"}\n')
    expect(readdirSync(dir).sort()).toEqual(['verdict.json', 'verdict.json.planted.tmp'])
  })

  it('gives up with EEXIST when every name it tries is taken', () => {
    const dir = tempDir('kg-writer-')
    writeFileSync(join(dir, 'x.json.taken.tmp'), '')
    expect(() => new ChunkedFileWriter(join(dir, 'x.json'), () => 'taken')).toThrow(
      /^EEXIST: file already exists, open '.*x\.json\.taken\.tmp'$/
    )
  })

  it('picks names nobody can guess, and leaves none behind when the producer throws', () => {
    const dir = tempDir('kg-writer-')
    const path = join(dir, 'report.md')
    expect(() =>
      writeFileAtomically(path, out => {
        out.write('half')
        throw new Error('producer failed')
      })
    ).toThrow('producer failed')
    expect(readdirSync(dir)).toEqual([])
    writeFileAtomically(path, out => out.write('whole'))
    expect(readFileSync(path, 'utf8')).toBe('whole')
    const seen = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const writer = new ChunkedFileWriter(join(dir, 'probe'))
      seen.add(readdirSync(dir).find(n => n.startsWith('probe.') && !seen.has(n))!)
      writer.abort()
    }
    expect(seen.size).toBe(20)
    for (const name of seen) expect(name).toMatch(/^probe\.[0-9a-f]{16}\.tmp$/)
  })
})
