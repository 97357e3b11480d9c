// The length of every function in a folder of sources, in lines from its first line (the
// signature) to its last (the closing brace), both counted. A function is a declaration, a
// method, a constructor or accessor, or an arrow function or function expression given to a
// variable; a callback written inline is part of the function it is written in.
//
//   node scripts/function-lengths.mjs [folder …]   (default src/commands)
//
// prints, per folder, how many functions, the median, the 90th percentile (nearest rank) and
// the longest. `__tests__/lint/function-length.test.ts` holds src/commands/ to its limits.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

function isMeasured(node) {
  if (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  )
    return true
  return (
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isVariableDeclaration(node.parent)
  )
}

function nameOf(node, source) {
  const named = node.name ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined)
  return named ? named.getText(source) : ts.isConstructorDeclaration(node) ? 'constructor' : '?'
}

/** Every measured function of the `.ts` files directly in `folder`: `{ file, line, name, lines }`. */
export function functionLengths(folder) {
  const found = []
  for (const file of readdirSync(folder)
    .filter(f => f.endsWith('.ts'))
    .sort()) {
    const path = join(folder, file)
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true
    )
    const visit = node => {
      if (isMeasured(node)) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
        found.push({
          file: path,
          line: start + 1,
          name: nameOf(node, source),
          lines: end - start + 1
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

/** Count, median, 90th percentile (nearest rank) and the longest of a list of lengths. */
export function lengthFigures(functions) {
  const sorted = functions.map(f => f.lines).sort((a, b) => a - b)
  const n = sorted.length
  if (n === 0) return { count: 0, median: 0, p90: 0, max: 0 }
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
  return { count: n, median, p90: sorted[Math.ceil(0.9 * n) - 1], max: sorted[n - 1] }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folders = process.argv.length > 2 ? process.argv.slice(2) : ['src/commands']
  for (const folder of folders) {
    const functions = functionLengths(folder)
    const { count, median, p90, max } = lengthFigures(functions)
    const longest = [...functions].sort((a, b) => b.lines - a.lines).slice(0, 3)
    console.log(`${folder}: ${count} functions, median ${median} lines, p90 ${p90}, longest ${max}`)
    for (const f of longest) console.log(`  ${f.lines}  ${f.file}:${f.line} ${f.name}`)
  }
}
