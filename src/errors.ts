/**
 * A problem the user can fix (bad input, bad SARIF, a missing permission). Its message says
 * what to change. `input` names the input at fault, as the input table spells it, when there
 * is one: `--json` hands it to a pipeline (ARCHITECTURE.md, "Errors").
 */
export class ConfigurationError extends Error {
  readonly input: string | undefined

  constructor(message: string, options?: { cause?: unknown; input?: string }) {
    super(message, options)
    this.name = 'ConfigurationError'
    this.input = options?.input
  }
}

/** The services the product calls; an unreachable one is a `ServiceUnreachableError`. */
export type Service = 'kubernetes' | 'github' | 'gitlab'

/**
 * A service did not answer or refused us: DNS, a refused or reset connection, TLS, a timeout,
 * 401/403 on the first call. Not the user's input and not a bug: its own exit code, and a
 * message that names the server and the cause, never a secret.
 */
export class ServiceUnreachableError extends Error {
  constructor(
    readonly service: Service,
    readonly server: string,
    readonly reason: string,
    options?: { cause?: unknown }
  ) {
    super(`${SERVICE_NAMES[service]} at ${server} is unreachable: ${reason}`, options)
    this.name = 'ServiceUnreachableError'
  }
}

const SERVICE_NAMES: Record<Service, string> = {
  kubernetes: 'the Kubernetes API server',
  github: 'the GitHub API',
  gitlab: 'the GitLab API'
}

/** What kind of error ended a run: the `kind` of the `--json` error object. */
export type ErrorKind = 'usage' | 'configuration' | 'unreachable' | 'unexpected'

export function errorKind(error: unknown): ErrorKind {
  if (error instanceof ConfigurationError) return 'configuration'
  if (error instanceof ServiceUnreachableError) return 'unreachable'
  return 'unexpected'
}

/** The message of anything thrown, including values that are not `Error`s. */
export function getErrorMessage(error: unknown): string {
  // Not only `instanceof Error`: errors from another realm (a VM context, a worker) are Errors too.
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  const message = (error as { message?: unknown } | null)?.message
  if (typeof message === 'string') return message
  try {
    return `non-Error thrown: ${JSON.stringify(error)}`
  } catch {
    return `non-Error thrown: ${String(error)}`
  }
}
