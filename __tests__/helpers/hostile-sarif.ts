import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { dirname, join } from 'node:path'
import { createGzip } from 'node:zlib'

/**
 * Hostile SARIF, made on the spot: logs that try to drop or demote a finding, to slip a nesting
 * bomb past the reader, to make a small input grow into huge reports or a huge string, to have
 * a second run read the first one's output, and inputs whose error must be clear. One builder
 * (or list of cases) per class; the tests say what must come of each.
 */

type Json = Record<string, unknown>

export function log(...runs: Json[]): Json {
  return { version: '2.1.0', runs }
}

export function tool(name: string, rules: Json[] = [], extra: Json = {}): Json {
  return { driver: { name, version: '1.0', rules, ...extra } }
}

export function finding(overrides: Json = {}, path = 'src/app.js', line = 3): Json {
  return {
    ruleId: 'R1',
    message: { text: 'something is wrong' },
    locations: [
      { physicalLocation: { artifactLocation: { uri: path }, region: { startLine: line } } }
    ],
    ...overrides
  }
}

function write(path: string, content: string | Buffer | object): string {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(
    path,
    typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content)
  )
  return path
}

// ─── No finding silently dropped or demoted ────────────────────────────────────────────────

/** The states the copies of one finding can carry (`undefined`: no baseline comparison). */
export const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent', undefined] as const

/**
 * One finding reported in as many files as `states`, each copy with its baseline state: the
 * same result otherwise, so the copies are one finding. A copy `new` must keep it new.
 */
export function baselineCopies(dir: string, states: readonly (string | undefined)[]): string[] {
  return states.map((state, i) =>
    write(
      join(dir, `copy-${i}.sarif`),
      log({
        tool: tool('Scanner', [{ id: 'R1', defaultConfiguration: { level: 'error' } }]),
        results: [finding(state === undefined ? {} : { baselineState: state })]
      })
    )
  )
}

/** Result kinds that are not SARIF's: `null` is absent (fail); the others are reported. */
export const ODD_KINDS: unknown[] = ['FAIL', null, 7, 'Pass']

export function oddKinds(): Json {
  return log({
    tool: tool('Kinds', [{ id: 'R1', defaultConfiguration: { level: 'error' } }]),
    results: ODD_KINDS.map((kind, i) => finding({ kind }, `src/kind${i}.js`))
  })
}

/**
 * `security-severity` values that are not a plain number, each on its own rule with two
 * results (said once per rule), with what they must be read as at level `note` (low).
 */
export const ODD_SCORES: [unknown, string][] = [
  ['9.8abc', 'critical'],
  ['1e1', 'critical'],
  ['10.1', 'critical'],
  ['-1', 'low'],
  ['9,8', 'critical'],
  ['High', 'high'],
  ['undefined', 'low']
]

export function oddScores(): Json {
  const rules = ODD_SCORES.map(([score], i) => ({
    id: `S${i}`,
    defaultConfiguration: { level: 'note' },
    properties: { 'security-severity': score }
  }))
  const results = ODD_SCORES.flatMap((_, i) => [
    finding({ ruleId: `S${i}` }, `src/score${i}.js`, 1),
    finding({ ruleId: `S${i}` }, `src/score${i}.js`, 2)
  ])
  return log({ tool: tool('Scores', rules), results })
}

/** Levels that are not SARIF's four, with what they must be read as (never below warning). */
export const ODD_LEVELS: [unknown, string][] = [
  ['ERROR', 'error'],
  ['fatal', 'error'],
  [3, 'error'],
  ['NOTE', 'warning'],
  [null, 'note']
]

export function oddLevels(): Json {
  return log({
    tool: tool('Levels', [{ id: 'L', defaultConfiguration: { level: 'note' } }]),
    results: ODD_LEVELS.map(([level], i) => finding({ ruleId: 'L', level }, `src/level${i}.js`))
  })
}

/** A result whose ruleIndex points at another rule than its ruleId names, and one past the end. */
export function disagreeingRuleIndex(): Json {
  return log({
    tool: tool('Index', [
      { id: 'LOW', properties: { 'security-severity': '2.0' } },
      { id: 'CRIT', properties: { 'security-severity': '9.5' } }
    ]),
    results: [
      finding({ ruleId: 'LOW', ruleIndex: 1 }, 'src/a.js'),
      finding({ ruleId: 'CRIT', ruleIndex: 9 }, 'src/b.js')
    ]
  })
}

/** Names of Object.prototype members, as tool names, message ids, base ids and keys. */
export const PROTOTYPE_NAMES = ['__proto__', 'toString', 'constructor', 'hasOwnProperty']

