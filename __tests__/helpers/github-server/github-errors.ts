/** Where GitHub points when an error has no more specific page. */
export const REST_DOCS = 'https://docs.github.com/rest'

/**
 * An answer that is not a success, thrown by a handler before it changes any state. The body
 * follows GitHub's: `message`, optional `errors`, `documentation_url` and (since 2024) `status`
 * as a string.
 */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { errors?: unknown[]; documentation_url?: string } = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }

  body(docs: string | undefined): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
      documentation_url: this.extra.documentation_url ?? docs ?? REST_DOCS,
      status: String(this.status)
    }
  }
}

export const notFound = (message = 'Not Found'): GitHubError => new GitHubError(404, message)

/** What GitHub answers for a body that fails its JSON schema. */
export function invalidRequest(details: string[]): GitHubError {
  const message =
    details.length > 0 ? `Invalid request.\n\n${details.join('\n')}` : 'Invalid request.'
  return new GitHubError(422, message, { errors: details })
}

/** Rails-style model validation: `errors` are objects naming resource, field and code. */
export function validationFailed(...errors: Record<string, unknown>[]): GitHubError {
  return new GitHubError(422, 'Validation Failed', { errors })
}

/** GraphQL-backed endpoints (reviews) answer a bare "Unprocessable Entity" with string errors. */
export function unprocessable(...errors: string[]): GitHubError {
  return new GitHubError(422, 'Unprocessable Entity', { errors })
}

/** What a token without write access gets, e.g. GITHUB_TOKEN on a pull request from a fork. */
export const notAccessible = (): GitHubError =>
  new GitHubError(403, 'Resource not accessible by integration')
