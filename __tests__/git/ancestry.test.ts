// The git implementation of the history port, on real repositories made here: ancestry,
// descendants, short SHAs, a shallow clone and a directory that is no repository.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gitAncestry } from '../../src/git/ancestry.js'
import { tempDir } from '../helpers/sarif.js'

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.test',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.test'
    }
  }).trim()
}

function commit(dir: string, file: string): string {
  writeFileSync(join(dir, file), file)
  git(dir, 'add', file)
  git(dir, 'commit', '-q', '-m', file)
  return git(dir, 'rev-parse', 'HEAD')
}

let repo: string
let a: string, b: string, side: string, c: string, merge: string

beforeAll(() => {
  // a ← b ← c ← merge, and a side branch from b merged back: merge contains side.
  repo = tempDir('kg-git-')
  git(repo, 'init', '-q', '-b', 'main')
  a = commit(repo, 'a')
  b = commit(repo, 'b')
  git(repo, 'checkout', '-q', '-b', 'side')
  side = commit(repo, 'side')
  git(repo, 'checkout', '-q', 'main')
  c = commit(repo, 'c')
  git(repo, 'merge', '-q', '--no-ff', '-m', 'merge', 'side')
  merge = git(repo, 'rev-parse', 'HEAD')
})

describe('gitAncestry', () => {
  it('answers containment along the whole history, merges included', async () => {
    const history = (await gitAncestry(repo))!
    expect(history.shallow).toBe(false)
    expect(await history.contains(c, b)).toBe(true)
    expect(await history.contains(merge, side)).toBe(true)
    expect(await history.contains(c, side)).toBe(false)
    expect(await history.contains(a, b)).toBe(false)
    expect(await history.contains(b, b)).toBe(true)
    expect(await history.contains('HEAD', side)).toBe(true)
  })

  it('lists every commit from a commit to HEAD that contains it', async () => {
    const history = (await gitAncestry(repo))!
    expect((await history.descendants(b)).sort()).toEqual([b, side, c, merge].sort())
    expect(await history.descendants(merge)).toEqual([merge])
  })

  it('expands short SHAs and knows what it does not have', async () => {
    const history = (await gitAncestry(repo))!
    expect(await history.resolve(b.slice(0, 8))).toBe(b)
    expect(await history.resolve('HEAD')).toBe(merge)
    expect(await history.resolve('e'.repeat(40))).toBeUndefined()
    // Anything that is not hex never reaches git.
    expect(await history.resolve('--output=/tmp/x')).toBeUndefined()
  })

  it('says when a clone is shallow', async () => {
    const shallow = tempDir('kg-shallow-')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow])
    expect((await gitAncestry(shallow))!.shallow).toBe(true)
  })

  it('is undefined outside a repository', async () => {
    expect(await gitAncestry(tempDir('kg-norepo-'))).toBeUndefined()
  })
})
