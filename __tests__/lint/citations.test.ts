import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A comment that cites ARCHITECTURE.md names a section that exists (RULES: comments cite
 * sections that exist). A citation is `ARCHITECTURE.md, "Section"` or `ARCHITECTURE.md
 * ("Section")`, and may be wrapped over comment lines.
 */
const sections = new Set(
  readFileSync('ARCHITECTURE.md', 'utf8')
    .split('\n')
    .filter(line => /^#{2,4} /.test(line))
    .map(line => line.replace(/^#+ /, '').trim())
)

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : files(path)
    return /\.(ts|mjs|js)$/.test(entry.name) ? [path] : []
  })
}

/** The sections a text cites, with comment markers at line starts folded away. */
function cited(text: string): string[] {
  const folded = text.replace(/\n\s*(\*(?!\/)|\/\/)?\s*/g, ' ')
  return [...folded.matchAll(/ARCHITECTURE\.md,?\s*\(?"([^"]+)"/g)].map(m => m[1]!.trim())
}

describe('citations of ARCHITECTURE.md', () => {
  // This file's own examples are not citations.
  const all = ['src', '__tests__', 'scripts', 'test']
    .flatMap(files)
    .filter(file => !file.endsWith('citations.test.ts'))
  const citing = all.flatMap(file => cited(readFileSync(file, 'utf8')).map(s => [file, s]))

  it('are found where the sources cite it', () => {
    expect(citing.length).toBeGreaterThan(10)
  })

  it.each(citing)('%s cites "%s", a section that exists', (_file, section) => {
    expect(sections).toContain(section)
  })

  it('reads a citation wrapped over comment lines, and one of a section that does not exist', () => {
    const text = '/**\n * the ledger (ARCHITECTURE.md, "Revoked\n * releases") and more\n */'
    expect(cited(text)).toEqual(['Revoked releases'])
    expect(sections).not.toContain(cited(text)[0])
  })
})
