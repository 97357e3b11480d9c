import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import type { GitHubServer } from '../helpers/github-server/start-github-server.js'
import { startGitHubServer } from '../helpers/github-server/start-github-server.js'
import { runActionAsync } from '../helpers/dist.js'
import {
  baselineCopies,
  disagreeingRuleIndex,
  gzipStringBomb,
  hugeRange,
  laterNestingBomb,
  log,
  MESSAGE_CASES,
  ODD_SCORES,
  oddKinds,
  oddLevels,
  oddScores,
  PROTOTYPE_NAMES,
  prototypeNames,
  templateBomb,
  tool,
  finding,
  uriBaseCycle
} from '../helpers/hostile-sarif.js'
import type { MeasuredRun } from '../helpers/measure.js'
import { bytesUnder, changed, probe, runCliMeasured, snapshot } from '../helpers/measure.js'
import { tempDir } from '../helpers/sarif.js'

// The bundled CLI, as a process, on the hostile SARIF of __tests__/helpers/hostile-sarif.ts:
// its exit code, what it says (naming the input and what to change), its peak RSS and the bytes
// it writes against the caps of the README's limits table, and a bound on wall time (a bound,
// not a benchmark). It writes nowhere but its output directory, and leaves Object.prototype
// alone.
jest.setTimeout(300_000)

/** Peak RSS bound for one scan of a small hostile input: node itself takes ~50 MB. */
const RSS_BOUND_MB = 200
/** A value may be held up to 64 MiB (MAX_VALUE_BYTES): the window, its string and its parse. */
const RSS_BOUND_LARGE_VALUE_MB = 400
/** Wall time bound for one scan (generous: the machine is shared). */
const WALL_BOUND_MS = 60_000

const EXIT = { clean: 0, blocked: 1, configuration: 2, unknown: 3 }

interface Scan extends MeasuredRun {
  root: string
  workspace: string
  report: string
  /** Files added or changed anywhere below the test's root, relative to it. */
  written: string[]
  verdict: Record<string, unknown>
  log: string
}

/** A root with the workspace, a TMPDIR and a HOME below it, so that every write is seen. */
function setUp(): { root: string; workspace: string; env: Record<string, string> } {
  const root = tempDir('kg-hostile-sarif-')
  const workspace = join(root, 'workspace')
  for (const dir of [workspace, join(root, 'tmp'), join(root, 'home')])
    mkdirSync(dir, { recursive: true })
  return { root, workspace, env: { TMPDIR: join(root, 'tmp'), HOME: join(root, 'home') } }
}

function scanIn(
  setup: ReturnType<typeof setUp>,
  args: string[],
  before = snapshot(setup.root)
): Scan {
  const run = runCliMeasured(['scan', ...args], setup.workspace, setup.env)
  const report = join(setup.workspace, 'known-good-report')
  const verdictPath = join(report, 'verdict.json')
  let verdict: Record<string, unknown> = {}
  try {
    verdict = JSON.parse(readFileSync(verdictPath, 'utf8')) as Record<string, unknown>
  } catch {
    // no verdict file: asserted by the caller
  }
  return {
    ...run,
    ...setup,
    report,
    written: changed(before, snapshot(setup.root)),
    verdict,
    log: run.stdout + run.stderr
  }
}

function scan(write: (workspace: string) => void, args: string[]): Scan {
  const setup = setUp()
  write(setup.workspace)
  return scanIn(setup, args)
}

/** What holds for every hostile scan. */
function expectContained(run: Scan): void {
  expect(run.wallMs).toBeLessThan(WALL_BOUND_MS)
  expect(run.prototypeIntact).toBe(true)
  expect(run.written.filter(path => !path.startsWith('workspace/known-good-report/'))).toEqual([])
  expect(run.stderr).not.toMatch(/failed unexpectedly|RangeError|Maximum call stack/)
}

function counts(run: Scan): Record<string, number> {
  return run.verdict.counts as Record<string, number>
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
}

