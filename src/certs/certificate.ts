import { X509Certificate } from 'node:crypto'
import type { ClusterApi, KubeObject, ResourceRef } from '../cluster/api.js'
import { retryOnConflict } from '../cluster/conflict.js'

export const CERT_MANAGER_GROUP = 'cert-manager.io'
/** cert-manager sets it on each CertificateRequest: the revision the request is for. */
export const REVISION_ANNOTATION = 'cert-manager.io/certificate-revision'
export const CERTIFICATE_NAME_ANNOTATION = 'cert-manager.io/certificate-name'

export function certificatesRef(namespace: string): ResourceRef {
  return { group: CERT_MANAGER_GROUP, version: 'v1', plural: 'certificates', namespace }
}

export function certificateRequestsRef(namespace: string): ResourceRef {
  return { group: CERT_MANAGER_GROUP, version: 'v1', plural: 'certificaterequests', namespace }
}

export interface Condition {
  type: string
  status: string
  reason?: string
  message?: string
  lastTransitionTime?: string
  observedGeneration?: number
}

export function conditions(object: KubeObject): Condition[] {
  const list = object.status?.conditions
  return Array.isArray(list) ? (list as Condition[]) : []
}

export function condition(object: KubeObject, type: string): Condition | undefined {
  return conditions(object).find(c => c.type === type)
}

export function revision(object: KubeObject): number {
  const value = object.status?.revision
  return typeof value === 'number' ? value : 0
}

export function secretName(object: KubeObject): string | undefined {
  const value = object.spec?.secretName
  return typeof value === 'string' ? value : undefined
}

/** Serial and validity of the certificate a TLS Secret holds, or undefined if none parses. */
export function secretCertificate(
  secret: { data?: Record<string, string> } | undefined
): { serial: string; notBefore: string; notAfter: string } | undefined {
  const pem = secret?.data?.['tls.crt']
  if (!pem) return undefined
  try {
    const certificate = new X509Certificate(Buffer.from(pem, 'base64'))
    return {
      serial: certificate.serialNumber,
      notBefore: certificate.validFrom,
      notAfter: certificate.validTo
    }
  } catch {
    return undefined
  }
}

export type RenewOutcome =
  | { triggered: true; certificate: KubeObject; at: string }
  | { triggered: false; certificate: KubeObject; reason: string }

/**
 * Triggers re-issuance exactly as `cmctl renew` does: condition Issuing=True, reason
 * ManuallyTriggered, with the current generation as observedGeneration and a fresh
 * lastTransitionTime, written through the status subresource. The whole conditions array is
 * sent (a merge patch replaces arrays) with the resourceVersion read; a conflict reads again.
 * A certificate that is already issuing is left alone.
 */
export async function triggerRenewal(
  api: ClusterApi,
  namespace: string,
  name: string,
  now: () => Date
): Promise<RenewOutcome> {
  const ref = certificatesRef(namespace)
  return retryOnConflict(async (): Promise<RenewOutcome> => {
    const certificate = await api.get(ref, name)
    if (!certificate) throw new Error(`certificate ${namespace}/${name} disappeared`)
    if (condition(certificate, 'Issuing')?.status === 'True')
      return { triggered: false, certificate, reason: 'already issuing' }
    const at = now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
    const issuing: Condition = {
      type: 'Issuing',
      status: 'True',
      reason: 'ManuallyTriggered',
      message: 'Certificate re-issuance manually triggered',
      lastTransitionTime: at,
      observedGeneration: certificate.metadata.generation ?? 1
    }
    const patch = {
      metadata: { resourceVersion: certificate.metadata.resourceVersion },
      status: {
        conditions: [...conditions(certificate).filter(c => c.type !== 'Issuing'), issuing]
      }
    }
    return { triggered: true, certificate: await api.mergePatchStatus(ref, name, patch), at }
  })
}

export type IssuanceState =
  { state: 'pending' } | { state: 'done'; revision: number } | { state: 'failed'; message: string }

/**
 * Renewed = the revision went up, nothing is issuing, and Ready=True for the current generation
 * (Ready stays True during a renewal, so it alone proves nothing). Failed = Issuing=False with a
 * lastFailureTime at or after the trigger.
 */
export function issuanceState(
  certificate: KubeObject,
  before: number,
  triggeredAt: string
): IssuanceState {
  const generation = certificate.metadata.generation ?? 1
  const issuing = condition(certificate, 'Issuing')
  const ready = condition(certificate, 'Ready')
  const failedAt = certificate.status?.lastFailureTime
  if (
    issuing?.status === 'False' &&
    typeof failedAt === 'string' &&
    Date.parse(failedAt) >= Date.parse(triggeredAt) - 1000
  ) {
    return { state: 'failed', message: issuing.message ?? issuing.reason ?? 'issuance failed' }
  }
  const current = revision(certificate)
  if (
    current > before &&
    issuing?.status !== 'True' &&
    ready?.status === 'True' &&
    (ready.observedGeneration ?? generation) >= generation
  ) {
    return { state: 'done', revision: current }
  }
  return { state: 'pending' }
}

/** The reason cert-manager gave on the CertificateRequest for the failed revision. */
export async function requestFailure(
  api: ClusterApi,
  namespace: string,
  name: string,
  forRevision: number
): Promise<string | undefined> {
  const requests = await api.list(certificateRequestsRef(namespace))
  const request = requests.find(
    r =>
      r.metadata.annotations?.[CERTIFICATE_NAME_ANNOTATION] === name &&
      r.metadata.annotations?.[REVISION_ANNOTATION] === String(forRevision)
  )
  if (!request) return undefined
  const ready = condition(request, 'Ready')
  const denied = condition(request, 'Denied')
  const failure = denied?.status === 'True' ? denied : ready
  return failure
    ? `CertificateRequest ${request.metadata.name}: ${failure.reason ?? ''}${failure.message ? ` (${failure.message})` : ''}`
    : undefined
}
