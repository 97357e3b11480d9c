import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

/**
 * The import direction (ARCHITECTURE.md, "Layers"): each layer may import the ones below it,
 * never one above or beside it. Listed here per folder as what it may NOT import.
 */
const ENTRY_POINTS = {
  regex: '^\\.\\.?/(run|cli|action|index)\\.js$',
  message: 'entry points import the rest, never the other way'
}
const LIBRARIES = {
  kubernetes: {
    group: ['@kubernetes/client-node'],
    message: 'only src/cluster/client.ts and connect.ts talk to client-node'
  },
  octokit: {
    group: ['@octokit/*', 'undici', '@actions/http-client'],
    message: 'only the GitHub adapter talks to octokit and its HTTP client'
  },
  actions: {
    group: ['@actions/core', '@actions/github'],
    allowTypeImports: true,
    message: 'only the entry points talk to the Actions toolkit'
  },
  artifact: {
    group: ['@actions/artifact'],
    message: 'only src/github/artifacts.ts uploads artifacts'
  }
}

function folders(names, message, extra = {}) {
  return { regex: `^\\.\\.?/(${names.join('|')})/`, message, ...extra }
}

function layer(files, patterns, ignores = []) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns }] }
  }
}

const ABOVE_CORE = [
  'report',
  'backup',
  'certs',
  'cluster',
  'github',
  'config',
  'catalog',
  'commands'
]
const CORE = [
  'src/model.ts',
  'src/errors.ts',
  'src/logger.ts',
  'src/version.ts',
  'src/run-identity.ts',
  'src/util/**/*.ts',
  'src/text/**/*.ts',
  'src/diff/**/*.ts',
  'src/sarif/**/*.ts',
  'src/policy/**/*.ts',
  'src/verdict/**/*.ts'
]
const ALL_LIBRARIES = Object.values(LIBRARIES)

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/', '.bench/', '__tests__/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  // Any source file: only the entry points talk to the Actions toolkit.
  layer(['src/**/*.ts'], [LIBRARIES.actions], ['src/action.ts', 'src/index.ts']),
  // Pure code: parsing, judging, the verdict record. No adapter, no domain above it.
  layer(CORE, [
    folders(ABOVE_CORE, 'pure code imports no domain folder and no adapter'),
    ENTRY_POINTS,
    ...ALL_LIBRARIES
  ]),
  // Report channels render and write files; they know nothing of clusters or GitHub's API.
  layer(
    ['src/report/**/*.ts'],
    [
      folders(
        ['backup', 'certs', 'cluster', 'github', 'config', 'catalog', 'commands'],
        'report channels import pure code only'
      ),
      ENTRY_POINTS,
      ...ALL_LIBRARIES
    ]
  ),
  // Domain logic against the cluster port (cluster/api, wait, conflict), never the client.
  layer(
    ['src/backup/**/*.ts', 'src/certs/**/*.ts'],
    [
      folders(
        ['report', 'github', 'config', 'catalog', 'commands'],
        'backup/ and certs/ import pure code and the cluster port only'
      ),
      {
        regex: '^\\.\\./cluster/(client|connect|download)\\.js$',
        message:
          'use the ports of cluster/api.ts, not their adapters (client-node, the signed-URL download)'
      },
      ENTRY_POINTS,
      ...ALL_LIBRARIES
    ]
  ),
  // The cluster port and its client-node adapter.
  layer(
    ['src/cluster/**/*.ts'],
    [
      folders(
        ['report', 'backup', 'certs', 'github', 'config', 'catalog', 'commands'],
        'the cluster adapter imports pure code only'
      ),
      ENTRY_POINTS,
      LIBRARIES.octokit,
      LIBRARIES.actions,
      LIBRARIES.artifact
    ]
  ),
  layer(
    ['src/cluster/api.ts', 'src/cluster/wait.ts', 'src/cluster/conflict.ts'],
    [
      folders(
        ['report', 'backup', 'certs', 'github', 'config', 'catalog', 'commands'],
        'the cluster port imports pure code only'
      ),
      {
        regex: '^\\./(client|connect|download)\\.js$',
        message: 'the port does not depend on its adapter'
      },
      ENTRY_POINTS,
      ...ALL_LIBRARIES
    ]
  ),
  // The GitHub adapter: octokit calls and the feedback channels built on them.
  layer(
    ['src/github/**/*.ts'],
    [
      folders(
        ['cluster', 'certs', 'catalog', 'commands'],
        'the GitHub adapter does not reach into cluster code or commands'
      ),
      folders(['config'], 'the GitHub adapter reads no configuration (types only)', {
        allowTypeImports: true
      }),
      ENTRY_POINTS,
      LIBRARIES.kubernetes,
      LIBRARIES.actions
    ],
    ['src/github/artifacts.ts']
  ),
  layer(
    ['src/github/artifacts.ts'],
    [
      folders(
        ['cluster', 'certs', 'catalog', 'commands', 'config'],
        'the artifact adapter stands alone'
      ),
      ENTRY_POINTS,
      LIBRARIES.kubernetes,
      LIBRARIES.actions
    ]
  ),
  // Configuration: inputs into typed per-command settings; it runs nothing.
  layer(
    ['src/config/**/*.ts'],
    [
      folders(['commands'], 'configuration does not depend on the commands'),
      ENTRY_POINTS,
      ...ALL_LIBRARIES
    ]
  ),
  // Which backups can be trusted: below the commands, above the adapters it is given.
  layer(
    ['src/catalog/**/*.ts'],
    [
      folders(['commands', 'config'], 'the catalog depends on no command and no configuration'),
      {
        regex: '^\\.\\./cluster/(client|connect|download)\\.js$',
        message: 'the catalog gets its cluster client and downloader through its deps'
      },
      {
        regex: '^\\.\\./git/',
        allowTypeImports: true,
        message: 'the catalog gets the repository history through its deps'
      },
      ENTRY_POINTS,
      ...ALL_LIBRARIES
    ]
  ),
  // Commands: one per file, never importing each other; adapters come in through their deps.
  layer(
    ['src/commands/**/*.ts'],
    [
      {
        regex: '^\\./(?!(deps|result|summary)\\.js$)',
        message: 'commands do not import each other: move shared logic to its domain folder'
      },
      {
        regex: '^\\.\\./cluster/(client|connect|download)\\.js$',
        message: 'a command gets its cluster client and downloader through its deps'
      },
      {
        regex: '^\\.\\./git/',
        allowTypeImports: true,
        message: 'a command gets the repository history through its deps'
      },
      ENTRY_POINTS,
      ...ALL_LIBRARIES
    ]
  ),
  // The CLI and run() never touch the Actions toolkit; only action.ts and index.ts may.
  layer(
    ['src/run.ts', 'src/cli.ts'],
    [
      { regex: '^\\./action\\.js$', message: 'the CLI does not load the action' },
      LIBRARIES.actions,
      LIBRARIES.kubernetes,
      LIBRARIES.octokit,
      LIBRARIES.artifact
    ]
  ),
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node }
  }
)