describe('no finding is silently dropped or demoted', () => {
  it('a new copy of a finding is not hidden by an absent or unchanged one', () => {
    const run = scan(
      ws => baselineCopies(join(ws, 'results'), ['absent', 'unchanged', 'new']),
      ['--sarif', 'results', '--new-only']
    )
    expect(run.status).toBe(EXIT.blocked)
    expect(counts(run)).toMatchObject({ findings: 1, fixed: 0, existing: 0, duplicates: 2 })
    expect(run.log).toMatch(/Scanner: 3 result\(s\) read, 1 finding\(s\) after de-duplication/)
    expectContained(run)
  })

  it('results of a kind SARIF does not have count, and the log names the kind', () => {
    const run = scan(
      ws => writeJson(join(ws, 'kinds.sarif'), oddKinds()),
      ['--sarif', 'kinds.sarif']
    )
    expect(run.status).toBe(EXIT.blocked)
    expect(counts(run).findings).toBe(4)
    expect(run.log).toMatch(
      /kinds\.sarif: Kinds: kind "FAIL" \(first on rule "R1"\) is not one of SARIF's result kinds .*: read as fail, a finding/
    )
    expect(run.log).toMatch(/kinds\.sarif: Kinds: kind 7 /)
    expectContained(run)
  })

  it('security-severity that is not a plain number is read no lower, once per rule, in the log and record', () => {
    const run = scan(
      ws => writeJson(join(ws, 'scores.sarif'), oddScores()),
      ['--sarif', 'scores.sarif', '--fail-on', 'critical']
    )
    expect(run.status).toBe(EXIT.blocked)
    const critical = ODD_SCORES.filter(([, severity]) => severity === 'critical').length * 2
    expect((counts(run).counted as unknown as Record<string, number>).critical).toBe(critical)
    for (const [score] of ODD_SCORES)
      expect(run.log.split(`security-severity ${JSON.stringify(score)} is not`)).toHaveLength(2)
    const runs = (run.verdict.inputs as { runs: { notes: string[] }[] }[])[0]!.runs
    expect(runs[0]!.notes).toHaveLength(ODD_SCORES.length)
    expectContained(run)
  })

  it('a level that is not SARIF is read as error or what it spells, and said', () => {
    const run = scan(
      ws => writeJson(join(ws, 'levels.sarif'), oddLevels()),
      ['--sarif', 'levels.sarif']
    )
    expect(run.status).toBe(EXIT.blocked)
    expect(run.log).toMatch(
      /levels\.sarif: Levels: rule "L": level "fatal" is not one of SARIF's levels .*: read as error/
    )
    expectContained(run)
  })

  it('a ruleIndex that names another rule than ruleId is reported and cannot lower the severity', () => {
    const run = scan(
      ws => writeJson(join(ws, 'index.sarif'), disagreeingRuleIndex()),
      ['--sarif', 'index.sarif', '--fail-on', 'critical']
    )
    expect(run.status).toBe(EXIT.blocked)
    expect(run.log).toMatch(/ruleIndex 1 names rule "CRIT", but ruleId is "LOW"/)
    expectContained(run)
  })

  it('Object.prototype names as tool names, message ids and keys: every tool counted, no crash, no pollution', () => {
    const run = scan(
      ws => writeJson(join(ws, 'proto.sarif'), prototypeNames()),
      ['--sarif', 'proto.sarif']
    )
    expect(run.status).toBe(EXIT.blocked)
    expect(Object.keys(run.verdict.byTool as object).sort()).toEqual([...PROTOTYPE_NAMES].sort())
    const totals = run.verdict.toolTotals as { tool: string; findings: number }[]
    expect(totals.map(t => [t.tool, t.findings])).toEqual(
      [...PROTOTYPE_NAMES].sort().map(name => [name, 2])
    )
    expectContained(run)
  })
})

describe('the nesting limit holds on every path', () => {
  it.each([300, 50_000])('%d levels in a later, batched result: refused at the result', depth => {
    const run = scan(
      ws => writeJson(join(ws, 'deep.sarif'), laterNestingBomb(depth)),
      ['--sarif', 'deep.sarif']
    )
    expect(run.status).toBe(EXIT.unknown)
    expect(run.log).toMatch(
      /deep\.sarif: nesting deeper than 256 levels \(at byte \d+, \$\.runs\[0\]\.results\[200\]\)/
    )
    expect(counts(run).findings).toBe(0)
    expect(run.maxRssMb).toBeLessThan(RSS_BOUND_MB)
    expectContained(run)
  })
})

