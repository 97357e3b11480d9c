import type { Candidate } from '../backup/selection.js'
import { createProvider } from '../backup/create-provider.js'
import type { RecordKeys } from '../backup/label-contract.js'
import { recordKeys } from '../backup/label-contract.js'
import type { BackupFailedError, BackupTarget, RestoreResult } from '../backup/model.js'
import type { BackupProvider } from '../backup/provider.js'
import { allMessages } from '../backup/provider-messages.js'
import type { RetentionOptions } from '../backup/retention.js'
import { enforceRetention, scheduleOf } from '../backup/retention.js'
import type { VeleroMessages } from '../backup/velero-files.js'
import type { VerdictLookup } from '../backup/verdict-lookup.js'
import type { ClusterApi, KubeObject, SignedUrlReader } from '../cluster/api.js'
import type { WaitOptions } from '../cluster/wait.js'
import { POLL_INTERVAL_MS } from '../cluster/wait.js'
import { readLedgerFile } from '../ledger/file.js'
import type { Ledger } from '../ledger/ledger.js'
import { LEDGER_SCHEMA, mergeLedgers } from '../ledger/ledger.js'
import { loadLedger } from '../ledger/store.js'
import type { Logger } from '../logger.js'
import type { VerdictRecord } from '../verdict/record.js'
import type { Choice, ChoiceOptions } from './choice.js'
import { chooseBackup } from './choice.js'
import type { LabelTarget, Labelled } from './label.js'
import { recordVerdict } from './label.js'
import type { RestoreOptions, RestorePlan } from './restore-plan.js'
import { planRestore } from './restore-plan.js'
import type { RevocationDeps, RevocationOutcome, RevocationSettings } from './revocation.js'
import { revokeReleases } from './revocation.js'
import type { VerdictEvidence } from './verdicts.js'
import { resolveVerdicts } from './verdicts.js'

/** What the catalog is given by its command: the cluster, the durable record, clock and log. */
export interface CatalogDeps {
  logger: Logger
  now(): Date
  cluster: ClusterApi
  /** The durable verdict record (GitHub commit statuses), where there is one. */
  verdictLookup?: VerdictLookup
  /** Reads the signed URLs Velero hands out for its files (restore results, backup logs). */
  signedUrls?: SignedUrlReader
  /** Polling interval for waits (tests shorten it). */
  pollIntervalMs?: number
}

/** Where the backups are, and what else a command was told about them. */
export interface CatalogSettings {
  backups: BackupTarget
  /** A ledger file (`revocations.json`), for a cluster that has only the bucket. */
  ledgerFile?: string
  /** CSI: the VolumeSnapshotClass of a backup the command takes. */
  snapshotClass?: string
}

/**
 * Which backups can be trusted (ARCHITECTURE.md, "Catalog"): each backup with its verdict from
 * every source (its label, the ledger, its commit's status), the choice of the one to restore,
 * the Restore that would bring it back, and revocations. The ledger and the commit statuses
 * are read once, when first needed, so a command that never asks reads neither.
 */
export class Catalog {
  readonly keys: RecordKeys
  readonly provider: BackupProvider
  private evidence: Promise<VerdictEvidence> | undefined
  /** Revocations a dry run would have added: left out of every choice all the same. */
  private pending: Ledger | undefined

  constructor(
    private readonly deps: CatalogDeps,
    private readonly settings: CatalogSettings
  ) {
    this.keys = recordKeys(settings.backups.labelPrefix)
    this.provider = createProvider(deps.cluster, settings.backups, {
      now: deps.now,
      reader: deps.signedUrls,
      ...(settings.snapshotClass ? { snapshotClass: settings.snapshotClass } : {})
    })
  }

  /** The backups (of a label selector), each with the verdict that counts for it. */
  async candidates(selector?: string): Promise<Candidate[]> {
    const evidence = await this.readEvidence()
    return resolveVerdicts(await this.provider.list(selector), evidence, this.deps.logger)
  }

  /** Which backup a restore takes (a named one, or the newest known-good), and why. */
  async choose(options: ChoiceOptions): Promise<Choice> {
    const evidence = await this.readEvidence()
    return chooseBackup(this.provider, options, evidence, this.deps.logger)
  }

