import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { RunIdentity } from '../run-identity.js'
import { identityFromEnv } from '../run-identity.js'
import { appliesTo } from './inputs.js'
import type { InputReader } from './reader.js'

export type Env = Record<string, string | undefined>

/** The repository root (an existing directory); `cwd` unless the input names another. */
export function parseWorkspace(reader: InputReader, cwd: string): string {
  const text = reader.string('workspace') ?? cwd
  const path = resolve(cwd, text)
  const isDirectory = statSync(path, { throwIfNoEntry: false })?.isDirectory() === true
  if (!isDirectory)
    reader.fail('workspace', text, 'expected an existing directory (the repository root)')
  return path
}

/** Which run this is: the CI's environment, with the commit and run-url inputs over it. */
export function parseIdentity(reader: InputReader, env: Env): RunIdentity {
  const identity = identityFromEnv(env)
  if (appliesTo('commit', reader.command)) {
    const commit = reader.string('commit')
    if (commit !== undefined) {
      if (!/^[0-9a-f]{7,64}$/i.test(commit))
        reader.fail('commit', commit, 'expected a commit SHA (7 to 64 hex digits)')
      identity.commit = commit.toLowerCase()
    }
  }
  if (appliesTo('run-url', reader.command)) {
    const runUrl = reader.string('run-url')
    if (runUrl !== undefined) {
      if (!/^https?:\/\/\S+$/i.test(runUrl))
        reader.fail('run-url', runUrl, 'expected an http(s) URL')
      identity.runUrl = runUrl
    }
  }
  return identity
}
