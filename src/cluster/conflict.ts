import { apiStatus } from './api.js'

/** Conflicting writers are retried this often before giving up. */
export const MAX_CONFLICT_RETRIES = 8

/**
 * Read, decide, write with optimistic locking: `attempt` reads the object and writes with the
 * resourceVersion it read; a 409 means someone wrote in between, so it runs again on fresh data.
 */
export async function retryOnConflict<T>(attempt: (first: boolean) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n === 1)
    } catch (error) {
      if (apiStatus(error) !== 409 || n >= MAX_CONFLICT_RETRIES) throw error
    }
  }
}
