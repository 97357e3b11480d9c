import { join } from 'node:path'
import type { Catalog } from '../catalog/catalog.js'
import { openCatalog } from '../catalog/catalog.js'
import type { RestorePlan } from '../catalog/restore-plan.js'
import { revocationOutputs } from '../catalog/revocation.js'
import { backupRows, backupsTable } from '../catalog/table.js'
import { labelValue } from '../backup/label-contract.js'
import type { RestoreRecord, RestoreResult } from '../backup/model.js'
import { allMessages, firstErrors } from '../backup/provider-messages.js'
import { pauseSchedules, resumeSchedules } from '../backup/schedules.js'
import { logRotation, renewedList, rotateCertificates, rotationOutputs } from '../certs/rotation.js'
import type { IncidentConfig } from '../config/incident.js'
import type { PlaybookSettings, StepFailed, StepOutcome } from '../incident/playbook.js'
import { loadRecord, Playbook } from '../incident/playbook.js'
import type { IncidentRecord } from '../incident/timeline.js'
import { renderRecord } from '../incident/timeline.js'
import { writeFileAtomically } from '../report/file-writer.js'
import type { RevokingDeps } from './deps.js'
import type { CommandResult } from './result.js'
import { writeSummary } from './summary.js'

type Outputs = CommandResult<'incident'>['outputs']

/** One run of the incident: its settings, what it is given, its record and its outputs. */
interface Run {
  config: IncidentConfig
  deps: RevokingDeps
  catalog: Catalog
  playbook: Playbook
  record: IncidentRecord
  outputs: Outputs
  plan?: RestorePlan
}

/** Step 1: pause the schedules, so that the compromised state does not become the newest backup. */
async function pauseStep({ config, deps, record }: Run): Promise<StepOutcome> {
  if (config.dryRun) return { skipped: 'dry run: no schedule paused' }
  if (config.backups.provider !== 'velero')
    return { skipped: `${config.backups.provider} has no schedules` }
  const namespace = config.backups.namespace
  const { paused, wanted } = await pauseSchedules(deps.cluster, namespace, config.schedules)
  // Those an earlier run paused and could not resume are still ours to resume.
  record.pausedSchedules = [...new Set([...record.pausedSchedules, ...paused])].sort()
  return paused.length > 0
    ? `paused ${paused.join(', ')}`
    : { skipped: `no schedule to pause (${wanted} already paused or none)` }
}

/** Step 2: revoke the commits named, when there are; a dry run leaves them out of the plan. */
async function revokeStep({ config, deps, catalog, record, outputs }: Run): Promise<StepOutcome> {
  if (!config.revocation) return { skipped: 'no commits named: nothing revoked' }
  const outcome = await catalog.revoke(
    { ...config, namespace: config.backups.namespace, target: config.revocation, id: config.id },
    deps
  )
  Object.assign(outputs, revocationOutputs(outcome))
  record.revokedCommits = outcome.plan.commits
  const backups = outcome.plan.backups.filter(b => !b.already).length
  return `${config.dryRun ? 'would revoke' : 'revoked'} ${outcome.plan.commits.length} commit(s), ${backups} backup(s)`
}

/** Step 3: choose the backup, and plan its Restore (labelled with the incident). */
async function planStep(run: Run): Promise<StepOutcome> {
  const { config, catalog, record, outputs } = run
  const { backup, namespaces, mapping, existingResourcePolicy, allowUnverified } = config.restore
  const plan = await catalog.planRestore({
    ...(backup ? { backup } : {}),
    reason: config.reason,
    allowUnverified,
    namespaces,
    mapping,
    existingResourcePolicy,
    identity: config.identity,
    labels: { [catalog.keys.incident]: labelValue(config.id) }
  })
  run.plan = plan
  const why = plan.notes.get(plan.chosen.backup.name) ?? ''
  record.backup = { name: plan.chosen.backup.name, why }
  outputs['backup-name'] = plan.chosen.backup.name
  outputs.backups = JSON.stringify(backupRows(plan.candidates))
  run.deps.logger.info(backupsTable(plan.candidates, plan.notes, 'text'))
  return `backup ${plan.chosen.backup.name}: ${why}; ${plan.candidates.length - 1} other backup(s) not taken (see the table)`
}

/** A Restore of this incident that an earlier run saw through: nothing to do again. */
function restoredBefore({ record, outputs }: Run, done: RestoreRecord): StepOutcome {
  record.restore = { name: done.name, phase: done.phase }
  outputs['restore-name'] = done.name
  outputs['restore-phase'] = done.phase
  return { skipped: `restore ${done.name} of this incident already ended ${done.phase}` }
}

/** The Restore an earlier run started, awaited; or a new one, recorded before it starts. */
async function restoreOnce(run: Run, running: RestoreRecord | undefined): Promise<RestoreResult> {
  const { config, deps, catalog, playbook, record } = run
  if (running) {
    deps.logger.info(
      `waiting for restore ${running.name}, started by an earlier run of this incident`
    )
    record.restore = { name: running.name }
    return catalog.provider.waitRestore(running.name, catalog.wait('restore', config.timeoutMs))
  }
  record.restore = { name: run.plan!.name }
  await playbook.save()
  return catalog.restore(run.plan!, config.timeoutMs)
}

