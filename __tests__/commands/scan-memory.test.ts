import { describe, expect, it } from '@jest/globals'
import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { memoryPlan, SAVE_MEMORY_FROM_BYTES } from '../../src/commands/scan.js'
import { tempDir } from '../helpers/sarif.js'

// How a scan holds its memory, from the size of its inputs (ARCHITECTURE.md, "Scan memory").
// Sparse files give the sizes without writing the bytes.
function fileOf(bytes: number): { path: string; display: string } {
  const path = join(tempDir('kg-plan-'), 'a.sarif')
  writeFileSync(path, '')
  truncateSync(path, bytes)
  return { path, display: 'a.sarif' }
}

describe('memoryPlan', () => {
  it('leaves small inputs to V8 and keeps their first findings as objects', () => {
    expect(memoryPlan([fileOf(SAVE_MEMORY_FROM_BYTES - 1)])).toEqual({ saverMode: false })
    expect(memoryPlan([])).toEqual({ saverMode: false })
  })

  it('from 16 MiB on: memory saver mode, and every finding in the spill file', () => {
    expect(memoryPlan([fileOf(SAVE_MEMORY_FROM_BYTES)])).toEqual({ saverMode: true, inMemory: 0 })
  })

  it('counts the inputs together, and a file that cannot be read as empty', () => {
    const half = SAVE_MEMORY_FROM_BYTES / 2
    const missing = { path: join(tempDir('kg-plan-'), 'gone.sarif'), display: 'gone.sarif' }
    expect(memoryPlan([fileOf(half), fileOf(half)])).toEqual({ saverMode: true, inMemory: 0 })
    expect(memoryPlan([fileOf(half), missing])).toEqual({ saverMode: false })
  })
})
