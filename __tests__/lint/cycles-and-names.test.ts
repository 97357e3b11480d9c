import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

/**
 * No import cycle (STYLE.md): `npm run lint` refuses one of imports that run
 * (import-x/no-cycle), and the graph of every import of src/, types included, has none. File
 * and folder names are kebab-case (check-file).
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function messages(filePath: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter(m => m.ruleId === rule).map(m => m.message)
}

/** Every `.ts` file of src/ and the files it imports (type imports too). */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) {
        const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true)
        const targets = importedFiles
          .map(f => f.fileName)
          .filter(name => name.startsWith('.'))
          .map(name => relative('.', resolve(dirname(path), name.replace(/\.js$/, '.ts'))))
        graph.set(relative('.', path), targets)
      }
    }
  }
  walk(root)
  return graph
}

/** The cycles of a graph: its strongly connected components of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, next)
    low.set(node, next++)
    stack.push(node)
    for (const target of graph.get(node) ?? []) {
      if (!graph.has(target)) continue
      if (!index.has(target)) {
        visit(target)
        low.set(node, Math.min(low.get(node)!, low.get(target)!))
      } else if (stack.includes(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!))
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe('import cycles', () => {
  it('lint refuses an import that closes a cycle', async () => {
    const code = "import { decide } from './verdict.js'\nexport const used = [decide]\n"
    expect(await messages('src/policy/order.ts', code, 'import-x/no-cycle')).toHaveLength(1)
  })

  it('the sources have none, type imports included', () => {
    expect(cycles(importGraph('src'))).toEqual([])
  })

  it('a cycle of type imports is one', () => {
    const graph = importGraph('src')
    graph.set('src/policy/order.ts', [
      ...graph.get('src/policy/order.ts')!,
      'src/policy/verdict.ts'
    ])
    expect(cycles(graph)).toEqual([['src/policy/order.ts', 'src/policy/verdict.ts']])
  })
})

describe('file names', () => {
  const code = 'export const a = 1\n'
  it.each([
    'src/backup/BadName.ts',
    'src/backup/snake_case.ts',
    '__tests__/backup/camelCase.test.ts'
  ])('refuses %s', async file => {
    expect(await messages(file, code, 'check-file/filename-naming-convention')).toHaveLength(1)
  })
  it('refuses a folder that is not kebab-case', async () => {
    expect(
      await messages('src/BackUp/x.ts', code, 'check-file/folder-naming-convention')
    ).toHaveLength(1)
  })
  it.each([
    'src/backup/velero-ref.ts',
    '__tests__/lint/cycles-and-names.test.ts',
    'scripts/bench.mjs'
  ])('allows %s', async file => {
    const [result] = await eslint.lintText(code, { filePath: file })
    expect(result!.messages.filter(m => m.ruleId?.startsWith('check-file/'))).toEqual([])
  })
})
