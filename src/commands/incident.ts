import { join } from 'node:path'
import { createProvider } from '../backup/create-provider.js'
import type { RecordKeys } from '../backup/label-contract.js'
import { labelValue, recordKeys } from '../backup/label-contract.js'
import type { BackupProvider } from '../backup/provider.js'
import type { RestorePlan } from '../backup/restore-plan.js'
import { planRestore } from '../backup/restore-plan.js'
import { allMessages, firstErrors } from '../command/provider-messages.js'
import { listSchedules, setPaused } from '../backup/schedules.js'
import { verdictSources } from '../backup/sources.js'
import { backupRows, backupsTable } from '../backup/table.js'
import { logRotation, renewedList, rotateCertificates, rotationOutputs } from '../certs/rotation.js'
import { POLL_INTERVAL_MS } from '../cluster/wait.js'
import type { CommandResult } from '../command/result.js'
import type { RevocationDeps } from '../command/revocation.js'
import { revocationOutputs, revokeReleases } from '../command/revocation.js'
import { writeSummary } from '../command/summary.js'
import type { IncidentConfig } from '../config/incident.js'
import { getErrorMessage } from '../errors.js'
import type { IncidentRecord, StepName, StepRecord } from '../incident/timeline.js'
import {
  doneBefore,
  newRecord,
  ONCE,
  parseRecord,
  renderRecord,
  STEPS
} from '../incident/timeline.js'
import type { Ledger } from '../ledger/ledger.js'
import { LEDGER_SCHEMA } from '../ledger/ledger.js'
import { revocationEntry } from '../ledger/revocation.js'
import { LEDGER_CONFIGMAP, updateLedgerConfigMap } from '../ledger/store.js'
import { writeFileAtomically } from '../report/file-writer.js'
import { oneLine } from '../text/one-line.js'

type Outputs = CommandResult<'incident'>['outputs']

/** A step that did not succeed: the later ones do not run. */
class StepFailed extends Error {
  constructor(
    readonly step: StepName,
    message: string
  ) {
    super(message)
    this.name = 'StepFailed'
  }
}

/** Where the record is kept while the incident runs: a key of the ledger ConfigMap. */
function recordKey(id: string): string {
  return `incident.${id}.json`
}

async function loadRecord(config: IncidentConfig, deps: RevocationDeps): Promise<IncidentRecord> {
  const configMap = await deps.cluster.getConfigMap(config.backups.namespace, LEDGER_CONFIGMAP)
  const text = configMap?.data?.[recordKey(config.id)]
  return text === undefined
    ? newRecord(config.id, config.reason, deps.now(), config.identity)
    : parseRecord(
        text,
        `incident ${config.id} in configmap ${LEDGER_CONFIGMAP} (namespace ${config.backups.namespace})`
      )
}

/** Runs the playbook's steps in order, each timed and recorded; a dry run records nothing. */
class Playbook {
  readonly outputs: Outputs
  private readonly attempt: number

  constructor(
    private readonly config: IncidentConfig,
    private readonly deps: RevocationDeps,
    readonly record: IncidentRecord
  ) {
    this.attempt = ++record.attempts
    this.outputs = { 'incident-id': config.id }
  }

