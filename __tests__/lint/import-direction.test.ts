import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

/**
 * The import direction of ARCHITECTURE.md is a lint rule (eslint.config.js): these imports
 * against it must fail `npm run lint`, and the allowed ones must pass.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

describe('the import direction', () => {
  it.each([
    [
      'pure code → a report channel',
      'src/sarif/x.ts',
      "import { renderMarkdown } from '../report/markdown.js'"
    ],
    [
      'pure code → client-node',
      'src/policy/x.ts',
      "import { KubeConfig } from '@kubernetes/client-node'"
    ],
    [
      'a report channel → the GitHub adapter',
      'src/report/x.ts',
      "import { publishToGitHub } from '../github/publish.js'"
    ],
    [
      'a report channel → a backup provider',
      'src/report/x.ts',
      "import { createProvider } from '../backup/create-provider.js'"
    ],
    [
      'backup/ → the client-node adapter',
      'src/backup/x.ts',
      "import { clusterApi } from '../cluster/client.js'"
    ],
    [
      'backup/ → the verdict report',
      'src/backup/x.ts',
      "import { renderMarkdown } from '../report/markdown.js'"
    ],
    [
      'backup/ → configuration',
      'src/backup/x.ts',
      "import { parseConfig } from '../config/index.js'"
    ],
    ['a command → another command', 'src/commands/x.ts', "import { scan } from './scan.js'"],
    [
      'a command → the Actions toolkit',
      'src/commands/x.ts',
      "import { setOutput } from '@actions/core'"
    ],
    [
      'the cluster port → its adapter',
      'src/cluster/wait.ts',
      "import { clusterApi } from './client.js'"
    ],
    [
      'configuration → a command',
      'src/config/x.ts',
      "import { restore } from '../commands/restore.js'"
    ],
    ['the CLI → the action', 'src/cli.ts', "import { runAction } from './action.js'"],
    [
      'the ledger → the catalog',
      'src/ledger/x.ts',
      "import { openCatalog } from '../catalog/catalog.js'"
    ],
    [
      'an incident → a command',
      'src/incident/x.ts',
      "import { incident } from '../commands/incident.js'"
    ],
    ['git/ → the catalog', 'src/git/x.ts', "import { openCatalog } from '../catalog/catalog.js'"],
    [
      'backup/ → the catalog',
      'src/backup/x.ts',
      "import { chooseBackup } from '../catalog/choice.js'"
    ],
    [
      'the catalog → a command',
      'src/catalog/x.ts',
      "import { restore } from '../commands/restore.js'"
    ],
    [
      'the catalog → git itself',
      'src/catalog/x.ts',
      "import { gitAncestry } from '../git/ancestry.js'"
    ],
    ['anything → an entry point', 'src/certs/x.ts', "import { run } from '../run.js'"]
  ])('refuses %s', async (_what, file, line) => {
    expect(
      await restricted(file, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}]\n`)
    ).toHaveLength(1)
  })

  it.each([
    [
      'a report channel → pure code',
      'src/report/x.ts',
      "import { oneLine } from '../text/one-line.js'"
    ],
    [
      'backup/ → the cluster port',
      'src/backup/x.ts',
      "import { pollUntil } from '../cluster/wait.js'"
    ],
    [
      'a command → a domain folder',
      'src/commands/x.ts',
      "import { createProvider } from '../backup/create-provider.js'"
    ],
    [
      'a command → what the commands share',
      'src/commands/x.ts',
      "import { writeSummary } from './summary.js'"
    ],
    [
      'the catalog → the ledger',
      'src/catalog/x.ts',
      "import { loadLedger } from '../ledger/store.js'"
    ],
    [
      'the action → the Actions toolkit',
      'src/action.ts',
      "import { setOutput } from '@actions/core'"
    ]
  ])('allows %s', async (_what, file, line) => {
    expect(
      await restricted(file, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}]\n`)
    ).toEqual([])
  })
})