/** One run per prototype name as its tool, messages by those ids, bases and keys named so. */
export function prototypeNames(): string {
  const runs = PROTOTYPE_NAMES.map(name => ({
    tool: tool(name, [
      { id: name, messageStrings: { [name]: { text: `rule message of ${name}: {0}` } } }
    ]),
    originalUriBaseIds: { [name]: { uri: 'file:///elsewhere/' } },
    results: [
      {
        ruleId: name,
        level: 'error',
        message: { id: name, arguments: [name] },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `src/${name}.js`, uriBaseId: name },
              region: { startLine: 1 }
            }
          }
        ],
        partialFingerprints: { [name]: name },
        properties: { [name]: { polluted: true }, tags: [name] }
      },
      // A message id that names no string, and a base id that is not defined.
      {
        ruleId: name,
        level: 'error',
        message: { id: 'toString' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `src/${name}-2.js`, uriBaseId: 'valueOf' },
              region: { startLine: 2 }
            }
          }
        ]
      }
    ]
  }))
  // JSON.stringify writes "__proto__" as a plain member name, which is what a tool would write.
  return JSON.stringify(log(...runs))
}

// ─── The nesting limit on every path ────────────────────────────────────────────────────────

/**
 * `before` ordinary results, written alike so that the reader learns their boundary and reads
 * the rest in batches, then one whose `properties` nest `depth` levels, then `after` more.
 */
export function laterNestingBomb(depth: number, before = 200, after = 50): string {
  const plain = (i: number) =>
    JSON.stringify(finding({ ruleId: 'R1', level: 'warning', message: { text: `plain ${i}` } }))
  const bomb = JSON.stringify(finding({ ruleId: 'R1', properties: { deep: 0 } })).replace(
    '"deep":0',
    `"deep":${'['.repeat(depth)}${']'.repeat(depth)}`
  )
  const results = [
    ...Array.from({ length: before }, (_, i) => plain(i)),
    bomb,
    ...Array.from({ length: after }, (_, i) => plain(before + 1 + i))
  ]
  return `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Deep"}},"results":[\n${results.join(',\n')}\n]}]}`
}

// ─── Memory and disk bounded by the input ───────────────────────────────────────────────────

/**
 * A rule whose message string repeats `{0}` `repeats` times, used by every result with a long
 * argument: filled out, each message would be `repeats` × the argument.
 */
export function templateBomb(results = 120, repeats = 10_000, argument = 'A'.repeat(500)): Json {
  return log({
    tool: tool('Template', [
      {
        id: 'T',
        defaultConfiguration: { level: 'error' },
        messageStrings: { m: { text: '{0}'.repeat(repeats) } }
      }
    ]),
    results: Array.from({ length: results }, (_, i) =>
      finding({ ruleId: 'T', message: { id: 'm', arguments: [argument] } }, `src/t${i}.js`)
    )
  })
}

/**
 * Results under three kinds of base: a cycle (A → B → A), a chain of 16 long bases that does
 * end, and one long `file://` base. Followed as they are, every path would be tens or hundreds
 * of kilobytes, and the cycle endless.
 */
export function uriBaseCycle(results = 1000, baseChars = 10_000): Json {
  const bases: Json = {
    A: { uri: `${'a'.repeat(1000)}/`, uriBaseId: 'B' },
    B: { uri: `${'b'.repeat(1000)}/`, uriBaseId: 'A' },
    D: { uri: `file:///${'d'.repeat(baseChars)}/` }
  }
  for (let i = 0; i < 16; i++)
    bases[`C${i}`] = {
      uri: `${String.fromCharCode(101 + (i % 20)).repeat(baseChars)}/`,
      ...(i < 15 ? { uriBaseId: `C${i + 1}` } : {})
    }
  const base = ['A', 'C0', 'D']
  return log({
    tool: tool('Cycle', [{ id: 'U', defaultConfiguration: { level: 'error' } }]),
    originalUriBaseIds: bases,
    results: Array.from({ length: results }, (_, i) =>
      finding(
        {
          ruleId: 'U',
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: `f${i}.js`, uriBaseId: base[i % 3] },
                region: { startLine: 1 }
              }
            }
          ]
        },
        `f${i}.js`
      )
    )
  })
}

/** Writes a `.sarif.gz` whose one result holds a string of `bytes` characters (1 GiB: ~1 MB). */
export async function gzipStringBomb(path: string, bytes: number, where: 'result' | 'skipped') {
  mkdirSync(dirname(path), { recursive: true })
  const gzip = createGzip({ level: 9 })
  const out = gzip.pipe(createWriteStream(path))
  const head =
    where === 'result'
      ? '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Bomb"}},"results":[{"ruleId":"R1","message":{"text":"'
      : '{"version":"2.1.0","padding":"'
  const tail =
    where === 'result' ? '"}}]}]}' : '","runs":[{"tool":{"driver":{"name":"Bomb"}},"results":[]}]}'
  gzip.write(head)
  const piece = Buffer.alloc(1024 * 1024, 0x61)
  for (let left = bytes; left > 0; left -= piece.length) {
    if (!gzip.write(left >= piece.length ? piece : piece.subarray(0, left)))
      await once(gzip, 'drain')
  }
  gzip.end(tail)
  await once(out, 'finish')
  return path
}

/** One finding on a changed line whose region claims to end a billion lines further. */
export function hugeRange(path: string, endLine = 1_000_000_000): Json {
  return log({
    tool: tool('Range', [{ id: 'G', defaultConfiguration: { level: 'error' } }]),
    results: [
      finding({
        ruleId: 'G',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: path },
              region: { startLine: 5, endLine, startColumn: 1, endColumn: 2_000_000_000 }
            }
          }
        ]
      })
    ]
  })
}

