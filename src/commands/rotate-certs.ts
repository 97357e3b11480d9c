import type { ClusterApi, KubeObject, WorkloadKind } from '../cluster/client.js'
import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil, WaitTimeoutError } from '../cluster/wait.js'
import type { Config, RotateConfig } from '../config.js'
import { ConfigurationError } from '../errors.js'
import { oneLine } from '../logger.js'
import { escapeMarkdown } from '../report/escape.js'
import { mapLimit } from '../util/map-limit.js'
import {
  certificatesRef,
  issuanceState,
  requestFailure,
  revision,
  secretCertificate,
  secretName,
  triggerRenewal
} from '../certs/certificate.js'
import type { ExpiryRow } from '../certs/expiry.js'
import { expiryReport } from '../certs/expiry.js'
import {
  restartDecision,
  restartPatch,
  rolloutComplete,
  WORKLOAD_KINDS
} from '../certs/workloads.js'
import type { ClusterDeps } from './cluster-deps.js'
import { requireCluster } from './cluster-deps.js'
import type { CommandResult } from './result.js'

const POLL_INTERVAL_MS = 2000

interface Renewal {
  namespace: string
  name: string
  /** notAfter of the certificate now in the Secret (status.notAfter can lag a new revision). */
  servedNotAfter?: string
  oldRevision: number
  newRevision?: number
  triggeredAt?: string
  serialBefore?: string
  skipped?: string
  failure?: string
}

async function selectCertificates(api: ClusterApi, options: RotateConfig): Promise<KubeObject[]> {
  const found: KubeObject[] = []
  for (const namespace of options.namespaces)
    found.push(...(await api.list(certificatesRef(namespace), options.selector)))
  if (options.names.length === 0) return found
  const missing = options.names.filter(name => !found.some(c => c.metadata.name === name))
  if (missing.length > 0)
    throw new ConfigurationError(
      `certificate ${missing.join(', ')} not found in namespace ${options.namespaces.join(', ')}${options.selector ? ` with selector ${options.selector}` : ''}`
    )
  return found.filter(c => options.names.includes(c.metadata.name))
}

async function serialOf(api: ClusterApi, certificate: KubeObject): Promise<string | undefined> {
  const secret = secretName(certificate)
  return secret
    ? secretCertificate(await api.getSecret(certificate.metadata.namespace!, secret))?.serial
    : undefined
}

/** One LIST per namespace and round, however many certificates are waited for. */
async function waitForIssuance(
  api: ClusterApi,
  renewals: Renewal[],
  wait: WaitOptions
): Promise<void> {
  const pending = () =>
    renewals.filter(r => r.triggeredAt && r.newRevision === undefined && r.failure === undefined)
  try {
    await waitRounds(api, pending, wait)
  } catch (error) {
    if (!(error instanceof WaitTimeoutError) || pending().length === 0) throw error
    // Stuck (a missing issuer never fails, it waits): say what cert-manager is waiting for.
    for (const renewal of pending()) {
      const why = await requestFailure(
        api,
        renewal.namespace,
        renewal.name,
        renewal.oldRevision + 1
      ).catch(() => undefined)
      renewal.failure = `not re-issued within the timeout${why ? `: ${why}` : ''}`
    }
  }
}

async function waitRounds(
  api: ClusterApi,
  pending: () => Renewal[],
  wait: WaitOptions
): Promise<void> {
  await pollUntil(
    `${pending().length} certificate(s) to be re-issued`,
    async () => {
      for (const namespace of new Set(pending().map(r => r.namespace))) {
        const current = new Map(
          (await api.list(certificatesRef(namespace))).map(c => [c.metadata.name, c])
        )
        for (const renewal of pending().filter(r => r.namespace === namespace)) {
          const certificate = current.get(renewal.name)
          if (!certificate) {
            renewal.failure = 'the certificate was deleted while renewing'
            continue
          }
          const state = issuanceState(certificate, renewal.oldRevision, renewal.triggeredAt!)
          if (state.state === 'done') renewal.newRevision = state.revision
          if (state.state === 'failed')
            renewal.failure =
              (await requestFailure(api, namespace, renewal.name, renewal.oldRevision + 1)) ??
              state.message
        }
      }
      return pending().length === 0 ? true : undefined
    },
    wait
  )
}

