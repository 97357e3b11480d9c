// Writes action.yml and the README's input/output tables from src/config/inputs.ts, the single
// source. `--check` changes nothing and exits 1 when either file is out of date (used by the
// tests). The table is TypeScript, read by Node (--experimental-transform-types); the `.js` specifiers of
// the sources (as TypeScript's NodeNext resolution wants them) are resolved to their `.ts` files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    } catch (error) {
      if (!specifier.endsWith('.js') || !context.parentURL?.endsWith('.ts')) throw error
      return nextResolve(specifier.replace(/\.js$/, '.ts'), context)
    }
  }
})

const { COMMANDS, INPUTS, OUTPUTS, defaultText, describe } = await import('../src/config/inputs.ts')

const check = process.argv.includes('--check')

function yamlString(text) {
  return JSON.stringify(text)
}

function actionYml() {
  const lines = [
    '# Generated from src/config/inputs.ts by `npm run docs`: edit there.',
    'name: known-good',
    'description: One security verdict per release from your SAST SARIF, carried onto PV backups, restores and certificate rotation.',
    'author: known-good',
    'branding:',
    '  icon: shield',
    '  color: green',
    'inputs:'
  ]
  for (const [name, def] of Object.entries(INPUTS)) {
    const applies = def.commands === 'all' ? 'all commands' : def.commands.join(', ')
    lines.push(
      `  ${name}:`,
      `    description: ${yamlString(`${describe(def)} [${applies}]`)}`,
      '    required: false'
    )
    const fallback = defaultText(def)
    if (fallback !== undefined) lines.push(`    default: ${yamlString(fallback)}`)
  }
  lines.push('outputs:')
  for (const [name, out] of Object.entries(OUTPUTS))
    lines.push(
      `  ${name}:`,
      `    description: ${yamlString(`${out.description} [${out.commands.join(', ')}]`)}`
    )
  lines.push('runs:', '  using: node24', '  main: dist/index.js', '')
  return lines.join('\n')
}

function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function inputsTables() {
  const out = []
  for (const command of ['all', ...COMMANDS]) {
    const defs = Object.entries(INPUTS).filter(([, def]) =>
      command === 'all'
        ? def.commands === 'all'
        : def.commands !== 'all' && def.commands.includes(command)
    )
    if (defs.length === 0) continue
    out.push(
      `#### ${command === 'all' ? 'Every command' : `\`${command}\``}`,
      '',
      '| Input / flag | Default | Description |',
      '| --- | --- | --- |'
    )
    for (const [name, def] of defs) {
      const flag = def.actionOnly ? `\`${name}\` (action only)` : `\`${name}\` / \`--${name}\``
      const text = defaultText(def)
      const fallback =
        text !== undefined
          ? `\`${cell(text)}\`${def.cliDefault ? `; CLI: ${cell(def.cliDefault)}` : ''}`
          : '—'
      out.push(`| ${flag} | ${fallback} | ${cell(describe(def))} |`)
    }
    out.push('')
  }
  return out.join('\n')
}

function outputsTable() {
  return [
    '| Output | Commands | Description |',
    '| --- | --- | --- |',
    ...Object.entries(OUTPUTS).map(
      ([name, o]) => `| \`${name}\` | ${o.commands.join(', ')} | ${cell(o.description)} |`
    ),
    ''
  ].join('\n')
}

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  if (i === -1 || j === -1) throw new Error(`README.md lacks the ${start} … ${end} markers`)
  return `${text.slice(0, i + start.length)}\n${body}${text.slice(j)}`
}

const readme = readFileSync('README.md', 'utf8')
const files = {
  'action.yml': actionYml(),
  'README.md': replaceBetween(
    replaceBetween(readme, 'inputs', inputsTables()),
    'outputs',
    outputsTable()
  )
}
let stale = false
for (const [path, content] of Object.entries(files)) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : ''
  if (current === content) continue
  if (check) {
    console.error(`${path} is out of date: run npm run docs`)
    stale = true
  } else {
    writeFileSync(path, content)
  }
}
process.exitCode = stale ? 1 : 0
