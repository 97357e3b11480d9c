import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import type { ScanConfig } from '../../src/config/scan.js'
import { inputProblems, scan } from '../../src/commands/scan.js'
import { parsePatch } from '../../src/diff/patch.js'
import { sourcesOf } from '../../src/github/code-scanning.js'
import { decide } from '../../src/policy/verdict.js'
import type { Annotation } from '../../src/report/annotations.js'
import { checkAnnotations, checkOutput } from '../../src/report/check-run.js'
import { codeScanningUploads } from '../../src/report/code-scanning.js'
import { REPORT_FILES } from '../../src/report/files.js'
import { stickyComment } from '../../src/report/pr-comment.js'
import { planReviewComments } from '../../src/report/review-comments.js'
import { collectFindings } from '../../src/sarif/collect.js'
import { expandInputs } from '../../src/sarif/inputs.js'
import type { VerdictRecord } from '../../src/verdict/record.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { log, result, run, tempDir } from '../helpers/sarif.js'

/**
 * Every report the scan writes or sends, on the real-scanner SARIF fixtures (and on a generated
 * set with many ties in severity and place), compared with expectations committed beside this
 * file: the report files of the output directory, the job summary, the log, the workflow
 * annotations, and what the GitHub channels would send (check run output and annotations, the
 * sticky comment, review comments, code scanning uploads). Only what varies from run to run is
 * normalised: the temporary workspace and output paths, and the time (fixed by `now`).
 * `UPDATE_GOLDEN=1` writes the expectations (and only then); review the diff before committing
 * it. A missing expectation fails the test.
 */
const REAL = resolve('__tests__/fixtures/sarif/real')
const SAMPLE_APP = resolve('__tests__/fixtures/sample-app')
const EXPECTED = resolve('__tests__/fixtures/golden-reports')
const NOW = new Date('2026-11-25T08:00:00Z')
const ENV = { GITHUB_SHA: 'c0ffee0000000000000000000000000000000001' }

interface Scenario {
  name: string
  inputs: RawInputs
  /** Writes the SARIF inputs into `results/` of the workspace. */
  write(results: string): void
  /** The pull request's changed files (for check annotations and review comments). */
  patches: Record<string, string>
}

function realInputs(results: string): void {
  for (const file of readdirSync(REAL).filter(f => f.endsWith('.sarif')))
    cpSync(join(REAL, file), join(results, file))
}

const APP = '__tests__/fixtures/sample-app'
const REAL_PATCHES = {
  [`${APP}/python/app.py`]: '@@ -1,40 +1,40 @@\n+a\n+b\n c\n d\n+e\n+f\n g\n+h\n+i\n+j',
  [`${APP}/docker/Dockerfile`]: '@@ -1,5 +1,5 @@\n+a\n b\n+c'
}

