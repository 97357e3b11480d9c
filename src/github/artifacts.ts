import { DefaultArtifactClient } from '@actions/artifact'

export interface ArtifactUploader {
  /** Rejects with `signal`'s reason once it aborts; the upload itself cannot be cancelled. */
  upload(
    name: string,
    files: string[],
    rootDir: string,
    signal?: AbortSignal
  ): Promise<{ id: number; url?: string }>
  /**
   * True once an upload was given up on while still running. @actions/artifact offers no way
   * to cancel one, and its open connection keeps the process alive: the entry point ends the
   * process when its work is done.
   */
  readonly abandoned: boolean
}

/**
 * @actions/artifact 6 reads this for each upload: the blob upload fails once no bytes moved
 * for this long (lib/internal/shared/config.js getUploadChunkTimeout, default 300000 ms).
 */
const STALL_TIMEOUT_VARIABLE = 'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS'

function withStallTimeout<T>(ms: number | undefined, work: () => Promise<T>): Promise<T> {
  if (ms === undefined || process.env[STALL_TIMEOUT_VARIABLE] !== undefined) return work()
  process.env[STALL_TIMEOUT_VARIABLE] = String(ms)
  return work()
}

function untilAborted(signal: AbortSignal | undefined): Promise<never> | undefined {
  if (signal === undefined) return undefined
  return new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason as Error)
    else signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
  })
}

/**
 * Uploads through the Actions results service, as `actions/upload-artifact` does. Its calls to
 * the results service have no timeout of their own (@actions/http-client without a socket
 * timeout, retried up to 5 times), so the caller's signal is the bound; a blob upload that
 * stalls fails after `stallTimeoutMs` unless the runner's own setting says otherwise.
 */
export function actionsArtifacts(run: {
  serverUrl?: string
  repository?: string
  runId?: string
  stallTimeoutMs?: number
}): ArtifactUploader {
  const client = new DefaultArtifactClient()
  let abandoned = false
  return {
    get abandoned() {
      return abandoned
    },
    async upload(name, files, rootDir, signal) {
      const upload = withStallTimeout(run.stallTimeoutMs, () =>
        client.uploadArtifact(name, files, rootDir)
      )
      const stop = untilAborted(signal)
      let settled = false
      void upload.then(
        () => (settled = true),
        () => (settled = true)
      )
      let id: number | undefined
      try {
        ;({ id } = await (stop ? Promise.race([upload, stop]) : upload))
      } catch (error) {
        if (!settled && signal?.aborted) abandoned = true
        throw error
      }
      if (id === undefined) throw new Error('the results service returned no artifact id')
      const url =
        run.serverUrl && run.repository && run.runId
          ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/artifacts/${id}`
          : undefined
      return url ? { id, url } : { id }
    }
  }
}