/** Step 4: restore the chosen backup, once: a Restore of this incident from an earlier run is reused. */
async function restoreStep(run: Run): Promise<StepOutcome> {
  const { catalog, record, outputs } = run
  const selector = `${catalog.keys.incident}=${labelValue(run.config.id)}`
  const earlier = await catalog.provider.findRestores(selector)
  const done = earlier.find(r => r.succeeded)
  if (done) return restoredBefore(run, done)
  const running = earlier.find(r => !r.finished)
  const result = await restoreOnce(run, running)
  const { name, phase, warnings, errors } = result
  record.restore = { name, phase, warnings, errors }
  Object.assign(outputs, {
    'restore-name': name,
    'restore-phase': phase,
    'restore-warnings': String(warnings),
    'restore-errors': String(errors)
  })
  const said = firstErrors(allMessages(result.messages, result.details))
  const detail = `restore ${name} of backup ${running?.backup ?? run.plan!.chosen.backup.name}: ${phase}, ${warnings} warnings, ${errors} errors${said ? ` (${said})` : ''}`
  if (!result.succeeded) throw new Error(detail)
  return detail
}

/** Step 5: renew the certificates of the namespaces given and restart what cannot reload. */
async function rotateStep({ config, deps, record, outputs }: Run): Promise<StepOutcome> {
  if (!config.rotation) return { skipped: 'no namespaces given: certificates left as they are' }
  const result = await rotateCertificates(deps.cluster, config.rotation, deps)
  logRotation(result, deps.logger)
  Object.assign(outputs, rotationOutputs(result))
  record.renewedCertificates = renewedList(result)
  record.restartedWorkloads = result.restarts.map(({ kind, namespace, name, action }) => ({
    kind,
    namespace,
    name,
    action
  }))
  if (result.failure) throw new Error(result.failure)
  return `renewed ${record.renewedCertificates.length} of ${result.renewals.length} certificate(s), restarted ${result.restarts.filter(r => r.action === 'restarted').length} workload(s)`
}

/** Step 6: resume what this incident paused (only those, and only while they are paused). */
async function resumeStep({ config, deps, record }: Run): Promise<StepOutcome> {
  if (record.pausedSchedules.length === 0) return { skipped: 'this incident paused no schedule' }
  const namespace = config.backups.namespace
  const resumed = await resumeSchedules(deps.cluster, namespace, record.pausedSchedules)
  return resumed.length > 0
    ? `resumed ${resumed.join(', ')}`
    : { skipped: 'the schedules this incident paused run again already' }
}

/** Steps 1 to 5, in order, until one fails (a dry run stops after the plan). */
async function runSteps(run: Run): Promise<void> {
  const { playbook } = run
  await playbook.step('pause-schedules', () => pauseStep(run))
  await playbook.step('revoke', () => revokeStep(run))
  await playbook.step('plan', () => planStep(run))
  if (run.config.dryRun) return playbook.stopAfterDryRun()
  await playbook.step('restore', () => restoreStep(run))
  await playbook.step('rotate-certificates', () => rotateStep(run))
}

async function writeRecord(config: IncidentConfig, record: IncidentRecord, outputs: Outputs) {
  const json = join(config.outputDir, 'incident.json')
  const markdown = join(config.outputDir, 'incident.md')
  writeFileAtomically(json, out => out.write(`${JSON.stringify(record, null, 2)}\n`))
  writeFileAtomically(markdown, out => out.write(renderRecord(record)))
  outputs['incident-file'] = json
  outputs['incident-report'] = markdown
}

/** An incident that is done: nothing runs again; its record is written once more. */
async function alreadyDone(config: IncidentConfig, deps: RevokingDeps, record: IncidentRecord) {
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
  return { status: 'ok' as const, outputs }
}

/** The record written (ConfigMap, files, summary), and the result: which step failed, if one did. */
async function finish(
  run: Run,
  failed: StepFailed | undefined
): Promise<CommandResult<'incident'>> {
  const { config, record, outputs } = run
  outputs['paused-schedules'] = JSON.stringify(record.pausedSchedules)
  await run.playbook.end(failed)
  await writeRecord(config, record, outputs)
  await writeSummary(run.deps, renderRecord(record))
  if (!failed) return { status: 'ok', outputs }
  outputs['failed-step'] = failed.step
  return {
    status: 'failed',
    outputs,
    failure: `incident ${config.id}: step ${failed.step} failed: ${failed.message}. The schedules it paused are resumed; run the incident again with incident-id ${config.id} to continue (steps that are done are not repeated).`
  }
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
  deps: RevokingDeps
): Promise<CommandResult<'incident'>> {
  const { ledgerFile } = config.restore
  const catalog = openCatalog(deps, {
    backups: config.backups,
    ...(ledgerFile ? { ledgerFile } : {})
  })
  const settings: PlaybookSettings = { ...config, namespace: config.backups.namespace }
  const record = await loadRecord(settings, deps)
  if (record.result === 'done' && !config.dryRun) return alreadyDone(config, deps, record)
  const playbook = new Playbook(settings, deps, record)
  const run: Run = {
    config,
    deps,
    catalog,
    playbook,
    record,
    outputs: { 'incident-id': config.id }
  }
  const failed = await playbook.steps(() => runSteps(run))
  // Whatever happened: what this incident paused is resumed (a dry run paused nothing).
  const resume = config.dryRun
    ? undefined
    : await playbook.steps(() => playbook.step('resume-schedules', () => resumeStep(run)))
  return finish(run, failed ?? resume)
}
