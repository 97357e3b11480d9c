import {
  logRotation,
  rotateCertificates,
  rotationOutputs,
  rotationSummary
} from '../certs/rotation.js'
import type { RotateCertsConfig } from '../config/rotate-certs.js'
import type { ClusterDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
export async function rotateCerts(
  config: RotateCertsConfig,
  deps: ClusterDeps
): Promise<CommandResult<'rotate-certs'>> {
  const result = await rotateCertificates(deps.cluster, config, deps)
  logRotation(result, deps.logger)
  await writeSummary(deps, `## known-good certificates\n\n${rotationSummary(result)}`)
  const outputs = rotationOutputs(result)
  return result.failure
    ? { status: 'failed', outputs, failure: result.failure }
    : { status: 'ok', outputs }
}
