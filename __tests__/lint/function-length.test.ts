import { describe, expect, it } from '@jest/globals'
// @ts-expect-error -- plain JavaScript, typed by the casts below
import { functionLengths, lengthFigures } from '../../scripts/function-lengths.mjs'

/**
 * Commands are orchestration only (ARCHITECTURE.md, "Layers"): no function in src/commands/
 * over 60 lines, and half of them at most 12. `node scripts/function-lengths.mjs` prints the
 * figures and the longest.
 */
interface Measured {
  file: string
  line: number
  name: string
  lines: number
}
const measure = functionLengths as (folder: string) => Measured[]
const figures = lengthFigures as (functions: Measured[]) => { count: number; median: number }

describe('functions of src/commands/', () => {
  const functions = measure('src/commands')

  it('are found', () => {
    expect(functions.length).toBeGreaterThan(20)
  })

  it('are each at most 60 lines', () => {
    expect(functions.filter(f => f.lines > 60).map(f => `${f.file}:${f.line} ${f.name}`)).toEqual(
      []
    )
  })

  it('have a median of at most 12 lines', () => {
    expect(figures(functions).median).toBeLessThanOrEqual(12)
  })

  it('are measured from the signature to the closing brace, callbacks inside', () => {
    const [run] = measure('src').filter(f => f.file === 'src/run.ts' && f.name === 'run')
    expect(run!.lines).toBeGreaterThan(30)
    expect(figures([1, 2, 30].map(lines => ({ file: '', line: 1, name: '', lines }))).median).toBe(
      2
    )
  })
})
