import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import picomatch from 'picomatch'
// @ts-expect-error -- plain JavaScript, typed by the cast below
import config from '../../jest.config.js'

interface Project {
  displayName: string
  testMatch: string[]
  testPathIgnorePatterns?: string[]
}

const ROOT = resolve('.')

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

function belongs(project: Project, file: string): boolean {
  const matches = project.testMatch.some(glob => picomatch(glob.replace('<rootDir>', ROOT))(file))
  const ignored = (project.testPathIgnorePatterns ?? []).some(pattern =>
    new RegExp(pattern.replace('<rootDir>', ROOT)).test(file)
  )
  return matches && !ignored
}

describe('test kinds', () => {
  const projects = (config as { projects: Project[] }).projects
  it.each(testFiles(join(ROOT, '__tests__')).map(f => [relative(ROOT, f), f]))(
    '%s belongs to exactly one Jest project',
    (_name, file) => {
      expect(projects.filter(p => belongs(p, file)).map(p => p.displayName)).toHaveLength(1)
    }
  )
})

describe('test timeout', () => {
  // Jest takes `testTimeout` from the top level of the configuration only; one set inside a
  // project is ignored without a word and every test runs with Jest's own 5 s.
  const top = config as { testTimeout?: number; projects: Record<string, unknown>[] }
  it('is set at the top level, where Jest reads it', () => {
    expect(top.testTimeout).toBeGreaterThan(5_000)
  })
  it('is set in no project, where Jest would ignore it', () => {
    expect(top.projects.filter(p => 'testTimeout' in p).map(p => p.displayName)).toEqual([])
  })
})
