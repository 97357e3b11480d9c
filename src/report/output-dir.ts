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

/*
 * The report directory: whether it can hold the reports, made and proven writable before any
 * input is read, and a failure to write in it said as the setting to change. Apart from the
 * reports themselves, so that reading the configuration loads none of them.
 */

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
