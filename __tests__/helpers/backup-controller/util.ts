// Small pieces shared by the test controller: API error handling, time and quantity formats,
// cancellable sleeps and a per-object work queue.
import { ApiException, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node'

/** Every patch call names its content type (client-node defaults to JSON patch). */
export const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)

/** The minimal shape of the objects we handle (CustomObjectsApi returns `any`). */
export interface KubeObject {
  apiVersion?: string
  kind?: string
  metadata: {
    name: string
    namespace?: string
    uid?: string
    resourceVersion?: string
    generation?: number
    creationTimestamp?: string
    deletionTimestamp?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
    finalizers?: string[]
    ownerReferences?: unknown[]
  }
  spec?: Record<string, unknown>
  status?: Record<string, unknown>
}

export function statusCode(e: unknown): number | undefined {
  if (e instanceof ApiException) return e.code
  const code = (e as { statusCode?: unknown; code?: unknown } | undefined)?.statusCode
  return typeof code === 'number' ? code : undefined
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiException) {
    const body = e.body as unknown
    let message: string | undefined
    if (typeof body === 'string') {
      try {
        message = (JSON.parse(body) as { message?: string }).message
      } catch {
        message = body
      }
    } else if (body && typeof body === 'object') {
      message = (body as { message?: string }).message
    }
    return `HTTP ${e.code}${message ? `: ${message}` : ''}`
  }
  return e instanceof Error ? e.message : String(e)
}

/** Kubernetes `metav1.Time`: RFC 3339 in UTC with whole seconds (what Velero writes). */
export function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d+Z$/, 'Z')
}

/** `20060102150405` in UTC: Velero's Schedule.TimestampedName. */
export function compactUtc(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}

/** Go's time.Duration String() for whole hours/minutes/seconds, e.g. 720h0m0s, 10m0s, 4h0m0s. */
export function goDuration(ms: number): string {
  const total = Math.round(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  if (h > 0) return `${h}h${m}m${s}s`
  if (m > 0) return `${m}m${s}s`
  return `${s}s`
}

/** Parses a Go duration as Velero accepts in spec.ttl (`720h`, `1h30m`, `90s`, `720h0m0s`). */
export function parseGoDuration(text: string): number | undefined {
  const units: Record<string, number> = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000
  }
  if (text === '0') return 0
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy
  let total = 0
  let matched = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (units[m[2] ?? ''] ?? NaN)
    matched = re.lastIndex
  }
  return matched === text.length && text.length > 0 && Number.isFinite(total) ? total : undefined
}

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50
}
const DECIMAL: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 }

/** A Kubernetes quantity (`1Gi`, `500M`, `1073741824`) in bytes; undefined if not one we know. */
export function quantityToBytes(q: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|k|M|G|T|P)?$/.exec(q.trim())
  if (!m) return undefined
  const factor = BINARY[m[2] ?? ''] ?? DECIMAL[m[2] ?? '']
  return factor === undefined ? undefined : Math.ceil(Number(m[1]) * factor)
}

/** `resource.NewQuantity(bytes, BinarySI).String()`: the largest binary suffix that divides. */
export function bytesToQuantity(bytes: number): string {
  for (const [suffix, factor] of Object.entries(BINARY).reverse()) {
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${suffix}`
  }
  return String(bytes)
}

/**
 * Timers the controller owns: all are cleared by `clear()`, so none outlives stop().
 */
export class Timers {
  private readonly pending = new Map<NodeJS.Timeout, () => void>()

  /** Runs `fn` after `ms` unless cleared first. */
  after(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.pending.delete(t)
      fn()
    }, ms)
    this.pending.set(t, () => undefined)
  }

  /** Resolves after `ms`, or at once when cleared. */
  sleep(ms: number): Promise<void> {
    return new Promise(resolve => {
      const t = setTimeout(() => {
        this.pending.delete(t)
        resolve()
      }, ms)
      this.pending.set(t, resolve)
    })
  }

  clear(): void {
    for (const [t, wake] of this.pending) {
      clearTimeout(t)
      wake()
    }
    this.pending.clear()
  }
}

/**
 * A work queue keyed by object: one reconcile per key at a time; events that arrive meanwhile
 * collapse into one more run with the newest object (like client-go's workqueue).
 */
export class KeyedQueue<T> {
  private readonly running = new Map<string, Promise<void>>()
  private readonly next = new Map<string, T>()
  private closed = false

  constructor(
    private readonly work: (key: string, item: T) => Promise<void>,
    private readonly onError: (key: string, e: unknown) => void
  ) {}

  add(key: string, item: T): void {
    if (this.closed) return
    if (this.running.has(key)) {
      this.next.set(key, item)
      return
    }
    const run = (async () => {
      let current: T | undefined = item
      while (current !== undefined && !this.closed) {
        try {
          await this.work(key, current)
        } catch (e) {
          if (!this.closed) this.onError(key, e)
        }
        current = this.next.get(key)
        this.next.delete(key)
      }
    })().finally(() => this.running.delete(key))
    this.running.set(key, run)
  }

  /** Stops taking work and waits for what is running. */
  async close(): Promise<void> {
    this.closed = true
    this.next.clear()
    await Promise.allSettled([...this.running.values()])
  }
}
