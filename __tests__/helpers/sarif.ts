import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Finding } from '../../src/model.js'
import type { FileSummary } from '../../src/sarif/read-file.js'
import { readSarifFile } from '../../src/sarif/read-file.js'

export const WORKSPACE = '/home/runner/work/app/app'

export function tempDir(prefix = 'kg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Writes `content` (an object is JSON-serialised) to a temp file and returns its path. */
export function writeTemp(
  content: unknown,
  name = 'input.sarif',
  options: { gzip?: boolean } = {}
): string {
  const path = join(tempDir(), name)
  const text =
    typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content)
  writeFileSync(path, options.gzip ? gzipSync(text) : text)
  return path
}

export interface ReadOutcome {
  findings: Finding[]
  summary: FileSummary
  retracted: number[]
}

/** Reads one file the way the scan does and returns what the sink saw (after retractions). */
export async function readFindings(
  content: unknown,
  workspace = WORKSPACE,
  options: { gzip?: boolean } = {}
): Promise<ReadOutcome> {
  const path = writeTemp(content, 'input.sarif', options)
  let findings: Finding[] = []
  const retracted: number[] = []
  const summary = await readSarifFile(path, 'input.sarif', workspace, {
    finding: finding => findings.push(finding),
    retractRun: run => {
      retracted.push(run)
      findings = findings.filter(f => f.source.run !== run)
    }
  })
  return { findings, summary, retracted }
}

type Json = Record<string, unknown>

/** A minimal valid SARIF 2.1.0 log around the given runs. */
export function log(...runs: Json[]): Json {
  return { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs }
}

export function run(results: Json[], extra: Json = {}, rules: Json[] = []): Json {
  return { tool: { driver: { name: 'Tool', version: '1.0', rules } }, results, ...extra }
}

export function result(overrides: Json = {}): Json {
  return {
    ruleId: 'R1',
    level: 'error',
    message: { text: 'something is wrong' },
    locations: [
      { physicalLocation: { artifactLocation: { uri: 'src/app.js' }, region: { startLine: 3 } } }
    ],
    ...overrides
  }
}
