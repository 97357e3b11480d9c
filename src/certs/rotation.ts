import type { ClusterApi, KubeObject } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import { POLL_INTERVAL_MS } from '../cluster/wait.js'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import { certificatesRef } from './certificate.js'
import type { ExpiryRow } from './expiry.js'
import { expiryReport, expiryTable } from './expiry.js'
import type { Renewal } from './renewal.js'
import { describeRenewal, key, triggerAll, verifyServed, waitForIssuance } from './renewal.js'
import type { Restart } from './rollout.js'
import { restartConsumers } from './rollout.js'

/** Which certificates, and what to do with them (rotate-certs' settings; incident's step). */
export interface RotationOptions {
  namespaces: string[]
  names: string[]
  selector?: string
  renew: boolean
  /** Why renewal is off although asked for. */
  skipReason?: string
  restartWorkloads: boolean
  warnDays: number
  concurrency: number
  timeoutMs: number
}

export interface RotationResult {
  renewals: Renewal[]
  restarts: Restart[]
  expiry: ExpiryRow[]
  /** What did not succeed, in words, if anything. */
  failure?: string
}

async function listCertificates(api: ClusterApi, options: RotationOptions): Promise<KubeObject[]> {
  const found = (
    await Promise.all(options.namespaces.map(ns => api.list(certificatesRef(ns), options.selector)))
  ).flat()
  return options.names.length === 0
    ? found
    : found.filter(c => options.names.includes(c.metadata.name))
}

async function selectCertificates(
  api: ClusterApi,
  options: RotationOptions
): Promise<KubeObject[]> {
  const found = await listCertificates(api, options)
  const missing = options.names.filter(name => !found.some(c => c.metadata.name === name))
  if (missing.length > 0)
    throw new ConfigurationError(
      `certificate ${missing.join(', ')} not found in namespace ${options.namespaces.join(', ')}${options.selector ? ` with selector ${options.selector}` : ''}`
    )
  return found
}

/** Right after a renewal cert-manager may not have updated status.notAfter yet: use the Secret's. */
function withServedExpiry(certificate: KubeObject, renewals: Map<string, Renewal>): KubeObject {
  const state = renewals.get(
    key({ namespace: certificate.metadata.namespace ?? '', name: certificate.metadata.name })
  )?.state
  return state?.state === 'served'
    ? { ...certificate, status: { ...(certificate.status ?? {}), notAfter: state.servedNotAfter } }
    : certificate
}

interface RotationDeps {
  logger: Logger
  now(): Date
  pollIntervalMs?: number
}

/** Renew, prove it happened, restart the consumers that cannot reload. */
async function renew(
  api: ClusterApi,
  certificates: KubeObject[],
  options: RotationOptions,
  deps: RotationDeps,
  wait: WaitOptions
): Promise<{ renewals: Renewal[]; restarts: Restart[] }> {
  const renewals = await triggerAll(api, certificates, options.concurrency, deps.now)
  await waitForIssuance(api, renewals, wait)
  await verifyServed(api, renewals, options.concurrency)
  const served = renewals.flatMap(r =>
    r.state.state === 'served' ? [{ namespace: r.namespace, secret: r.state.secret }] : []
  )
  const restarts =
    options.restartWorkloads && served.length > 0
      ? await restartConsumers(api, served, deps.now(), {
          ...wait,
          intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.rollout
        })
      : []
  return { renewals, restarts }
}

function failureOf(renewals: Renewal[], restarts: Restart[]): string | undefined {
  const failed = renewals.flatMap(r =>
    r.state.state === 'failed' ? [`${r.namespace}/${r.name}: ${r.state.reason}`] : []
  )
  const stuck = restarts.flatMap(r =>
    r.action === 'failed' ? [`${r.kind} ${r.namespace}/${r.name}: ${r.why}`] : []
  )
  const parts = [
    ...(failed.length > 0 ? [`renewal failed: ${failed.join('; ')}`] : []),
    ...(stuck.length > 0 ? [`rollout failed: ${stuck.join('; ')}`] : [])
  ]
  return parts.length > 0 ? parts.join('; ') : undefined
}

/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
export async function rotateCertificates(
  api: ClusterApi,
  options: RotationOptions,
  deps: RotationDeps
): Promise<RotationResult> {
  const wait: WaitOptions = {
    timeoutMs: options.timeoutMs,
    intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.certificate,
    logger: deps.logger
  }
  const certificates = await selectCertificates(api, options)
  let renewals: Renewal[] = []
  let restarts: Restart[] = []
  if (options.renew) ({ renewals, restarts } = await renew(api, certificates, options, deps, wait))
  else if (options.skipReason) deps.logger.info(`no renewal: ${options.skipReason}`)
  const byKey = new Map(renewals.map(r => [key(r), r]))
  const expiry = expiryReport(
    (await listCertificates(api, options)).map(c => withServedExpiry(c, byKey)),
    deps.now(),
    options.warnDays
  )
  const failure = failureOf(renewals, restarts)
  return { renewals, restarts, expiry, ...(failure ? { failure } : {}) }
}

/** What the log says: warnings for expiry, one line per renewal and per restart. */
export function logRotation(result: RotationResult, logger: Logger): void {
  for (const row of result.expiry.filter(r => r.warning))
    logger.warning(`certificate ${oneLine(`${row.namespace}/${row.name}`)}: ${row.warning}`)
  for (const r of result.renewals)
    logger.info(`${r.namespace}/${r.name}: ${oneLine(describeRenewal(r))}`)
  for (const r of result.restarts)
    logger.info(`${r.kind} ${r.namespace}/${r.name}: ${r.action} (${oneLine(r.why)})`)
}

export function rotationSummary(result: RotationResult): string {
  const lines = [expiryTable(result.expiry), '']
  const served = result.renewals.filter(r => r.state.state === 'served').length
  if (result.renewals.length > 0) lines.push(`Renewed: ${served} of ${result.renewals.length}.`)
  return lines.join('\n')
}

/** The renewed certificates, with their old and new revision. */
export function renewedList(result: RotationResult) {
  return result.renewals.flatMap(r =>
    r.state.state === 'served'
      ? [
          {
            namespace: r.namespace,
            name: r.name,
            oldRevision: r.oldRevision,
            newRevision: r.state.newRevision
          }
        ]
      : []
  )
}

/** The outputs of a rotation: renewed, skipped, restarted, expiry (JSON). */
export function rotationOutputs(result: RotationResult) {
  return {
    renewed: JSON.stringify(renewedList(result)),
    skipped: JSON.stringify(
      result.renewals.flatMap(r =>
        r.state.state === 'skipped'
          ? [{ namespace: r.namespace, name: r.name, reason: r.state.reason }]
          : []
      )
    ),
    restarted: JSON.stringify(result.restarts),
    expiry: JSON.stringify(result.expiry)
  }
}
