import type { Candidate } from '../backup/selection.js'
import { revokedNote, selectKnownGood } from '../backup/selection.js'
import type { BackupProvider } from '../backup/provider.js'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../logger.js'
import { oneLine } from '../text/one-line.js'
import type { VerdictEvidence } from './verdicts.js'
import { resolveVerdicts } from './verdicts.js'

export interface Choice {
  chosen: Candidate
  /** Every backup considered, with its verdict. */
  candidates: Candidate[]
  /** Why each backup was or was not chosen, by name. */
  notes: Map<string, string>
}

export interface ChoiceOptions {
  /** A backup name, or undefined for the newest usable backup with verdict clean. */
  name?: string
  allowUnverified: boolean
  reason: string
}

/** The newest usable backup with verdict clean, or refuses with every backup's reason. */
async function latestKnownGood(
  provider: BackupProvider,
  evidence: VerdictEvidence,
  logger: Logger
): Promise<Choice> {
  const candidates = await resolveVerdicts(await provider.list(), evidence, logger)
  const selection = selectKnownGood(candidates)
  const notes = new Map(selection.considered.map(c => [c.candidate.backup.name, c.reason]))
  if (!selection.chosen) {
    throw new ConfigurationError(
      `no usable backup with verdict clean in namespace ${provider.namespace} (${candidates.length} considered): ${selection.considered.map(c => `${c.candidate.backup.name}: ${c.reason}`).join('; ') || 'there are none'}`
    )
  }
  return { chosen: selection.chosen, candidates, notes }
}

/** A backup named by the user: usable, and clean unless allow-unverified says otherwise. */
async function named(
  provider: BackupProvider,
  name: string,
  options: ChoiceOptions,
  evidence: VerdictEvidence,
  logger: Logger
): Promise<Choice> {
  const backup = await provider.get(name)
  if (!backup)
    throw new ConfigurationError(`backup ${name} does not exist in namespace ${provider.namespace}`)
  const [candidate] = await resolveVerdicts([backup], evidence, logger)
  if (candidate!.verdict === 'revoked')
    throw new ConfigurationError(
      `backup ${backup.name} is ${revokedNote(candidate!)}; a revoked release is never restored, allow-unverified or not: choose a backup from before it`
    )
  if (!backup.usable)
    throw new ConfigurationError(
      `backup ${backup.name} cannot be restored: ${backup.unusableReason ?? backup.phase}`
    )
  if (candidate!.verdict !== 'clean') {
    if (!options.allowUnverified) {
      throw new ConfigurationError(
        `backup ${backup.name} has verdict ${candidate!.verdict}: set allow-unverified (with a reason) to restore it anyway`
      )
    }
    logger.warning(
      `restoring backup ${backup.name} whose verdict is ${candidate!.verdict}, as allow-unverified asks; reason: ${oneLine(options.reason)}`
    )
  }
  return {
    chosen: candidate!,
    candidates: [candidate!],
    notes: new Map([[backup.name, 'named by the backup input']])
  }
}

/** Which backup a restore takes, and why every other one was not taken. */
export function chooseBackup(
  provider: BackupProvider,
  options: ChoiceOptions,
  evidence: VerdictEvidence,
  logger: Logger
): Promise<Choice> {
  return options.name === undefined
    ? latestKnownGood(provider, evidence, logger)
    : named(provider, options.name, options, evidence, logger)
}
