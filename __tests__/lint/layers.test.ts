import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
// @ts-expect-error -- plain JavaScript, typed by the casts below
import { LAYERS } from '../../eslint.config.js'
// @ts-expect-error -- plain JavaScript, typed by the casts below
import { layerDiagram, withDiagram } from '../../scripts/architecture-diagram.mjs'

/**
 * The layers of eslint.config.js (ARCHITECTURE.md, "Layers"): every source file is in exactly
 * one room, the diagram of ARCHITECTURE.md is the one the table gives, and the rules made from
 * the table refuse every import of a room above or beside and let an import of a room below by.
 */
interface Room {
  name: string
  paths: string[]
  typesFrom?: string[]
  throughDeps?: string[]
}
interface Layer {
  layer: string
  what: string
  rooms: Room[]
}

const layers = LAYERS as Layer[]
const rooms = layers.flatMap((layer, depth) => layer.rooms.map(room => ({ ...room, depth })))
const covers = (path: string, file: string) =>
  path.endsWith('/') ? file.startsWith(path) : file === path

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [relative('.', path)] : []
  })
}

/** A file of the room (its first file, or one that would stand in its first folder). */
function importer(room: Room): string {
  const [path] = room.paths
  return path!.endsWith('/') ? `${path}x.ts` : path!
}
/** An import of `target` (a folder: a file in it) as a file at `from` would write it. */
function importOf(from: string, target: string): string {
  const file = target.endsWith('/') ? `${target}y.ts` : target
  const spec = posix.relative(posix.dirname(from), file).replace(/\.ts$/, '.js')
  return `import { y } from '${spec.startsWith('.') ? spec : `./${spec}`}'\nexport const used = [y]\n`
}

const eslint = new ESLint({ cwd: process.cwd() })
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

describe('the layers', () => {
  it.each(sources('src').map(file => [file]))('%s is in exactly one room', file => {
    expect(rooms.filter(room => room.paths.some(path => covers(path, file)))).toHaveLength(1)
  })

  it("ARCHITECTURE.md's diagram is the one eslint.config.js's layers give", () => {
    const text = readFileSync('ARCHITECTURE.md', 'utf8')
    expect(withDiagram(text, layerDiagram(layers))).toBe(text)
  })

  const pairs = rooms.flatMap(room =>
    rooms
      .filter(other => other.depth <= room.depth && other !== room)
      .map(
        other =>
          [
            room.name,
            other.name,
            other.depth < room.depth ? 'above' : 'beside',
            room,
            other
          ] as const
      )
  )
  it.each(pairs)('%s may not import %s (%s it)', async (_a, _b, _how, room, other) => {
    const from = importer(room)
    for (const target of other.paths) {
      const typesOnly = room.typesFrom?.some(path => covers(path, target))
      expect([target, await restricted(from, importOf(from, target))]).toEqual([
        target,
        [expect.stringContaining(`${room.name} (${layers[room.depth]!.layer}) imports no room`)]
      ])
      if (typesOnly) {
        const typeImport = importOf(from, target).replace('import {', 'import type {')
        expect(
          await restricted(
            from,
            typeImport.replace('export const used = [y]', 'export type Used = y')
          )
        ).toEqual([])
      }
    }
  })

  it.each(
    rooms.filter(room => room.depth < layers.length - 1).map(room => [room.name, room] as const)
  )('%s may import the layers below it', async (_name, room) => {
    const from = importer(room)
    for (const below of rooms.filter(other => other.depth > room.depth)) {
      const allowed = below.paths.filter(
        target => !room.throughDeps?.some(path => covers(path, target))
      )
      for (const target of allowed)
        expect([target, await restricted(from, importOf(from, target))]).toEqual([target, []])
    }
  })
})
