import { chooseBackup } from '../backup/choose.js'
import { createProvider } from '../backup/create-provider.js'
import type { DrillCheck } from '../backup/drill.js'
import { countCheck, scratchNamespace, sourceNamespace } from '../backup/drill.js'
import type { RecordKeys } from '../backup/label-contract.js'
import { labelValue, recordKeys } from '../backup/label-contract.js'
import type { RestoreRequest, RestoreResult } from '../backup/model.js'
import { restoreName } from '../backup/restore-plan.js'
import { rfc3339 } from '../backup/retention.js'
import { verdictSources } from '../backup/sources.js'
import type { ClusterApi, KubeObject } from '../cluster/api.js'
import { apiStatus } from '../cluster/api.js'
import { pollUntil, POLL_INTERVAL_MS } from '../cluster/wait.js'
import type { ClusterDeps } from '../command/deps.js'
import { allMessages, firstErrors } from '../command/provider-messages.js'
import type { CommandResult } from '../command/result.js'
import { writeSummary } from '../command/summary.js'
import type { DrillConfig } from '../config/drill.js'
import { LATEST_KNOWN_GOOD } from '../config/restore.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'

/**
 * The ClusterRole the drill binds to itself inside its scratch namespace, and only there
 * (deploy/rbac.yaml): read what was restored, delete the namespace when done.
 */
export const SCRATCH_ROLE = 'known-good-drill-scratch'

const velero = (plural: string, namespace: string) => ({
  group: 'velero.io',
  version: 'v1',
  plural,
  namespace
})

/** How long a new RoleBinding may take to reach the authorizer (it reads from a cache). */
const RBAC_PROPAGATION_MS = 15_000

/** The scratch namespace, labelled as ours, and our read access to it. */
async function createScratch(
  api: ClusterApi,
  keys: RecordKeys,
  name: string,
  backup: string,
  source: string
): Promise<void> {
  await api.createNamespace({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      labels: { [keys.drill]: labelValue(backup), 'app.kubernetes.io/managed-by': 'known-good' },
      annotations: { [keys.drill]: `restore drill of backup ${backup}, namespace ${source}` }
    }
  })
  const user = await api.whoAmI()
  await api.createRoleBinding(name, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'known-good-drill', labels: { [keys.drill]: labelValue(backup) } },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: SCRATCH_ROLE },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }]
  } as KubeObject)
}

