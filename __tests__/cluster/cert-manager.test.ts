// cert-manager's own controllers (built from github.com/cert-manager/cert-manager by
// test/cluster/cert-manager/, started by the global setup) against the real API server:
// SelfSigned and CA issuers, issuance into a real TLS Secret, manual renewal exactly as
// `cmctl renew` does it, and what a failed and a stuck issuance look like. The status shapes
// asserted here are the ones src/certs/ relies on.
import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
  type KubeConfig,
  type V1Secret
} from '@kubernetes/client-node'
import {
  adminKubeConfig,
  applyYaml,
  certManagerRunning,
  clusterEnv,
  createNamespace,
  deleteNamespace,
  expectStatus,
  ignoring,
  waitFor
} from './helpers/cluster.js'
import { rbacIdentity, type RbacIdentity } from './helpers/identity.js'

jest.setTimeout(60_000)

const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)

const GROUP = 'cert-manager.io'
const VERSION = 'v1'
const REVISION_ANNOTATION = 'cert-manager.io/certificate-revision'
const CERTIFICATE_NAME_ANNOTATION = 'cert-manager.io/certificate-name'

interface Condition {
  type: string
  status: string
  reason?: string
  message?: string
  lastTransitionTime?: string
  observedGeneration?: number
}

interface CmObject {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    generation?: number
    resourceVersion?: string
    annotations?: Record<string, string>
  }
  spec: Record<string, unknown>
  status?: {
    conditions?: Condition[]
    // Certificate
    revision?: number
    notBefore?: string
    notAfter?: string
    renewalTime?: string
    lastFailureTime?: string
    failedIssuanceAttempts?: number
    nextPrivateKeySecretName?: string
    // CertificateRequest
    certificate?: string
    ca?: string
    failureTime?: string
  }
}

const cond = (o: CmObject | undefined, type: string): Condition | undefined =>
  o?.status?.conditions?.find(c => c.type === type)

/** Ready=True for the current generation. */
const readyNow = (o: CmObject): boolean => {
  const ready = cond(o, 'Ready')
  return ready?.status === 'True' && ready.observedGeneration === o.metadata.generation
}

/** The first certificate of a PEM bundle. */
function x509(pem: string): X509Certificate {
  const first = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)
  if (!first) throw new Error(`no PEM certificate in ${JSON.stringify(pem.slice(0, 80))}`)
  return new X509Certificate(first[0])
}

const field = (s: V1Secret, key: string): string =>
  Buffer.from(s.data?.[key] ?? '', 'base64').toString('utf8')

const describeIf = certManagerRunning() ? describe : describe.skip

