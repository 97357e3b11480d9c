/** The time a phase had is up: what was still running is abandoned. */
export class DeadlineExceeded extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DeadlineExceeded'
  }
}

/**
 * A bound on a whole phase (many requests, retries and waits together): `signal` aborts when
 * the time is up, and `race` ends a wait that cannot be aborted (it is left to settle on its own).
 */
export class Deadline {
  private readonly controller = new AbortController()
  private readonly timer: ReturnType<typeof setTimeout>
  private readonly endsAt: number

  /** `what` completes "… stopped after <duration>", e.g. "GitHub reporting (input 'reporting-timeout')". */
  constructor(
    readonly ms: number,
    readonly what: string,
    private readonly clock: () => number = Date.now
  ) {
    this.endsAt = clock() + ms
    this.timer = setTimeout(() => this.expire(), ms)
    // The work it bounds keeps the process alive, not the bound itself.
    this.timer.unref()
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  get expired(): boolean {
    return this.controller.signal.aborted
  }

  remainingMs(): number {
    return this.expired ? 0 : Math.max(0, this.endsAt - this.clock())
  }

  /** Ends the phase now (also what the timer does). */
  expire(): void {
    clearTimeout(this.timer)
    if (!this.expired)
      this.controller.abort(new DeadlineExceeded(`${this.what} stopped after ${formatMs(this.ms)}`))
  }

  /** Stops the timer once the phase is over. */
  dispose(): void {
    clearTimeout(this.timer)
  }

  /** The outcome of `work`, or a DeadlineExceeded rejection as soon as the time is up. */
  race<T>(work: Promise<T>): Promise<T> {
    const signal = this.controller.signal
    if (signal.aborted) {
      work.catch(() => undefined)
      return Promise.reject(signal.reason as Error)
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason as Error)
      signal.addEventListener('abort', onAbort, { once: true })
      work.then(
        value => {
          signal.removeEventListener('abort', onAbort)
          resolve(value)
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort)
          reject(error as Error)
        }
      )
    })
  }
}

/** `90 s`, `2 min 30 s`, `500 ms`: for messages. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const seconds = Math.round(ms / 100) / 10
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  const rest = Math.round(seconds - minutes * 60)
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}
