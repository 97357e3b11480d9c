import type { TwirpCode } from './twirp.js'

export type ArtifactRpc =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'DeleteArtifact'

/**
 * What the stand-in does instead of (or before) answering a call.
 *
 * How @actions/artifact 6 reacts (ArtifactHttpClient.retryableRequest):
 * - 500/502/503/504/429, or a body that is not JSON: retried, up to 5 attempts,
 *   sleeping 3 s, then 4.5–6.75 s, … (not configurable through uploadArtifact);
 * - any other non-2xx: "Received non-retryable error", thrown at once;
 * - a `msg` containing "insufficient usage": UsageError, thrown at once;
 * - ECONNRESET/ECONNREFUSED/…: NetworkError, thrown at once;
 * - no answer at all: it waits for ever. Its HttpClient (@actions/http-client) is made
 *   without a socket timeout, so only the caller's own bound ends the wait;
 * - a blob upload that makes no progress: "Upload progress stalled." once no bytes moved for
 *   ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS (default 300000 ms; lib/internal/shared/config.js).
 *
 * @example The results service accepts the call and never answers
 *   service.injectFault({ method: 'CreateArtifact', fault: { kind: 'silent' } })
 *   // or every call from now on: service.silence()
 *
 * @example The blob upload stalls (CreateArtifact answers; its upload URL never does)
 *   service.injectFault({ method: 'CreateArtifact', fault: { kind: 'stalled-upload-url' } })
 */
export type Fault =
  /** Answer a Twirp error; status defaults to the code's own (internal → 500). */
  | { kind: 'twirp'; code: TwirpCode; msg?: string; status?: number }
  /** Answer exactly this status and body (e.g. an HTML 502 from a proxy). */
  | { kind: 'raw'; status: number; body: string; contentType?: string }
  /** Drop the connection without answering: the client sees ECONNRESET. */
  | { kind: 'reset' }
  /** Wait, then handle the call normally. */
  | { kind: 'delay'; ms: number }
  /**
   * CreateArtifact only: answer normally but hand out an upload URL whose SAS
   * has expired, so Azurite refuses the upload with 403 AuthenticationFailed.
   */
  | { kind: 'expired-upload-url' }
  /**
   * Read the call and never answer. The connection stays open until the client gives up,
   * dropSilentConnections() ends it (the client sees ECONNRESET) or the service stops.
   */
  | { kind: 'silent' }
  /**
   * CreateArtifact only: answer normally but hand out an upload URL on a blob endpoint that
   * reads the upload and never answers (same path and SAS, another port). What it swallowed
   * is in stalledUploads().
   */
  | { kind: 'stalled-upload-url' }

export interface FaultRule {
  method: ArtifactRpc | '*'
  fault: Fault
  /** How many matching calls it applies to; default 1. Infinity = until cleared. */
  times?: number
}

/** Faults that change the upload URL CreateArtifact hands out. */
const UPLOAD_URL_FAULTS: ReadonlySet<Fault['kind']> = new Set([
  'expired-upload-url',
  'stalled-upload-url'
])

/** Queue of one-shot (or n-shot) faults, first matching rule wins. */
export class FaultPlan {
  private rules: { method: ArtifactRpc | '*'; fault: Fault; left: number }[] = []

  add(rule: FaultRule): void {
    const left = rule.times ?? 1
    if (!(left > 0)) throw new Error(`times must be positive, got ${left}`)
    if (UPLOAD_URL_FAULTS.has(rule.fault.kind) && rule.method !== 'CreateArtifact') {
      throw new Error(`${rule.fault.kind} only applies to CreateArtifact`)
    }
    this.rules.push({ method: rule.method, fault: rule.fault, left })
  }

  /** Takes the fault for this call, if any, and counts it down. */
  take(method: string): Fault | undefined {
    const index = this.rules.findIndex(
      rule =>
        (rule.method === method || rule.method === '*') &&
        (!UPLOAD_URL_FAULTS.has(rule.fault.kind) || method === 'CreateArtifact')
    )
    const rule = this.rules[index]
    if (!rule) return undefined
    rule.left -= 1
    if (rule.left <= 0) this.rules.splice(index, 1)
    return rule.fault
  }

  pending(): FaultRule[] {
    return this.rules.map(rule => ({ method: rule.method, fault: rule.fault, times: rule.left }))
  }

  clear(): void {
    this.rules = []
  }
}
