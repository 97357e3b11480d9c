import type { Ancestry } from '../../src/git/ancestry.js'

/**
 * A repository history as a plain graph (commit → parents), for unit tests of what revoke
 * decides; the git implementation is tested against real repositories.
 */
export class FakeHistory implements Ancestry {
  constructor(
    private readonly parents: Map<string, string[]>,
    private readonly head: string,
    readonly shallow = false
  ) {}

  /** A straight line of commits, oldest first; HEAD is the last. */
  static line(...commits: string[]): FakeHistory {
    return new FakeHistory(
      new Map(commits.map((c, i) => [c, i === 0 ? [] : [commits[i - 1]!]])),
      commits[commits.length - 1]!
    )
  }

  async resolve(sha: string): Promise<string | undefined> {
    if (sha === 'HEAD') return this.head
    return [...this.parents.keys()].find(c => c.startsWith(sha.toLowerCase()))
  }

  async contains(commit: string, ancestor: string): Promise<boolean> {
    const start = commit === 'HEAD' ? this.head : commit
    const seen = new Set<string>()
    const queue = [start]
    while (queue.length > 0) {
      const c = queue.pop()!
      if (c === ancestor) return true
      if (seen.has(c)) continue
      seen.add(c)
      queue.push(...(this.parents.get(c) ?? []))
    }
    return false
  }

  async descendants(ancestor: string): Promise<string[]> {
    const out = [ancestor]
    for (const c of this.parents.keys())
      if (
        c !== ancestor &&
        (await this.contains(c, ancestor)) &&
        (await this.contains(this.head, c))
      )
        out.push(c)
    return out
  }
}
