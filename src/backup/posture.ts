import { createHash } from 'node:crypto'
import type { KubeObject } from '../cluster/api.js'
import { str } from '../util/json.js'

/**
 * Storage posture: what protects the backups in transit and at rest. Velero encrypts nothing
 * itself; its AWS plugin (velero-plugin-for-aws, README "Backup Storage Location") offers
 * `serverSideEncryption`, `kmsKeyId` and `customerKeyEncryptionFile`, and `s3Url` decides the
 * scheme. File-system backups (kopia) are encrypted with the repository password of Secret
 * `velero-repo-credentials`, which Velero creates with a static, published default
 * (pkg/repository/keys/keys.go, `encryptionKey`).
 */
export interface PostureFinding {
  /** The object, e.g. `backupstoragelocation/default` or `secret/velero-repo-credentials`. */
  object: string
  /** The field to change. */
  field: string
  message: string
}

export interface LocationPosture {
  location: string
  provider: string
  /** `checked` (findings may be empty), or `not checked` for a provider we do not know. */
  state: 'checked' | 'not checked'
  findings: PostureFinding[]
}

/** The Secret and key Velero keeps the repository password in (pkg/repository/keys/keys.go). */
export const REPOSITORY_SECRET = 'velero-repo-credentials'
export const REPOSITORY_PASSWORD_KEY = 'repository-password'
/**
 * SHA-256 of Velero's default repository password (`encryptionKey` in
 * pkg/repository/keys/keys.go of Velero v1.18.3): compared as a digest so that the password
 * itself appears nowhere in this code or its output.
 */
export const DEFAULT_REPOSITORY_PASSWORD_SHA256 =
  '0938e9d99fe8eac6b7f0c2f7626a4e364c89f3be450ce9e6d81184f0c120b8b8'

/** Velero accepts the AWS plugin as `aws` or `velero.io/aws`. */
const AWS_PROVIDERS = new Set(['aws', 'velero.io/aws'])

function configOf(location: KubeObject): Record<string, unknown> {
  const config = location.spec?.config
  return config !== null && typeof config === 'object' ? (config as Record<string, unknown>) : {}
}

/** The findings for one BackupStorageLocation. */
export function locationPosture(location: KubeObject): LocationPosture {
  const name = location.metadata.name
  const provider = str(location.spec?.provider) ?? ''
  if (!AWS_PROVIDERS.has(provider))
    return { location: name, provider, state: 'not checked', findings: [] }
  const config = configOf(location)
  const object = `backupstoragelocation/${name}`
  const findings: PostureFinding[] = []
  const s3Url = str(config.s3Url)
  if (s3Url !== undefined && /^http:\/\//i.test(s3Url.trim()))
    findings.push({
      object,
      field: 'spec.config.s3Url',
      message: `s3Url ${s3Url} is plain http: backups travel unencrypted; use an https endpoint`
    })
  if (str(config.insecureSkipTLSVerify)?.toLowerCase() === 'true')
    findings.push({
      object,
      field: 'spec.config.insecureSkipTLSVerify',
      message:
        'insecureSkipTLSVerify is true: the store is not authenticated; remove it and give the CA in spec.objectStorage.caCert'
    })
  const atRest = ['serverSideEncryption', 'kmsKeyId', 'customerKeyEncryptionFile'].some(
    key => (str(config[key]) ?? '') !== ''
  )
  if (!atRest)
    findings.push({
      object,
      field: 'spec.config.serverSideEncryption',
      message:
        "no serverSideEncryption, kmsKeyId or customerKeyEncryptionFile: at rest the backups have only the bucket's default encryption, if any; set serverSideEncryption (AES256, or aws:kms with kmsKeyId) or customerKeyEncryptionFile"
    })
  return { location: name, provider, state: 'checked', findings }
}

/** What could be read of the repository password. */
export type RepositorySecret =
  | { state: 'found'; password?: string }
  | { state: 'missing' }
  | { state: 'unreadable'; reason: string }

/** The finding on the repository password, if any; `undefined` when it is not the default. */
export function repositoryFinding(
  secret: RepositorySecret,
  namespace: string
): PostureFinding | undefined {
  const object = `secret/${REPOSITORY_SECRET} (namespace ${namespace})`
  const field = `data.${REPOSITORY_PASSWORD_KEY}`
  if (secret.state === 'missing')
    return {
      object,
      field,
      message: `it does not exist yet: Velero creates it with its published static default password at the first file-system backup; create it first with a password of your own`
    }
  if (secret.state !== 'found') return undefined
  const digest = createHash('sha256')
    .update(secret.password ?? '')
    .digest('hex')
  if (digest !== DEFAULT_REPOSITORY_PASSWORD_SHA256) return undefined
  return {
    object,
    field,
    message:
      "the repository password is still Velero's published static default: anyone who can read the bucket can decrypt the file-system backups; set a password of your own before the first file-system backup (a repository keeps the password it was created with)"
  }
}

/** Decodes the password from the Secret's data (base64), without keeping the Secret. */
export function repositoryPassword(data: Record<string, string> | undefined): string | undefined {
  const encoded = data?.[REPOSITORY_PASSWORD_KEY]
  return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8')
}