/** Many findings that tie on severity, blocking and place: only the fingerprint tells them apart. */
function tiedInputs(results: string): void {
  const levels = ['error', 'warning', 'note'] as const
  for (const [t, tool] of ['Alpha', 'Beta', 'Gamma'].entries()) {
    const found = []
    for (let i = 0; i < 90; i++) {
      found.push(
        result({
          ruleId: `R${i % 7}`,
          level: levels[(i + t) % 3],
          message: { text: `finding ${i} of ${tool}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: `src/file${i % 4}.js` },
                region: { startLine: 1 + (i % 3) }
              }
            }
          ],
          ...(i % 11 === 0 ? { baselineState: 'unchanged' } : {}),
          ...(i % 13 === 0 ? { suppressions: [{ kind: 'inSource' }] } : {})
        })
      )
    }
    const sarif = log(run(found))
    ;(sarif.runs as { tool: { driver: { name: string } } }[])[0]!.tool.driver.name = tool
    writeFileSync(join(results, `${tool.toLowerCase()}.sarif`), JSON.stringify(sarif))
  }
}

const SCENARIOS: Scenario[] = [
  { name: 'real-default', inputs: {}, write: realInputs, patches: REAL_PATCHES },
  {
    name: 'real-policy',
    inputs: {
      'fail-on': 'medium',
      'exclude-paths': '**/js/**',
      'deny-rules': 'B105',
      'allow-rules': 'gosec:G104'
    },
    write: realInputs,
    patches: REAL_PATCHES
  },
  {
    name: 'tied',
    inputs: {
      'fail-on': 'low',
      'new-only': 'true',
      'max-counts': 'medium=100',
      'deny-rules': 'R3'
    },
    write: tiedInputs,
    patches: {
      'src/file0.js': '@@ -1,3 +1,3 @@\n+a\n b\n+c',
      'src/file2.js': '@@ -1,2 +1,2 @@\n a\n+b'
    }
  }
]

/** The workspace and output paths of this run, and anything else that differs between runs. */
function normalise(text: string, workspace: string, outputDir: string): string {
  return text.split(outputDir).join('<output-dir>').split(workspace).join('<workspace>')
}

function configFor(scenario: Scenario, workspace: string, outputDir: string): ScanConfig {
  const raw: RawInputs = {
    command: 'scan',
    sarif: 'results/*.sarif',
    'output-dir': outputDir,
    ...scenario.inputs
  }
  const { config } = parseConfig(raw, ENV, 'cli', workspace)
  if (config.command !== 'scan') throw new Error('not a scan')
  return config
}

/** What the GitHub channels would send for these findings (no server: the plans themselves). */
async function githubReports(
  config: ScanConfig,
  record: VerdictRecord,
  scenario: Scenario,
  inMemory?: number
) {
  const expanded = await expandInputs(config.sarif, config.workspace, {
    outputDir: config.outputDir
  })
  const collection = await collectFindings(expanded.files, config.workspace, {
    pathMap: config.pathMap,
    ...(inMemory === undefined ? {} : { inMemory })
  })
  const decision = decide(collection.store, inputProblems(expanded, collection), config.policy)
  const diffs = new Map(
    Object.entries(scenario.patches).map(([p, patch]) => [p, parsePatch(patch)])
  )
  const changed = new Map([...diffs].map(([p, diff]) => [p, diff.added]))
  const uploads = await codeScanningUploads(decision.judged, sourcesOf(record))
  return {
    'check-output.json': checkOutput(record, decision.judged, 'a note'),
    'check-annotations.json': {
      all: checkAnnotations(decision.judged),
      max5: checkAnnotations(decision.judged, { max: 5 }),
      changedFirst: checkAnnotations(decision.judged, { max: 12, changed })
    },
    'pr-comment.md': stickyComment(record, decision.judged, 'known-good', {
      runUrl: 'https://ci.example/run/1'
    }),
    'review-comments.json': {
      added: planReviewComments(decision.judged, diffs, 'added', new Set()),
      file: planReviewComments(decision.judged, diffs, 'file', new Set())
    },
    'code-scanning.json': uploads.map(upload => ({
      ...upload,
      sarif: JSON.parse(gunzipSync(Buffer.from(upload.sarif, 'base64')).toString('utf8'))
    }))
  }
}

/** Every report of a scenario; `inMemory`: findings kept as objects before the store spills. */
async function produce(scenario: Scenario, inMemory?: number): Promise<Map<string, string>> {
  const workspace = tempDir('kg-golden-ws-')
  const outputDir = tempDir('kg-golden-out-')
  cpSync(SAMPLE_APP, join(workspace, APP), { recursive: true })
  mkdirSync(join(workspace, 'results'))
  scenario.write(join(workspace, 'results'))
  const config = configFor(scenario, workspace, outputDir)
  const logger = new RecordingLogger()
  const annotations: Annotation[] = []
  const summaries: string[] = []
  const outcome = await scan(config, {
    logger,
    now: () => NOW,
    annotate: annotation => annotations.push(annotation),
    writeJobSummary: async markdown => void summaries.push(markdown),
    ...(inMemory === undefined ? {} : { findingsInMemory: inMemory })
  })
  const files = new Map<string, string>()
  for (const name of Object.values(REPORT_FILES).sort())
    files.set(name, readFileSync(join(outputDir, name), 'utf8'))
  files.set('job-summary.md', summaries.join('\n<!-- next summary -->\n'))
  files.set('annotations.json', `${JSON.stringify(annotations, null, 2)}\n`)
  files.set('log.txt', `${logger.lines.map(l => `${l.level}: ${l.message}`).join('\n')}\n`)
  files.set('outcome.json', `${JSON.stringify(outcome, null, 2)}\n`)
  const record = JSON.parse(files.get(REPORT_FILES.verdict)!) as VerdictRecord
  for (const [name, value] of Object.entries(
    await githubReports(config, record, scenario, inMemory)
  ))
    files.set(name, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`)
  for (const [name, text] of files) files.set(name, normalise(text, workspace, outputDir))
  return files
}

describe('golden reports: every report on the same findings', () => {
  it.each(SCENARIOS.map(s => [s.name, s] as const))('%s', async (name, scenario) => {
    const actual = await produce(scenario)
    const dir = join(EXPECTED, name)
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dir, { recursive: true })
      for (const [file, text] of actual) writeFileSync(join(dir, file), text)
    }
    const expected = readdirSync(dir).sort()
    expect([...actual.keys()].sort()).toEqual(expected)
    for (const file of expected)
      expect({ file, text: actual.get(file) }).toEqual({
        file,
        text: readFileSync(join(dir, file), 'utf8')
      })
  })
})

describe('golden reports with every finding spilled to disk', () => {
  it.each(SCENARIOS.map(s => [s.name, s] as const))(
    '%s: the same files as with the findings in memory',
    async (_name, scenario) => {
      const inMemory = await produce(scenario)
      for (const spilled of [0, 3]) {
        const actual = await produce(scenario, spilled)
        expect([...actual.keys()]).toEqual([...inMemory.keys()])
        for (const [file, text] of inMemory)
          expect({ spilled, file, text: actual.get(file) }).toEqual({ spilled, file, text })
      }
    }
  )
})
