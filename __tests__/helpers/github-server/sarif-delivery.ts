import { gunzipSync } from 'node:zlib'
import { GitHubError } from './github-errors.js'

/**
 * What code scanning does with the `sarif` field of an upload: decode it at once (a field it
 * cannot decode is refused with 400/413), then "process" it later, which can fail with the
 * errors GitHub reports through GET …/code-scanning/sarifs/{sarif_id}.
 *
 * Sources, quoted next to each limit below:
 * - REST: https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data
 *   (the same text is the operation's description in @octokit/openapi).
 * - SARIF support: https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 * - Limits: https://docs.github.com/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 * - Size: https://docs.github.com/code-security/code-scanning/troubleshooting-sarif-uploads/file-too-large
 * - Repeated tool + category: https://github.blog/changelog/2025-07-21-code-scanning-will-stop-combining-multiple-sarif-runs-uploaded-in-the-same-sarif-file/
 */

/**
 * "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB. Any
 * uploads over this limit will be rejected." (SARIF support page). "MB" is read as 10^6 bytes,
 * the stricter reading. The file-too-large page lists "413: Payload Too Large" among the errors.
 */
export const MAX_GZIP_BYTES = 10 * 1000 * 1000
export const TOO_LARGE_MESSAGE = 'Payload Too Large'

/**
 * The REST page's table: "Runs per file | 20", "Results per run | 25,000 | Only the top 5,000
 * results will be included, prioritized by severity.", "Rules per run | 25,000"; "an analysis
 * will be rejected if any of these objects is above its maximum value".
 */
export const MAX_RUNS = 20
export const MAX_RESULTS_PER_RUN = 25_000
export const KEPT_RESULTS_PER_RUN = 5_000
export const MAX_RULES_PER_RUN = 25_000

/**
 * Not GitHub's: the decompressed size this test server will hold (a gzip bomb stops here).
 * Node cannot make a string of more than 512 MiB anyway.
 */
export const MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024

/**
 * The processing error since 2025-07-21, as code scanning reports it (quoted in
 * android/nowinandroid issue 1915 and department-of-veterans-affairs/vets-json-schema PR 1034;
 * github/codeql-action src/upload-lib.ts matches its first sentence).
 */
export const REPEATED_CATEGORY_ERROR =
  'A delivery cannot contain multiple runs with the same category. Please upload a single run per category. For more information, see https://github.blog/changelog/2025-07-21-code-scanning-will-stop-combining-multiple-sarif-runs-uploaded-in-the-same-sarif-file/'

/** As quoted in github/codeql-action issue 2000: "…more runs than allowed (21 > 20)". */
export const tooManyRuns = (runs: number): string =>
  `rejecting SARIF, as there are more runs than allowed (${runs} > ${MAX_RUNS})`

/** As quoted in aquasecurity/tfsec-sarif-action issue 43: "…(42118 > 25000)". */
export const tooManyResults = (results: number): string =>
  `rejecting SARIF, as there are more results per run than allowed (${results} > ${MAX_RESULTS_PER_RUN})`

/** Not seen quoted: worded like the two above ("Analysis SARIF file rejected due to rule limits"). */
export const tooManyRules = (rules: number): string =>
  `rejecting SARIF, as there are more rules per run than allowed (${rules} > ${MAX_RULES_PER_RUN})`

export interface DecodedSarif {
  /** Bytes of the gzip stream (what the 10 MB limit counts). */
  gzipBytes: number
  /** The parsed SARIF log. */
  log: Record<string, unknown>
}

export interface RunSummary {
  /** `tool.driver.name` ('' when missing). */
  tool: string
  /** `automationDetails.id` up to its last '/' ('' without one). */
  category: string
  results: number
  /** How many code scanning keeps: at most 5,000, "prioritized by severity". */
  keptResults: number
  rules: number
}

/**
 * base64 → gzip → JSON, as the REST page asks the field to be made: "You must compress the
 * SARIF-formatted analysis data that you want to upload, using gzip, and then encode it as a
 * Base64 format string" (`gzip -c analysis-data.sarif | base64 -w0`).
 *
 * The statuses are the documented ones ("400: Bad Request if the sarif field is invalid",
 * "413 … Payload Too Large if the sarif field is too large"); the messages after "SARIF file
 * invalid" (a heading of https://docs.github.com/code-security/code-scanning/troubleshooting-sarif-uploads/sarif-invalid)
 * are this server's, so a test can see which step failed.
 */
