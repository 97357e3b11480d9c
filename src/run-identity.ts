/** Which CI run a verdict belongs to: recorded with it and linked from every report. */
export interface RunIdentity {
  commit?: string
  runUrl?: string
  repository?: string
  runId?: string
  runAttempt?: string
  eventName?: string
  ref?: string
  workflow?: string
  actor?: string
}

type Env = Record<string, string | undefined>

function first(env: Env, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]
    if (value !== undefined && value.trim() !== '') return value.trim()
  }
  return undefined
}

/** What GitHub Actions, GitLab CI and Jenkins tell a job about itself. */
export function identityFromEnv(env: Env): RunIdentity {
  const identity: RunIdentity = {
    commit: first(env, 'GITHUB_SHA', 'CI_COMMIT_SHA', 'GIT_COMMIT'),
    repository: first(env, 'GITHUB_REPOSITORY', 'CI_PROJECT_PATH', 'JOB_NAME'),
    runId: first(env, 'GITHUB_RUN_ID', 'CI_PIPELINE_ID', 'BUILD_NUMBER'),
    runAttempt: first(env, 'GITHUB_RUN_ATTEMPT'),
    eventName: first(env, 'GITHUB_EVENT_NAME', 'CI_PIPELINE_SOURCE'),
    ref: first(env, 'GITHUB_REF', 'CI_COMMIT_REF_NAME', 'GIT_BRANCH'),
    workflow: first(env, 'GITHUB_WORKFLOW'),
    actor: first(env, 'GITHUB_ACTOR', 'GITLAB_USER_LOGIN', 'BUILD_USER_ID', 'USER')
  }
  const server = first(env, 'GITHUB_SERVER_URL')
  if (server && identity.repository && identity.runId && env.GITHUB_ACTIONS === 'true') {
    identity.runUrl = `${server}/${identity.repository}/actions/runs/${identity.runId}`
  } else {
    identity.runUrl = first(env, 'CI_JOB_URL', 'BUILD_URL')
  }
  for (const key of Object.keys(identity) as (keyof RunIdentity)[]) {
    if (identity[key] === undefined) delete identity[key]
  }
  return identity
}
