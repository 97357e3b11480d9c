// Writes the layer diagram of ARCHITECTURE.md ("Layers") from the layers of eslint.config.js,
// the table the import rules are made from, so the picture and the lint cannot disagree.
// `--check` changes nothing and exits 1 when the diagram is out of date (`npm run docs` writes
// it; `__tests__/lint/layers.test.ts` checks it).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const BEGIN = '<!-- layers: generated from eslint.config.js by `npm run docs` -->'
export const END = '<!-- end of layers -->'
const FILE = fileURLToPath(new URL('../ARCHITECTURE.md', import.meta.url))
const NAME_WIDTH = 16
const LINE_WIDTH = 80

/** A room's paths, wrapped: a file after a file of the same folder is named by file only. */
function roomLines(room) {
  const shown = room.paths.map((path, i) => {
    const previous = room.paths[i - 1]
    const folder = path.slice(0, path.lastIndexOf('/') + 1)
    const sameFolder =
      previous !== undefined && !previous.endsWith('/') && previous.startsWith(folder)
    return sameFolder && !path.endsWith('/') ? path.slice(folder.length) : path
  })
  if (room.typesFrom) shown.push(`(types of ${room.typesFrom.join(', ')})`)
  if (room.throughDeps) shown.push('(adapters through its deps)')
  const lines = ['']
  for (const part of shown) {
    const line = lines[lines.length - 1]
    if (line && line.length + part.length + 2 > LINE_WIDTH) lines.push(part)
    else lines[lines.length - 1] = line ? `${line}  ${part}` : part
  }
  return lines
}

/** The diagram: each layer, its rooms (one a line) and what it does, top to bottom. */
export function layerDiagram(layers) {
  const lines = []
  layers.forEach((layer, i) => {
    if (i > 0) lines.push(`${' '.repeat(NAME_WIDTH + 6)}│`)
    layer.rooms.flatMap(roomLines).forEach((line, j) => {
      const name = j === 0 ? layer.layer : ''
      lines.push(` ${name.padEnd(NAME_WIDTH)}${line}`.trimEnd())
    })
    lines.push(` ${''.padEnd(NAME_WIDTH)}${layer.what}`)
  })
  return ['```', ...lines, '```'].join('\n')
}

/** ARCHITECTURE.md with the diagram between its markers replaced by `diagram`. */
export function withDiagram(text, diagram) {
  const start = text.indexOf(BEGIN)
  const end = text.indexOf(END)
  if (start < 0 || end < start)
    throw new Error(`ARCHITECTURE.md lacks the markers ${BEGIN} … ${END}`)
  return `${text.slice(0, start + BEGIN.length)}\n\n${diagram}\n\n${text.slice(end)}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { LAYERS } = await import('../eslint.config.js')
  const text = readFileSync(FILE, 'utf8')
  const wanted = withDiagram(text, layerDiagram(LAYERS))
  if (process.argv.includes('--check')) {
    if (wanted !== text) {
      console.error('ARCHITECTURE.md: the layer diagram is out of date: run npm run docs')
      process.exit(1)
    }
  } else if (wanted !== text) writeFileSync(FILE, wanted)
}
