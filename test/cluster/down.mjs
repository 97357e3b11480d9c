#!/usr/bin/env node
// npm run cluster:down: stops the control plane of `npm run cluster:up` and removes its files.
import fs from 'node:fs'
import { UP_POINTER as POINTER } from './build.mjs'
import { stopControlPlane } from './controlplane.mjs'

async function main() {
  if (!fs.existsSync(POINTER)) {
    process.stdout.write('No control plane is up (nothing started by npm run cluster:up).\n')
    return
  }
  const { dir } = JSON.parse(fs.readFileSync(POINTER, 'utf8'))
  const { stopped } = await stopControlPlane(dir)
  fs.rmSync(POINTER, { force: true })
  process.stdout.write(
    stopped.length
      ? `Stopped ${stopped.join(', ')}; removed ${dir}\n`
      : `Nothing was running; removed ${dir}\n`
  )
}

main().catch(e => {
  process.stderr.write(`[cluster:down] ${e.stack ?? e}\n`)
  process.exit(1)
})
