// The main job, end to end on this machine: scan the SARIF that real scanners wrote for the
// deliberately vulnerable sample app under __tests__/fixtures, as a CI job would.
import { spawnSync } from 'node:child_process'

const args = [
  'dist/index.js',
  'scan',
  '--sarif',
  '__tests__/fixtures/sarif/real/*[0-9].sarif',
  '--output-dir',
  '.demo/report',
  '--fail-on',
  'high'
]
console.log(`$ node ${args.join(' ')}`)
const scan = spawnSync(process.execPath, args, { stdio: 'inherit' })
console.log(`\nexit code ${scan.status} (0 clean, 1 blocked, 2 configuration error, 3 unknown)`)
console.log(
  'reports: .demo/report/ (verdict.json, report.md, merged.sarif, junit.xml, gl-code-quality-report.json)'
)
