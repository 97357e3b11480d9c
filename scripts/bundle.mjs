// Bundles src/index.ts with ncc: one entry, dist/index.js, that is both the action and the CLI,
// plus one chunk per dynamically imported part (each command, the cluster and GitHub clients),
// which index.js loads from beside itself.
//
//   node scripts/bundle.mjs              → dist/
//   node scripts/bundle.mjs --out DIR    → DIR (the e2e tests bundle the current sources there)
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const at = process.argv.indexOf('--out')
const out = at === -1 ? 'dist' : process.argv[at + 1]
if (!out) throw new Error('--out needs a directory')

rmSync(out, { recursive: true, force: true })
execFileSync(
  process.execPath,
  [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    'src/index.ts',
    '-o',
    out,
    '--license',
    'licenses.txt',
    '--target',
    'es2023',
    '-q'
  ],
  { stdio: 'inherit' }
)
const entry = join(out, 'index.js')
const code = readFileSync(entry, 'utf8')
if (!code.startsWith('#!')) writeFileSync(entry, `#!/usr/bin/env node\n${code}`)
chmodSync(entry, 0o755)
