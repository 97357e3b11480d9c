// Writes action.yml and the README's input/output tables from src/inputs.ts, the single source.
// `--check` changes nothing and exits 1 when either file is out of date (used by the tests).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { COMMANDS, INPUTS, OUTPUTS } from '../src/inputs.ts'

const check = process.argv.includes('--check')

function yamlString(text) {
  return JSON.stringify(text)
}

function actionYml() {
  const lines = [
    '# Generated from src/inputs.ts by `npm run docs`: edit there.',
    'name: known-good',
    'description: One security verdict per release from your SAST SARIF, carried onto PV backups, restores and certificate rotation.',
    'author: known-good',
    'branding:',
    '  icon: shield',
    '  color: green',
    'inputs:'
  ]
  for (const def of INPUTS) {
    const applies = def.commands === 'all' ? 'all commands' : def.commands.join(', ')
    lines.push(
      `  ${def.name}:`,
      `    description: ${yamlString(`${def.description} [${applies}]`)}`,
      '    required: false'
    )
    if (def.default !== undefined) lines.push(`    default: ${yamlString(def.default)}`)
  }
  lines.push('outputs:')
  for (const out of OUTPUTS)
    lines.push(`  ${out.name}:`, `    description: ${yamlString(out.description)}`)
  lines.push('runs:', '  using: node24', '  main: dist/index.js', '')
  return lines.join('\n')
}

function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function inputsTables() {
  const out = []
  for (const command of ['all', ...COMMANDS]) {
    const defs = INPUTS.filter(def =>
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
    for (const def of defs) {
      const flag = def.actionOnly
        ? `\`${def.name}\` (action only)`
        : `\`${def.name}\` / \`--${def.name}\``
      const fallback =
        def.default !== undefined
          ? `\`${cell(def.default)}\`${def.cliDefault ? `; CLI: ${cell(def.cliDefault)}` : ''}`
          : '—'
      out.push(`| ${flag} | ${fallback} | ${cell(def.description)} |`)
    }
    out.push('')
  }
  return out.join('\n')
}

function outputsTable() {
  return [
    '| Output | Description |',
    '| --- | --- |',
    ...OUTPUTS.map(o => `| \`${o.name}\` | ${cell(o.description)} |`),
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