interface Restart {
  kind: WorkloadKind
  namespace: string
  name: string
  action: 'restarted' | 'reported'
  why: string
}

/** Workloads using a renewed Secret that cannot pick it up themselves, restarted once each. */
async function restartConsumers(
  api: ClusterApi,
  renewed: { namespace: string; secret: string }[],
  now: Date,
  wait: WaitOptions
): Promise<Restart[]> {
  const restarts = new Map<string, Restart>()
  for (const namespace of new Set(renewed.map(r => r.namespace))) {
    const secrets = renewed.filter(r => r.namespace === namespace).map(r => r.secret)
    for (const kind of WORKLOAD_KINDS) {
      for (const workload of await api.listWorkloads(kind, namespace)) {
        const key = `${kind}/${namespace}/${workload.metadata.name}`
        for (const secret of secrets) {
          const decision = restartDecision(kind, workload, secret)
          if (decision.action === 'none' || restarts.has(key)) continue
          const why =
            decision.action === 'restart'
              ? `uses Secret ${secret} through ${decision.uses.join(' and ')}`
              : decision.why
          restarts.set(key, {
            kind,
            namespace,
            name: workload.metadata.name,
            action: decision.action === 'restart' ? 'restarted' : 'reported',
            why
          })
        }
      }
    }
  }
  const toRestart = [...restarts.values()].filter(r => r.action === 'restarted')
  for (const restart of toRestart)
    await api.patchWorkload(restart.kind, restart.namespace, restart.name, restartPatch(now))
  for (const restart of toRestart) {
    await pollUntil(
      `${restart.kind.toLowerCase()} ${restart.namespace}/${restart.name} to roll out`,
      async () => {
        const workload = await api.getWorkload(restart.kind, restart.namespace, restart.name)
        return workload && rolloutComplete(restart.kind, workload) ? true : undefined
      },
      wait
    )
  }
  return [...restarts.values()]
}

function expiryTable(rows: ExpiryRow[]): string {
  const lines = [
    '| Certificate | Not after | Renewal time | Days left | Ready | |',
    '| --- | --- | --- | ---: | --- | --- |'
  ]
  for (const row of rows) {
    lines.push(
      `| ${escapeMarkdown(`${row.namespace}/${row.name}`, 200)} | ${row.notAfter ?? '—'} | ${row.renewalTime ?? '—'} | ${row.daysLeft ?? '—'} | ${row.ready ? 'yes' : 'no'} | ${escapeMarkdown(row.warning ?? '', 200)} |`
    )
  }
  return lines.join('\n')
}

/** Right after a renewal cert-manager may not have updated status.notAfter yet: use the Secret's. */
function withServedExpiry(certificate: KubeObject, served: Map<string, string>): KubeObject {
  const notAfter = served.get(`${certificate.metadata.namespace}/${certificate.metadata.name}`)
  return notAfter
    ? { ...certificate, status: { ...(certificate.status ?? {}), notAfter } }
    : certificate
}

