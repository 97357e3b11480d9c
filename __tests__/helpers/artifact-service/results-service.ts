import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Socket } from 'node:net'
import { BlackHole, type SwallowedRequest } from './black-hole.js'
import type { BlobStore } from './blob-store.js'
import { FaultPlan, type ArtifactRpc, type Fault } from './faults.js'
import { verifyRuntimeToken, type BackendIds } from './runtime-token.js'
import {
  JsonMessage,
  parseTwirpPath,
  readBody,
  TWIRP_STATUS,
  TwirpError,
  writeJson
} from './twirp.js'

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService'

/** One artifact as the stand-in holds it. */
export interface ArtifactRecord {
  /** database_id; what uploadArtifact returns as `id`. */
  id: number
  name: string
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  /** CreateArtifact's `version` (7 for @actions/artifact 6). */
  version: number
  mimeType: string | undefined
  expiresAt: Date | undefined
  createdAt: Date
  /** Where the bytes are in the Azurite container. */
  blobName: string
  state: 'created' | 'finalized'
  /** FinalizeArtifact's `size` as the client reported it. */
  size: number | undefined
  /** FinalizeArtifact's `hash` as the client reported it (`sha256:<hex>`). */
  hash: string | undefined
  /** Measured from the blob in Azurite at finalize time. */
  blobSize: number | undefined
  blobDigest: string | undefined
  blobContentType: string | undefined
}

/** One call the stand-in received, in order. */
export interface RpcCall {
  method: string
  /** Parsed JSON request, or the raw text when it was not JSON. */
  request: unknown
  status: number
  /** Parsed JSON answer; undefined for a dropped connection. */
  response: unknown
  fault: Fault['kind'] | undefined
  authorization: string | undefined
  /**
   * The client closed the connection before an answer was complete (e.g. while the call was
   * `silent`); false when the stand-in closed it (dropSilentConnections(), stop()).
   */
  clientGaveUp: boolean
}

/** Which upload URL CreateArtifact hands out. */
type UploadUrlKind = 'valid' | 'expired' | 'stalled'

const RPCS: ReadonlySet<string> = new Set<ArtifactRpc>([
  'CreateArtifact',
  'FinalizeArtifact',
  'ListArtifacts',
  'GetSignedArtifactURL',
  'DeleteArtifact'
])