// ─── Clear messages ─────────────────────────────────────────────────────────────────────────

export interface MessageCase {
  name: string
  /** Makes the input below `dir` and returns the path to give as `sarif` (relative to `dir`). */
  make(dir: string): string
  /** What the reason must say after the file's name. */
  problem: RegExp
}

const SMALL_LOG = '{"version":"2.1.0","runs":[]}'

function encode(text: string, encoding: 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be'): Buffer {
  const units = Buffer.from(text, 'utf16le')
  if (encoding === 'utf16le') return units
  if (encoding === 'utf16be') return Buffer.from(units).swap16()
  const out = Buffer.alloc(text.length * 4)
  for (let i = 0; i < text.length; i++) {
    if (encoding === 'utf32le') out.writeUInt32LE(text.charCodeAt(i), i * 4)
    else out.writeUInt32BE(text.charCodeAt(i), i * 4)
  }
  return out
}

function file(name: string, content: () => string | Buffer): (dir: string) => string {
  return dir => {
    write(join(dir, name), content())
    return name
  }
}

export const MESSAGE_CASES: MessageCase[] = [
  {
    name: 'UTF-32 LE with a byte order mark',
    make: file('utf32le-bom.sarif', () =>
      Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), encode(SMALL_LOG, 'utf32le')])
    ),
    problem:
      /the file is UTF-32 encoded \(little-endian, with a byte order mark\).*iconv -f UTF-32LE/
  },
  {
    name: 'UTF-32 BE without a byte order mark',
    make: file('utf32be.sarif', () => encode(SMALL_LOG, 'utf32be')),
    problem: /the file is UTF-32 encoded \(big-endian, without a byte order mark\)/
  },
  {
    name: 'UTF-16 LE without a byte order mark',
    make: file('utf16le.sarif', () => encode(` ${SMALL_LOG}`, 'utf16le')),
    problem: /the file is UTF-16 encoded \(little-endian, without a byte order mark\)/
  },
  {
    name: 'UTF-16 BE without a byte order mark',
    make: file('utf16be.sarif', () => encode(SMALL_LOG, 'utf16be')),
    problem: /the file is UTF-16 encoded \(big-endian, without a byte order mark\)/
  },
  {
    name: 'an invalid escape in a result',
    make: file(
      'escape.sarif',
      () =>
        '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"ruleId":"R1","message":{"text":"bad \\x escape"}}]}]}'
    ),
    problem:
      /invalid JSON: invalid escape '\\x' in a string \(at byte 108, \$\.runs\[0\]\.results\[0\]\.message\.text\)/
  },
  {
    name: 'invalid JSON in a member that is skipped',
    make: file(
      'skipped.sarif',
      () =>
        '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"taxonomies":[{"name":"CWE","taxa":[{"id":01}]}],"results":[]}]}'
    ),
    problem:
      /invalid JSON: invalid number: a leading zero \(at byte 102, \$\.runs\[0\]\.taxonomies\)/
  },
  {
    name: 'a raw control character in a skipped string',
    make: file(
      'control.sarif',
      () =>
        '{"version":"2.1.0","graphs":["a\u0001b"],"runs":[{"tool":{"driver":{"name":"T"}},"results":[]}]}'
    ),
    problem: /a control character \(byte 0x01\) inside a string: JSON requires it escaped/
  },
  {
    name: 'an invalid literal in a skipped member',
    make: file(
      'literal.sarif',
      () =>
        '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"webRequests":[{"ok":tru}],"results":[]}]}'
    ),
    problem: /invalid JSON: invalid literal: expected 'true'/
  },
  {
    name: 'a 2 MB version string',
    make: file('long-version.sarif', () =>
      JSON.stringify({ version: 'v'.repeat(2_000_000), runs: [] })
    ),
    problem: /SARIF version "v{30,}…" \(2000000 characters\) is not supported: only 2\.1\.0 is read/
  },
  {
    name: 'a FIFO',
    make: dir => {
      execFileSync('mkfifo', [join(dir, 'pipe.sarif')])
      return 'pipe.sarif'
    },
    problem: /is a named pipe \(FIFO\), not a SARIF file/
  },
  { name: 'a character device', make: () => '/dev/zero', problem: /is a character device/ },
  {
    name: 'a directory named x.sarif',
    make: dir => {
      mkdirSync(join(dir, 'x.sarif'))
      return 'x.sarif'
    },
    problem: /matched no file \(is a directory that holds no SARIF file/
  },
  {
    name: 'a symbolic link loop',
    make: dir => {
      symlinkSync(join(dir, 'loop.sarif'), join(dir, 'loop.sarif'))
      return 'loop.sarif'
    },
    problem: /is a symbolic link loop, not a SARIF file/
  },
  {
    name: 'a symbolic link to nothing',
    make: dir => {
      symlinkSync(join(dir, 'missing.sarif'), join(dir, 'dangling.sarif'))
      return 'dangling.sarif'
    },
    problem: /is a symbolic link to nothing/
  }
]
