import type { ScanDeps } from './commands/scan.js'
import { scan } from './commands/scan.js'
import type { CommandResult } from './commands/result.js'
import type { Config } from './config.js'

export type Deps = ScanDeps

/** The one function both entry points call: typed config in, outputs out. */
export async function run(config: Config, deps: Deps): Promise<CommandResult> {
  switch (config.command) {
    case 'scan':
      return scan(config, deps)
  }
}