/** Same set of characters @actions/artifact refuses in a name. */
const INVALID_NAME = /["<>|*?\r\n\\/:]/
const HASH = /^sha256:[0-9a-f]{64}$/

/**
 * A stand-in for the Actions results service's Twirp ArtifactService (JSON
 * flavour), storing artifact bytes in Azurite.
 */
export class ResultsService {
  readonly faults = new FaultPlan()
  private readonly records: ArtifactRecord[] = []
  private readonly calls: RpcCall[] = []
  private readonly aborter = new AbortController()
  private readonly blackHole = new BlackHole()
  /** Connections of `silent` calls, held open until dropped or closed. */
  private readonly silent = new Set<Socket>()
  /** Connections the stand-in itself closed: their calls did not end by the client. */
  private readonly closedHere = new WeakSet<Socket>()
  private nextId = 1001
  private server: Server | undefined

  constructor(
    private readonly blobs: BlobStore,
    private readonly tokenSecret: Buffer
  ) {}

  /** Listens on a free port of 127.0.0.1; returns the base URL (no trailing slash). */
  async listen(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res))
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async close(): Promise<void> {
    this.aborter.abort()
    this.dropSilentConnections()
    await this.blackHole.close()
    const server = this.server
    if (!server) return
    this.server = undefined
    const closed = new Promise<void>(resolve => server.close(() => resolve()))
    server.closeAllConnections()
    await closed
  }

  artifacts(): ArtifactRecord[] {
    return this.records.map(record => ({ ...record }))
  }

  requests(): RpcCall[] {
    return this.calls.map(call => ({ ...call }))
  }

  /** Ends every connection a `silent` fault holds; the clients see ECONNRESET. */
  dropSilentConnections(): number {
    const count = this.silent.size
    for (const socket of this.silent) {
      this.closedHere.add(socket)
      socket.destroy()
    }
    this.silent.clear()
    return count
  }

  /** What the stalling blob endpoint of `stalled-upload-url` has swallowed. */
  stalledUploads(): SwallowedRequest[] {
    return this.blackHole.requests()
  }

  /** Newest record (any state) with this name. */
  find(name: string): ArtifactRecord | undefined {
    return this.records.filter(record => record.name === name).at(-1)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const call: RpcCall = {
      method: '',
      request: undefined,
      status: 0,
      response: undefined,
      fault: undefined,
      authorization: req.headers.authorization,
      clientGaveUp: false
    }
    this.calls.push(call)
    const socket = req.socket
    res.once('close', () => {
      if (res.writableFinished || this.closedHere.has(socket)) return
      if (!this.aborter.signal.aborted) call.clientGaveUp = true
    })
    const answer = (status: number, body: unknown): void => {
      call.status = status
      call.response = body
      writeJson(res, status, body)
    }
    /** Twirp's error shape: {"code","msg","meta"}, with the code's HTTP status. */
    const fail = (error: TwirpError, status: number = TWIRP_STATUS[error.code]): void => {
      answer(status, {
        code: error.code,
        msg: error.message,
        ...(error.meta && { meta: error.meta })
      })
    }

    try {
      const text = await readBody(req)
      call.request = tryJson(text)
      const route = parseTwirpPath(req.url ?? '')
      call.method = route?.method ?? req.url ?? ''
      if (req.method !== 'POST') {
        throw new TwirpError('bad_route', `unsupported method ${req.method} (only POST is allowed)`)
      }
      if (!route || route.service !== ARTIFACT_SERVICE || !RPCS.has(route.method)) {
        throw new TwirpError('bad_route', `no handler for path "${req.url}"`)
      }

      const fault = this.faults.take(route.method)
      call.fault = fault?.kind
      if (fault?.kind === 'twirp') {
        fail(new TwirpError(fault.code, fault.msg ?? `injected ${fault.code}`), fault.status)
        return
      }
      if (fault?.kind === 'raw') {
        call.status = fault.status
        call.response = fault.body
        res.writeHead(fault.status, { 'Content-Type': fault.contentType ?? 'text/html' })
        res.end(fault.body)
        return
      }
      if (fault?.kind === 'reset') {
        this.closedHere.add(socket)
        socket.destroy()
        return
      }
      if (fault?.kind === 'silent') {
        this.silent.add(socket)
        socket.once('close', () => this.silent.delete(socket))
        return
      }
      if (fault?.kind === 'delay') {
        await sleep(fault.ms, undefined, { signal: this.aborter.signal })
      }

      const contentType = (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim()
      if (contentType !== 'application/json') {
        throw new TwirpError(
          'bad_route',
          `unexpected Content-Type: "${req.headers['content-type'] ?? ''}" (the stand-in speaks JSON only)`
        )
      }
      const caller = this.authenticate(req)
      const message = JsonMessage.parse(text)
      const uploadUrl: UploadUrlKind =
        fault?.kind === 'expired-upload-url'
          ? 'expired'
          : fault?.kind === 'stalled-upload-url'
            ? 'stalled'
            : 'valid'
      const body = await this.dispatch(route.method as ArtifactRpc, message, caller, uploadUrl)
      answer(200, body)
    } catch (error) {
      if (this.aborter.signal.aborted) return
      if (error instanceof TwirpError) {
        fail(error)
      } else {
        fail(new TwirpError('internal', `stand-in failure: ${String(error)}`))
      }
    }
  }

  private authenticate(req: IncomingMessage): BackendIds {
    const header = req.headers.authorization ?? ''
    const match = /^Bearer (\S+)$/.exec(header)
    if (!match?.[1]) throw new TwirpError('unauthenticated', 'missing bearer token')
    const ids = verifyRuntimeToken(match[1], this.tokenSecret)
    if (typeof ids === 'string') throw new TwirpError('unauthenticated', ids)
    return ids
  }

  private dispatch(
    method: ArtifactRpc,
    message: JsonMessage,
    caller: BackendIds,
    uploadUrl: UploadUrlKind
  ): Promise<Record<string, unknown>> | Record<string, unknown> {
    switch (method) {
      case 'CreateArtifact':
        return this.createArtifact(message, caller, uploadUrl)
      case 'FinalizeArtifact':
        return this.finalizeArtifact(message, caller)
      case 'ListArtifacts':
        return this.listArtifacts(message, caller)
      case 'GetSignedArtifactURL':
        return this.getSignedArtifactUrl(message, caller)
      case 'DeleteArtifact':
        return this.deleteArtifact(message, caller)
    }
  }

  private async createArtifact(
    message: JsonMessage,
    caller: BackendIds,
    uploadUrl: UploadUrlKind
  ): Promise<Record<string, unknown>> {
    const ids = backendIds(message, caller)
    const name = artifactName(message)
    const version = Number(message.integer('version') ?? 0n)
    if (version < 4) {
      throw new TwirpError('invalid_argument', `version must be 4 or greater, got ${version}`)
    }
    const expiresAt = message.timestamp('expires_at')
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new TwirpError('invalid_argument', 'expires_at must be in the future')
    }
    const mimeType = message.stringValue('mime_type')
    if (this.inRun(ids.workflowRunBackendId).some(record => record.name === name)) {
      throw new TwirpError(
        'already_exists',
        'an artifact with this name already exists on the workflow run'
      )
    }
    const id = this.nextId++
    const suffix = mimeType === undefined || mimeType === 'application/zip' ? '.zip' : ''
    const record: ArtifactRecord = {
      id,
      name,
      ...ids,
      version,
      mimeType,
      expiresAt,
      createdAt: new Date(),
      blobName: `${ids.workflowRunBackendId}/${ids.workflowJobRunBackendId}/${id}/${name}${suffix}`,
      state: 'created',
      size: undefined,
      hash: undefined,
      blobSize: undefined,
      blobDigest: undefined,
      blobContentType: undefined
    }
    const signed = this.blobs.uploadUrl(record.blobName, { expired: uploadUrl === 'expired' })
    const stalled = uploadUrl === 'stalled' ? await this.stalledUrl(signed) : undefined
    this.records.push(record)
    return { ok: true, signed_upload_url: stalled ?? signed }
  }

  /** The same path and SAS on the black hole's port: the upload is read, never answered. */
  private async stalledUrl(signed: string): Promise<string> {
    const url = new URL(signed)
    const hole = new URL(await this.blackHole.url())
    url.host = hole.host
    return url.toString()
  }

  private async finalizeArtifact(
    message: JsonMessage,
    caller: BackendIds
  ): Promise<Record<string, unknown>> {
    const ids = backendIds(message, caller)
    const name = artifactName(message)
    const size = message.integer('size') ?? 0n
    if (size < 0n) throw new TwirpError('invalid_argument', 'size must not be negative')
    const hash = message.stringValue('hash')
    if (hash !== undefined && !HASH.test(hash)) {
      throw new TwirpError('invalid_argument', 'hash must look like sha256:<64 hex digits>')
    }
    const record = this.inRun(ids.workflowRunBackendId).find(
      candidate =>
        candidate.name === name && candidate.workflowJobRunBackendId === ids.workflowJobRunBackendId
    )
    if (!record) throw new TwirpError('not_found', 'artifact not found')
    if (record.state === 'finalized') {
      throw new TwirpError('failed_precondition', 'artifact has already been finalized')
    }
    const blob = await this.blobs.read(record.blobName)
    if (!blob) {
      throw new TwirpError('failed_precondition', 'artifact content was not uploaded')
    }
    Object.assign(record, {
      state: 'finalized',
      size: Number(size),
      hash,
      blobSize: blob.bytes.length,
      blobDigest: blob.digest,
      blobContentType: blob.contentType
    } satisfies Partial<ArtifactRecord>)
    return { ok: true, artifact_id: String(record.id) }
  }

  private listArtifacts(message: JsonMessage, caller: BackendIds): Record<string, unknown> {
    const ids = backendIds(message, caller)
    const nameFilter = message.stringValue('name_filter')
    const idFilter = message.integer('id_filter')
    const artifacts = this.inRun(ids.workflowRunBackendId)
      .filter(record => record.state === 'finalized')
      .filter(record => nameFilter === undefined || record.name === nameFilter)
      .filter(record => idFilter === undefined || BigInt(record.id) === idFilter)
      .map(record => ({
        workflow_run_backend_id: record.workflowRunBackendId,
        workflow_job_run_backend_id: record.workflowJobRunBackendId,
        database_id: String(record.id),
        name: record.name,
        size: String(record.size ?? 0),
        created_at: record.createdAt.toISOString(),
        ...(record.hash === undefined ? {} : { digest: record.hash })
      }))
    return { artifacts }
  }

  private getSignedArtifactUrl(message: JsonMessage, caller: BackendIds): Record<string, unknown> {
    const ids = backendIds(message, caller)
    const name = artifactName(message)
    const record = this.finalizedInRun(ids.workflowRunBackendId, name)
    return { signed_url: this.blobs.downloadUrl(record.blobName) }
  }

  private async deleteArtifact(
    message: JsonMessage,
    caller: BackendIds
  ): Promise<Record<string, unknown>> {
    const ids = backendIds(message, caller)
    const name = artifactName(message)
    const record = this.finalizedInRun(ids.workflowRunBackendId, name)
    await this.blobs.delete(record.blobName)
    this.records.splice(this.records.indexOf(record), 1)
    return { ok: true, artifact_id: String(record.id) }
  }

  private inRun(workflowRunBackendId: string): ArtifactRecord[] {
    return this.records.filter(record => record.workflowRunBackendId === workflowRunBackendId)
  }

  private finalizedInRun(workflowRunBackendId: string, name: string): ArtifactRecord {
    const record = this.inRun(workflowRunBackendId).find(
      candidate => candidate.name === name && candidate.state === 'finalized'
    )
    if (!record) throw new TwirpError('not_found', 'artifact not found')
    return record
  }
}

