import type { Catalog } from '../catalog/catalog.js'
import { openCatalog } from '../catalog/catalog.js'
import { restoreName } from '../catalog/restore-plan.js'
import type { DrillOutcome } from '../backup/drill.js'
import {
  drillFailure,
  drillOutputs,
  drillPassed,
  drillSummary,
  logDrill,
  scratchNamespace,
  sourceNamespace
} from '../backup/drill.js'
import type { BackupInfo } from '../backup/model.js'
import type { DrillPlan } from '../backup/scratch-restore.js'
import { recordDrill, restoreIntoScratch } from '../backup/scratch-restore.js'
import { veleroRef } from '../backup/velero-ref.js'
import type { DrillConfig } from '../config/drill.js'
import { LATEST_KNOWN_GOOD } from '../config/restore.js'
import { ConfigurationError } from '../errors.js'
import { oneLine } from '../text/one-line.js'
import type { ClusterDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

/** The newest known-good backup (or the named one, which must be clean). */
async function chooseDrilled(config: DrillConfig, catalog: Catalog): Promise<BackupInfo> {
  const { chosen } = await catalog.choose({
    ...(config.backup === LATEST_KNOWN_GOOD ? {} : { name: config.backup }),
    allowUnverified: false,
    reason: 'restore drill'
  })
  return chosen.backup
}

/** The namespace of the backup to restore, a scratch one for it, and the Restore's name. */
async function planDrill(
  config: DrillConfig,
  deps: ClusterDeps,
  backup: BackupInfo
): Promise<DrillPlan> {
  const namespace = config.backups.namespace
  const object = await deps.cluster.get(veleroRef('backups', namespace), backup.name)
  if (!object)
    throw new ConfigurationError(`backup ${backup.name} disappeared from namespace ${namespace}`)
  const source = sourceNamespace(object, config.sourceNamespace)
  if ('problem' in source) throw new ConfigurationError(source.problem)
  const scratch = scratchNamespace(source.namespace)
  deps.logger.info(
    `drill: restoring backup ${oneLine(backup.name)} (namespace ${source.namespace}) into scratch namespace ${scratch}`
  )
  const name = restoreName(backup.name, deps.now()).replace('-restore-', '-drill-')
  return { backup, object, source: source.namespace, scratch, name }
}

/**
 * The drill stage: restore the newest known-good backup into a scratch namespace of its own,
 * check what came back, delete the namespace and record the result on the backup
 * (backup/scratch-restore.ts).
 */
export async function drill(
  config: DrillConfig,
  deps: ClusterDeps
): Promise<CommandResult<'drill'>> {
  const catalog = openCatalog(deps, config)
  const plan = await planDrill(config, deps, await chooseDrilled(config, catalog))
  const { provider, keys } = catalog
  const wait = catalog.wait('restore', config.timeoutMs)
  const scratchDeps = { api: deps.cluster, provider, keys, logger: deps.logger, wait }
  const run = await restoreIntoScratch(plan, config, scratchDeps)
  const passed = drillPassed(run.checks)
  await recordDrill(provider, keys, plan.backup.name, passed, deps.now())
  const { source, scratch } = plan
  const outcome: DrillOutcome = {
    ...run,
    backup: plan.backup.name,
    source,
    scratch,
    restoreName: plan.name,
    kept: config.keep
  }
  logDrill(outcome, deps.logger)
  const outputs = drillOutputs(outcome)
  await writeSummary(deps, drillSummary(outcome))
  return passed
    ? { status: 'ok', outputs }
    : { status: 'failed', outputs, failure: drillFailure(outcome) }
}
