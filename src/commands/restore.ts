import type { Catalog } from '../catalog/catalog.js'
import { openCatalog } from '../catalog/catalog.js'
import type { RestoreOptions, RestorePlan } from '../catalog/restore-plan.js'
import {
  choiceOutputs,
  chosenLine,
  dryRunReport,
  logRestore,
  restoredLines,
  restoreFailure,
  restoreOutputs,
  restoreSummary
} from '../catalog/restore-report.js'
import { allMessages } from '../backup/provider-messages.js'
import type { RestoreConfig } from '../config/restore.js'
import { LATEST_KNOWN_GOOD } from '../config/restore.js'
import type { ClusterDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

function restoreOptions(config: RestoreConfig): RestoreOptions {
  return {
    ...(config.backup === LATEST_KNOWN_GOOD ? {} : { backup: config.backup }),
    reason: config.reason,
    allowUnverified: config.allowUnverified,
    namespaces: config.namespaces,
    mapping: config.mapping,
    existingResourcePolicy: config.existingResourcePolicy,
    identity: config.identity
  }
}

/** A dry run: the objects the restore would create, in the log, the summary and an output. */
async function dryRun(
  catalog: Catalog,
  plan: RestorePlan,
  deps: ClusterDeps
): Promise<CommandResult<'restore'>> {
  const objects = await catalog.restoreObjects(plan)
  deps.logger.info(`dry run: would create\n${JSON.stringify(objects, null, 2)}`)
  const report = dryRunReport(plan, objects)
  await writeSummary(deps, restoreSummary(plan, true, report.lines))
  return { status: 'ok', outputs: { ...choiceOutputs(plan), ...report.outputs } }
}

/** The workflow_dispatch stage: restore the newest known-good backup (or a named one). */
export async function restore(
  config: RestoreConfig,
  deps: ClusterDeps
): Promise<CommandResult<'restore'>> {
  const catalog = openCatalog(deps, config)
  const plan = await catalog.planRestore(restoreOptions(config))
  deps.logger.info(chosenLine(plan))
  if (config.dryRun) return dryRun(catalog, plan, deps)
  const result = await catalog.restore(plan, config.timeoutMs)
  const said = allMessages(result.messages, result.details)
  const kind = catalog.provider.kind
  await writeSummary(deps, restoreSummary(plan, false, restoredLines(result, kind, said)))
  logRestore(deps.logger, kind, result, said)
  const outputs = { ...choiceOutputs(plan), ...restoreOutputs(result, said) }
  if (result.succeeded) return { status: 'ok', outputs }
  return { status: 'failed', outputs, failure: restoreFailure(plan, result, said) }
}
