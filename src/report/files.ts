import type { Stats } from 'node:fs'
import {
  accessSync,
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { OrderedJudged } from '../policy/order.js'
import type { AnnotationPlan } from './annotations.js'
import { writeFileAtomically } from './file-writer.js'
import { writeGitLabCodeQuality } from './gitlab-code-quality.js'
import { writeJUnit } from './junit.js'
import { renderMarkdown } from './markdown.js'
import type { MergedSarifSummary } from './merged-sarif.js'
import { writeMergedSarif } from './merged-sarif.js'
import type { VerdictRecord } from '../verdict/record.js'

export const REPORT_FILES = {
  verdict: 'verdict.json',
  markdown: 'report.md',
  sarif: 'merged.sarif',
  junit: 'junit.xml',
  codeQuality: 'gl-code-quality-report.json'
} as const

/** The Markdown file report lists more findings than the job summary, but not millions. */
export const MARKDOWN_REPORT_MAX_FINDINGS = 1000
export const MARKDOWN_REPORT_MAX_BYTES = 8 * 1024 * 1024

export interface ReportFiles {
  dir: string
  verdict: string
  markdown: string
  sarif: string
  junit: string
  codeQuality: string
  merged: MergedSarifSummary
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** File system error codes in words, for the person who has to pick another directory. */
const FS_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EEXIST: 'something that is not a directory is in the way',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'a directory is where a report file goes',
  ELOOP: 'a symbolic link loop',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up'
}

function fsProblem(code: string | undefined): string {
  return (code && FS_PROBLEMS[code]) ?? code ?? 'unknown error'
}

function kindOf(stats: Stats): string {
  if (stats.isFile()) return 'a file'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isSocket()) return 'a socket'
  return 'not a directory'
}

/**
 * What keeps `dir` from being the report directory, or undefined when it is a writable
 * directory or can be created in one. Only reads: nothing is created here.
 */
export function outputDirProblem(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    let stats: Stats
    try {
      stats = statSync(at)
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' && lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink())
        return `${at} is a symbolic link to nothing`
      if (code === 'ENOENT' && dirname(at) !== at) continue
      return `${at} cannot be used (${fsProblem(code)})`
    }
    const what = at === dir ? at : `${at}, a parent of it,`
    if (!stats.isDirectory()) return `${what} is ${kindOf(stats)}, not a directory`
    try {
      accessSync(at, constants.W_OK | constants.X_OK)
    } catch {
      return `${what} is not writable by this step`
    }
    return undefined
  }
}

/** A failure to write the report files: an environment problem the user fixes by output-dir. */
export function reportWriteError(dir: string, error: unknown): unknown {
  const code = errorCode(error)
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return error
  const message = getErrorMessage(error)
  const detail = message.startsWith(code) ? message : `${fsProblem(code)} (${message})`
  return new ConfigurationError(
    `could not write the report files to ${dir}: ${detail}: set output-dir to a directory this step can write`,
    { cause: error }
  )
}

/**
 * Makes the report directory and proves it writable before any input is read, so that a
 * directory that cannot hold the reports fails at once and not after the scan.
 */
export function prepareOutputDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    const probe = join(dir, `.known-good-${randomBytes(6).toString('hex')}.probe`)
    closeSync(openSync(probe, 'wx'))
    rmSync(probe, { force: true })
  } catch (error) {
    throw reportWriteError(dir, error)
  }
}

/**
 * Every report file; a file system failure on the way (permissions, a read-only or full disk,
 * something in the way) is a ConfigurationError naming output-dir.
 */
export async function writeReportFiles(
  dir: string,
  record: VerdictRecord,
  judged: OrderedJudged,
  annotations?: AnnotationPlan
): Promise<ReportFiles> {
  try {
    return await writeAll(dir, record, judged, annotations)
  } catch (error) {
    throw reportWriteError(dir, error)
  }
}

async function writeAll(
  dir: string,
  record: VerdictRecord,
  judged: OrderedJudged,
  annotations?: AnnotationPlan
): Promise<ReportFiles> {
  const paths = {
    dir,
    verdict: join(dir, REPORT_FILES.verdict),
    markdown: join(dir, REPORT_FILES.markdown),
    sarif: join(dir, REPORT_FILES.sarif),
    junit: join(dir, REPORT_FILES.junit),
    codeQuality: join(dir, REPORT_FILES.codeQuality)
  }
  const merged = await writeMergedSarif(paths.sarif, judged)
  writeJUnit(paths.junit, record, judged)
  writeGitLabCodeQuality(paths.codeQuality, judged)
  const markdown = renderMarkdown(record, judged, {
    maxFindings: MARKDOWN_REPORT_MAX_FINDINGS,
    maxBytes: MARKDOWN_REPORT_MAX_BYTES,
    maxListed: MARKDOWN_REPORT_MAX_FINDINGS,
    annotations
  })
  writeFileAtomically(paths.markdown, out => out.write(markdown))
  // The verdict record last: its presence says the other files are complete.
  writeFileAtomically(paths.verdict, out => out.write(`${JSON.stringify(record, null, 2)}\n`))
  return { ...paths, merged }
}
