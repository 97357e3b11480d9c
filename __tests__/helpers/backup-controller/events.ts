// What the test controller did, in order: tests wait on it and assert on it.

/** The kinds the controller drives. */
export type ControlledKind =
  | 'Backup'
  | 'Restore'
  | 'Schedule'
  | 'DeleteBackupRequest'
  | 'VolumeSnapshot'
  | 'VolumeSnapshotContent'

interface Base {
  at: Date
}

interface ObjectRef {
  kind: ControlledKind
  /** Undefined for cluster-scoped objects (VolumeSnapshotContent). */
  namespace?: string
  name: string
}

export type ControllerEvent =
  /** A list/watch of one resource: listed (with the list's resourceVersion), watching (from
   * resourceVersion), ended (the server or the client-side inactivity timer closed the watch:
   * the next watch resumes from resourceVersion), expired (410 Gone: the next step is a new
   * list), error (HTTP or network error, retried with backoff), stopped (by stop()). */
  | (Base & {
      type: 'watch'
      resource: string
      action: 'listed' | 'watching' | 'ended' | 'expired' | 'error' | 'stopped'
      resourceVersion?: string
      items?: number
      error?: string
    })
  /** The controller wrote `phase` on the object (for a VolumeSnapshot: Bound, Ready or Error). */
  | (Base & ObjectRef & { type: 'phase'; phase: string; resourceVersion?: string })
  /** A write answered 409 Conflict; the controller re-read the object and decided again. */
  | (Base & ObjectRef & { type: 'conflict'; resourceVersion?: string; attempt: number })
  | (Base & ObjectRef & { type: 'created' })
  | (Base & ObjectRef & { type: 'deleted' })
  /** Anything the controller could not do (it keeps running). */
  | (Base & Partial<ObjectRef> & { type: 'error'; message: string })

/** Distributes ControllerEvent to an array (history) and to waiters. */
export class EventLog {
  readonly events: ControllerEvent[] = []
  private readonly waiters = new Set<{
    match: (e: ControllerEvent) => boolean
    done: (e?: ControllerEvent, error?: Error) => void
  }>()

  push(e: ControllerEvent): void {
    this.events.push(e)
    for (const w of [...this.waiters]) if (w.match(e)) w.done(e)
  }

  /**
   * The first event (already recorded or still to come) that matches; rejects after
   * `timeoutMs` with the recent events in the message.
   */
  wait(
    match: (e: ControllerEvent) => boolean,
    what: string,
    { timeoutMs = 15_000, since = 0 }: { timeoutMs?: number; since?: number } = {}
  ): Promise<ControllerEvent> {
    const found = this.events.slice(since).find(match)
    if (found) return Promise.resolve(found)
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        done: (e?: ControllerEvent, error?: Error) => {
          clearTimeout(timer)
          this.waiters.delete(waiter)
          if (e) resolve(e)
          else reject(error)
        }
      }
      const timer = setTimeout(() => {
        const recent = this.events.slice(-15).map(describe).join('\n  ')
        waiter.done(
          undefined,
          new Error(`timed out after ${timeoutMs} ms waiting for ${what}; recent:\n  ${recent}`)
        )
      }, timeoutMs)
      this.waiters.add(waiter)
    })
  }

  /** Rejects every pending wait (and clears its timer). */
  close(): void {
    for (const w of [...this.waiters])
      w.done(undefined, new Error('the test controller was stopped'))
  }
}

export function describe(e: ControllerEvent): string {
  switch (e.type) {
    case 'watch':
      return `watch ${e.resource} ${e.action}${e.resourceVersion ? ` rv=${e.resourceVersion}` : ''}${e.error ? `: ${e.error}` : ''}`
    case 'error':
      return `error ${e.kind ?? ''} ${e.name ?? ''}: ${e.message}`
    case 'phase':
      return `${e.kind} ${e.namespace ?? ''}/${e.name} → ${e.phase}`
    default:
      return `${e.type} ${e.kind} ${e.namespace ?? ''}/${e.name}`
  }
}