describe('memory and disk bounded by the input', () => {
  /** Report bytes per finding in all five files together: capped message, path and names. */
  const BYTES_PER_FINDING = 24 * 1024
  const FIXED_BYTES = 64 * 1024

  it('a 110 KB log whose template repeats {0} ten thousand times', () => {
    const run = scan(
      ws => writeJson(join(ws, 'template.sarif'), templateBomb()),
      ['--sarif', 'template.sarif']
    )
    const input = statSync(join(run.workspace, 'template.sarif')).size
    expect(input).toBeGreaterThan(90_000)
    expect(input).toBeLessThan(130_000)
    expect(run.status).toBe(EXIT.blocked)
    expect(counts(run).findings).toBe(120)
    const bytes = bytesUnder(run.report)
    console.log(
      `template bomb: ${input} bytes in, ${bytes} bytes of reports, peak RSS ${run.maxRssMb.toFixed(0)} MB, ${run.wallMs} ms`
    )
    expect(bytes).toBeLessThan(FIXED_BYTES + 120 * BYTES_PER_FINDING)
    const merged = readFileSync(join(run.report, 'merged.sarif'), 'utf8')
    expect(merged).not.toContain('{0}{0}')
    expect(run.maxRssMb).toBeLessThan(RSS_BOUND_MB)
    expectContained(run)
  })

  it('a 300 KB log with a uriBaseId cycle and long base URIs', () => {
    const run = scan(
      ws => writeJson(join(ws, 'cycle.sarif'), uriBaseCycle(1000, 10_000)),
      ['--sarif', 'cycle.sarif']
    )
    const input = statSync(join(run.workspace, 'cycle.sarif')).size
    expect(input).toBeLessThan(400_000)
    expect(run.status).toBe(EXIT.blocked)
    expect(counts(run).findings).toBe(1000)
    const junit = statSync(join(run.report, 'junit.xml')).size
    const bytes = bytesUnder(run.report)
    console.log(
      `uriBaseId cycle: ${input} bytes in, junit.xml ${junit} bytes, ${bytes} bytes of reports, peak RSS ${run.maxRssMb.toFixed(0)} MB, ${run.wallMs} ms`
    )
    expect(bytes).toBeLessThan(FIXED_BYTES + 1000 * BYTES_PER_FINDING)
    expect(run.log).toMatch(
      /cycle\.sarif: Cycle: a location of rule "U" could not be resolved to a usable path: a cycle of uriBaseIds \("A" → "B" → "A"\)/
    )
    expect(run.maxRssMb).toBeLessThan(RSS_BOUND_MB)
    expectContained(run)
  })

  it('a small .sarif.gz holding a 1 GiB string in a result is refused early', async () => {
    const setup = setUp()
    await gzipStringBomb(join(setup.workspace, 'bomb.sarif.gz'), 1024 ** 3, 'result')
    const input = statSync(join(setup.workspace, 'bomb.sarif.gz')).size
    expect(input).toBeLessThan(2_000_000)
    const run = scanIn(setup, ['--sarif', 'bomb.sarif.gz'])
    console.log(
      `gzip string bomb: ${input} bytes in, peak RSS ${run.maxRssMb.toFixed(0)} MB, ${run.wallMs} ms`
    )
    expect(run.status).toBe(EXIT.unknown)
    expect(run.log).toMatch(
      /bomb\.sarif\.gz: a value larger than 64 MiB: refused .*\(at byte \d+, \$\.runs\[0\]\.results\[0\]\)/
    )
    expect(run.maxRssMb).toBeLessThan(RSS_BOUND_LARGE_VALUE_MB)
    expectContained(run)
  })

  it('a 256 MiB string in a member that is skipped is streamed, never held', async () => {
    const setup = setUp()
    await gzipStringBomb(join(setup.workspace, 'padding.sarif.gz'), 256 * 1024 ** 2, 'skipped')
    const run = scanIn(setup, ['--sarif', 'padding.sarif.gz'])
    console.log(`skipped 256 MiB string: peak RSS ${run.maxRssMb.toFixed(0)} MB, ${run.wallMs} ms`)
    expect(run.status).toBe(EXIT.clean)
    expect(run.maxRssMb).toBeLessThan(RSS_BOUND_MB)
    expectContained(run)
  })

  describe('a finding whose range ends a billion lines later, on a changed file', () => {
    let server: GitHubServer
    const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

    beforeAll(async () => {
      const patch = ['@@ -0,0 +1,40 @@', ...Array.from({ length: 40 }, (_, i) => `+line ${i}`)]
      server = await startGitHubServer({
        commits: [HEAD],
        pullRequests: [
          {
            number: 7,
            headSha: HEAD,
            files: [{ filename: 'src/app.js', status: 'added', patch: patch.join('\n') }]
          }
        ]
      })
    })

    afterAll(async () => {
      await server.stop()
    })

    it('gets its review comment without walking the range', async () => {
      const setup = setUp()
      writeJson(join(setup.workspace, 'range.sarif'), hugeRange('src/app.js'))
      const event = join(setup.root, 'event.json')
      const repo = `${server.repo.owner}/${server.repo.repo}`
      writeJson(event, {
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: HEAD, repo: { full_name: repo } },
          base: { repo: { full_name: repo } }
        }
      })
      const watch = probe()
      const started = Date.now()
      const run = await runActionAsync(
        {
          sarif: 'range.sarif',
          'github-token': 'ghs_test',
          'review-comments': 'added',
          'upload-artifact': 'false'
        },
        {
          cwd: setup.workspace,
          nodeArgs: watch.nodeArgs,
          env: {
            ...server.env,
            ...setup.env,
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: event,
            GITHUB_SHA: HEAD
          }
        }
      )
      const wall = Date.now() - started
      const measured = watch.read()
      console.log(`billion-line range: peak RSS ${measured.maxRssMb.toFixed(0)} MB, ${wall} ms`)
      expect(run.outputs.verdict).toBe('blocked')
      expect(server.state.reviewComments.map(c => c.line)).toEqual([5])
      expect(measured.maxRssMb).toBeLessThan(RSS_BOUND_MB)
      expect(measured.prototypeIntact).toBe(true)
      expect(wall).toBeLessThan(WALL_BOUND_MS)
    })
  })
})

