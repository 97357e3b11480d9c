import type { ClusterApi } from '../cluster/api.js'
import { getErrorMessage } from '../errors.js'
import { LEDGER_CONFIGMAP, updateLedgerConfigMap } from '../ledger/store.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import type { IncidentRecord, StepName, StepRecord } from './timeline.js'
import { doneBefore, newRecord, ONCE, parseRecord, STEPS } from './timeline.js'

/** A step that did not succeed: the later ones do not run. */
export class StepFailed extends Error {
  constructor(
    readonly step: StepName,
    message: string
  ) {
    super(message)
    this.name = 'StepFailed'
  }
}

/** Which incident, where its record is kept, and whether anything is changed. */
export interface PlaybookSettings {
  id: string
  reason: string
  /** The backup namespace: the ledger ConfigMap there keeps the record while the incident runs. */
  namespace: string
  dryRun: boolean
  identity: { actor?: string; runUrl?: string }
}

export interface PlaybookDeps {
  cluster: ClusterApi
  logger: Logger
  now(): Date
}

/** What a step did, or why it had nothing to do (the step is then recorded as skipped). */
export type StepOutcome = string | { skipped: string }

/** Where the record is kept while the incident runs: a key of the ledger ConfigMap. */
function recordKey(id: string): string {
  return `incident.${id}.json`
}

/** The record of an earlier run of this incident, or a new one. */
export async function loadRecord(
  settings: PlaybookSettings,
  deps: PlaybookDeps
): Promise<IncidentRecord> {
  const configMap = await deps.cluster.getConfigMap(settings.namespace, LEDGER_CONFIGMAP)
  const text = configMap?.data?.[recordKey(settings.id)]
  return text === undefined
    ? newRecord(settings.id, settings.reason, deps.now(), settings.identity)
    : parseRecord(
        text,
        `incident ${settings.id} in configmap ${LEDGER_CONFIGMAP} (namespace ${settings.namespace})`
      )
}

/** Runs the playbook's steps in order, each timed and recorded; a dry run records nothing. */
export class Playbook {
  private readonly attempt: number

  constructor(
    private readonly settings: PlaybookSettings,
    private readonly deps: PlaybookDeps,
    readonly record: IncidentRecord
  ) {
    this.attempt = ++record.attempts
  }

  async save(): Promise<void> {
    if (this.settings.dryRun) return
    const text = JSON.stringify(this.record)
    await updateLedgerConfigMap(this.deps.cluster, this.settings.namespace, data => ({
      ...data,
      [recordKey(this.settings.id)]: text
    }))
  }

  private push(step: StepName, result: StepRecord['result'], started: Date, detail: string) {
    const record: StepRecord = {
      step,
      result,
      startedAt: started.toISOString(),
      endedAt: this.deps.now().toISOString(),
      detail,
      attempt: this.attempt
    }
    this.record.steps.push(record)
    this.deps.logger.info(`incident ${this.settings.id}, ${step}: ${result}: ${oneLine(detail)}`)
  }

  /**
   * Runs a step. `work` returns what it did, or `{ skipped }` when there was nothing to do. A
   * step of ONCE done in an earlier run is not repeated. A step that fails throws `StepFailed`.
   */
  async step(name: StepName, work: () => Promise<StepOutcome>): Promise<void> {
    const started = this.deps.now()
    const earlier = ONCE.has(name) ? doneBefore(this.record, name) : undefined
    if (earlier && earlier.attempt < this.attempt) {
      this.push(name, 'skipped', started, `done in run ${earlier.attempt}: ${earlier.detail}`)
      return
    }
    try {
      const done = await work()
      if (typeof done === 'string') this.push(name, 'done', started, done)
      else this.push(name, 'skipped', started, done.skipped)
    } catch (error) {
      const message = getErrorMessage(error)
      this.push(name, 'failed', started, message)
      await this.save().catch(() => undefined)
      throw new StepFailed(name, message)
    }
    await this.save()
  }

  /** Runs steps until one fails: that one, or undefined when all went through. */
  async steps(work: () => Promise<void>): Promise<StepFailed | undefined> {
    try {
      await work()
      return undefined
    } catch (error) {
      if (error instanceof StepFailed) return error
      throw error
    }
  }

  stopAfterDryRun(): void {
    const at = this.deps.now()
    for (const step of STEPS.slice(STEPS.indexOf('restore')))
      this.push(step, 'stopped', at, 'dry run: stopped after the plan')
  }

  /** Ends the run: the result and the end time recorded and saved. */
  async end(failed: StepFailed | undefined): Promise<void> {
    this.record.result = this.settings.dryRun ? 'dry-run' : failed ? 'failed' : 'done'
    this.record.endedAt = this.deps.now().toISOString()
    await this.save()
  }
}
