import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The ids a job's ACTIONS_RUNTIME_TOKEN carries in its `scp` claim. */
export interface BackendIds {
  workflowRunBackendId: string
  workflowJobRunBackendId: string
}

export interface RuntimeTokenClaims {
  scp: string
  iss: string
  aud: string
  iat: number
  nbf: number
  exp: number
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

/**
 * Mints an HS256 JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN:
 * `scp` = "Actions.GenericRead:… Actions.Results:<runBackendId>:<jobBackendId>".
 * @actions/artifact only decodes it (jwt-decode); the stand-in also checks the
 * signature, so a token from another service instance is rejected.
 */
export function mintRuntimeToken(
  ids: BackendIds,
  secret: Buffer,
  lifetimeSeconds = 6 * 60 * 60
): string {
  const now = Math.floor(Date.now() / 1000)
  const claims: RuntimeTokenClaims = {
    scp: `Actions.ExampleScope Actions.Results:${ids.workflowRunBackendId}:${ids.workflowJobRunBackendId}`,
    iss: 'https://token.actions.githubusercontent.com/known-good-stand-in',
    aud: 'vso:known-good-stand-in',
    iat: now,
    nbf: now - 60,
    exp: now + lifetimeSeconds
  }
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const body = b64url(JSON.stringify(claims))
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')
  return `${head}.${body}.${signature}`
}

export function newTokenSecret(): Buffer {
  return randomBytes(32)
}

/**
 * Checks signature and lifetime, then reads the Actions.Results scope.
 * Returns a reason string when the token is not acceptable.
 */
export function verifyRuntimeToken(token: string, secret: Buffer): BackendIds | string {
  const parts = token.split('.')
  if (parts.length !== 3) return 'token is not a JWT'
  const [head, body, signature] = parts as [string, string, string]
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'token signature is invalid'
  }
  let claims: Partial<RuntimeTokenClaims>
  try {
    claims = JSON.parse(
      Buffer.from(body, 'base64url').toString('utf8')
    ) as Partial<RuntimeTokenClaims>
  } catch {
    return 'token payload is not JSON'
  }
  const now = Math.floor(Date.now() / 1000)
  if (typeof claims.exp !== 'number' || claims.exp <= now) return 'token has expired'
  if (typeof claims.nbf === 'number' && claims.nbf > now) return 'token is not valid yet'
  for (const scope of (claims.scp ?? '').split(' ')) {
    const [kind, run, job, ...rest] = scope.split(':')
    if (kind !== 'Actions.Results') continue
    if (!run || !job || rest.length > 0) return 'token Actions.Results scope is malformed'
    return { workflowRunBackendId: run, workflowJobRunBackendId: job }
  }
  return 'token has no Actions.Results scope'
}
