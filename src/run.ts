import { listBackups } from './commands/backups.js'
import type { ClusterDeps } from './commands/cluster-deps.js'
import { labelBackup } from './commands/label-backup.js'
import type { CommandResult } from './commands/result.js'
import { restore } from './commands/restore.js'
import { rotateCerts } from './commands/rotate-certs.js'
import type { ScanDeps } from './commands/scan.js'
import { scan } from './commands/scan.js'
import type { Config } from './config.js'

export type Deps = ScanDeps & ClusterDeps

/** The one function both entry points call: typed config in, outputs out. */
export async function run(config: Config, deps: Deps): Promise<CommandResult> {
  switch (config.command) {
    case 'scan':
      return scan(config, deps)
    case 'label-backup':
      return labelBackup(config, deps)
    case 'restore':
      return restore(config, deps)
    case 'backups':
      return listBackups(config, deps)
    case 'rotate-certs':
      return rotateCerts(config, deps)
  }
}
