import type { ClusterApi, KubeObject } from '../cluster/api.js'
import { apiStatus } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil } from '../cluster/wait.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import type { DrillCheck, ExpectedObject } from './drill.js'
import { countCheck, restoreCheck } from './drill.js'
import type { RecordKeys } from './label-contract.js'
import { labelValue } from './label-contract.js'
import type { BackupInfo, RestoreRequest, RestoreResult } from './model.js'
import type { BackupProvider } from './provider.js'
import { rfc3339 } from './retention.js'
import { veleroRef } from './velero-ref.js'

/**
 * The ClusterRole the drill binds to itself inside its scratch namespace, and only there
 * (deploy/rbac.yaml): read what was restored, delete the namespace when done.
 */
const SCRATCH_ROLE = 'known-good-drill-scratch'

/** How long a new RoleBinding may take to reach the authorizer (it reads from a cache). */
const RBAC_PROPAGATION_MS = 15_000

/** What a drill restores, from where, to where. */
export interface DrillPlan {
  backup: BackupInfo
  /** The Backup object (its namespaces, its count of items). */
  object: KubeObject
  /** The namespace of the backup that is restored, and the scratch one it is mapped to. */
  source: string
  scratch: string
  /** The Restore's name. */
  name: string
}

export interface ScratchOptions {
  expect: readonly ExpectedObject[]
  /** Keep the scratch namespace afterwards. */
  keep: boolean
  identity: { actor?: string; runUrl?: string }
}

export interface ScratchDeps {
  api: ClusterApi
  provider: BackupProvider
  keys: RecordKeys
  logger: Logger
  wait: WaitOptions
}

/** What the drill found: every check, and the restore's result when it got that far. */
export interface ScratchRun {
  checks: DrillCheck[]
  result?: RestoreResult
}

/** The scratch namespace, labelled as ours, and our read access to it. */
async function createScratch(api: ClusterApi, keys: RecordKeys, plan: DrillPlan): Promise<void> {
  const backup = plan.backup.name
  await api.createNamespace({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: plan.scratch,
      labels: { [keys.drill]: labelValue(backup), 'app.kubernetes.io/managed-by': 'known-good' },
      annotations: { [keys.drill]: `restore drill of backup ${backup}, namespace ${plan.source}` }
    }
  })
  const user = await api.whoAmI()
  await api.createRoleBinding(plan.scratch, {
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
  expected: ExpectedObject,
  logger: Logger
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
    { timeoutMs: RBAC_PROPAGATION_MS, intervalMs: 1000, logger }
  )
  return {
    name: `expect ${expected.text}`,
    passed: found.object !== undefined,
    detail: found.object
      ? `${expected.kind} ${expected.name} exists in ${namespace}`
      : `${expected.kind} ${expected.name} is not in ${namespace} after the restore`
  }
}

/** Only the source namespace, mapped to the scratch one, and no cluster-scoped object. */
function scratchRequest(
  plan: DrillPlan,
  keys: RecordKeys,
  options: ScratchOptions
): RestoreRequest {
  return {
    namespaces: [plan.source],
    mapping: new Map([[plan.source, plan.scratch]]),
    existingResourcePolicy: 'none',
    includeClusterResources: false,
    annotations: {
      [keys.reason]: `restore drill into scratch namespace ${plan.scratch}`,
      [keys.requestedBy]: options.identity.actor ?? 'unknown',
      ...(options.identity.runUrl ? { [keys.runUrl]: options.identity.runUrl } : {})
    },
    labels: { [keys.verdict]: 'clean', [keys.drill]: labelValue(plan.backup.name) }
  }
}

/** Forbidden or gone: say so; the drill's result stands. */
async function deleteScratch(api: ClusterApi, scratch: string, logger: Logger): Promise<void> {
  try {
    await api.deleteNamespace(scratch)
  } catch (error) {
    logger.warning(
      `could not delete scratch namespace ${scratch}${apiStatus(error) ? ` (HTTP ${apiStatus(error)})` : ''}: ${oneLine(getErrorMessage(error))}; delete it yourself`
    )
  }
}

/** The restore and the checks, in the scratch namespace. */
async function restoreAndCheck(
  plan: DrillPlan,
  options: ScratchOptions,
  deps: ScratchDeps,
  run: ScratchRun
): Promise<void> {
  const { api, provider, keys } = deps
  await createScratch(api, keys, plan)
  const request = scratchRequest(plan, keys, options)
  run.result = await provider.restore(plan.backup, request, plan.name, deps.wait)
  run.checks.push(restoreCheck(run.result))
  const restoreObject = await api.get(veleroRef('restores', provider.namespace), plan.name)
  if (restoreObject) run.checks.push(countCheck(restoreObject, plan.object))
  for (const expected of options.expect)
    run.checks.push(await expectedCheck(api, plan.scratch, expected, deps.logger))
}

/**
 * Restores the backup into its scratch namespace (namespace mapping, no cluster-scoped object),
 * checks what came back and deletes the namespace (unless kept). It never writes to the
 * backup's own namespace. A failure is a failed check, except what the user must fix (a
 * permission, a name), which is no verdict on the backup and is thrown.
 */
export async function restoreIntoScratch(
  plan: DrillPlan,
  options: ScratchOptions,
  deps: ScratchDeps
): Promise<ScratchRun> {
  const run: ScratchRun = { checks: [] }
  try {
    await restoreAndCheck(plan, options, deps, run)
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    run.checks.push({ name: 'drill', passed: false, detail: oneLine(getErrorMessage(error)) })
  } finally {
    if (!options.keep) await deleteScratch(deps.api, plan.scratch, deps.logger)
  }
  return run
}

/** Records the outcome on the backup: drilled-at and drill-result annotations. */
export async function recordDrill(
  provider: BackupProvider,
  keys: RecordKeys,
  backup: string,
  passed: boolean,
  at: Date
): Promise<void> {
  await provider.record(
    backup,
    {},
    { [keys.drilledAt]: rfc3339(at), [keys.drillResult]: passed ? 'passed' : 'failed' },
    () => undefined
  )
}
