import type { Config } from '../config.js'
import { getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../logger.js'
import { SEVERITIES } from '../model.js'
import type { Decision, InputProblem } from '../policy/verdict.js'
import { decide } from '../policy/verdict.js'
import type { Annotation } from '../report/annotations.js'
import { compareJudged, planAnnotations } from '../report/annotations.js'
import { writeReportFiles } from '../report/files.js'
import { JOB_SUMMARY_MAX_BYTES, renderMarkdown } from '../report/markdown.js'
import type { VerdictRecord } from '../report/verdict-record.js'
import { buildVerdictRecord } from '../report/verdict-record.js'
import type { Collection } from '../sarif/collect.js'
import { collectFindings } from '../sarif/collect.js'
import type { ExpandedInputs } from '../sarif/inputs.js'
import { expandInputs } from '../sarif/inputs.js'
import type { GitHubApi } from '../github/api.js'
import type { ArtifactUploader } from '../github/artifacts.js'
import type { PublishContext } from '../github/publish.js'
import { publishToGitHub } from '../github/publish.js'
import type { CommandResult } from './result.js'

/** Rows of the findings table in the job summary. */
export const JOB_SUMMARY_MAX_FINDINGS = 50
/** Findings listed in the log. */
const LOG_MAX_FINDINGS = 10

export interface ScanDeps {
  logger: Logger
  now(): Date
  /** GitHub feedback (the action with a token): the API and, where available, artifact upload. */
  github?: { api: GitHubApi; artifacts?: ArtifactUploader }
  /** Writes a workflow-command annotation (GitHub only). */
  annotate?: (annotation: Annotation) => void
  /** Appends Markdown to the job summary (GitHub only). */
  writeJobSummary?: (markdown: string) => Promise<void>
}

/** Everything that keeps the inputs from being fully judged. Each one makes the verdict unknown. */
export function inputProblems(expanded: ExpandedInputs, collection: Collection): InputProblem[] {
  const problems: InputProblem[] = expanded.unmatched.map(pattern => ({
    message: `SARIF pattern ${JSON.stringify(pattern)} matched no file: did the scanner run and write its output there?`
  }))
  for (const file of collection.files) {
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
          message: `run ${i} (${run.tool}) reports that its analysis did not complete (executionSuccessful: false)`
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
  const top = decision.judged
    .filter(e => e.disposition === 'counted')
    .sort(compareJudged)
    .slice(0, LOG_MAX_FINDINGS)
  for (const { finding, blocking } of top) {
    const where = finding.location
      ? `${finding.location.path}:${finding.location.startLine}`
      : '(no location)'
    logger.info(
      `  ${blocking ? '⛔' : ' '} ${finding.severity} ${oneLine(finding.ruleId)} ${oneLine(where)} ${oneLine(finding.message).slice(0, 200)}`
    )
  }
}

/** The `counts` output: counted findings per severity plus the totals. */
export function countsOutput(record: VerdictRecord): Record<string, number> {
  const c = record.counts
  return {
    ...c.counted,
    findings: c.findings,
    blocking: c.blocking,
    suppressed: c.suppressed,
    excluded: c.excluded,
    allowed: c.allowed,
    existing: c.existing,
    fixed: c.fixed,
    duplicates: c.duplicates
  }
}

export async function scan(config: Config, deps: ScanDeps): Promise<CommandResult> {
  const { logger } = deps
  const expanded = await expandInputs(config.scan.sarif, config.workspace)
  logger.info(`Reading ${expanded.files.length} SARIF file(s)`)
  const collection = await collectFindings(expanded.files, config.workspace)
  for (const file of collection.files) {
    if (file.status === 'failed') logger.warning(oneLine(file.error ?? file.file))
    for (const run of file.summary?.runs ?? []) {
      for (const note of run.errorNotifications) {
        logger.warning(
          `${oneLine(file.file)}: ${oneLine(run.tool)} reported an error (not part of the verdict): ${oneLine(note).slice(0, 300)}`
        )
      }
    }
  }
  const decision = decide(
    collection.findings,
    inputProblems(expanded, collection),
    config.scan.policy
  )
  const record = buildVerdictRecord({
    decision,
    collection,
    unmatched: expanded.unmatched,
    policy: config.scan.policy,
    identity: config.identity,
    now: deps.now()
  })
  const annotations = planAnnotations(decision.judged)
  const files = await writeReportFiles(config.scan.outputDir, record, decision.judged, annotations)
  for (const cut of files.merged.cuts) logger.warning(`merged SARIF cut: ${oneLine(cut)}`)
  if (config.scan.annotations && deps.annotate)
    for (const annotation of annotations.annotations) deps.annotate(annotation)
  if (deps.writeJobSummary) {
    const markdown = renderMarkdown(record, decision.judged, {
      maxFindings: JOB_SUMMARY_MAX_FINDINGS,
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      annotations
    })
    // A reporting channel that fails must not hide or flip the verdict.
    await deps.writeJobSummary(markdown).catch((error: unknown) => {
      logger.warning(`could not write the job summary: ${oneLine(getErrorMessage(error))}`)
    })
  }
  let githubOutputs: Record<string, string> = {}
  if (config.github && deps.github) {
    const context: PublishContext = {
      sha: config.github.sha,
      feedback: config.github.feedback,
      record,
      judged: decision.judged,
      files
    }
    if (config.github.pullRequest) context.pullRequest = config.github.pullRequest
    if (config.identity.runUrl) context.runUrl = config.identity.runUrl
    githubOutputs = await publishToGitHub(context, { ...deps.github, logger })
  }
  logOutcome(logger, record, decision)
  return {
    status: record.verdict,
    outputs: {
      ...githubOutputs,
      verdict: record.verdict,
      reasons: record.reasons.join('\n'),
      counts: JSON.stringify(countsOutput(record)),
      'verdict-file': files.verdict,
      'sarif-file': files.sarif,
      'sarif-sha256': record.sarifSha256,
      'report-dir': files.dir
    }
  }
}