/** Reads an expected object; a 403 right after the RoleBinding was made is retried briefly. */
async function expectedCheck(
  api: ClusterApi,
  namespace: string,
  expected: DrillConfig['expect'][number],
  deps: ClusterDeps
): Promise<DrillCheck> {
  const found = await pollUntil(
    `read access to ${expected.text} in namespace ${namespace}`,
    async () => {
      try {
        return { object: await api.getObject(expected, namespace, expected.name) }
      } catch (error) {
        if (error instanceof ConfigurationError && /\(403:/.test(error.message)) return undefined
        throw error
      }
    },
    { timeoutMs: RBAC_PROPAGATION_MS, intervalMs: 1000, logger: deps.logger }
  )
  return {
    name: `expect ${expected.text}`,
    passed: found.object !== undefined,
    detail: found.object
      ? `${expected.kind} ${expected.name} exists in ${namespace}`
      : `${expected.kind} ${expected.name} is not in ${namespace} after the restore`
  }
}

function restoreCheck(result: RestoreResult): DrillCheck {
  const passed = result.succeeded && result.errors === 0
  const why = firstErrors(allMessages(result.messages, result.details))
  return {
    name: 'restore',
    passed,
    detail: `Restore ${result.name} ended ${result.phase} with ${result.warnings} warnings and ${result.errors} errors${why ? `: ${oneLine(why)}` : ''}`
  }
}

/** Records the outcome on the backup: drilled-at and drill-result annotations. */
async function recordDrill(
  deps: ClusterDeps,
  config: DrillConfig,
  keys: RecordKeys,
  backup: string,
  passed: boolean
): Promise<void> {
  const provider = createProvider(deps.cluster, config.backups, { now: deps.now })
  await provider.record(
    backup,
    {},
    { [keys.drilledAt]: rfc3339(deps.now()), [keys.drillResult]: passed ? 'passed' : 'failed' },
    () => undefined
  )
}

/**
 * The drill stage: restore the newest known-good backup into a scratch namespace of its own
 * (namespace mapping, no cluster-scoped object), check what came back, delete the namespace and
 * record the result on the backup. It never writes to the backup's own namespace: the Restore
 * includes only that namespace, mapped to the scratch one.
 */
export async function drill(
  config: DrillConfig,
  deps: ClusterDeps
): Promise<CommandResult<'drill'>> {
  const { logger, cluster } = deps
  const namespace = config.backups.namespace
  const keys = recordKeys(config.backups.labelPrefix)
  // With the signed-URL reader a failed drill restore says what Velero said, as restore does.
  const provider = createProvider(cluster, config.backups, {
    now: deps.now,
    reader: deps.signedUrls
  })
  const sources = await verdictSources(cluster, namespace, keys, {
    ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
    ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
  })
  const { chosen } = await chooseBackup(
    provider,
    {
      ...(config.backup === LATEST_KNOWN_GOOD ? {} : { name: config.backup }),
      allowUnverified: false,
      reason: 'restore drill'
    },
    sources,
    logger
  )
  const backupName = chosen.backup.name
  const backupObject = await cluster.get(velero('backups', namespace), backupName)
  if (!backupObject)
    throw new ConfigurationError(`backup ${backupName} disappeared from namespace ${namespace}`)
  const source = sourceNamespace(backupObject, config.sourceNamespace)
  if ('problem' in source) throw new ConfigurationError(source.problem)
  const scratch = scratchNamespace(source.namespace)
  logger.info(
    `drill: restoring backup ${oneLine(backupName)} (namespace ${source.namespace}) into scratch namespace ${scratch}`
  )
  const checks: DrillCheck[] = []
  let result: RestoreResult | undefined
  const name = restoreName(backupName, deps.now()).replace('-restore-', '-drill-')
  try {
    await createScratch(cluster, keys, scratch, backupName, source.namespace)
    const request: RestoreRequest = {
      namespaces: [source.namespace],
      mapping: new Map([[source.namespace, scratch]]),
      existingResourcePolicy: 'none',
      includeClusterResources: false,
      annotations: {
        [keys.reason]: `restore drill into scratch namespace ${scratch}`,
        [keys.requestedBy]: config.identity.actor ?? 'unknown',
        ...(config.identity.runUrl ? { [keys.runUrl]: config.identity.runUrl } : {})
      },
      labels: { [keys.verdict]: 'clean', [keys.drill]: labelValue(backupName) }
    }
    result = await provider.restore(chosen.backup, request, name, {
      timeoutMs: config.timeoutMs,
      intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.restore,
      logger
    })
    checks.push(restoreCheck(result))
    const restoreObject = await cluster.get(velero('restores', namespace), name)
    if (restoreObject) checks.push(countCheck(restoreObject, backupObject))
    for (const expected of config.expect)
      checks.push(await expectedCheck(cluster, scratch, expected, deps))
  } catch (error) {
    // What the user must fix (a permission, a name) is no verdict on the backup: not recorded.
    if (error instanceof ConfigurationError) throw error
    checks.push({ name: 'drill', passed: false, detail: oneLine(getErrorMessage(error)) })
  } finally {
    if (!config.keep) {
      try {
        await cluster.deleteNamespace(scratch)
      } catch (error) {
        // Forbidden or gone: say so; the drill's result stands.
        logger.warning(
          `could not delete scratch namespace ${scratch}${apiStatus(error) ? ` (HTTP ${apiStatus(error)})` : ''}: ${oneLine(getErrorMessage(error))}; delete it yourself`
        )
      }
    }
  }
  const passed = checks.length > 0 && checks.every(c => c.passed)
  await recordDrill(deps, config, keys, backupName, passed)
  for (const c of checks)
    logger.info(`drill ${c.name}: ${c.passed ? 'passed' : 'FAILED'}: ${oneLine(c.detail)}`)
  logger.info(
    `drill of backup ${oneLine(backupName)}: ${passed ? 'passed' : 'failed'}; scratch namespace ${scratch} ${config.keep ? 'kept' : 'deleted'}`
  )
  const outputs: CommandResult<'drill'>['outputs'] = {
    'backup-name': backupName,
    'restore-name': name,
    'drill-namespace': scratch,
    'drill-result': passed ? 'passed' : 'failed',
    'drill-checks': JSON.stringify(checks)
  }
  if (result) {
    outputs['restore-phase'] = result.phase
    outputs['restore-warnings'] = String(result.warnings)
    outputs['restore-errors'] = String(result.errors)
  }
  await writeSummary(
    deps,
    [
      `## known-good restore drill: ${passed ? 'passed' : 'failed'}`,
      '',
      `Backup ${escapeMarkdown(backupName)}, namespace ${escapeMarkdown(source.namespace)} → scratch namespace ${escapeMarkdown(scratch)} (${config.keep ? 'kept' : 'deleted'}).`,
      '',
      '| Check | Result | Detail |',
      '| --- | --- | --- |',
      ...checks.map(
        c =>
          `| ${escapeMarkdown(c.name)} | ${c.passed ? 'passed' : 'FAILED'} | ${escapeMarkdown(c.detail, 500)} |`
      ),
      ''
    ].join('\n')
  )
  if (passed) return { status: 'ok', outputs }
  return {
    status: 'failed',
    outputs,
    failure: `drill of backup ${backupName} failed: ${checks
      .filter(c => !c.passed)
      .map(c => `${c.name}: ${c.detail}`)
      .join('; ')}`
  }
}