/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
export async function rotateCerts(config: Config, deps: ClusterDeps): Promise<CommandResult> {
  const options = config.rotate!
  const api = requireCluster(deps)
  const { logger } = deps
  const wait: WaitOptions = {
    timeoutMs: config.cluster!.timeoutMs,
    intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS,
    logger
  }
  const certificates = await selectCertificates(api, options)
  const renewals: Renewal[] = []
  let restarts: Restart[] = []
  if (options.renew) {
    await mapLimit(certificates, options.concurrency, async certificate => {
      const renewal: Renewal = {
        namespace: certificate.metadata.namespace!,
        name: certificate.metadata.name,
        oldRevision: revision(certificate)
      }
      renewals.push(renewal)
      const serial = await serialOf(api, certificate)
      if (serial) renewal.serialBefore = serial
      const outcome = await triggerRenewal(api, renewal.namespace, renewal.name, deps.now)
      if (outcome.triggered) renewal.triggeredAt = outcome.at
      else renewal.skipped = outcome.reason
    })
    await waitForIssuance(api, renewals, wait)
    const current = new Map(
      (await Promise.all(options.namespaces.map(ns => api.list(certificatesRef(ns)))))
        .flat()
        .map(c => [`${c.metadata.namespace}/${c.metadata.name}`, c])
    )
    await mapLimit(
      renewals.filter(r => r.newRevision !== undefined),
      options.concurrency,
      async renewal => {
        const certificate = current.get(`${renewal.namespace}/${renewal.name}`)!
        const secret = secretName(certificate)
        const served = secret
          ? secretCertificate(await api.getSecret(renewal.namespace, secret))
          : undefined
        if (served === undefined || served.serial === renewal.serialBefore) {
          renewal.failure = `revision ${renewal.newRevision} is issued but its Secret still holds the old certificate (serial ${renewal.serialBefore ?? 'none'})`
        } else {
          renewal.servedNotAfter = new Date(served.notAfter).toISOString()
        }
      }
    )
    const renewed = renewals.filter(r => r.newRevision !== undefined && !r.failure)
    if (options.restartWorkloads && renewed.length > 0) {
      const secrets = renewed
        .map(r => ({
          namespace: r.namespace,
          secret: secretName(current.get(`${r.namespace}/${r.name}`)!) ?? ''
        }))
        .filter(s => s.secret)
      restarts = await restartConsumers(api, secrets, deps.now(), wait)
    }
  } else if (options.skipReason) {
    logger.info(`no renewal: ${options.skipReason}`)
  }
  const fresh = (
    await Promise.all(options.namespaces.map(ns => api.list(certificatesRef(ns), options.selector)))
  )
    .flat()
    .filter(c => options.names.length === 0 || options.names.includes(c.metadata.name))
  const served = new Map(
    renewals.filter(r => r.servedNotAfter).map(r => [`${r.namespace}/${r.name}`, r.servedNotAfter!])
  )
  const expiry = expiryReport(
    fresh.map(c => withServedExpiry(c, served)),
    deps.now(),
    options.warnDays
  )
  for (const row of expiry.filter(r => r.warning))
    logger.warning(`certificate ${oneLine(`${row.namespace}/${row.name}`)}: ${row.warning}`)
  for (const r of renewals)
    logger.info(
      `${r.namespace}/${r.name}: ${r.skipped ?? (r.failure ? `FAILED: ${oneLine(r.failure)}` : `revision ${r.oldRevision} → ${r.newRevision}`)}`
    )
  for (const r of restarts)
    logger.info(`${r.kind} ${r.namespace}/${r.name}: ${r.action} (${r.why})`)
  const summary = ['## known-good certificates', '', expiryTable(expiry), '']
  if (renewals.length > 0)
    summary.push(
      `Renewed: ${renewals.filter(r => r.newRevision !== undefined && !r.failure).length} of ${renewals.length}.`
    )
  await deps.writeJobSummary?.(summary.join('\n')).catch(() => undefined)
  const outputs = {
    renewed: JSON.stringify(
      renewals
        .filter(r => r.newRevision !== undefined && !r.failure)
        .map(r => ({
          namespace: r.namespace,
          name: r.name,
          oldRevision: r.oldRevision,
          newRevision: r.newRevision
        }))
    ),
    skipped: JSON.stringify(
      renewals
        .filter(r => r.skipped)
        .map(r => ({ namespace: r.namespace, name: r.name, reason: r.skipped }))
    ),
    restarted: JSON.stringify(restarts),
    expiry: JSON.stringify(expiry)
  }
  const failed = renewals.filter(r => r.failure)
  if (failed.length > 0)
    throw new Error(
      `renewal failed: ${failed.map(r => `${r.namespace}/${r.name}: ${r.failure}`).join('; ')}`
    )
  return { status: 'ok', outputs }
}
