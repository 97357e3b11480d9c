import { randomUUID } from 'node:crypto'
import { startAzurite, type Azurite, type AzuriteOptions } from './azurite.js'
import { BlobStore } from './blob-store.js'
import type { ArtifactRpc, Fault, FaultRule } from './faults.js'
import type { SwallowedRequest } from './black-hole.js'
import { ResultsService, type ArtifactRecord, type RpcCall } from './results-service.js'
import { mintRuntimeToken, newTokenSecret, type BackendIds } from './runtime-token.js'
import type { TwirpCode } from './twirp.js'

export type {
  ArtifactRecord,
  ArtifactRpc,
  BackendIds,
  Fault,
  FaultRule,
  RpcCall,
  SwallowedRequest,
  TwirpCode
}

export interface ArtifactServiceOptions {
  /** Ids put in the token's `Actions.Results:<run>:<job>` scope; random UUIDs by default. */
  workflowRunBackendId?: string
  workflowJobRunBackendId?: string
  /** Azurite container the artifacts go to; default 'actions-results'. */
  containerName?: string
  azurite?: AzuriteOptions
}

export interface ArtifactService {
  /**
   * What @actions/artifact needs: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
   * GITHUB_SERVER_URL (github.com, so it is not taken for GHES) and NO_PROXY /
   * no_proxy covering 127.0.0.1. Set it on process.env (see applyEnv/withEnv)
   * or pass it to a child process.
   */
  readonly env: Readonly<Record<string, string>>
  readonly ids: Readonly<BackendIds>
  /** Base URL of the Twirp stand-in, `http://127.0.0.1:<port>`. */
  readonly resultsUrl: string
  /** Blob endpoint of Azurite, `http://127.0.0.1:<port>/devstoreaccount1`. */
  readonly blobEndpoint: string
  readonly containerName: string
  /** Milliseconds startArtifactService took (Azurite start + container + server). */
  readonly startupMs: number
  /** Finalized artifacts, oldest first; `{ includeUnfinalized: true }` adds created-only ones. */
  artifacts(options?: { includeUnfinalized?: boolean }): ArtifactRecord[]
  /** Bytes in Azurite of the newest artifact (finalized or not) with this name. */
  blob(name: string): Promise<Buffer>
  /** Every Twirp call received, in order (faulted ones included). */
  requests(): RpcCall[]
  /** Queue a fault; see Fault for how @actions/artifact reacts. */
  injectFault(rule: FaultRule): void
  /** Shorthand: the next `times` calls of `method` answer a Twirp error (default internal/500). */
  failNext(
    method: ArtifactRpc | '*',
    code?: TwirpCode,
    options?: { msg?: string; times?: number }
  ): void
  /**
   * Every call of `method` (default all) from now on is read and never answered, until
   * clearFaults(); the connections stay open until dropSilentConnections() or stop().
   *
   * @example A client's bounded wait
   *   service.silence('CreateArtifact')
   *   const upload = client.uploadArtifact('report', files, root)
   *   // @actions/artifact sets no timeout: only the caller's own bound ends this wait
   *   expect(await Promise.race([upload, sleep(1000, 'still waiting')])).toBe('still waiting')
   *   service.dropSilentConnections() // the upload now fails with ECONNRESET
   */
  silence(method?: ArtifactRpc | '*'): void
  /** Ends the connections `silent` calls hold (clients see ECONNRESET); how many it ended. */
  dropSilentConnections(): number
  /** What the stalling blob endpoint of a `stalled-upload-url` fault has read. */
  stalledUploads(): SwallowedRequest[]
  /** Faults not used up yet. */
  pendingFaults(): FaultRule[]
  clearFaults(): void
  /** Closes the Twirp server (and the connections silent calls hold) and ends Azurite; idempotent. */
  stop(): Promise<void>
}

/**
 * Azurite (blob only, in memory, child process) plus a Twirp stand-in for the
 * Actions results service, both on 127.0.0.1 free ports.
 *
 * @example
 *   const service = await startArtifactService()
 *   const restore = applyEnv(service.env)
 *   try {
 *     const { id } = await new DefaultArtifactClient().uploadArtifact('report', files, root)
 *     expect(service.artifacts()).toEqual([expect.objectContaining({ id, name: 'report' })])
 *     expect(zipTextFiles(await service.blob('report'))).toEqual({ 'a.txt': 'hello' })
 *   } finally {
 *     restore()
 *     await service.stop()
 *   }
 */
export async function startArtifactService(
  options: ArtifactServiceOptions = {}
): Promise<ArtifactService> {
  const started = performance.now()
  const ids: BackendIds = {
    workflowRunBackendId: options.workflowRunBackendId ?? randomUUID(),
    workflowJobRunBackendId: options.workflowJobRunBackendId ?? randomUUID()
  }
  const containerName = options.containerName ?? 'actions-results'
  const azurite: Azurite = await startAzurite(options.azurite)
  let results: ResultsService | undefined
  try {
    const blobs = await BlobStore.create(azurite, containerName)
    const secret = newTokenSecret()
    results = new ResultsService(blobs, secret)
    const resultsUrl = await results.listen()
    const service = results
    const noProxy = [process.env['NO_PROXY'] ?? process.env['no_proxy'], '127.0.0.1,localhost']
      .filter(Boolean)
      .join(',')
    const env = Object.freeze({
      ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(ids, secret),
      ACTIONS_RESULTS_URL: `${resultsUrl}/`,
      GITHUB_SERVER_URL: 'https://github.com',
      NO_PROXY: noProxy,
      no_proxy: noProxy
    })
    let stopped: Promise<void> | undefined
    return {
      env,
      ids: Object.freeze({ ...ids }),
      resultsUrl,
      blobEndpoint: azurite.blobEndpoint,
      containerName,
      startupMs: Math.round(performance.now() - started),
      artifacts: ({ includeUnfinalized = false } = {}) =>
        service.artifacts().filter(record => includeUnfinalized || record.state === 'finalized'),
      blob: async name => {
        const record = service.find(name)
        if (!record) throw new Error(`no artifact named ${JSON.stringify(name)} was created`)
        const blob = await blobs.read(record.blobName)
        if (!blob) throw new Error(`artifact ${JSON.stringify(name)} has no blob in Azurite`)
        return blob.bytes
      },
      requests: () => service.requests(),
      injectFault: rule => service.faults.add(rule),
      failNext: (method, code = 'internal', { msg, times } = {}) =>
        service.faults.add({
          method,
          fault: { kind: 'twirp', code, ...(msg === undefined ? {} : { msg }) },
          ...(times === undefined ? {} : { times })
        }),
      silence: (method = '*') =>
        service.faults.add({ method, fault: { kind: 'silent' }, times: Infinity }),
      dropSilentConnections: () => service.dropSilentConnections(),
      stalledUploads: () => service.stalledUploads(),
      pendingFaults: () => service.faults.pending(),
      clearFaults: () => service.faults.clear(),
      stop: () => (stopped ??= Promise.all([service.close(), azurite.stop()]).then(() => {}))
    }
  } catch (error) {
    await results?.close()
    await azurite.stop()
    throw error
  }
}
