import { statSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import type { ScanConfig } from '../config/scan.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import { SEVERITIES } from '../model.js'
import type { Decision, InputProblem } from '../policy/verdict.js'
import { decide } from '../policy/verdict.js'
import { countedOf, firstOf } from '../policy/order.js'
import type { AnnotationPlan } from '../report/annotations.js'
import { planAnnotations } from '../report/annotations.js'
import type { ReportFiles } from '../report/files.js'
import { writeReportFiles } from '../report/files.js'
import { prepareOutputDir } from '../report/output-dir.js'
import { JOB_SUMMARY_MAX_BYTES, renderMarkdown } from '../report/markdown.js'
import type { VerdictRecord } from '../verdict/record.js'
import { buildVerdictRecord, countsOutput } from '../verdict/record.js'
import type { Collection } from '../sarif/collect.js'
import { collectFindings } from '../sarif/collect.js'
import type { ExpandedInputs, SarifInput } from '../sarif/inputs.js'
import type { MappingKind } from '../sarif/path-map.js'
import type { RunSummary } from '../sarif/read-file.js'
import { expandInputs } from '../sarif/inputs.js'
import type { GitHubOutputs, PublishContext } from '../github/publish.js'
import type { ScanDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

/** Rows of the findings table in the job summary. */
export const JOB_SUMMARY_MAX_FINDINGS = 50
/** Findings listed in the log. */
const LOG_MAX_FINDINGS = 10

/** Everything that keeps the inputs from being fully judged. Each one makes the verdict unknown. */
export function inputProblems(expanded: ExpandedInputs, collection: Collection): InputProblem[] {
  const problems: InputProblem[] = expanded.unmatched.map(pattern => {
    const why = expanded.why.get(pattern)
    return {
      message: `SARIF pattern ${JSON.stringify(pattern)} matched no file${why === undefined ? '' : ` (${why})`}: did the scanner run and write its output there?`
    }
  })
  // A pattern whose every file was skipped (our own merged SARIF) read nothing either.
  const status = new Map(collection.files.map(file => [file.file, file.status]))
  for (const [pattern, files] of expanded.byPattern) {
    if (files.length > 0 && files.every(file => status.get(file) === 'skipped'))
      problems.push({
        message: `SARIF pattern ${JSON.stringify(pattern)} named only known-good's own merged SARIF, which is never read as an input: name the files the scanners wrote`
      })
  }
  for (const file of collection.files) {
    if (file.status === 'skipped') continue
    if (file.status === 'failed') {
      problems.push({ message: file.error ?? `${file.file}: could not be read` })
      continue
    }
    const runs = file.summary?.runs ?? []
    if (runs.length === 0)
      problems.push({ file: file.file, message: 'holds no runs: no analysis was recorded' })
    runs.forEach((run, i) => {
      if (run.executionFailed) {
        problems.push({
          file: file.file,
          message: `run ${i} (${run.tool}) ${run.executionFailure ?? 'reports that its analysis did not complete'}`
        })
      }
      if (!run.hasResults) {
        problems.push({
          file: file.file,
          message: `run ${i} (${run.tool}) has no results array: the tool did not report results`
        })
      }
    })
  }
  return problems
}

function logOutcome(logger: Logger, record: VerdictRecord, decision: Decision): void {
  logger.info(`known-good: ${record.verdict}`)
  for (const reason of record.reasons) logger.info(`  - ${oneLine(reason)}`)
  const counted = SEVERITIES.map(s => `${s} ${record.counts.counted[s]}`).join(', ')
  logger.info(
    `  counted: ${counted} (of ${record.counts.findings} findings; ${record.counts.blocking} blocking)`
  )
  const top = firstOf(countedOf(decision.judged), LOG_MAX_FINDINGS)
  for (const { finding, blocking } of top.first) {
    const where = finding.location
      ? `${finding.location.path}:${finding.location.startLine}${finding.location.outsideWorkspace ? ' (outside the workspace)' : ''}`
      : '(no location)'
    logger.info(
      `  ${blocking ? '⛔' : ' '} ${finding.severity} ${oneLine(finding.ruleId)} ${oneLine(where)} ${oneLine(finding.message).slice(0, 200)}`
    )
  }
}

const MAPPING_HOW: Record<MappingKind, string> = {
  'path-map': 'path-map',
  'source-root': "automatic: the run's own %SRCROOT%",
  suffix: 'automatic: the longest suffix that names a file in the workspace'
}

/** How the run's paths were mapped onto the workspace, and where they could not be. */
function logPaths(logger: Logger, where: string, paths: RunSummary['paths']): void {
  for (const mapping of paths.mappings) {
    logger.info(
      `${where}: ${mapping.paths} path(s) mapped from ${oneLine(mapping.from).slice(0, 300)} to ${mapping.to === '' ? 'the workspace root' : oneLine(mapping.to).slice(0, 300)} (${MAPPING_HOW[mapping.how]})`
    )
  }
  const ambiguous = paths.ambiguousRoots
  if (ambiguous !== undefined) {
    logger.warning(
      `${where}: paths from another machine were not mapped: both ${oneLine(ambiguous[0]).slice(0, 200)} and ${oneLine(ambiguous[1]).slice(0, 200)} fit as the root it ran in; name it with path-map (from=to)`
    )
  }
}

/** Findings whose path lies outside the workspace: counted, not annotated. */
function logOutside(logger: Logger, where: string, outside: RunSummary['paths']['outside']) {
  if (outside.findings === 0) return
  const examples = outside.examples.map(path => oneLine(path).slice(0, 200)).join(', ')
  logger.warning(
    `${where}: ${outside.findings} finding(s) with a path outside the workspace (counted, not annotated), e.g. ${examples}; if they come from another checkout or a container, map them with path-map (from=to)`
  )
}

/** The run's notes and the fingerprints that are placeholders. */
function logNotes(logger: Logger, where: string, run: RunSummary): void {
  for (const note of run.notes) logger.warning(`${where}: ${oneLine(note)}`)
  if (run.notesOmitted > 0)
    logger.warning(`${where}: ${run.notesOmitted} more such note(s), not listed`)
  for (const placeholder of run.placeholderFingerprints) {
    logger.info(
      `${where}: ${oneLine(placeholder.name).slice(0, 100)} is ${JSON.stringify(oneLine(placeholder.value).slice(0, 100))} on ${placeholder.results} results that are different findings: a placeholder, not used to tell findings apart`
    )
  }
}

/** What the log should say about one run beyond its findings: mappings, outside paths, notes. */
function logRun(logger: Logger, file: string, run: RunSummary): void {
  const where = `${oneLine(file)}: ${oneLine(run.tool)}`
  for (const note of run.errorNotifications)
    logger.warning(
      `${where} reported an error (not part of the verdict): ${oneLine(note).slice(0, 300)}`
    )
  if (run.executionNote !== undefined) logger.info(`${where}: ${oneLine(run.executionNote)}`)
  logPaths(logger, where, run.paths)
  logOutside(logger, where, run.paths.outside)
  logNotes(logger, where, run)
}

function logTotals(logger: Logger, collection: Collection): void {
  for (const tool of collection.tools) {
    logger.info(
      `${oneLine(tool.tool)}: ${tool.results} result(s) read, ${tool.findings} finding(s) after de-duplication${tool.duplicates > 0 ? ` (${tool.duplicates} duplicate(s) merged)` : ''}`
    )
  }
}

/** SARIF bytes from which a scan holds its memory down (`memoryPlan`). */
export const SAVE_MEMORY_FROM_BYTES = 16 * 1024 * 1024

export interface MemoryPlan {
  /** V8's memory saver mode for the rest of the process. */
  saverMode: boolean
  /** Findings kept as objects before the spill file is used; undefined: the store's default. */
  inMemory?: number
}

/**
 * How a scan holds its memory, from the size of its inputs (ARCHITECTURE.md, "Scan memory").
 * From `SAVE_MEMORY_FROM_BYTES` on, V8's memory saver mode: reading makes much short-lived
 * garbage (every result is parsed, then left), and by default V8 lets its young generation grow
 * to 64 MB and more and the old one well past what is live. And every finding goes to the spill
 * file, none is kept as an object: the first thousands would otherwise stay in the old
 * generation for the whole scan. Below that the heap stays small anyway, and both would only
 * cost time.
 */
export function memoryPlan(inputs: readonly SarifInput[]): MemoryPlan {
  let bytes = 0
  for (const input of inputs) bytes += sizeOf(input.path)
  return bytes < SAVE_MEMORY_FROM_BYTES ? { saverMode: false } : { saverMode: true, inMemory: 0 }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** Files in output-dir (known-good's own reports) are never an input: say which were left out. */
function logOwnOutput(logger: Logger, ownOutput: readonly string[]): void {
  if (ownOutput.length === 0) return
  const examples = ownOutput.slice(0, 3).map(file => oneLine(file).slice(0, 200))
  logger.info(
    `Left out ${ownOutput.length} file(s) in output-dir, known-good's own report directory (never an input): ${examples.join(', ')}${ownOutput.length > 3 ? ', …' : ''}`
  )
}

export async function scan(config: ScanConfig, deps: ScanDeps): Promise<CommandResult<'scan'>> {
  const { logger } = deps
  prepareOutputDir(config.outputDir)
  const expanded = await expandInputs(config.sarif, config.workspace, {
    outputDir: config.outputDir
  })
  logOwnOutput(logger, expanded.ownOutput)
  logger.info(`Reading ${expanded.files.length} SARIF file(s)`)
  const plan = memoryPlan(expanded.files)
  if (plan.saverMode) {
    setFlagsFromString('--memory-saver-mode')
    logger.debug('large inputs: V8 memory saver mode on, every finding in the spill file')
  }
  const inMemory = deps.findingsInMemory ?? plan.inMemory
  const collection = await collectFindings(expanded.files, config.workspace, {
    pathMap: config.pathMap,
    ...(inMemory === undefined ? {} : { inMemory })
  })
  try {
    return await judgeAndReport(config, deps, expanded, collection)
  } finally {
    collection.store.close()
  }
}

/** What was read, file by file and tool by tool. */
function logCollection(logger: Logger, collection: Collection): void {
  for (const file of collection.files) {
    if (file.status === 'failed') logger.warning(oneLine(file.error ?? file.file))
    if (file.status === 'skipped') logger.info(`${oneLine(file.file)} ${file.skipped ?? 'skipped'}`)
    for (const run of file.summary?.runs ?? []) logRun(logger, file.file, run)
  }
  logTotals(logger, collection)
}

function verdictOutputs(record: VerdictRecord, files: ReportFiles) {
  return {
    verdict: record.verdict,
    reasons: record.reasons.join('\n'),
    counts: JSON.stringify(countsOutput(record)),
    'verdict-file': files.verdict,
    'sarif-file': files.sarif,
    'sarif-sha256': record.sarifSha256,
    'report-dir': files.dir
  }
}

/** The job summary; a reporting channel that fails must not hide or flip the verdict. */
async function jobSummary(
  deps: ScanDeps,
  record: VerdictRecord,
  decision: Decision,
  annotations: AnnotationPlan
) {
  if (!deps.writeJobSummary) return
  const limits = { maxFindings: JOB_SUMMARY_MAX_FINDINGS, maxBytes: JOB_SUMMARY_MAX_BYTES }
  await writeSummary(deps, renderMarkdown(record, decision.judged, { ...limits, annotations }))
}

/** The GitHub channels (check run, comment, …), when there is a GitHub to report to. */
async function publish(
  config: ScanConfig,
  deps: ScanDeps,
  context: Omit<PublishContext, 'sha' | 'feedback' | 'workspace' | 'reportingTimeoutMs'>
): Promise<GitHubOutputs> {
  if (!config.github || !deps.github) return {}
  const full: PublishContext = {
    sha: config.github.sha,
    feedback: config.github.feedback,
    ...context,
    workspace: config.workspace,
    reportingTimeoutMs: config.github.reportingTimeoutMs
  }
  if (config.github.pullRequest) full.pullRequest = config.github.pullRequest
  if (config.identity.runUrl) full.runUrl = config.identity.runUrl
  // The GitHub channels load only when there is a GitHub to report to.
  const { publishToGitHub } = await import('../github/publish.js')
  return publishToGitHub(full, { ...deps.github, logger: deps.logger })
}

/** The verdict on what was read, and every report of it. */
async function judgeAndReport(
  config: ScanConfig,
  deps: ScanDeps,
  expanded: ExpandedInputs,
  collection: Collection
): Promise<CommandResult<'scan'>> {
  const { logger } = deps
  logCollection(logger, collection)
  const decision = decide(collection.store, inputProblems(expanded, collection), config.policy)
  const record = buildVerdictRecord({
    decision,
    collection,
    unmatched: expanded.unmatched,
    policy: config.policy,
    identity: config.identity,
    now: deps.now()
  })
  const annotations = planAnnotations(decision.judged)
  const files = await writeReportFiles(config.outputDir, record, decision.judged, annotations)
  for (const cut of files.merged.cuts) logger.warning(`merged SARIF cut: ${oneLine(cut)}`)
  const outputs = verdictOutputs(record, files)
  deps.setOutputs?.(outputs)
  if (config.annotations && deps.annotate)
    for (const annotation of annotations.annotations) deps.annotate(annotation)
  await jobSummary(deps, record, decision, annotations)
  const githubOutputs = await publish(config, deps, { record, judged: decision.judged, files })
  logOutcome(logger, record, decision)
  return { status: record.verdict, outputs: { ...githubOutputs, ...outputs } }
}