describeIf("cert-manager's controllers", () => {
  let kc: KubeConfig
  let ns: string
  let veleroNs: string
  let identity: RbacIdentity
  /** cluster-scoped names are unique per run: a reused plane keeps those of earlier runs */
  let selfSigned: string
  let caClusterIssuer: string

  const api = (config: KubeConfig = kc) => config.makeApiClient(CustomObjectsApi)
  const get = (plural: string, name: string, config?: KubeConfig): Promise<CmObject> =>
    api(config).getNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      namespace: ns,
      plural,
      name
    }) as Promise<CmObject>
  const getCertificate = (name: string, config?: KubeConfig) => get('certificates', name, config)
  const getIssuer = (name: string) => get('issuers', name)
  const getClusterIssuer = (name: string): Promise<CmObject> =>
    api().getClusterCustomObject({
      group: GROUP,
      version: VERSION,
      plural: 'clusterissuers',
      name
    }) as Promise<CmObject>
  const getSecret = (name: string, config: KubeConfig = kc) =>
    config.makeApiClient(CoreV1Api).readNamespacedSecret({ name, namespace: ns })

  /** The CertificateRequest of one revision of a Certificate (found by cert-manager's annotations). */
  async function requestFor(
    certificate: string,
    revision: number,
    config?: KubeConfig
  ): Promise<CmObject | undefined> {
    const list = (await api(config).listNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      namespace: ns,
      plural: 'certificaterequests'
    })) as { items: CmObject[] }
    return list.items.find(
      r =>
        r.metadata.annotations?.[CERTIFICATE_NAME_ANNOTATION] === certificate &&
        r.metadata.annotations?.[REVISION_ANNOTATION] === String(revision)
    )
  }

  /** Waits until a Certificate has issued `revision` and is Ready for its generation. */
  const issued = (name: string, revision: number, config?: KubeConfig) =>
    waitFor(`Certificate ${name} revision ${revision} Ready`, async () => {
      const c = await getCertificate(name, config)
      return c.status?.revision === revision && cond(c, 'Issuing')?.status !== 'True' && readyNow(c)
        ? c
        : undefined
    })

  const readyIssuer = (name: string, read: (n: string) => Promise<CmObject>) =>
    waitFor(`issuer ${name} Ready`, async () => {
      const i = await read(name)
      return readyNow(i) ? i : undefined
    })

  /** The Issuing condition `cmctl renew` adds (cert-manager's apiutil.SetCertificateCondition). */
  function manuallyTriggered(crt: CmObject): Condition[] {
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') // metav1.Time: seconds
    return [
      ...(crt.status?.conditions ?? []).filter(c => c.type !== 'Issuing'),
      {
        type: 'Issuing',
        status: 'True',
        reason: 'ManuallyTriggered',
        message: 'Certificate re-issuance manually triggered',
        lastTransitionTime: now,
        observedGeneration: crt.metadata.generation
      }
    ]
  }

  /**
   * `cmctl renew`: get the Certificate, refuse if it is already issuing, set the condition and
   * UpdateStatus: a PUT of certificates/status carrying the resourceVersion that was read
   * (verb `update`, which a person running cmctl has; the action's identity has only `patch`).
   */
  async function renewLikeCmctl(name: string): Promise<{ read: CmObject; updated: CmObject }> {
    const read = await getCertificate(name)
    if (cond(read, 'Issuing')?.status === 'True') throw new Error(`${name} is already issuing`)
    const updated = (await api().replaceNamespacedCustomObjectStatus({
      group: GROUP,
      version: VERSION,
      namespace: ns,
      plural: 'certificates',
      name,
      body: { ...read, status: { ...read.status, conditions: manuallyTriggered(read) } }
    })) as CmObject
    return { read, updated }
  }

  /**
   * The same condition the way src/certs writes it (verb `patch`): a JSON merge patch of
   * certificates/status with the whole conditions array (a merge patch replaces arrays) and
   * the resourceVersion that was read.
   */
  async function renewByMergePatch(
    name: string,
    config: KubeConfig,
    read?: CmObject
  ): Promise<CmObject> {
    const crt = read ?? (await getCertificate(name, config))
    if (cond(crt, 'Issuing')?.status === 'True') throw new Error(`${name} is already issuing`)
    return (await api(config).patchNamespacedCustomObjectStatus(
      {
        group: GROUP,
        version: VERSION,
        namespace: ns,
        plural: 'certificates',
        name,
        body: {
          metadata: { resourceVersion: crt.metadata.resourceVersion },
          status: { conditions: manuallyTriggered(crt) }
        }
      },
      mergePatch
    )) as CmObject
  }

  beforeAll(async () => {
    kc = adminKubeConfig()
    ns = await createNamespace(kc, 'kg-certs')
    veleroNs = await createNamespace(kc, 'kg-velero')
    selfSigned = `kg-selfsigned-${ns}`
    caClusterIssuer = `kg-ca-${ns}`
    // A self-signed root CA (isCA Certificate from a SelfSigned ClusterIssuer) and a CA Issuer
    // that signs with it: the usual bootstrap of a private PKI with cert-manager.
    await applyYaml(
      kc,
      `
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata: {name: ${selfSigned}}
spec: {selfSigned: {}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: root-ca}
spec:
  isCA: true
  commonName: known-good test root CA
  secretName: root-ca
  privateKey: {algorithm: ECDSA, size: 256}
  issuerRef: {group: cert-manager.io, kind: ClusterIssuer, name: ${selfSigned}}
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: ca}
spec: {ca: {secretName: root-ca}}
`,
      { namespace: ns }
    )
    identity = await rbacIdentity(kc, { veleroNamespace: veleroNs, appNamespaces: [ns] })
  })

  afterAll(async () => {
    const custom = api()
    for (const name of [selfSigned, caClusterIssuer].filter(Boolean)) {
      await ignoring([404], () =>
        custom.deleteClusterCustomObject({
          group: GROUP,
          version: VERSION,
          plural: 'clusterissuers',
          name
        })
      )
    }
    if (caClusterIssuer) {
      await ignoring([404], () =>
        kc.makeApiClient(CoreV1Api).deleteNamespacedSecret({
          name: caClusterIssuer,
          namespace: clusterEnv('KNOWN_GOOD_TEST_CERT_MANAGER_NAMESPACE')
        })
      )
    }
    await identity?.cleanup()
    if (ns) await deleteNamespace(kc, ns)
    if (veleroNs) await deleteNamespace(kc, veleroNs)
  })

  it('a SelfSigned ClusterIssuer, a self-signed root CA Certificate and a CA Issuer become Ready', async () => {
    const ss = await readyIssuer(selfSigned, getClusterIssuer)
    expect(cond(ss, 'Ready')).toMatchObject({ status: 'True', reason: 'IsReady' })

    const root = await issued('root-ca', 1)
    expect(cond(root, 'Ready')).toMatchObject({
      reason: 'Ready',
      message: 'Certificate is up to date and has not expired'
    })
    const rootSecret = await getSecret('root-ca')
    const rootCert = x509(field(rootSecret, 'tls.crt'))
    expect(rootCert.ca).toBe(true)
    expect(rootCert.subject).toBe('CN=known-good test root CA')
    expect(rootCert.checkIssued(rootCert)).toBe(true) // self-signed

    const ca = await readyIssuer('ca', getIssuer)
    expect(cond(ca, 'Ready')).toMatchObject({
      status: 'True',
      reason: 'KeyPairVerified',
      message: 'Signing CA verified'
    })
  })

  it('a CA ClusterIssuer reads its Secret from the cluster resource namespace', async () => {
    const root = await getSecret('root-ca')
    await kc.makeApiClient(CoreV1Api).createNamespacedSecret({
      namespace: clusterEnv('KNOWN_GOOD_TEST_CERT_MANAGER_NAMESPACE'),
      body: {
        metadata: { name: caClusterIssuer },
        type: 'kubernetes.io/tls',
        data: { 'tls.crt': root.data?.['tls.crt'] ?? '', 'tls.key': root.data?.['tls.key'] ?? '' }
      }
    })
    await applyYaml(
      kc,
      `
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata: {name: ${caClusterIssuer}}
spec: {ca: {secretName: ${caClusterIssuer}}}
`
    )
    const issuer = await readyIssuer(caClusterIssuer, getClusterIssuer)
    expect(cond(issuer, 'Ready')).toMatchObject({ status: 'True', reason: 'KeyPairVerified' })
  })

  it('a Certificate from the CA Issuer becomes Ready with a real TLS Secret', async () => {
    await applyYaml(
      kc,
      `
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web}
spec:
  secretName: web-tls
  dnsNames: [web.example.test]
  privateKey: {algorithm: ECDSA, size: 256}
  issuerRef: {group: cert-manager.io, kind: Issuer, name: ca}
`,
      { namespace: ns }
    )
    const crt = await issued('web', 1)
    // Done = revision set, no Issuing condition left, Ready=True for this generation.
    expect(crt.status?.conditions?.map(c => c.type)).toEqual(['Ready'])
    expect(cond(crt, 'Ready')).toMatchObject({
      status: 'True',
      reason: 'Ready',
      message: 'Certificate is up to date and has not expired',
      observedGeneration: crt.metadata.generation
    })
    expect(crt.status?.lastFailureTime).toBeUndefined()
    expect(crt.status?.failedIssuanceAttempts).toBeUndefined()
    // (status.nextPrivateKeySecretName may still be set here: the key manager clears it, and
    // deletes that Secret, a moment after the issuance.)

    const secret = await getSecret('web-tls')
    expect(secret.type).toBe('kubernetes.io/tls')
    expect(Object.keys(secret.data ?? {}).sort()).toEqual(['ca.crt', 'tls.crt', 'tls.key'])
    expect(secret.metadata?.annotations).toMatchObject({
      'cert-manager.io/certificate-name': 'web',
      'cert-manager.io/issuer-name': 'ca',
      'cert-manager.io/issuer-kind': 'Issuer',
      'cert-manager.io/issuer-group': 'cert-manager.io',
      'cert-manager.io/alt-names': 'web.example.test'
    })
    const leaf = x509(field(secret, 'tls.crt'))
    const root = x509(field(secret, 'ca.crt'))
    expect(root.subject).toBe('CN=known-good test root CA')
    expect(leaf.ca).toBe(false)
    expect(leaf.subjectAltName).toBe('DNS:web.example.test')
    expect(leaf.checkIssued(root)).toBe(true)
    expect(leaf.verify(root.publicKey)).toBe(true)
    expect(leaf.checkPrivateKey(createPrivateKey(field(secret, 'tls.key')))).toBe(true)
    // status.notBefore/notAfter are the served certificate's, to the second
    expect(Date.parse(crt.status?.notAfter ?? '')).toBe(Date.parse(leaf.validTo))
    expect(Date.parse(crt.status?.notBefore ?? '')).toBe(Date.parse(leaf.validFrom))
    // renewal at 2/3 of the lifetime (default: 90 days, renewed 30 days before expiry)
    expect(Date.parse(crt.status?.renewalTime ?? '')).toBeLessThan(Date.parse(leaf.validTo))

    const request = await requestFor('web', 1)
    expect(request?.metadata.name).toBe('web-1') // feature StableCertificateRequestName (default on)
    expect(cond(request, 'Approved')).toMatchObject({ status: 'True', reason: 'cert-manager.io' })
    expect(cond(request, 'Ready')).toMatchObject({ status: 'True', reason: 'Issued' })
  })

  it('a manual renewal as `cmctl renew` does it issues a new revision with a new certificate', async () => {
    // Reads and waits as the action's least-privilege identity (deploy/rbac.yaml).
    const ci = identity.kubeConfig
    const before = await issued('web', 1, ci)
    const oldSecret = await getSecret('web-tls', ci)
    const oldCert = x509(field(oldSecret, 'tls.crt'))

    const { read, updated } = await renewLikeCmctl('web')
    expect(cond(updated, 'Issuing')).toMatchObject({
      status: 'True',
      reason: 'ManuallyTriggered',
      observedGeneration: before.metadata.generation
    })
    // The same write again, with the resourceVersion read before it: optimistic concurrency.
    await expectStatus(409, () =>
      api().replaceNamespacedCustomObjectStatus({
        group: GROUP,
        version: VERSION,
        namespace: ns,
        plural: 'certificates',
        name: 'web',
        body: { ...read, status: { ...read.status, conditions: manuallyTriggered(read) } }
      })
    )

    // Ready stays True during a renewal: waiting for Ready proves nothing; the revision does.
    const readySeen = new Set<string>()
    const after = await waitFor('revision 2', async () => {
      const c = await getCertificate('web', ci)
      readySeen.add(cond(c, 'Ready')?.status ?? 'absent')
      return c.status?.revision === 2 && cond(c, 'Issuing')?.status !== 'True' && readyNow(c)
        ? c
        : undefined
    })
    expect([...readySeen]).toEqual(['True'])
    expect(cond(after, 'Issuing')).toBeUndefined() // removed on success
    expect(after.status?.lastFailureTime).toBeUndefined()

    const newSecret = await getSecret('web-tls', ci)
    const newCert = x509(field(newSecret, 'tls.crt'))
    expect(newCert.serialNumber).not.toBe(oldCert.serialNumber)
    expect(newCert.subjectAltName).toBe('DNS:web.example.test')
    // status.notBefore/notAfter/renewalTime are the readiness controller's, written apart from
    // the revision (the issuing controller's): right after the revision they may still describe
    // the old certificate. The Secret is the truth; the status follows.
    await waitFor('status.notAfter of the new certificate', async () => {
      const c = await getCertificate('web', ci)
      return Date.parse(c.status?.notAfter ?? '') === Date.parse(newCert.validTo)
    })
    // privateKey.rotationPolicy defaults to Always: a new key with every revision
    expect(field(newSecret, 'tls.key')).not.toBe(field(oldSecret, 'tls.key'))
    expect(newCert.checkPrivateKey(createPrivateKey(field(newSecret, 'tls.key')))).toBe(true)

    const request = await requestFor('web', 2, ci)
    expect(cond(request, 'Ready')).toMatchObject({ status: 'True', reason: 'Issued' })

    // What src/certs sends instead of the PUT, as the action's identity: the merge patch.
    // cert-manager treats it the same; a stale resourceVersion is refused just the same.
    const current = await getCertificate('web', ci)
    const patched = await renewByMergePatch('web', ci, current)
    expect(cond(patched, 'Issuing')).toMatchObject({ status: 'True', reason: 'ManuallyTriggered' })
    await expectStatus(409, () => renewByMergePatch('web', ci, current))
    await issued('web', 3, ci)
    const third = x509(field(await getSecret('web-tls', ci), 'tls.crt'))
    expect(new Set([oldCert.serialNumber, newCert.serialNumber, third.serialNumber]).size).toBe(3)
  })

  it('a renewal that fails: Issuing=False, lastFailureTime, failedIssuanceAttempts; the old certificate stays', async () => {
    // A CA Secret that is not managed by cert-manager, first intact...
    const root = await getSecret('root-ca')
    const core = kc.makeApiClient(CoreV1Api)
    await core.createNamespacedSecret({
      namespace: ns,
      body: {
        metadata: { name: 'fragile-ca' },
        type: 'kubernetes.io/tls',
        data: { 'tls.crt': root.data?.['tls.crt'] ?? '', 'tls.key': root.data?.['tls.key'] ?? '' }
      }
    })
    await applyYaml(
      kc,
      `
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: fragile-ca}
spec: {ca: {secretName: fragile-ca}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: api}
spec:
  secretName: api-tls
  dnsNames: [api.example.test]
  privateKey: {algorithm: ECDSA, size: 256}
  issuerRef: {group: cert-manager.io, kind: Issuer, name: fragile-ca}
`,
      { namespace: ns }
    )
    await readyIssuer('fragile-ca', getIssuer)
    const first = await issued('api', 1)
    const servedBefore = x509(field(await getSecret('api-tls'), 'tls.crt')).serialNumber

    // ...then its private key no longer matches its certificate. The Issuer still looks fine
    // (it checks only that the certificate is a CA), but signing fails.
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    await core.patchNamespacedSecret(
      {
        name: 'fragile-ca',
        namespace: ns,
        body: { data: { 'tls.key': Buffer.from(otherKey).toString('base64') } }
      },
      mergePatch
    )
    await new Promise(r => setTimeout(r, 500)) // let the informers see the new Secret
    expect(cond(await getIssuer('fragile-ca'), 'Ready')?.status).toBe('True')

    const ci = identity.kubeConfig
    const triggeredAt = Date.now()
    await renewByMergePatch('api', ci)
    const failed = await waitFor('Issuing=False after the failure', async () => {
      const c = await getCertificate('api', ci)
      return cond(c, 'Issuing')?.status === 'False' && c.status?.lastFailureTime ? c : undefined
    })
    expect(cond(failed, 'Issuing')).toMatchObject({
      status: 'False',
      reason: 'Failed',
      observedGeneration: failed.metadata.generation
    })
    expect(cond(failed, 'Issuing')?.message).toMatch(
      /^The certificate request has failed to complete and will be retried: Error signing certificate: /
    )
    expect(failed.status?.failedIssuanceAttempts).toBe(1)
    expect(Date.parse(failed.status?.lastFailureTime ?? '')).toBeGreaterThanOrEqual(
      Math.floor(triggeredAt / 1000) * 1000
    )
    // Nothing was issued: same revision, still Ready (the old certificate is valid), same Secret.
    expect(failed.status?.revision).toBe(first.status?.revision)
    expect(readyNow(failed)).toBe(true)
    expect(x509(field(await getSecret('api-tls', ci), 'tls.crt')).serialNumber).toBe(servedBefore)

    // The CertificateRequest of the attempted revision carries the reason.
    const request = await requestFor('api', 2, ci)
    expect(request?.metadata.name).toBe('api-2')
    expect(cond(request, 'Approved')?.status).toBe('True')
    expect(cond(request, 'Ready')).toMatchObject({ status: 'False', reason: 'Failed' })
    expect(cond(request, 'Ready')?.message).toMatch(/^Error signing certificate: /)
    expect(request?.status?.failureTime).toBe(failed.status?.lastFailureTime)
    expect(request?.status?.certificate).toBeUndefined()

    // Repaired CA: a manual renewal is not held back by the failure back-off (only automatic
    // re-issuance is), and success clears the failure fields. cert-manager retries with a new
    // CertificateRequest only if the new Issuing condition's lastTransitionTime is later than
    // the failed request's failureTime, both in whole seconds: a trigger within the same
    // second gets the failed request again. So wait for the next second.
    await core.patchNamespacedSecret(
      { name: 'fragile-ca', namespace: ns, body: { data: { 'tls.key': root.data?.['tls.key'] } } },
      mergePatch
    )
    const retryAt = Date.parse(failed.status?.lastFailureTime ?? '') + 1000
    await new Promise(r => setTimeout(r, Math.max(500, retryAt - Date.now())))
    await renewByMergePatch('api', ci)
    const repaired = await issued('api', 2, ci)
    expect(cond(repaired, 'Issuing')).toBeUndefined()
    expect(repaired.status?.lastFailureTime).toBeUndefined()
    expect(repaired.status?.failedIssuanceAttempts).toBeUndefined()
    expect(x509(field(await getSecret('api-tls', ci), 'tls.crt')).serialNumber).not.toBe(
      servedBefore
    )
    expect(cond(await requestFor('api', 2, ci), 'Ready')).toMatchObject({ reason: 'Issued' })
  })

  it('an issuance that cannot start (missing issuer, CA Secret missing): Issuing=True, the request is Pending', async () => {
    await applyYaml(
      kc,
      `
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: ca-without-secret}
spec: {ca: {secretName: does-not-exist}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: orphan}
spec:
  secretName: orphan-tls
  dnsNames: [orphan.example.test]
  issuerRef: {group: cert-manager.io, kind: Issuer, name: no-such-issuer}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: unsigned}
spec:
  secretName: unsigned-tls
  dnsNames: [unsigned.example.test]
  issuerRef: {group: cert-manager.io, kind: Issuer, name: ca-without-secret}
`,
      { namespace: ns }
    )
    const issuer = await waitFor('Issuer ca-without-secret Ready=False', async () => {
      const i = await getIssuer('ca-without-secret')
      return cond(i, 'Ready')?.status === 'False' ? i : undefined
    })
    expect(cond(issuer, 'Ready')).toMatchObject({ reason: 'ErrGetKeyPair' })
    expect(cond(issuer, 'Ready')?.message).toMatch(/does-not-exist.*not found/)

    const pending = async (certificate: string) =>
      waitFor(`CertificateRequest of ${certificate} Pending`, async () => {
        const r = await requestFor(certificate, 1)
        return cond(r, 'Ready')?.reason === 'Pending' ? r : undefined
      })
    const orphanRequest = await pending('orphan')
    expect(cond(orphanRequest, 'Ready')).toMatchObject({ status: 'False', reason: 'Pending' })
    expect(cond(orphanRequest, 'Ready')?.message).toMatch(/no-such-issuer.*not found/)
    const unsignedRequest = await pending('unsigned')
    expect(cond(unsignedRequest, 'Ready')).toMatchObject({
      status: 'False',
      reason: 'Pending',
      message: 'Referenced issuer does not have a Ready status condition'
    })

    // Neither fails: the Certificate keeps Issuing=True without any failure fields, so a
    // caller has to time out and report the request's Pending message.
    for (const name of ['orphan', 'unsigned']) {
      const c = await getCertificate(name)
      expect(cond(c, 'Issuing')).toMatchObject({ status: 'True', reason: 'DoesNotExist' })
      expect(cond(c, 'Ready')).toMatchObject({ status: 'False', reason: 'DoesNotExist' })
      expect(c.status?.revision).toBeUndefined()
      expect(c.status?.lastFailureTime).toBeUndefined()
      expect(c.status?.failedIssuanceAttempts).toBeUndefined()
    }
  })
})
