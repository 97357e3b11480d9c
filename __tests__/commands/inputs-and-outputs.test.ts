// The input table's `commands` and each command's parser agree (an input applies to a command
// exactly when its parser reads it), and every output a command sets is in the table, which is
// what action.yml and the README are generated from.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ResourceRef } from '../../src/cluster/api.js'
import type { RawInputs } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/index.js'
import type { Command } from '../../src/config/inputs.js'
import { appliesTo, COMMANDS, INPUT_NAMES, INPUTS, OUTPUTS } from '../../src/config/inputs.js'
import { run } from '../../src/run.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { FakeHistory } from '../helpers/fake-history.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'
import { writeVerdictFile } from '../helpers/verdict.js'

const SHA = 'c0ffee0000000000000000000000000000000001'
const ENV = {
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'octo/shop',
  GITHUB_ACTOR: 'octo-operator'
}

/** The least each command needs to parse; every other input is left to its default. */
const MINIMAL: Record<Command, RawInputs> = {
  scan: { sarif: 'results/*.sarif' },
  'label-backup': { 'backup-name': 'pre-release' },
  restore: { reason: 'drill' },
  backups: {},
  'rotate-certs': { namespaces: 'shop' },
  revoke: { commits: SHA, reason: 'CVE-2026-1234' },
  incident: { reason: 'orders lost', 'incident-id': 'inc-1' },
  health: {},
  drill: {}
}

function expectedReads(command: Command, platform: 'action' | 'cli'): string[] {
  return INPUT_NAMES.filter(
    name => appliesTo(name, command) && (platform === 'action' || !('actionOnly' in INPUTS[name]))
  ).sort()
}

describe('the input table and the parsers', () => {
  it.each(
    COMMANDS.flatMap(command => (['action', 'cli'] as const).map(p => [command, p] as const))
  )('%s (%s) reads exactly the inputs that apply to it', (command, platform) => {
    const raw: RawInputs = {
      command,
      ...MINIMAL[command],
      ...(platform === 'action' ? { 'github-token': 'ghs_token' } : {})
    }
    const { read } = parseConfig(raw, ENV, platform, tempDir())
    expect([...read].sort()).toEqual(expectedReads(command, platform))
  })

  it('does not warn about github-token on any command (the runner always fills it in)', () => {
    for (const command of COMMANDS) {
      const { warnings } = parseConfig(
        { command, ...MINIMAL[command], 'github-token': 'ghs_filled_in_by_the_runner' },
        ENV,
        'action',
        tempDir()
      )
      expect(warnings).toEqual([])
    }
  })
})

const backups: ResourceRef = {
  group: 'velero.io',
  version: 'v1',
  plural: 'backups',
  namespace: 'velero'
}

/** Runs a command on a fake cluster (or, for scan, on a SARIF file) and returns its outputs. */
async function outputsOf(command: Command): Promise<string[]> {
  const cluster = new FakeCluster().storageLocation()
  cluster.put(backups, {
    metadata: {
      name: 'pre-release',
      namespace: 'velero',
      labels: { 'known-good.dev/verdict': 'clean' }
    },
    spec: { includedNamespaces: ['shop'] },
    status: {
      phase: 'Completed',
      startTimestamp: '2026-11-24T08:00:00Z',
      progress: { totalItems: 3, itemsBackedUp: 3 }
    }
  })
  cluster.onCreate('restores', restore => {
    restore.status = { phase: 'Completed', progress: { totalItems: 3, itemsRestored: 3 } }
  })
  cluster.put(
    { group: 'cert-manager.io', version: 'v1', plural: 'certificates', namespace: 'shop' },
    { metadata: { name: 'web', namespace: 'shop' }, status: { notAfter: '2027-01-01T00:00:00Z' } }
  )
  const workspace = tempDir()
  writeFileSync(
    join(workspace, 'a.sarif'),
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results: [] }] })
  )
  const raw: Record<Command, RawInputs> = {
    scan: { sarif: 'a.sarif', workspace },
    'label-backup': {
      'backup-name': 'pre-release',
      'verdict-file': writeVerdictFile('clean', SHA)
    },
    restore: { reason: 'drill', 'dry-run': true },
    backups: {},
    'rotate-certs': { namespaces: 'shop' },
    revoke: { commits: SHA, reason: 'CVE-2026-1234', 'dry-run': true },
    incident: { reason: 'orders lost', 'incident-id': 'inc-1', 'dry-run': true },
    health: { 'metrics-file': join(workspace, 'health.prom'), 'protect-known-good': '1' },
    drill: { expect: 'configmap/orders' }
  }
  const { config } = parseConfig({ command, ...raw[command] }, ENV, 'cli', workspace)
  const result = await run(config, {
    logger: new RecordingLogger(),
    env: ENV,
    now: () => new Date('2026-11-25T08:00:00Z'),
    cluster,
    history: async () => FakeHistory.line(SHA)
  })
  return Object.keys(result.outputs)
}

describe('outputs', () => {
  it.each(COMMANDS)('every output %s sets is in the table for it', async command => {
    const names = await outputsOf(command)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const def = (OUTPUTS as Record<string, { commands: readonly string[] }>)[name]
      expect({ name, commands: def?.commands ?? [] }).toEqual({
        name,
        commands: expect.arrayContaining([command])
      })
    }
  })

  it('action.yml declares every output of the table', () => {
    const action = readFileSync('action.yml', 'utf8')
    for (const name of Object.keys(OUTPUTS)) expect(action).toContain(`\n  ${name}:\n`)
  })
})