/** The backend ids a request names must be present and be the caller's own. */
function backendIds(message: JsonMessage, caller: BackendIds): BackendIds {
  const workflowRunBackendId = message.string('workflow_run_backend_id')
  const workflowJobRunBackendId = message.string('workflow_job_run_backend_id')
  if (!workflowRunBackendId) {
    throw new TwirpError('invalid_argument', 'workflow_run_backend_id is required', {
      argument: 'workflow_run_backend_id'
    })
  }
  if (!workflowJobRunBackendId) {
    throw new TwirpError('invalid_argument', 'workflow_job_run_backend_id is required', {
      argument: 'workflow_job_run_backend_id'
    })
  }
  if (
    workflowRunBackendId !== caller.workflowRunBackendId ||
    workflowJobRunBackendId !== caller.workflowJobRunBackendId
  ) {
    throw new TwirpError(
      'permission_denied',
      'the backend ids do not match the Actions.Results scope of the token'
    )
  }
  return { workflowRunBackendId, workflowJobRunBackendId }
}

function artifactName(message: JsonMessage): string {
  const name = message.string('name')
  if (!name) {
    throw new TwirpError('invalid_argument', 'name is required', { argument: 'name' })
  }
  if (INVALID_NAME.test(name)) {
    throw new TwirpError('invalid_argument', `name contains an invalid character: ${name}`, {
      argument: 'name'
    })
  }
  return name
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
