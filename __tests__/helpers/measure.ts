import { existsSync, readdirSync, readFileSync, lstatSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { ProcessRun } from './dist.js'
import { runCliProcess } from './dist.js'
import { tempDir } from './sarif.js'

/** A run of the bundled CLI with what it cost: peak resident size and wall time. */
export interface MeasuredRun extends ProcessRun {
  /** Peak RSS of the CLI's process (process.resourceUsage().maxRSS, read as it exits). */
  maxRssMb: number
  wallMs: number
  /** Object.prototype had the same members, and no new enumerable one, when the process ended. */
  prototypeIntact: boolean
}

export interface Probe {
  /** Arguments for node that preload the probe. */
  nodeArgs: string[]
  /** What the probe wrote as the process ended (NaN and false when it never ended normally). */
  read(): { maxRssMb: number; prototypeIntact: boolean }
}

/**
 * A probe preloaded into the bundle's process: as the process exits (whatever its exit code),
 * it writes its peak RSS and whether Object.prototype is as it was at start. A process killed on
 * the way writes nothing: `maxRssMb` is then NaN, which no bound accepts.
 */
export function probe(): Probe {
  const file = join(tempDir('kg-probe-'), 'probe.json')
  const code = [
    "import{writeFileSync}from'node:fs'",
    'const names=()=>Object.getOwnPropertyNames(Object.prototype).sort().join()',
    'const before=names()',
    `process.on('exit',()=>{let added=false;for(const k in {})added=true;writeFileSync(${JSON.stringify(file)},JSON.stringify({maxRss:process.resourceUsage().maxRSS,intact:!added&&names()===before}))})`
  ].join(';')
  return {
    nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(code)}`],
    read: () => {
      if (!existsSync(file)) return { maxRssMb: NaN, prototypeIntact: false }
      const { maxRss, intact } = JSON.parse(readFileSync(file, 'utf8')) as {
        maxRss: number
        intact: boolean
      }
      return { maxRssMb: maxRss / 1024, prototypeIntact: intact }
    }
  }
}

/** Runs the bundled CLI with the probe, within `timeoutMs` (default 120 s). */
export function runCliMeasured(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  timeoutMs = 120_000
): MeasuredRun {
  const watch = probe()
  const started = Date.now()
  const run = runCliProcess(args, cwd, env, { nodeArgs: watch.nodeArgs, timeoutMs })
  const wallMs = Date.now() - started
  return { ...run, ...watch.read(), wallMs }
}

/** Every file below `root` (not following links) with its size and modification time. */
export function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const stats = lstatSync(path)
      if (entry.isDirectory()) walk(path)
      else files.set(relative(root, path), `${stats.size}:${stats.mtimeMs}`)
    }
  }
  walk(root)
  return files
}

/** Files added or changed between two snapshots. */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, stamp]) => before.get(path) !== stamp).map(([path]) => path)
}

/** Bytes of the regular files below `dir`. */
export function bytesUnder(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) total += bytesUnder(path)
    else if (entry.isFile()) total += lstatSync(path).size
  }
  return total
}
