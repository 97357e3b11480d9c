import { join } from 'node:path'
import { createProvider } from '../backup/create-provider.js'
import { recordKeys } from '../backup/label-contract.js'
import type { ClusterDeps, GitHubDeps } from '../command/deps.js'
import type { CommandResult } from '../command/result.js'
import { writeSummary } from '../command/summary.js'
import type { RevokeConfig } from '../config/revoke.js'
import { getErrorMessage } from '../errors.js'
import type { Ancestry } from '../git/ancestry.js'
import { revokedDescription, STATUS_CONTEXT } from '../github/commit-status.js'
import { LEDGER_FILE, serialiseLedger } from '../ledger/ledger.js'
import type { RevocationPlan } from '../ledger/revocation.js'
import {
  markRevoked,
  planRevocation,
  revocationEntry,
  statusCommits
} from '../ledger/revocation.js'
import { recordRevocations } from '../ledger/store.js'
import { writeFileAtomically } from '../report/file-writer.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'

export interface RevokeDeps extends ClusterDeps {
  github?: GitHubDeps
  /** Opens the repository's history in the workspace (git; tests may pass a fake). */
  history: (workspace: string) => Promise<Ancestry | undefined>
}

function planTable(plan: RevocationPlan): string {
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

function logPlan(plan: RevocationPlan, deps: RevokeDeps, dryRun: boolean): void {
  const { logger } = deps
  const verb = dryRun ? 'would revoke' : 'revoking'
  logger.info(`${verb} ${plan.commits.length} commit(s) as ${plan.id}`)
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
  deps: RevokeDeps
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

/**
 * Marks releases compromised after the fact: their backups become `revoked` (never restored),
 * the revocation goes into the ledger (the cluster's ConfigMap and `revocations.json`), and the
 * commit statuses say so, so that a cluster that only has the bucket refuses them too.
 */
export async function revoke(
  config: RevokeConfig,
  deps: RevokeDeps
): Promise<CommandResult<'revoke'>> {
  const { logger } = deps
  const keys = recordKeys(config.backups.labelPrefix)
  const provider = createProvider(deps.cluster, config.backups, { now: deps.now })
  const history = await deps.history(config.workspace)
  const request = { ...config.target, reason: config.reason }
  const plan = await planRevocation(provider, request, history)
  logPlan(plan, deps, config.dryRun)
  const outputs: CommandResult<'revoke'>['outputs'] = {
    'revocation-id': plan.id,
    'revoked-commits': JSON.stringify(plan.commits),
    'revoked-backups': JSON.stringify(
      plan.backups.map(b => ({
        name: b.backup.name,
        previous: b.previous ?? null,
        already: b.already
      }))
    )
  }
  const heading = `## known-good revoke${config.dryRun ? ' (dry run)' : ''}: ${plan.commits.length} commit(s)`
  const summary = [
    heading,
    '',
    `Reason: ${escapeMarkdown(config.reason, 1000)}`,
    '',
    planTable(plan),
    ''
  ]
  if (config.dryRun) {
    await writeSummary(deps, summary.join('\n'))
    return { status: 'ok', outputs }
  }
  const entry = revocationEntry(plan, request, deps.now(), config.identity)
  await markRevoked(provider, keys, plan, entry)
  const ledger = await recordRevocations(deps.cluster, config.backups.namespace, [entry], {
    'app.kubernetes.io/managed-by': 'known-good'
  })
  const statuses = statusCommits(plan)
  const written = await writeStatuses(statuses, config.reason, config.identity.runUrl, deps)
  const file = join(config.outputDir, LEDGER_FILE)
  writeFileAtomically(file, out => out.write(serialiseLedger(ledger)))
  outputs['ledger-file'] = file
  if (deps.github?.artifacts) {
    try {
      await deps.github.artifacts.upload(
        `known-good-revocations-${plan.id}`,
        [file],
        config.outputDir
      )
    } catch (error) {
      logger.warning(
        `could not upload the ledger as an artifact: ${oneLine(getErrorMessage(error))}`
      )
    }
  }
  summary.push(
    `Ledger: configmap known-good-ledger in namespace ${escapeMarkdown(config.backups.namespace, 253)} and ${escapeMarkdown(LEDGER_FILE)} (${ledger.revocations.length} revocation(s) in all).`,
    deps.github
      ? `Commit statuses known-good/verdict set to failure: ${written} of ${statuses.length}.`
      : 'No GitHub token: commit statuses were not changed (the ledger is the record).'
  )
  await writeSummary(deps, summary.join('\n'))
  logger.info(
    `revoked ${plan.backups.filter(b => !b.already).length} backup(s); ledger written to ${file}`
  )
  return { status: 'ok', outputs }
}
