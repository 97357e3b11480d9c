import type { VerdictName } from '../policy/verdict.js'

/** What a command hands back to the entry point: its outputs and how it ended. */
export interface CommandResult {
  /** A scan's verdict decides success; other commands end `ok` or throw. */
  status: VerdictName | 'ok'
  outputs: Record<string, string>
}