  /** The choice and the Restore that would bring it back. Changes nothing. */
  async planRestore(options: RestoreOptions): Promise<RestorePlan> {
    const evidence = await this.readEvidence()
    return planRestore(
      this.provider,
      this.keys,
      options,
      evidence,
      this.deps.logger,
      this.deps.now()
    )
  }

  /** The objects the planned Restore would create, changing nothing (a dry run). */
  restoreObjects(plan: RestorePlan): Promise<KubeObject[]> {
    return this.provider.restorePlan(plan.chosen.backup, plan.request, plan.name)
  }

  /** Restores the planned backup and waits, within `timeoutMs`, until it has finished. */
  restore(plan: RestorePlan, timeoutMs: number): Promise<RestoreResult> {
    return this.provider.restore(
      plan.chosen.backup,
      plan.request,
      plan.name,
      this.wait('restore', timeoutMs)
    )
  }

  /** How a backup or restore is awaited: within `timeoutMs`, polling at the command's interval. */
  wait(what: 'backup' | 'restore', timeoutMs: number): WaitOptions {
    return {
      timeoutMs,
      intervalMs: this.deps.pollIntervalMs ?? POLL_INTERVAL_MS[what],
      logger: this.deps.logger
    }
  }

  /** Records a scan's verdict on the pre-release backup (catalog/label.ts). */
  recordVerdict(
    target: LabelTarget,
    record: VerdictRecord,
    identity: { commit?: string; runUrl?: string }
  ): Promise<Labelled> {
    return recordVerdict(this.provider, this.keys, target, record, identity, this.deps.logger)
  }

  /** What the backup system said about a backup that ended without becoming usable. */
  async explainFailure(error: BackupFailedError): Promise<VeleroMessages> {
    const { provider } = this
    const current = error.phase === 'deleted' ? undefined : await provider.get(error.backup)
    const details =
      current && provider.explainFailure
        ? await provider.explainFailure(current, this.deps.logger)
        : undefined
    return allMessages(current?.failure ? [current.failure] : [], details)
  }

  /** The retention guard (backup/retention.ts) over these candidates: what it changed. */
  protect(candidates: Candidate[], retention: Omit<RetentionOptions, 'now'>) {
    const { cluster, logger, now } = this.deps
    const { namespace } = this.settings.backups
    return enforceRetention(
      cluster,
      namespace,
      this.keys,
      candidates,
      { ...retention, now: now() },
      logger
    )
  }

  /** The retention guard over the backups of one schedule (Velero's label; '' for none). */
  async protectSchedule(schedule: string, retention: Omit<RetentionOptions, 'now'>) {
    const candidates = await this.candidates()
    return this.protect(
      candidates.filter(c => scheduleOf(c.backup) === schedule),
      retention
    )
  }

  /**
   * Revokes releases (catalog/revocation.ts). A dry run changes nothing, yet its revocation is
   * left out of later choices of this catalog as if it had been applied.
   */
  async revoke(settings: RevocationSettings, deps: RevocationDeps): Promise<RevocationOutcome> {
    const outcome = await revokeReleases(this.provider, this.keys, settings, deps)
    if (settings.dryRun)
      this.pending = mergeLedgers(this.pending ?? { schema: LEDGER_SCHEMA, revocations: [] }, {
        schema: LEDGER_SCHEMA,
        revocations: [outcome.entry]
      })
    this.evidence = undefined
    return outcome
  }

  private readEvidence(): Promise<VerdictEvidence> {
    this.evidence ??= this.loadEvidence()
    return this.evidence
  }

  /** The commit statuses (with a token), the cluster's ledger and a ledger file. */
  private async loadEvidence(): Promise<VerdictEvidence> {
    const { ledgerFile, backups } = this.settings
    const file = ledgerFile ? readLedgerFile(ledgerFile) : undefined
    const loaded = await loadLedger(this.deps.cluster, backups.namespace, file)
    const ledger = this.pending ? mergeLedgers(loaded, this.pending) : loaded
    const lookup = this.deps.verdictLookup
    return { ledger, keys: this.keys, ...(lookup ? { lookup } : {}) }
  }
}

/** The catalog of one command's backups; it reads nothing until asked. */
export function openCatalog(deps: CatalogDeps, settings: CatalogSettings): Catalog {
  return new Catalog(deps, settings)
}
