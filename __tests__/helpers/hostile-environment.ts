import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPORT_FILES } from '../../src/report/files.js'

/**
 * Hostile environments for the scan, made on the spot (devices, FIFOs and links cannot be
 * committed): output directories that cannot hold the reports, event payloads that are not
 * one, links planted where the reports go, ten thousand broken inputs, and paths full of
 * terminal control bytes. Each case says what the user must be told.
 */

export interface HostileCase {
  name: string
  /** Makes the case below `root` and returns the path to give. */
  make(root: string): string
  /** What the error must say (besides naming the input). */
  problem: RegExp
}

const isRoot = process.getuid?.() === 0

function mkfifo(path: string): string {
  execFileSync('mkfifo', [path])
  return path
}

/** Output directories that cannot be one: each must end with exit 2, naming output-dir. */
export const OUTPUT_DIRS: HostileCase[] = [
  {
    name: 'a regular file',
    make: root => {
      writeFileSync(join(root, 'out'), 'not a directory\n')
      return join(root, 'out')
    },
    problem: /is a file, not a directory/
  },
  { name: '/dev/null', make: () => '/dev/null', problem: /is a character device, not a directory/ },
  { name: 'a FIFO', make: root => mkfifo(join(root, 'out')), problem: /is a named pipe/ },
  {
    name: 'below a file',
    make: root => {
      writeFileSync(join(root, 'file'), 'x')
      return join(root, 'file', 'out')
    },
    problem: /a part of the path is not a directory/
  },
  {
    name: 'a link to nothing',
    make: root => {
      symlinkSync(join(root, 'missing'), join(root, 'out'))
      return join(root, 'out')
    },
    problem: /is a symbolic link to nothing/
  },
  {
    name: 'a link loop',
    make: root => {
      symlinkSync(join(root, 'out'), join(root, 'out'))
      return join(root, 'out')
    },
    problem: /a symbolic link loop/
  },
  {
    // root writes through file modes; sysfs refuses even root a new directory.
    name: 'a directory this step cannot write',
    make: root => {
      if (isRoot && existsSync('/sys/kernel')) return '/sys/kernel/known-good-report'
      mkdirSync(join(root, 'read-only'))
      chmodSync(join(root, 'read-only'), 0o555)
      return join(root, 'read-only', 'out')
    },
    problem: /not writable by this step|operation not permitted|permission denied/
  }
]

/** GITHUB_EVENT_PATH values that are not a webhook payload: each names GITHUB_EVENT_PATH. */
export const EVENT_FILES: HostileCase[] = [
  {
    name: 'text that is not JSON',
    make: root => write(join(root, 'event.json'), 'this is not json {\n'),
    problem: /is not JSON/
  },
  {
    name: 'truncated JSON',
    make: root => write(join(root, 'event.json'), '{"pull_request": {"number": 7,'),
    problem: /is not JSON/
  },
  {
    name: 'an empty file',
    make: root => write(join(root, 'event.json'), ''),
    problem: /is not JSON/
  },
  {
    name: 'a directory',
    make: root => {
      mkdirSync(join(root, 'event.json'))
      return join(root, 'event.json')
    },
    problem: /is not a regular file/
  },
  {
    name: 'a missing file',
    make: root => join(root, 'no-such-event.json'),
    problem: /cannot be read \(ENOENT/
  },
  { name: 'a FIFO', make: root => mkfifo(join(root, 'event.json')), problem: /not a regular file/ },
  { name: '/dev/zero', make: () => '/dev/zero', problem: /not a regular file/ },
  {
    name: 'a link loop',
    make: root => {
      symlinkSync(join(root, 'event.json'), join(root, 'event.json'))
      return join(root, 'event.json')
    },
    problem: /cannot be read \(ELOOP/
  },
  {
    // Sparse: 26 MiB on paper, nothing on disk.
    name: 'a file larger than any webhook payload',
    make: root => {
      const path = write(join(root, 'event.json'), '{')
      truncateSync(path, 26 * 1024 * 1024)
      return path
    },
    problem: /more than a webhook payload/
  }
]

function write(path: string, text: string): string {
  writeFileSync(path, text)
  return path
}

export interface PlantedLink {
  link: string
  target: string
}

/** What a planted link points at: a file outside the output directory that must stay as it is. */
export const UNTOUCHED = 'untouched\n'

/**
 * Links at every name a report file or its temporary file could take in `outputDir`
 * (`<file>` and the old predictable `<file>.<pid>.tmp` for the pids near ours), each to its
 * own file in `outsideDir`.
 */
export function plantLinks(outputDir: string, outsideDir: string, pids: number[]): PlantedLink[] {
  mkdirSync(outputDir, { recursive: true })
  const planted: PlantedLink[] = []
  const names = Object.values(REPORT_FILES).flatMap(file => [
    file,
    ...pids.map(pid => `${file}.${pid}.tmp`)
  ])
  for (const name of names) {
    const target = join(outsideDir, `target-of-${name}`)
    writeFileSync(target, UNTOUCHED)
    symlinkSync(target, join(outputDir, name))
    planted.push({ link: join(outputDir, name), target })
  }
  return planted
}

/** `count` files that are not SARIF, with long names, so every one is a reason and a row. */
export function brokenInputs(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < count; i++) {
    const name = `broken-input-with-a-long-name-for-the-summary-${String(i).padStart(5, '0')}.sarif`
    writeFileSync(join(dir, name), `not json ${i}`)
  }
  return dir
}

/** Terminal control bytes: ESC (a colour and a title sequence), BEL, NUL, and the C1 CSI. */
export const CONTROL_BYTES = ['\u001b', '\u0007', '\u0000', '\u009b', '\u0085']

/** A SARIF log whose result paths carry CONTROL_BYTES (and whose messages do too). */
export function controlBytePaths(): object {
  const uris = [
    'src/\u001b[31mred\u001b[0m.js',
    'src/bell\u0007.js',
    'src/nul\u0000byte.js',
    'src/csi\u009b2J.js',
    'src/\u001b]0;title\u0007.js',
    'src/next\u0085line.js'
  ]
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Tool\u001b[2J', rules: [{ id: 'R1' }] } },
        results: uris.map(uri => ({
          ruleId: 'R1',
          level: 'error',
          message: { text: `found in ${uri}` },
          locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }]
        }))
      }
    ]
  }
}
