import type { Command, Outputs } from '../config/inputs.js'
import type { VerdictName } from '../policy/verdict.js'

/**
 * How a command ended: a scan's verdict; `ok`; `failed` when the operation it ran did not
 * succeed (a backup that ended Failed or was deleted while awaited, a restore that ended
 * PartiallyFailed, a renewal that failed, a drill that found the backup does not restore), with
 * `failure` saying why; or `unhealthy` when health found a check that failed (`failure` names
 * each, one per line). The outputs are set in every case, before the step fails.
 */
export type CommandStatus = VerdictName | 'ok' | 'failed' | 'unhealthy'

/** What a command hands back to the entry point. Its outputs are the ones the table gives it. */
export interface CommandResult<C extends Command = Command> {
  status: CommandStatus
  outputs: Outputs<C>
  failure?: string
}
