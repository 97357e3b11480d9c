// Jest globalSetup of the `e2e` project: the end-to-end tests run the bundle of the sources as
// they are now, not the committed dist/ (which may be older). The bundle is built into
// .cache/e2e-bundle/<hash of its inputs>/ and reused while the sources stay the same; its
// path is exported as KNOWN_GOOD_TEST_DIST.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const CACHE = path.join(ROOT, '.cache', 'e2e-bundle')

function files(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(e => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

/** Everything the bundle is made of: the sources, the lockfile, the bundler's settings. */
function inputsHash() {
  const hash = createHash('sha256')
  const inputs = [
    ...files(path.join(ROOT, 'src')),
    path.join(ROOT, 'package-lock.json'),
    path.join(ROOT, 'tsconfig.json'),
    path.join(ROOT, 'scripts', 'bundle.mjs')
  ].sort()
  for (const file of inputs) {
    hash.update(`${path.relative(ROOT, file)}\n`)
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

export default function globalSetup() {
  const key = inputsHash()
  const dir = path.join(CACHE, key)
  const entry = path.join(dir, 'index.js')
  if (!fs.existsSync(entry)) {
    const t0 = Date.now()
    const tmp = `${dir}.tmp-${process.pid}`
    execFileSync(process.execPath, ['scripts/bundle.mjs', '--out', tmp], {
      cwd: ROOT,
      stdio: 'inherit'
    })
    fs.rmSync(dir, { recursive: true, force: true })
    fs.renameSync(tmp, dir)
    // Bundles of older sources are of no further use.
    for (const old of fs.readdirSync(CACHE))
      if (old !== key && !old.includes('.tmp-'))
        fs.rmSync(path.join(CACHE, old), { recursive: true, force: true })
    process.stderr.write(`[e2e] bundled the current sources in ${(Date.now() - t0) / 1000} s\n`)
  }
  process.env.KNOWN_GOOD_TEST_DIST = entry
}