export function decodeSarifField(field: string): DecodedSarif {
  const compact = field.replace(/[\r\n]/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw invalid('the "sarif" field is not base64 (make it with: gzip -c file.sarif | base64 -w0)')
  }
  const gzip = Buffer.from(compact, 'base64')
  if (gzip.length > MAX_GZIP_BYTES) throw new GitHubError(413, TOO_LARGE_MESSAGE)
  if (gzip.length < 2 || gzip[0] !== 0x1f || gzip[1] !== 0x8b) {
    throw invalid('the "sarif" field is base64 but not gzip (it must be gzip, then base64)')
  }
  let text: string
  try {
    text = gunzipSync(gzip, { maxOutputLength: MAX_DECOMPRESSED_BYTES }).toString('utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new GitHubError(
        413,
        `${TOO_LARGE_MESSAGE} (test server: over ${MAX_DECOMPRESSED_BYTES} bytes unzipped)`
      )
    }
    throw invalid(`the gzip stream is damaged (${(error as Error).message})`)
  }
  let log: unknown
  try {
    log = JSON.parse(text)
  } catch (error) {
    throw invalid(`the unzipped file is not JSON (${(error as Error).message})`)
  }
  if (!isRecord(log) || !Array.isArray(log['runs'])) {
    throw invalid('the unzipped JSON is not a SARIF log: it has no "runs" array')
  }
  return { gzipBytes: gzip.length, log }
}

/**
 * "`id` is interpreted as `category/run-id`. If the `id` contains no forward slash (`/`), then
 * the entire string is the `run_id` and the `category` is empty. Otherwise, `category` is
 * everything in the string until the last forward slash" (SARIF support page,
 * `runAutomationDetails` object; SARIF 2.1.0 calls the property `run.automationDetails`).
 */
export function categoryOf(run: unknown): string {
  const details = isRecord(run) ? run['automationDetails'] : undefined
  const id = isRecord(details) ? details['id'] : undefined
  if (typeof id !== 'string') return ''
  const slash = id.lastIndexOf('/')
  return slash < 0 ? '' : id.slice(0, slash)
}

export function summarizeRuns(log: Record<string, unknown>): RunSummary[] {
  return (log['runs'] as unknown[]).map(run => {
    const driver = path(run, 'tool', 'driver')
    const results = path(run, 'results')
    const rules = path(driver, 'rules')
    const count = Array.isArray(results) ? results.length : 0
    return {
      tool: typeof path(driver, 'name') === 'string' ? (path(driver, 'name') as string) : '',
      category: categoryOf(run),
      results: count,
      keptResults: Math.min(count, KEPT_RESULTS_PER_RUN),
      rules: Array.isArray(rules) ? rules.length : 0
    }
  })
}

/**
 * The errors processing ends with ([] = `complete`). The tool is `tool.driver.name` alone:
 * GitHub does not say which driver fields make "the same tool", and name alone is the
 * stricter reading (the CodeQL Action's own check compares name, fullName, version,
 * semanticVersion, guid and the whole automation id; github/codeql-action src/upload-lib.ts).
 */
export function processingErrors(runs: readonly RunSummary[]): string[] {
  const errors: string[] = []
  if (runs.length > MAX_RUNS) errors.push(tooManyRuns(runs.length))
  for (const run of runs) {
    if (run.results > MAX_RESULTS_PER_RUN) errors.push(tooManyResults(run.results))
    if (run.rules > MAX_RULES_PER_RUN) errors.push(tooManyRules(run.rules))
  }
  const seen = new Set<string>()
  const repeated = runs.some(run => {
    const key = JSON.stringify([run.tool, run.category])
    return seen.has(key) || !seen.add(key)
  })
  if (repeated) errors.push(REPEATED_CATEGORY_ERROR)
  return errors
}

function invalid(detail: string): GitHubError {
  return new GitHubError(400, `SARIF file invalid: ${detail}`)
}

function path(value: unknown, ...keys: string[]): unknown {
  let at = value
  for (const key of keys) at = isRecord(at) ? at[key] : undefined
  return at
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
