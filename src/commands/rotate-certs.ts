import type { ClusterApi, KubeObject } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import { POLL_INTERVAL_MS } from '../cluster/wait.js'
import { certificatesRef } from '../certs/certificate.js'
import { expiryReport, expiryTable } from '../certs/expiry.js'
import type { Renewal } from '../certs/renewal.js'
import {
  describeRenewal,
  key,
  triggerAll,
  verifyServed,
  waitForIssuance
} from '../certs/renewal.js'
import type { Restart } from '../certs/rollout.js'
import { restartConsumers } from '../certs/rollout.js'
import type { ClusterDeps } from '../command/deps.js'
import type { CommandResult } from '../command/result.js'
import { writeSummary } from '../command/summary.js'
import type { RotateCertsConfig } from '../config/rotate-certs.js'
import { ConfigurationError } from '../errors.js'
import { oneLine } from '../text/one-line.js'

async function listCertificates(api: ClusterApi, config: RotateCertsConfig): Promise<KubeObject[]> {
  const found = (
    await Promise.all(config.namespaces.map(ns => api.list(certificatesRef(ns), config.selector)))
  ).flat()
  return config.names.length === 0
    ? found
    : found.filter(c => config.names.includes(c.metadata.name))
}

async function selectCertificates(
  api: ClusterApi,
  config: RotateCertsConfig
): Promise<KubeObject[]> {
  const found = await listCertificates(api, config)
  const missing = config.names.filter(name => !found.some(c => c.metadata.name === name))
  if (missing.length > 0)
    throw new ConfigurationError(
      `certificate ${missing.join(', ')} not found in namespace ${config.namespaces.join(', ')}${config.selector ? ` with selector ${config.selector}` : ''}`
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

/** Renew, prove it happened, restart the consumers that cannot reload. */
async function renew(
  api: ClusterApi,
  certificates: KubeObject[],
  config: RotateCertsConfig,
  deps: ClusterDeps,
  wait: WaitOptions
): Promise<{ renewals: Renewal[]; restarts: Restart[] }> {
  const renewals = await triggerAll(api, certificates, config.concurrency, deps.now)
  await waitForIssuance(api, renewals, wait)
  await verifyServed(api, renewals, config.concurrency)
  const served = renewals.flatMap(r =>
    r.state.state === 'served' ? [{ namespace: r.namespace, secret: r.state.secret }] : []
  )
  const restarts =
    config.restartWorkloads && served.length > 0
      ? await restartConsumers(api, served, deps.now(), {
          ...wait,
          intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.rollout
        })
      : []
  return { renewals, restarts }
}

function outputs(
  renewals: Renewal[],
  restarts: Restart[],
  expiry: ReturnType<typeof expiryReport>
): CommandResult<'rotate-certs'>['outputs'] {
  return {
    renewed: JSON.stringify(
      renewals.flatMap(r =>
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
    ),
    skipped: JSON.stringify(
      renewals.flatMap(r =>
        r.state.state === 'skipped'
          ? [{ namespace: r.namespace, name: r.name, reason: r.state.reason }]
          : []
      )
    ),
    restarted: JSON.stringify(restarts),
    expiry: JSON.stringify(expiry)
  }
}

/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
export async function rotateCerts(
  config: RotateCertsConfig,
  deps: ClusterDeps
): Promise<CommandResult<'rotate-certs'>> {
  const api = deps.cluster
  const { logger } = deps
  const wait: WaitOptions = {
    timeoutMs: config.timeoutMs,
    intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.certificate,
    logger
  }
  const certificates = await selectCertificates(api, config)
  let renewals: Renewal[] = []
  let restarts: Restart[] = []
  if (config.renew) ({ renewals, restarts } = await renew(api, certificates, config, deps, wait))
  else if (config.skipReason) logger.info(`no renewal: ${config.skipReason}`)
  const byKey = new Map(renewals.map(r => [key(r), r]))
  const expiry = expiryReport(
    (await listCertificates(api, config)).map(c => withServedExpiry(c, byKey)),
    deps.now(),
    config.warnDays
  )
  for (const row of expiry.filter(r => r.warning))
    logger.warning(`certificate ${oneLine(`${row.namespace}/${row.name}`)}: ${row.warning}`)
  for (const r of renewals) logger.info(`${r.namespace}/${r.name}: ${oneLine(describeRenewal(r))}`)
  for (const r of restarts)
    logger.info(`${r.kind} ${r.namespace}/${r.name}: ${r.action} (${oneLine(r.why)})`)
  const summary = ['## known-good certificates', '', expiryTable(expiry), '']
  const served = renewals.filter(r => r.state.state === 'served').length
  if (renewals.length > 0) summary.push(`Renewed: ${served} of ${renewals.length}.`)
  await writeSummary(deps, summary.join('\n'))
  const result = outputs(renewals, restarts, expiry)
  const failed = renewals.flatMap(r =>
    r.state.state === 'failed' ? [`${r.namespace}/${r.name}: ${r.state.reason}`] : []
  )
  const stuck = restarts.flatMap(r =>
    r.action === 'failed' ? [`${r.kind} ${r.namespace}/${r.name}: ${r.why}`] : []
  )
  if (failed.length > 0 || stuck.length > 0)
    return {
      status: 'failed',
      outputs: result,
      failure: [
        ...(failed.length > 0 ? [`renewal failed: ${failed.join('; ')}`] : []),
        ...(stuck.length > 0 ? [`rollout failed: ${stuck.join('; ')}`] : [])
      ].join('; ')
    }
  return { status: 'ok', outputs: result }
}
