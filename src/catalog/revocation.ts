import { join } from 'node:path'
import type { RecordKeys } from '../backup/label-contract.js'
import type { BackupProvider } from '../backup/provider.js'
import type { ClusterApi } from '../cluster/api.js'
import { getErrorMessage } from '../errors.js'
import type { Ancestry } from '../git/ancestry.js'
import type { GitHubApi } from '../github/api.js'
import type { ArtifactUploader } from '../github/artifacts.js'
import { revokedDescription, STATUS_CONTEXT } from '../github/commit-status.js'
import type { Ledger, Revocation } from '../ledger/ledger.js'
import { LEDGER_FILE, serialiseLedger } from '../ledger/ledger.js'
import { LEDGER_CONFIGMAP, recordRevocations } from '../ledger/store.js'
import type { Logger } from '../logger.js'
import { writeFileAtomically } from '../report/file-writer.js'
import type { RunIdentity } from '../run-identity.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'
import type { RevocationPlan, RevocationRequest } from './revocation-plan.js'
import { markRevoked, planRevocation, revocationEntry, statusCommits } from './revocation-plan.js'

/** What a revocation needs besides the cluster: the repository's history, and GitHub if any. */
export interface RevocationDeps {
  logger: Logger
  now(): Date
  cluster: ClusterApi
  /** To set the revoked commits' statuses and upload the ledger as an artifact. */
  github?: { api: GitHubApi; artifacts?: ArtifactUploader }
  /** Opens the repository's history in the workspace (git; tests may pass a fake). */
  history: (workspace: string) => Promise<Ancestry | undefined>
}

/** What revoke and incident's revoke step ask for. */
export interface RevocationSettings {
  workspace: string
  identity: RunIdentity
  namespace: string
  /** Which commits, as the user named them (the reason is given beside). */
  target: Omit<RevocationRequest, 'reason'>
  reason: string
  outputDir: string
  dryRun: boolean
  /** The ledger entry's id (incident: its own id); by default derived from the inputs. */
  id?: string
}

export interface RevocationOutcome {
  plan: RevocationPlan
  /** The ledger entry: applied, or what a dry run would have added. */
  entry: Revocation
  /** After the revocation was applied (not in a dry run). */
  applied?: { ledger: Ledger; file: string; statuses: { written: number; of: number } }
}

function logPlan(plan: RevocationPlan, logger: Logger, dryRun: boolean): void {
  logger.info(
    `${dryRun ? 'would revoke' : 'revoking'} ${plan.commits.length} commit(s) as ${plan.id}`
  )
  for (const commit of plan.commits) logger.info(`  commit ${commit}`)
  for (const { backup, previous, already } of plan.backups)
    logger.info(
      `  backup ${oneLine(backup.name)} (commit ${oneLine(backup.commit ?? '?')}): ${previous ?? 'no verdict'} → revoked${already ? ' (already)' : ''}`
    )
  if (plan.backups.length === 0)
    logger.info(
      '  no backup is of these commits: the revocation is recorded all the same (ledger, commit statuses), so that none taken from them is ever restored'
    )
  for (const { backup, commit } of plan.undecided)
    logger.warning(
      `backup ${oneLine(backup)} names commit ${oneLine(commit)}, which the workspace's history does not have: it is not revoked; fetch that history or name the commit with commits`
    )
}

/** Sets the commit status of each commit to failure, "revoked: <reason>"; a refusal is a warning. */
async function writeStatuses(
  commits: string[],
  reason: string,
  runUrl: string | undefined,
  deps: RevocationDeps
): Promise<number> {
  if (!deps.github) return 0
  let written = 0
  for (const sha of commits) {
    try {
      await deps.github.api.createStatus(
        sha,
        'failure',
        STATUS_CONTEXT,
        revokedDescription(reason),
        runUrl
      )
      written++
    } catch (error) {
      deps.logger.warning(
        `could not set the commit status of ${sha} to revoked (${oneLine(getErrorMessage(error))}): the ledger still records it`
      )
    }
  }
  return written
}

