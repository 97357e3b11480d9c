import { execFile } from 'node:child_process'
import { ConfigurationError } from '../errors.js'

/** What revoke asks of the repository's history (a port: tests pass a fake or a real clone). */
export interface Ancestry {
  /** A shallow clone has no commits before its depth: it cannot answer ancestry. */
  readonly shallow: boolean
  /** The full SHA of a commit (or of `HEAD`), or undefined when the history does not have it. */
  resolve(sha: string): Promise<string | undefined>
  /** True when `ancestor` is `commit` or one of its ancestors: `commit` contains it. */
  contains(commit: string, ancestor: string): Promise<boolean>
  /** Every commit from `ancestor` (included) to HEAD along the history that contains it. */
  descendants(ancestor: string): Promise<string[]>
}

/** A bound on every git call: a history query that takes longer is not answered. */
export const GIT_TIMEOUT_MS = 60_000
/** More commits than this on the way from introduced-in to HEAD is not one incident. */
export const MAX_DESCENDANTS = 10_000

const HEX = /^[0-9a-f]{7,64}$/i

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs git without a shell (arguments are passed as they are), with a bound. */
function git(workspace: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', workspace, ...args],
      {
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(
            (error as NodeJS.ErrnoException).code === 'ENOENT'
              ? new ConfigurationError(
                  'git is not on PATH: revoke by ancestry reads the repository history'
                )
              : error.killed
                ? new Error(`git ${args[0]} did not answer within ${GIT_TIMEOUT_MS / 1000} s`)
                : error
          )
          return
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr })
      }
    )
  })
}

/** The workspace's git history, or undefined when the workspace is not a git repository. */
export async function gitAncestry(workspace: string): Promise<Ancestry | undefined> {
  const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository'])
  if (shallow.code !== 0) return undefined
  return {
    shallow: shallow.stdout.trim() === 'true',
    async resolve(sha) {
      if (!HEX.test(sha) && sha !== 'HEAD') return undefined
      const result = await git(workspace, ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`])
      return result.code === 0 ? result.stdout.trim().toLowerCase() : undefined
    },
    async contains(commit, ancestor) {
      if (!(HEX.test(commit) || commit === 'HEAD') || !HEX.test(ancestor)) return false
      const result = await git(workspace, ['merge-base', '--is-ancestor', ancestor, commit])
      if (result.code === 0) return true
      if (result.code === 1) return false
      throw new Error(`git merge-base: ${result.stderr.trim()}`)
    },
    async descendants(ancestor) {
      if (!HEX.test(ancestor)) return []
      const result = await git(workspace, ['rev-list', '--ancestry-path', `${ancestor}..HEAD`])
      if (result.code !== 0) throw new Error(`git rev-list: ${result.stderr.trim()}`)
      const commits = result.stdout.split('\n').filter(Boolean)
      if (commits.length > MAX_DESCENDANTS)
        throw new ConfigurationError(
          `more than ${MAX_DESCENDANTS} commits contain ${ancestor} on the way to HEAD: name the affected commits with the commits input instead`
        )
      return [ancestor.toLowerCase(), ...commits.map(c => c.toLowerCase())]
    }
  }
}
