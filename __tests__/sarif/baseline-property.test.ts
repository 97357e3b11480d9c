import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Policy } from '../../src/policy/policy.js'
import { defaultPolicy } from '../../src/policy/policy.js'
import { decide } from '../../src/policy/verdict.js'
import { collectFindings } from '../../src/sarif/collect.js'
import type { SarifInput } from '../../src/sarif/inputs.js'
import { BASELINE_STATES, finding, log, tool } from '../helpers/hostile-sarif.js'
import { tempDir } from '../helpers/sarif.js'

// For random logs: copies of a few findings spread over files and runs, each copy with its own
// baseline state, suppression and level. Whatever the order they are read in, a finding that
// is `new` in any copy stays new, and it is counted whenever any one copy, judged alone, would
// be counted: no copy hides another.

interface Copy {
  finding: number
  state: (typeof BASELINE_STATES)[number]
  suppressed: boolean
  level: 'error' | 'warning' | 'note'
}

const copy = fc.record({
  finding: fc.integer({ min: 0, max: 3 }),
  state: fc.constantFrom(...BASELINE_STATES),
  suppressed: fc.boolean(),
  level: fc.constantFrom('error' as const, 'warning' as const, 'note' as const)
})

/** The same four findings whatever the copy: rule, place and message make the identity. */
function result(c: Copy): Record<string, unknown> {
  const extra: Record<string, unknown> = {
    ruleId: `R${c.finding}`,
    level: c.level,
    message: { text: `finding ${c.finding}` }
  }
  if (c.state !== undefined) extra.baselineState = c.state
  if (c.suppressed) extra.suppressions = [{ kind: 'inSource' }]
  return finding(extra, `src/f${c.finding}.js`, c.finding + 1)
}

function write(dir: string, name: string, runs: Copy[][]): SarifInput {
  const path = join(dir, name)
  writeFileSync(
    path,
    JSON.stringify(log(...runs.map(r => ({ tool: tool('Scanner'), results: r.map(result) }))))
  )
  return { path, display: name }
}

const policy = fc.record({
  newOnly: fc.boolean(),
  countSuppressed: fc.boolean(),
  failOn: fc.constantFrom('high' as const, 'low' as const, 'none' as const)
})

describe('baseline states of copies', () => {
  it('a finding new in any copy is new, and counted whenever one copy alone is', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.array(copy, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 2 }),
          {
            minLength: 1,
            maxLength: 4
          }
        ),
        policy,
        async (files, settings) => {
          const dir = tempDir('kg-baseline-')
          const rules: Policy = { ...defaultPolicy(), ...settings }
          const inputs = files.map((runs, i) => write(dir, `f${i}.sarif`, runs))
          const merged = await collectFindings(inputs, dir)
          const decision = decide(merged.store, [], rules)
          const copies = files.flat(2)
          for (const id of new Set(copies.map(c => c.finding))) {
            const mine = copies.filter(c => c.finding === id)
            const judged = [...decision.judged].find(j => j.finding.ruleId === `R${id}`)!
            expect(judged).toBeDefined()
            if (mine.some(c => c.state === 'new')) expect(judged.finding.baselineState).toBe('new')
            let countedAlone = false
            for (const [n, c] of mine.entries()) {
              const alone = await collectFindings(
                [write(dir, `alone-${id}-${n}.sarif`, [[c]])],
                dir
              )
              if (decide(alone.store, [], rules).judged.first(1)[0]!.disposition === 'counted')
                countedAlone = true
            }
            if (countedAlone) expect(judged.disposition).toBe('counted')
            if (mine.every(c => c.state === 'absent')) expect(judged.disposition).toBe('fixed')
            else expect(judged.disposition).not.toBe('fixed')
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
