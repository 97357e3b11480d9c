// Bundles src/index.ts into dist/index.js with ncc: one file that is both the action and the CLI.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync, rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
execFileSync(
  process.execPath,
  [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    'src/index.ts',
    '-o',
    'dist',
    '--license',
    'licenses.txt',
    '--target',
    'es2023',
    '-q'
  ],
  { stdio: 'inherit' }
)
const entry = 'dist/index.js'
const code = readFileSync(entry, 'utf8')
if (!code.startsWith('#!')) writeFileSync(entry, `#!/usr/bin/env node\n${code}`)
chmodSync(entry, 0o755)
