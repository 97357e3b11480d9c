/**
 * A problem the user can fix (bad input, bad SARIF, a missing permission). Its message says
 * what to change. Everything else is a bug or an outage and is reported as such.
 */
export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ConfigurationError'
  }
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
