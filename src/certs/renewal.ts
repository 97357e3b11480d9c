import type { ClusterApi, KubeObject } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil, WaitTimeoutError } from '../cluster/wait.js'
import { mapLimit } from '../util/map-limit.js'
import {
  certificatesRef,
  issuanceState,
  requestFailure,
  revision,
  secretCertificate,
  secretName,
  triggerRenewal
} from './certificate.js'

/**
 * Where one certificate's renewal stands. `waiting` → `issued` (a new revision) → `served` (its
 * Secret holds a new certificate); `skipped` and `failed` end it.
 */
export type RenewalState =
  | { state: 'skipped'; reason: string }
  | { state: 'waiting'; triggeredAt: string }
  | { state: 'issued'; newRevision: number }
  | { state: 'served'; newRevision: number; secret: string; servedNotAfter: string }
  | { state: 'failed'; reason: string }

export interface Renewal {
  namespace: string
  name: string
  oldRevision: number
  /** Serial of the certificate in the Secret before the renewal. */
  serialBefore?: string
  state: RenewalState
}

export function key(object: { namespace: string; name: string }): string {
  return `${object.namespace}/${object.name}`
}

async function serialOf(api: ClusterApi, certificate: KubeObject): Promise<string | undefined> {
  const secret = secretName(certificate)
  return secret
    ? secretCertificate(await api.getSecret(certificate.metadata.namespace!, secret))?.serial
    : undefined
}

/** Triggers re-issuance of each certificate (as `cmctl renew` does), `concurrency` at a time. */
export function triggerAll(
  api: ClusterApi,
  certificates: KubeObject[],
  concurrency: number,
  now: () => Date
): Promise<Renewal[]> {
  return mapLimit(certificates, concurrency, async certificate => {
    const namespace = certificate.metadata.namespace!
    const name = certificate.metadata.name
    const serialBefore = await serialOf(api, certificate)
    const outcome = await triggerRenewal(api, namespace, name, now)
    const renewal: Renewal = {
      namespace,
      name,
      oldRevision: revision(certificate),
      state: outcome.triggered
        ? { state: 'waiting', triggeredAt: outcome.at }
        : { state: 'skipped', reason: outcome.reason }
    }
    if (serialBefore) renewal.serialBefore = serialBefore
    return renewal
  })
}

/** The renewals still waiting for a new revision, with when each was triggered. */
function waiting(renewals: Renewal[]): { renewal: Renewal; triggeredAt: string }[] {
  return renewals.flatMap(renewal =>
    renewal.state.state === 'waiting' ? [{ renewal, triggeredAt: renewal.state.triggeredAt }] : []
  )
}

/** One LIST per namespace and round, however many certificates are waited for. */
async function pollRound(api: ClusterApi, renewals: Renewal[]): Promise<true | undefined> {
  for (const namespace of new Set(waiting(renewals).map(w => w.renewal.namespace))) {
    const current = new Map(
      (await api.list(certificatesRef(namespace))).map(c => [c.metadata.name, c])
    )
    for (const { renewal, triggeredAt } of waiting(renewals).filter(
      w => w.renewal.namespace === namespace
    )) {
      const certificate = current.get(renewal.name)
      if (!certificate) {
        renewal.state = { state: 'failed', reason: 'the certificate was deleted while renewing' }
        continue
      }
      const state = issuanceState(certificate, renewal.oldRevision, triggeredAt)
      if (state.state === 'done') renewal.state = { state: 'issued', newRevision: state.revision }
      if (state.state === 'failed') {
        const why = await requestFailure(api, namespace, renewal.name, renewal.oldRevision + 1)
        renewal.state = { state: 'failed', reason: why ?? state.message }
      }
    }
  }
  return waiting(renewals).length === 0 ? true : undefined
}

/**
 * Waits until every triggered certificate has a new revision or failed. One that is still
 * waiting at the deadline (a missing issuer never fails, it waits) fails with what
 * cert-manager is waiting for.
 */
export async function waitForIssuance(
  api: ClusterApi,
  renewals: Renewal[],
  wait: WaitOptions
): Promise<void> {
  try {
    await pollUntil(
      `${waiting(renewals).length} certificate(s) to be re-issued`,
      () => pollRound(api, renewals),
      wait
    )
  } catch (error) {
    if (!(error instanceof WaitTimeoutError)) throw error
    for (const { renewal } of waiting(renewals)) {
      const why = await requestFailure(
        api,
        renewal.namespace,
        renewal.name,
        renewal.oldRevision + 1
      ).catch(() => undefined)
      renewal.state = {
        state: 'failed',
        reason: `not re-issued within the timeout${why ? `: ${why}` : ''}`
      }
    }
  }
}

/** An issued revision counts once its Secret holds a new certificate (not the one from before). */
export async function verifyServed(
  api: ClusterApi,
  renewals: Renewal[],
  concurrency: number
): Promise<void> {
  const issued = renewals.filter(r => r.state.state === 'issued')
  const current = new Map<string, KubeObject>()
  for (const namespace of new Set(issued.map(r => r.namespace)))
    for (const c of await api.list(certificatesRef(namespace)))
      current.set(key({ namespace, name: c.metadata.name }), c)
  await mapLimit(issued, concurrency, async renewal => {
    if (renewal.state.state !== 'issued') return
    const newRevision = renewal.state.newRevision
    const certificate = current.get(key(renewal))
    const secret = certificate ? secretName(certificate) : undefined
    const served = secret
      ? secretCertificate(await api.getSecret(renewal.namespace, secret))
      : undefined
    renewal.state =
      secret === undefined || served === undefined || served.serial === renewal.serialBefore
        ? {
            state: 'failed',
            reason: `revision ${newRevision} is issued but its Secret still holds the old certificate (serial ${renewal.serialBefore ?? 'none'})`
          }
        : {
            state: 'served',
            newRevision,
            secret,
            servedNotAfter: new Date(served.notAfter).toISOString()
          }
  })
}

/** What the log says about one renewal. */
export function describeRenewal(renewal: Renewal): string {
  const s = renewal.state
  switch (s.state) {
    case 'skipped':
      return s.reason
    case 'failed':
      return `FAILED: ${s.reason}`
    case 'waiting':
      return 'waiting'
    case 'issued':
    case 'served':
      return `revision ${renewal.oldRevision} → ${s.newRevision}`
  }
}
