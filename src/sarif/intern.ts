import type { Finding } from '../model.js'

/** Strings longer than this are not looked up: messages and the like are seldom shared. */
const MAX_INTERNED_CHARS = 512
/** Distinct values held per run at most: a log of unique strings costs no more than the cap. */
const MAX_ENTRIES = 1 << 16

/**
 * The values many findings of one run share (tool, rule id, path, source, CWE list), held
 * once instead of once per finding (ARCHITECTURE.md, "Scan memory"). What it returns is shared:
 * nobody changes a finding's strings, source or CWE list after it is made.
 */
export class RunInterner {
  private readonly strings = new Map<string, string>()
  private readonly sources = new Map<string, Finding['source']>()
  private readonly lists = new Map<string, string[]>()

  constructor(
    private readonly file: string,
    private readonly run: number
  ) {}

  string(text: string): string {
    if (text.length > MAX_INTERNED_CHARS) return text
    const known = this.strings.get(text)
    if (known !== undefined) return known
    // A string of its own: `text` may be a slice that keeps a longer string alive (a path made
    // relative is a slice of the absolute one).
    const own = flat(text)
    if (this.strings.size < MAX_ENTRIES) this.strings.set(own, own)
    return own
  }

  /** The one `source` of the run's findings with this run category. */
  source(category: string | undefined): Finding['source'] {
    const key = category ?? '\u0000'
    let source = this.sources.get(key)
    if (source === undefined) {
      source = { file: this.file, run: this.run }
      if (category !== undefined) source.category = category
      if (this.sources.size < MAX_ENTRIES) this.sources.set(key, source)
    }
    return source
  }

  list(items: string[]): string[] {
    if (items.length === 0) return EMPTY
    const key = items.join('\u0000')
    if (key.length > MAX_INTERNED_CHARS) return items
    const known = this.lists.get(key)
    if (known !== undefined) return known
    if (this.lists.size < MAX_ENTRIES) this.lists.set(key, items)
    return items
  }
}

const EMPTY: string[] = []

/**
 * A copy of `text` that shares no memory with another string, every UTF-16 code unit kept (a
 * lone surrogate too: JSON writes it as an escape and reads it back).
 */
export function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}
