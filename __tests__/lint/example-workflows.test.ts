import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadAllYaml } from '@kubernetes/client-node'
import type { Command, InputName } from '../../src/config/inputs.js'
import { appliesTo, COMMANDS, INPUTS } from '../../src/config/inputs.js'

/**
 * The example workflows (examples/workflows/) and the README's YAML snippets use the action as
 * it is: every `with:` key is an input, the command exists, and no input is one the command
 * would ignore.
 */
interface Step {
  uses?: string
  with?: Record<string, unknown>
}

function actionSteps(document: unknown): Step[] {
  const found: Step[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value !== null && typeof value === 'object') {
      const step = value as Step
      if (typeof step.uses === 'string' && /^(known-good\/known-good@|\.\/?$)/.test(step.uses))
        found.push(step)
      Object.values(value).forEach(visit)
    }
  }
  visit(document)
  return found
}

const examples = readdirSync('examples/workflows').map(name => join('examples/workflows', name))
const readmeBlocks = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  m => m[1]!
)

function problems(steps: Step[]): string[] {
  const out: string[] = []
  for (const step of steps) {
    const inputs = step.with ?? {}
    const command = String(inputs.command ?? 'scan') as Command
    if (!COMMANDS.includes(command)) out.push(`unknown command ${command}`)
    for (const name of Object.keys(inputs)) {
      if (!(name in INPUTS)) out.push(`${command}: no input ${name}`)
      else if (!appliesTo(name as InputName, command))
        out.push(`${command}: input ${name} does not apply`)
    }
  }
  return out
}

describe('example workflows', () => {
  it('are there, one per command at least', () => {
    const used = new Set(
      examples
        .flatMap(file => loadAllYaml(readFileSync(file, 'utf8')).flatMap(actionSteps))
        .map(step => String(step.with?.command ?? 'scan'))
    )
    expect([...used].sort()).toEqual([...COMMANDS].sort())
  })

  it.each(examples)('%s uses only inputs of the command it runs', file => {
    const steps = loadAllYaml(readFileSync(file, 'utf8')).flatMap(actionSteps)
    expect(steps.length).toBeGreaterThan(0)
    expect(problems(steps)).toEqual([])
  })

  it('the README snippets too', () => {
    const steps = readmeBlocks.flatMap(block => {
      // Snippets are often a list of steps, not a whole workflow.
      return actionSteps(loadAllYaml(block))
    })
    expect(steps.length).toBeGreaterThan(0)
    expect(problems(steps)).toEqual([])
  })
})