describe('a re-run reads only what it should', () => {
  function workspaceWithOneFinding(): ReturnType<typeof setUp> {
    const setup = setUp()
    writeJson(
      join(setup.workspace, 'scanner.sarif'),
      log({
        tool: tool('Scanner', [{ id: 'R1' }]),
        results: [
          finding({ level: 'note', baselineState: 'absent' }),
          finding({ level: 'warning' }, 'src/b.js')
        ]
      })
    )
    return setup
  }

  it('--sarif . twice with the default output directory: the same verdict from the same inputs', () => {
    const setup = workspaceWithOneFinding()
    const first = scanIn(setup, ['--sarif', '.'])
    const second = scanIn(setup, ['--sarif', '.'])
    expect(second.status).toBe(first.status)
    expect(second.verdict.verdict).toBe(first.verdict.verdict)
    expect(second.verdict.counts).toEqual(first.verdict.counts)
    expect(second.verdict.sarifSha256).toBe(first.verdict.sarifSha256)
    const inputs = (run: Scan) => (run.verdict.inputs as { file: string }[]).map(i => i.file)
    expect(inputs(second)).toEqual(['scanner.sarif'])
    expect(second.log).toMatch(
      /Left out 1 file\(s\) in output-dir, known-good's own report directory \(never an input\): known-good-report\/merged\.sarif/
    )
    expectContained(second)
  })

  it('a copy of our merged SARIF elsewhere is recognised and skipped, said in the log', () => {
    const setup = workspaceWithOneFinding()
    const first = scanIn(setup, ['--sarif', '.'])
    mkdirSync(join(setup.workspace, 'old'))
    copyFileSync(join(first.report, 'merged.sarif'), join(setup.workspace, 'old', 'merged.sarif'))
    const second = scanIn(setup, ['--sarif', '.'])
    expect(second.verdict.verdict).toBe(first.verdict.verdict)
    expect(second.verdict.counts).toEqual(first.verdict.counts)
    expect(second.log).toMatch(
      /old\/merged\.sarif is known-good's own merged SARIF \(properties\.mergedBy "known-good \d+\.\d+\.\d+" on every run\)/
    )
    const skipped = (second.verdict.inputs as { file: string; status: string }[]).find(
      i => i.file === 'old/merged.sarif'
    )
    expect(skipped?.status).toBe('skipped')
  })

  it('our merged SARIF given explicitly is skipped, and alone it is no input: unknown', () => {
    const setup = workspaceWithOneFinding()
    scanIn(setup, ['--sarif', 'scanner.sarif'])
    const again = scanIn(setup, ['--sarif', 'known-good-report/merged.sarif'])
    expect(again.status).toBe(EXIT.unknown)
    expect(again.log).toMatch(
      /SARIF pattern "known-good-report\/merged\.sarif" named only known-good's own merged SARIF, which is never read as an input: name the files the scanners wrote/
    )
  })
})

describe('clear messages', () => {
  it.each(MESSAGE_CASES.map(c => [c.name, c] as const))('%s', (_name, hostile) => {
    const setup = setUp()
    const given = hostile.make(setup.workspace)
    const run = scanIn(setup, ['--sarif', given])
    expect(run.status).toBe(EXIT.unknown)
    const reason = (run.verdict.reasons as string[]).find(r => r.includes(given))
    expect(reason).toMatch(hostile.problem)
    expect(run.log).toMatch(hostile.problem)
    expect(Math.max(...run.log.split('\n').map(line => line.length))).toBeLessThan(1000)
    expect(statSync(join(run.report, 'verdict.json')).size).toBeLessThan(16 * 1024)
    expectContained(run)
  })

  it('a FIFO is named without being opened for a blocking read (no writer ever comes)', () => {
    const setup = setUp()
    const hostile = MESSAGE_CASES.find(c => c.name === 'a FIFO')!
    const given = hostile.make(setup.workspace)
    const run = scanIn(setup, ['--sarif', '.', '--sarif', given])
    expect(run.status).toBe(EXIT.unknown)
    expect(run.log).toMatch(/pipe\.sarif: is a named pipe \(FIFO\), not a SARIF file/)
    expect(readdirSync(setup.workspace)).toContain('pipe.sarif')
    expectContained(run)
  })
})
