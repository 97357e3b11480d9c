import type { ClusterApi, KubeObject } from '../cluster/api.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { oneLine } from '../text/one-line.js'
import type { RepositoryPosture, ScheduleInfo } from './health.js'
import { scheduleInfo } from './health.js'
import type { HealthCheckName } from './health-checks.js'
import { REPOSITORY_SECRET, repositoryFinding, repositoryPassword } from './posture.js'
import { veleroRef } from './velero-ref.js'

/** What health reads of Velero besides the backups: its schedules, locations and repository. */
export interface HealthFacts {
  schedules: ScheduleInfo[]
  locations: KubeObject[]
  repository: RepositoryPosture
}

/** Reads the repository password's digest; a refusal is "not checked", never "ok". */
async function repositoryPosture(api: ClusterApi, namespace: string): Promise<RepositoryPosture> {
  try {
    const secret = await api.getSecret(namespace, REPOSITORY_SECRET)
    const password = secret ? repositoryPassword(secret.data) : undefined
    const finding = repositoryFinding(
      secret
        ? { state: 'found', ...(password !== undefined ? { password } : {}) }
        : { state: 'missing' },
      namespace
    )
    return finding ? { state: 'checked', finding } : { state: 'checked' }
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    return {
      state: 'not checked',
      reason: `could not read Secret ${REPOSITORY_SECRET}: ${oneLine(getErrorMessage(error))}`
    }
  }
}

/** The schedules, the locations (unless both checks that read them are off), the repository. */
export async function readHealthFacts(
  api: ClusterApi,
  namespace: string,
  skip: ReadonlySet<HealthCheckName>
): Promise<HealthFacts> {
  const schedules = (await api.list(veleroRef('schedules', namespace))).map(scheduleInfo)
  const needLocations = !(skip.has('storage') && skip.has('posture'))
  const locations = needLocations
    ? await api.list(veleroRef('backupstoragelocations', namespace))
    : []
  const repository: RepositoryPosture = skip.has('posture')
    ? { state: 'not checked', reason: 'switched off' }
    : await repositoryPosture(api, namespace)
  return { schedules, locations, repository }
}