/** Uploads the ledger file as an artifact (Actions); a refusal is a warning. */
async function uploadLedger(
  file: string,
  plan: RevocationPlan,
  outputDir: string,
  deps: RevocationDeps
) {
  if (!deps.github?.artifacts) return
  try {
    await deps.github.artifacts.upload(`known-good-revocations-${plan.id}`, [file], outputDir)
  } catch (error) {
    deps.logger.warning(
      `could not upload the ledger as an artifact: ${oneLine(getErrorMessage(error))}`
    )
  }
}

/**
 * Plans a revocation and, unless it is a dry run, applies it: backups marked revoked, the
 * ledger ConfigMap and file, the commit statuses, and the file as an artifact in Actions.
 */
export async function revokeReleases(
  provider: BackupProvider,
  keys: RecordKeys,
  settings: RevocationSettings,
  deps: RevocationDeps
): Promise<RevocationOutcome> {
  const history = await deps.history(settings.workspace)
  const request = { ...settings.target, reason: settings.reason }
  const plan = await planRevocation(provider, request, history, settings.id)
  logPlan(plan, deps.logger, settings.dryRun)
  const entry = revocationEntry(plan, request, deps.now(), settings.identity)
  if (settings.dryRun) return { plan, entry }
  await markRevoked(provider, keys, plan, entry)
  const ledger = await recordRevocations(deps.cluster, settings.namespace, [entry], {
    'app.kubernetes.io/managed-by': 'known-good'
  })
  const commits = statusCommits(plan)
  const written = await writeStatuses(commits, settings.reason, settings.identity.runUrl, deps)
  const file = join(settings.outputDir, LEDGER_FILE)
  writeFileAtomically(file, out => out.write(serialiseLedger(ledger)))
  await uploadLedger(file, plan, settings.outputDir, deps)
  return { plan, entry, applied: { ledger, file, statuses: { written, of: commits.length } } }
}

/** The revocation as a Markdown table, for job summaries and the incident report. */
export function revocationTable(plan: RevocationPlan): string {
  const rows = plan.backups.map(
    ({ backup, previous, already }) =>
      `| ${escapeMarkdown(backup.name, 200)} | ${escapeMarkdown(backup.commit ?? '—', 64)} | ${previous ?? '—'} | ${already ? 'already revoked' : 'revoked'} |`
  )
  return [
    '| Backup | Commit | Verdict before | Now |',
    '| --- | --- | --- | --- |',
    ...(rows.length > 0 ? rows : ['| (none) | | | |'])
  ].join('\n')
}

/** The revoke outputs of an outcome (revoke and incident set the same ones). */
export function revocationOutputs(outcome: RevocationOutcome) {
  return {
    'revocation-id': outcome.plan.id,
    'revoked-commits': JSON.stringify(outcome.plan.commits),
    'revoked-backups': JSON.stringify(
      outcome.plan.backups.map(b => ({
        name: b.backup.name,
        previous: b.previous ?? null,
        already: b.already
      }))
    ),
    ...(outcome.applied ? { 'ledger-file': outcome.applied.file } : {})
  }
}

/** The revoke command's job summary. */
export function revocationSummary(
  outcome: RevocationOutcome,
  settings: RevocationSettings,
  github: boolean
): string {
  const { plan, applied } = outcome
  const summary = [
    `## known-good revoke${settings.dryRun ? ' (dry run)' : ''}: ${plan.commits.length} commit(s)`,
    '',
    `Reason: ${escapeMarkdown(settings.reason, 1000)}`,
    '',
    revocationTable(plan),
    ''
  ]
  if (applied)
    summary.push(
      `Ledger: configmap ${LEDGER_CONFIGMAP} in namespace ${escapeMarkdown(settings.namespace, 253)} and ${escapeMarkdown(LEDGER_FILE)} (${applied.ledger.revocations.length} revocation(s) in all).`,
      github
        ? `Commit statuses known-good/verdict set to failure: ${applied.statuses.written} of ${applied.statuses.of}.`
        : 'No GitHub token: commit statuses were not changed (the ledger is the record).'
    )
  return summary.join('\n')
}

/** What an applied revocation changed, in the log (a dry run's plan is logged already). */
export function logRevoked({ plan, applied }: RevocationOutcome, logger: Logger): void {
  if (!applied) return
  const backups = plan.backups.filter(b => !b.already).length
  logger.info(`revoked ${backups} backup(s); ledger written to ${applied.file}`)
}