  async save(): Promise<void> {
    if (this.config.dryRun) return
    const text = JSON.stringify(this.record)
    await updateLedgerConfigMap(this.deps.cluster, this.config.backups.namespace, data => ({
      ...data,
      [recordKey(this.config.id)]: text
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
    this.deps.logger.info(`incident ${this.config.id}, ${step}: ${result}: ${oneLine(detail)}`)
  }

  /**
   * Runs a step. `work` returns what it did, or undefined when there was nothing to do (the
   * step is recorded as skipped with `skipWhy`). A step of ONCE done in an earlier run is not
   * repeated.
   */
  async step(name: StepName, work: () => Promise<string | { skipped: string }>): Promise<void> {
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

  stopAfterDryRun(): void {
    const at = this.deps.now()
    for (const step of STEPS.slice(STEPS.indexOf('restore')))
      this.push(step, 'stopped', at, 'dry run: stopped after the plan')
  }
}

/** Step 1: pause the schedules, so that the compromised state does not become the newest backup. */
async function pauseSchedules(
  config: IncidentConfig,
  deps: RevocationDeps,
  record: IncidentRecord
) {
  if (config.dryRun) return { skipped: 'dry run: no schedule paused' }
  if (config.backups.provider !== 'velero')
    return { skipped: `${config.backups.provider} has no schedules` }
  const all = await listSchedules(deps.cluster, config.backups.namespace)
  const missing = config.schedules.filter(name => !all.some(s => s.name === name))
  if (missing.length > 0)
    throw new Error(
      `schedule ${missing.join(', ')} does not exist in namespace ${config.backups.namespace}`
    )
  const wanted = all.filter(s => config.schedules.length === 0 || config.schedules.includes(s.name))
  const paused: string[] = []
  for (const schedule of wanted.filter(s => !s.paused)) {
    await setPaused(deps.cluster, config.backups.namespace, schedule.name, true)
    paused.push(schedule.name)
  }
  // Those an earlier run paused and could not resume are still ours to resume.
  record.pausedSchedules = [...new Set([...record.pausedSchedules, ...paused])].sort()
  return paused.length > 0
    ? `paused ${paused.join(', ')}`
    : { skipped: `no schedule to pause (${wanted.length} already paused or none)` }
}

/** Step 6: resume what this incident paused (only those, and only while they are paused). */
async function resumeSchedules(
  config: IncidentConfig,
  deps: RevocationDeps,
  record: IncidentRecord
) {
  if (record.pausedSchedules.length === 0) return { skipped: 'this incident paused no schedule' }
  const paused = new Set(
    (await listSchedules(deps.cluster, config.backups.namespace))
      .filter(s => s.paused)
      .map(s => s.name)
  )
  const resumed: string[] = []
  for (const name of record.pausedSchedules.filter(n => paused.has(n))) {
    await setPaused(deps.cluster, config.backups.namespace, name, false)
    resumed.push(name)
  }
  return resumed.length > 0
    ? `resumed ${resumed.join(', ')}`
    : { skipped: 'the schedules this incident paused run again already' }
}

async function choose(
  config: IncidentConfig,
  deps: RevocationDeps,
  provider: BackupProvider,
  keys: RecordKeys,
  pending: Ledger | undefined
): Promise<RestorePlan> {
  const sources = await verdictSources(deps.cluster, config.backups.namespace, keys, {
    ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
    ...(config.restore.ledgerFile ? { ledgerFile: config.restore.ledgerFile } : {}),
    ...(pending ? { extra: pending } : {})
  })
  return planRestore(
    provider,
    keys,
    {
      ...(config.restore.backup ? { backup: config.restore.backup } : {}),
      reason: config.reason,
      allowUnverified: config.restore.allowUnverified,
      namespaces: config.restore.namespaces,
      mapping: config.restore.mapping,
      existingResourcePolicy: config.restore.existingResourcePolicy,
      identity: config.identity,
      labels: { [keys.incident]: labelValue(config.id) }
    },
    sources,
    deps.logger,
    deps.now()
  )
}

/** Step 4: restore the chosen backup, once: a Restore of this incident from an earlier run is reused. */
async function restoreStep(
  config: IncidentConfig,
  deps: RevocationDeps,
  provider: BackupProvider,
  keys: RecordKeys,
  plan: RestorePlan,
  playbook: Playbook
): Promise<string | { skipped: string }> {
  const wait = {
    timeoutMs: config.timeoutMs,
    intervalMs: deps.pollIntervalMs ?? POLL_INTERVAL_MS.restore,
    logger: deps.logger
  }
  const earlier = await provider.findRestores(`${keys.incident}=${labelValue(config.id)}`)
  const done = earlier.find(r => r.succeeded)
  const running = earlier.find(r => !r.finished)
  const outputs = playbook.outputs
  let result
  if (done) {
    playbook.record.restore = { name: done.name, phase: done.phase }
    outputs['restore-name'] = done.name
    outputs['restore-phase'] = done.phase
    return { skipped: `restore ${done.name} of this incident already ended ${done.phase}` }
  } else if (running) {
    deps.logger.info(
      `waiting for restore ${running.name}, started by an earlier run of this incident`
    )
    playbook.record.restore = { name: running.name }
    result = await provider.waitRestore(running.name, wait)
  } else {
    playbook.record.restore = { name: plan.name }
    await playbook.save()
    result = await provider.restore(plan.chosen.backup, plan.request, plan.name, wait)
  }
  playbook.record.restore = {
    name: result.name,
    phase: result.phase,
    warnings: result.warnings,
    errors: result.errors
  }
  Object.assign(outputs, {
    'restore-name': result.name,
    'restore-phase': result.phase,
    'restore-warnings': String(result.warnings),
    'restore-errors': String(result.errors)
  })
  const said = firstErrors(allMessages(result.messages, result.details))
  const detail = `restore ${result.name} of backup ${running?.backup ?? plan.chosen.backup.name}: ${result.phase}, ${result.warnings} warnings, ${result.errors} errors${said ? ` (${said})` : ''}`
  if (!result.succeeded) throw new Error(detail)
  return detail
}

async function writeRecord(config: IncidentConfig, record: IncidentRecord, outputs: Outputs) {
  const json = join(config.outputDir, 'incident.json')
  const markdown = join(config.outputDir, 'incident.md')
  writeFileAtomically(json, out => out.write(`${JSON.stringify(record, null, 2)}\n`))
  writeFileAtomically(markdown, out => out.write(renderRecord(record)))
  outputs['incident-file'] = json
  outputs['incident-report'] = markdown
}

/**
 * The incident playbook as one command: pause the schedules, revoke (optional), plan, restore
 * the newest known-good backup, rotate the certificates (optional), resume the schedules, and
 * write the record. A failed step stops the later ones, resumes what it paused and says which
 * step failed; running it again with the same incident-id continues without repeating the
 * steps that are done.
 */
export async function incident(
  config: IncidentConfig,
  deps: RevocationDeps
): Promise<CommandResult<'incident'>> {
  const keys = recordKeys(config.backups.labelPrefix)
  const provider = createProvider(deps.cluster, config.backups, {
    now: deps.now,
    reader: deps.signedUrls
  })
  const record = await loadRecord(config, deps)
  if (record.result === 'done' && !config.dryRun) {
    deps.logger.info(
      `incident ${config.id} is done (it ended at ${record.endedAt ?? '?'}): nothing to do again; its record is written once more`
    )
    const outputs: Outputs = {
      'incident-id': config.id,
      'paused-schedules': JSON.stringify(record.pausedSchedules),
      ...(record.backup ? { 'backup-name': record.backup.name } : {}),
      ...(record.restore ? { 'restore-name': record.restore.name } : {}),
      ...(record.restore?.phase ? { 'restore-phase': record.restore.phase } : {})
    }
    await writeRecord(config, record, outputs)
    await writeSummary(deps, renderRecord(record))
    return { status: 'ok', outputs }
  }
  const playbook = new Playbook(config, deps, record)
  const outputs = playbook.outputs
  let failed: StepFailed | undefined
  let pending: Ledger | undefined
  try {
    await playbook.step('pause-schedules', () => pauseSchedules(config, deps, record))
    await playbook.step('revoke', async () => {
      if (!config.revocation) return { skipped: 'no commits named: nothing revoked' }
      const outcome = await revokeReleases(
        { ...config, target: config.revocation, id: config.id },
        config.dryRun,
        deps
      )
      Object.assign(outputs, revocationOutputs(outcome))
      record.revokedCommits = outcome.plan.commits
      // A dry run applies nothing: the plan still has to leave out what would be revoked.
      if (config.dryRun)
        pending = {
          schema: LEDGER_SCHEMA,
          revocations: [
            revocationEntry(
              outcome.plan,
              { ...config.revocation, reason: config.reason },
              deps.now(),
              config.identity
            )
          ]
        }
      const backups = outcome.plan.backups.filter(b => !b.already).length
      return `${config.dryRun ? 'would revoke' : 'revoked'} ${outcome.plan.commits.length} commit(s), ${backups} backup(s)`
    })
    let plan: RestorePlan | undefined
    await playbook.step('plan', async () => {
      plan = await choose(config, deps, provider, keys, pending)
      const why = plan.notes.get(plan.chosen.backup.name) ?? ''
      record.backup = { name: plan.chosen.backup.name, why }
      outputs['backup-name'] = plan.chosen.backup.name
      outputs.backups = JSON.stringify(backupRows(plan.candidates))
      deps.logger.info(backupsTable(plan.candidates, plan.notes, 'text'))
      const skipped = plan.candidates.length - 1
      return `backup ${plan.chosen.backup.name}: ${why}; ${skipped} other backup(s) not taken (see the table)`
    })
    if (config.dryRun) {
      playbook.stopAfterDryRun()
    } else {
      await playbook.step('restore', () =>
        restoreStep(config, deps, provider, keys, plan!, playbook)
      )
      await playbook.step('rotate-certificates', async () => {
        if (!config.rotation)
          return { skipped: 'no namespaces given: certificates left as they are' }
        const result = await rotateCertificates(deps.cluster, config.rotation, deps)
        logRotation(result, deps.logger)
        Object.assign(outputs, rotationOutputs(result))
        record.renewedCertificates = renewedList(result)
        record.restartedWorkloads = result.restarts.map(r => ({
          kind: r.kind,
          namespace: r.namespace,
          name: r.name,
          action: r.action
        }))
        if (result.failure) throw new Error(result.failure)
        return `renewed ${record.renewedCertificates.length} of ${result.renewals.length} certificate(s), restarted ${result.restarts.filter(r => r.action === 'restarted').length} workload(s)`
      })
    }
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error
    failed = error
  }
  // Whatever happened: what this incident paused is resumed (a dry run paused nothing).
  if (!config.dryRun) {
    try {
      await playbook.step('resume-schedules', () => resumeSchedules(config, deps, record))
    } catch (error) {
      if (!(error instanceof StepFailed)) throw error
      failed ??= error
    }
  }
  outputs['paused-schedules'] = JSON.stringify(record.pausedSchedules)
  record.result = config.dryRun ? 'dry-run' : failed ? 'failed' : 'done'
  record.endedAt = deps.now().toISOString()
  await playbook.save()
  await writeRecord(config, record, outputs)
  await writeSummary(deps, renderRecord(record))
  if (failed) {
    outputs['failed-step'] = failed.step
    return {
      status: 'failed',
      outputs,
      failure: `incident ${config.id}: step ${failed.step} failed: ${failed.message}. The schedules it paused are resumed; run the incident again with incident-id ${config.id} to continue (steps that are done are not repeated).`
    }
  }
  return { status: 'ok', outputs }
}
