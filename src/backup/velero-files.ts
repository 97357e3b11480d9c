/**
 * Velero's own words on a restore or backup, which are not on the API objects: `status.errors`
 * and `status.warnings` are counts, the messages are files in object storage. They are fetched
 * the way Velero's client does (`velero restore describe`, `velero backup logs`: Velero's
 * pkg/cmd/util/downloadrequest/downloadrequest.go): create a DownloadRequest for the file, wait
 * until Velero has written a pre-signed URL into its status, GET that URL, gunzip. The results
 * file is JSON `{"errors": Result, "warnings": Result}` with Result `{velero?: [], cluster?: [],
 * namespaces?: {ns: []}}` (pkg/util/results/result.go); a log is logrus text, one entry a line.
 */
import { randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import type { ClusterApi, SignedUrlReader } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import { pollUntil } from '../cluster/wait.js'
import { getErrorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine, truncate } from '../text/one-line.js'
import { isObject, str } from '../util/json.js'
import { VELERO_API_VERSION, veleroRef } from './velero-ref.js'

/** The download targets used here (DownloadTargetKind in pkg/apis/velero/v1/download_request_types.go). */
export type VeleroFileKind = 'RestoreResults' | 'BackupResults' | 'BackupLog'

/** One thing Velero said: where (velero, cluster, namespace <ns>, log, status, a location) and what. */
export interface VeleroMessage {
  level: 'error' | 'warning'
  scope: string
  message: string
}

/** What Velero said about one restore or backup, capped, and why a part could not be read. */
export interface VeleroMessages {
  messages: VeleroMessage[]
  /** Messages beyond the cap, not listed. */
  omitted: number
  /** Why Velero's file could not be read, when it could not. */
  unavailable?: string
}

/**
 * Bounds. Velero's own client waits up to a minute for the URL; a results file of a large
 * restore with many conflicts can be megabytes, so the body and its unpacked size are capped.
 */
export const VELERO_FILE_LIMITS = {
  /** Until Velero has signed the URL (it does within a second when the location is usable). */
  urlTimeoutMs: 30_000,
  downloadTimeoutMs: 30_000,
  maxBytes: 16 * 1024 * 1024,
  maxUnpackedBytes: 64 * 1024 * 1024,
  /** Messages kept (errors first), each cut to this length. */
  maxMessages: 100,
  maxMessageLength: 1000
} as const

const DOWNLOAD_REQUEST_LENGTH = 253

/** Where the file is: namespace and the signed-URL reader, plus the location's CA, if any. */
export interface VeleroFileSource {
  api: ClusterApi
  reader: SignedUrlReader
  namespace: string
  /** PEM CA certificate of the storage location (spec.objectStorage.caCert, base64 there). */
  caCert?: string
}

/** For tests: how time passes while waiting for the URL. */
export type FileWait = Pick<WaitOptions, 'sleep' | 'now'> & { logger: Logger }

/** The URL's signature (X-Amz-Signature and the like) is what grants access: mask it too. */
function maskUrl(url: string, logger: Logger): void {
  logger.mask(url)
  try {
    for (const [key, value] of new URL(url).searchParams)
      if (/signature|token|credential|sig$/i.test(key) && value.length >= 8) logger.mask(value)
  } catch {
    // Not a URL: masked as a whole above.
  }
}

/**
 * Fetches one of Velero's files for the object `name` (a Restore or a Backup): undefined when
 * object storage has no such file. Throws when Velero gives no URL in time or the download
 * fails. The DownloadRequest is deleted afterwards (Velero would delete it after 10 minutes).
 */
export async function fetchVeleroFile(
  source: VeleroFileSource,
  kind: VeleroFileKind,
  name: string,
  wait: FileWait
): Promise<Buffer | undefined> {
  const ref = veleroRef('downloadrequests', source.namespace)
  const suffix = `-${randomBytes(6).toString('hex')}`
  const requestName = `${name.slice(0, DOWNLOAD_REQUEST_LENGTH - suffix.length)}${suffix}`
  await source.api.create(ref, {
    apiVersion: VELERO_API_VERSION,
    kind: 'DownloadRequest',
    metadata: { name: requestName, namespace: source.namespace },
    spec: { target: { kind, name } }
  })
  try {
    const url = await pollUntil(
      `Velero to sign a download URL for the ${kind} of ${name} (DownloadRequest ${requestName})`,
      async () => {
        const request = await source.api.get(ref, requestName)
        if (!request) throw new Error(`DownloadRequest ${requestName} disappeared`)
        const signed = str(request.status?.downloadURL)
        return signed && str(request.status?.phase) === 'Processed' ? signed : undefined
      },
      {
        timeoutMs: VELERO_FILE_LIMITS.urlTimeoutMs,
        intervalMs: 500,
        logger: wait.logger,
        ...(wait.sleep ? { sleep: wait.sleep } : {}),
        ...(wait.now ? { now: wait.now } : {})
      }
    )
    maskUrl(url, wait.logger)
    const file = await source.reader.read(url, {
      timeoutMs: VELERO_FILE_LIMITS.downloadTimeoutMs,
      maxBytes: VELERO_FILE_LIMITS.maxBytes,
      ...(source.caCert ? { caCert: source.caCert } : {})
    })
    if (!file.found) return undefined
    // Every file but BackupContents is gzip (downloadrequest.go decompresses all others).
    try {
      return gunzipSync(file.body, { maxOutputLength: VELERO_FILE_LIMITS.maxUnpackedBytes })
    } catch (error) {
      throw new Error(
        (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE'
          ? `the ${kind} file unpacks to more than ${VELERO_FILE_LIMITS.maxUnpackedBytes} bytes, more than is read here`
          : `the ${kind} file is not gzip: ${getErrorMessage(error)}`,
        { cause: error }
      )
    }
  } finally {
    await source.api.delete(ref, requestName).catch((error: unknown) => {
      wait.logger.debug(
        `could not delete DownloadRequest ${requestName}: ${oneLine(getErrorMessage(error))}`
      )
    })
  }
}

const clean = (text: string) => truncate(oneLine(text), VELERO_FILE_LIMITS.maxMessageLength)

function resultMessages(level: VeleroMessage['level'], result: unknown): VeleroMessage[] {
  if (!isObject(result)) return []
  const out: VeleroMessage[] = []
  const add = (scope: string, list: unknown) => {
    if (!Array.isArray(list)) return
    for (const m of list) if (typeof m === 'string') out.push({ level, scope, message: clean(m) })
  }
  add('velero', result.velero)
  add('cluster', result.cluster)
  if (isObject(result.namespaces))
    for (const [namespace, list] of Object.entries(result.namespaces))
      add(`namespace ${clean(namespace)}`, list)
  return out
}

/** The messages of a results file (RestoreResults, BackupResults): errors, then warnings. */
export function parseResults(text: string): VeleroMessage[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(`the results file is not JSON: ${getErrorMessage(error)}`, { cause: error })
  }
  if (!isObject(parsed)) throw new Error('the results file is not a JSON object')
  return [...resultMessages('error', parsed.errors), ...resultMessages('warning', parsed.warnings)]
}

const LOGFMT = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\S*)/g

