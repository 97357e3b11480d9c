import { getErrorMessage } from '../errors.js'
import { oneLine } from '../text/one-line.js'
import type { BaseDeps } from './deps.js'

/**
 * The one job-summary policy of every command: a summary that cannot be written is a warning,
 * never a failed or changed result.
 */
export async function writeSummary(deps: BaseDeps, markdown: string): Promise<void> {
  if (!deps.writeJobSummary) return
  try {
    await deps.writeJobSummary(markdown)
  } catch (error) {
    deps.logger.warning(`could not write the job summary: ${oneLine(getErrorMessage(error))}`)
  }
}
