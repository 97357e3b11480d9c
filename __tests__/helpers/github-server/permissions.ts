/**
 * Token permissions the server enforces, in GitHub's names for a GITHUB_TOKEN / GitHub App
 * (https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token).
 * A permission a token's options leave out is `write`, so tests that do not care see no change.
 */
export type PermissionName = 'security-events'
export type PermissionLevel = 'none' | 'read' | 'write'
export type Permissions = Partial<Record<PermissionName, PermissionLevel>>

/**
 * What each operation needs. GitHub's REST docs list, for a fine-grained token or an app,
 * "Code scanning alerts" repository permissions (write) for upload-sarif and (read) for
 * get-sarif; in a workflow that is `security-events: write` / `read`
 * (https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data).
 */
const REQUIRED: Readonly<Record<string, readonly [PermissionName, PermissionLevel]>> = {
  'code-scanning/upload-sarif': ['security-events', 'write'],
  'code-scanning/get-sarif': ['security-events', 'read']
}

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 }

/** True when `granted` allows the operation (operations without an entry need nothing). */
export function allows(granted: Permissions, operationId: string): boolean {
  const required = REQUIRED[operationId]
  if (!required) return true
  const [name, level] = required
  return RANK[granted[name] ?? 'write'] >= RANK[level]
}