function unquote(value: string): string {
  if (!value.startsWith('"')) return value
  try {
    return JSON.parse(value) as string
  } catch {
    // Go's %q may use escapes JSON has not (\x..): keep the text readable.
    return value.slice(1, -1).replace(/\\(.)/g, '$1')
  }
}

/**
 * The error entries of a Velero log (logrus text format: `time=… level=error msg="…" error="…"
 * resource=…`): level error, fatal or panic, as `msg: error [resource namespace/name]`.
 */
export function logErrors(text: string): VeleroMessage[] {
  const out: VeleroMessage[] = []
  for (const line of text.split('\n')) {
    if (!/\blevel=(error|fatal|panic)\b/.test(line)) continue
    const fields = new Map<string, string>()
    for (const match of line.matchAll(LOGFMT)) fields.set(match[1]!, unquote(match[2]!))
    const msg = fields.get('msg') ?? line
    const error = fields.get('error')
    const object = [fields.get('namespace'), fields.get('name')].filter(Boolean).join('/')
    const what = [fields.get('resource'), object].filter(Boolean).join(' ')
    const item = what ? ` [${what}]` : ''
    out.push({
      level: 'error',
      scope: 'log',
      message: clean(`${msg}${error ? `: ${error}` : ''}${item}`)
    })
  }
  return out
}

/** Caps the list (errors first, in Velero's order), counting what was left out. */
export function capMessages(messages: VeleroMessage[], unavailable?: string): VeleroMessages {
  const ordered = [
    ...messages.filter(m => m.level === 'error'),
    ...messages.filter(m => m.level === 'warning')
  ]
  const kept = ordered.slice(0, VELERO_FILE_LIMITS.maxMessages)
  return {
    messages: kept,
    omitted: ordered.length - kept.length,
    ...(unavailable ? { unavailable } : {})
  }
}

/** `error (namespace shop): …` lines for a log. */
export function messageLines(details: VeleroMessages): string[] {
  const lines = details.messages.map(m => `${m.level} (${m.scope}): ${m.message}`)
  if (details.omitted > 0) lines.push(`… and ${details.omitted} more`)
  if (details.unavailable)
    lines.push(`(Velero's messages could not be read: ${details.unavailable})`)
  return lines
}
