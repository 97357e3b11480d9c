// List + watch of one custom resource, the way client-go's reflector does it: list, then
// watch from the list's resourceVersion; when a watch ends (server timeout, client-side
// inactivity timeout, dropped connection) watch again from the last resourceVersion seen
// (bookmarks included); when the server answers 410 Gone ("too old resource version"), list
// again and tell the handler about objects that vanished meanwhile.
import { Watch, type CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node'
import type { EventLog } from './events.js'
import { errorMessage, statusCode, type KubeObject, type Timers } from './util.js'

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface ResourceRef {
  group: string
  version: string
  plural: string
  /** Undefined: every namespace (or a cluster-scoped resource). */
  namespace?: string
}

export interface InformerOptions {
  /** Asks the server to end each watch after this long (client-go uses 5-10 min). */
  watchTimeoutSeconds: number
}

type Outcome = { expired: boolean; error?: unknown }

/** client-node's own inactivity timer (30 s without a byte) ended the watch: a normal end. */
const isInactivity = (e: unknown) => (e as { name?: unknown } | null)?.name === 'TimeoutError'

const objectKey = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`

export class Informer {
  readonly resource: string
  /** The last resourceVersion seen (list, event or bookmark); undefined = list next. */
  resourceVersion: string | undefined
  private readonly store = new Map<string, KubeObject>()
  private readonly watcher: Watch
  private abort: AbortController | undefined
  private stopped = false
  private loop: Promise<void> | undefined
  private failures = 0
  private restartRequested = false

  constructor(
    kc: KubeConfig,
    private readonly custom: CustomObjectsApi,
    private readonly ref: ResourceRef,
    private readonly handler: (type: WatchEventType, obj: KubeObject) => void,
    private readonly log: EventLog,
    private readonly timers: Timers,
    private readonly opts: InformerOptions
  ) {
    this.watcher = new Watch(kc)
    this.resource = `${ref.plural}.${ref.group}${ref.namespace ? ` in ${ref.namespace}` : ''}`
  }

  private get path(): string {
    const { group, version, plural, namespace } = this.ref
    return namespace
      ? `/apis/${group}/${version}/namespaces/${namespace}/${plural}`
      : `/apis/${group}/${version}/${plural}`
  }

  /**
   * Lists (retrying: right after a CRD is created the server answers 404, then 429 "storage is
   * (re)initializing") and starts watching in the background. Gives up after `startTimeoutMs`.
   */
  async start(startTimeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + startTimeoutMs
    while (!this.stopped) {
      try {
        await this.list()
        break
      } catch (e) {
        this.event('error', { error: errorMessage(e) })
        if (Date.now() > deadline)
          throw new Error(`cannot list ${this.resource}: ${errorMessage(e)}`, { cause: e })
        await this.timers.sleep(this.backoff())
      }
    }
    if (!this.stopped) this.loop = this.run()
  }

  /** Ends the current watch and the loop; resolves when no request of ours is open. */
  async stop(): Promise<void> {
    this.stopped = true
    this.abort?.abort()
    await this.loop
  }

  /**
   * Test hook: ends the current watch; the next one starts from `resourceVersion` (default:
   * the last one seen). A stale value makes the server answer 410, which forces a new list.
   */
  restart(resourceVersion?: string): void {
    if (resourceVersion !== undefined) this.resourceVersion = resourceVersion
    this.restartRequested = true
    this.abort?.abort()
  }

  private backoff(): number {
    this.failures++
    return Math.min(100 * 2 ** (this.failures - 1), 2_000)
  }

  private event(
    action: 'listed' | 'watching' | 'ended' | 'expired' | 'error' | 'stopped',
    extra: { resourceVersion?: string; items?: number; error?: string } = {}
  ): void {
    this.log.push({ type: 'watch', resource: this.resource, action, ...extra, at: new Date() })
  }

  private async list(): Promise<void> {
    const { group, version, plural, namespace } = this.ref
    const list = (
      namespace
        ? await this.custom.listNamespacedCustomObject({ group, version, plural, namespace })
        : await this.custom.listClusterCustomObject({ group, version, plural })
    ) as { metadata?: { resourceVersion?: string }; items?: KubeObject[] }
    const items = list.items ?? []
    const seen = new Set<string>()
    for (const item of items) {
      const key = objectKey(item)
      seen.add(key)
      const known = this.store.get(key)
      this.store.set(key, item)
      if (known?.metadata.resourceVersion !== item.metadata.resourceVersion)
        this.handler(known ? 'MODIFIED' : 'ADDED', item)
    }
    // Deleted while we were not watching (the replace step of client-go's DeltaFIFO).
    for (const [key, obj] of [...this.store]) {
      if (seen.has(key)) continue
      this.store.delete(key)
      this.handler('DELETED', obj)
    }
    this.resourceVersion = list.metadata?.resourceVersion
    this.failures = 0
    this.event('listed', { resourceVersion: this.resourceVersion, items: items.length })
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.resourceVersion === undefined) {
        try {
          await this.list()
        } catch (e) {
          if (this.stopped) break
          this.event('error', { error: errorMessage(e) })
          await this.timers.sleep(this.backoff())
          continue
        }
      }
      this.event('watching', { resourceVersion: this.resourceVersion })
      const outcome = await this.watchOnce()
      if (this.stopped) break
      if (outcome.expired) {
        this.event('expired', { resourceVersion: this.resourceVersion })
        this.resourceVersion = undefined
      } else if (outcome.error && !this.restartRequested && !isInactivity(outcome.error)) {
        this.event('error', {
          resourceVersion: this.resourceVersion,
          error: errorMessage(outcome.error)
        })
        await this.timers.sleep(this.backoff())
      } else {
        this.failures = 0
        this.event('ended', { resourceVersion: this.resourceVersion })
      }
      this.restartRequested = false
    }
    this.event('stopped', { resourceVersion: this.resourceVersion })
  }

  private watchOnce(): Promise<Outcome> {
    return new Promise<Outcome>(resolve => {
      let expired = false
      let ended = false
      const finish = (error?: unknown) => {
        if (ended) return
        ended = true
        this.abort = undefined
        if (statusCode(error) === 410) expired = true
        resolve({ expired, error: error ?? undefined })
      }
      this.watcher
        .watch(
          this.path,
          {
            resourceVersion: this.resourceVersion,
            allowWatchBookmarks: true,
            timeoutSeconds: this.opts.watchTimeoutSeconds
          },
          (type: string, obj: KubeObject & { code?: number }) => {
            if (this.stopped || ended) return
            if (type === 'ERROR') {
              // A Status object: 410 Expired/Gone means our resourceVersion is too old.
              if (obj.code === 410) expired = true
              return
            }
            const rv = obj.metadata?.resourceVersion
            if (rv) this.resourceVersion = rv
            if (type === 'BOOKMARK') return
            if (type !== 'ADDED' && type !== 'MODIFIED' && type !== 'DELETED') return
            const key = objectKey(obj)
            if (type === 'DELETED') this.store.delete(key)
            else this.store.set(key, obj)
            this.handler(type, obj)
          },
          (err: unknown) => finish(err)
        )
        .then(ac => {
          if (ended) return
          this.abort = ac
          if (this.stopped || this.restartRequested) ac.abort()
        })
        .catch(finish)
    })
  }
}
