import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import importX from 'eslint-plugin-import-x'
import checkFile from 'eslint-plugin-check-file'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { dirname, posix } from 'node:path'

/**
 * The layers (ARCHITECTURE.md, "Layers"), top to bottom. A room (a folder, or a few files) may
 * import its own files and the rooms of the layers below its own; never a room beside it or
 * above it. Every file of src/ is in exactly one room (`__tests__/lint/layers.test.ts`), and
 * ARCHITECTURE.md's diagram is generated from this table (`npm run docs`).
 *
 * `typesFrom`: rooms above that a room may name types of, and nothing else.
 * `throughDeps`: adapters the room may name types of only: it is given them by its caller.
 */
export const LAYERS = [
  {
    layer: 'entry points',
    what: 'read the world (inputs, flags, env, event), build the clients',
    rooms: [
      { name: 'entry points', paths: ['src/index.ts', 'src/action.ts', 'src/cli.ts', 'src/run.ts'] }
    ]
  },
  {
    layer: 'commands',
    what: 'one file per command; the deps, result and summary policy they share',
    rooms: [
      {
        name: 'commands',
        paths: ['src/commands/'],
        throughDeps: [
          'src/cluster/client.ts',
          'src/cluster/connect.ts',
          'src/cluster/download.ts',
          'src/git/'
        ]
      }
    ]
  },
  {
    layer: 'configuration',
    what: 'inputs → one typed config per command',
    rooms: [{ name: 'configuration', paths: ['src/config/'] }]
  },
  {
    layer: 'catalog',
    what: 'which backups can be trusted: verdicts from every source, the choice, revocations',
    rooms: [
      {
        name: 'catalog',
        paths: ['src/catalog/'],
        throughDeps: [
          'src/cluster/client.ts',
          'src/cluster/connect.ts',
          'src/cluster/download.ts',
          'src/git/'
        ]
      }
    ]
  },
  {
    layer: 'adapters',
    what: 'the clients: octokit, client-node, git, the signed-URL reader',
    rooms: [
      { name: 'GitHub', paths: ['src/github/'], typesFrom: ['src/config/'] },
      { name: 'git', paths: ['src/git/'] },
      {
        name: 'cluster client',
        paths: ['src/cluster/client.ts', 'src/cluster/connect.ts', 'src/cluster/download.ts']
      }
    ]
  },
  {
    layer: 'domain',
    what: 'report channels, backup providers, certificates, incidents',
    rooms: [
      { name: 'reports', paths: ['src/report/'] },
      { name: 'backups', paths: ['src/backup/'] },
      { name: 'certificates', paths: ['src/certs/'] },
      { name: 'incidents', paths: ['src/incident/'] }
    ]
  },
  {
    layer: 'ledger',
    what: 'the revocation ledger (file and ConfigMap)',
    rooms: [{ name: 'ledger', paths: ['src/ledger/'] }]
  },
  {
    layer: 'cluster port',
    what: 'what the domain asks of a cluster (ClusterApi), waits, conflicts',
    rooms: [
      {
        name: 'cluster port',
        paths: ['src/cluster/api.ts', 'src/cluster/wait.ts', 'src/cluster/conflict.ts']
      }
    ]
  },
  {
    layer: 'pure core',
    what: 'parse, judge, record: SARIF, policy, verdict, text, and the shared model',
    rooms: [
      {
        name: 'pure core',
        paths: [
          'src/sarif/',
          'src/policy/',
          'src/verdict/',
          'src/diff/',
          'src/text/',
          'src/util/',
          'src/model.ts',
          'src/errors.ts',
          'src/logger.ts',
          'src/run-identity.ts',
          'src/version.ts'
        ]
      }
    ]
  }
]

/** Libraries that only some files may import. */
const LIBRARIES = [
  {
    group: ['@kubernetes/client-node'],
    only: ['src/cluster/client.ts', 'src/cluster/connect.ts'],
    message: 'only src/cluster/client.ts and connect.ts talk to client-node'
  },
  {
    group: ['@octokit/*', 'undici', '@actions/http-client'],
    only: ['src/github/'],
    message: 'only the GitHub adapter talks to octokit and its HTTP client'
  },
  {
    group: ['@actions/core', '@actions/github'],
    allowTypeImports: true,
    only: ['src/action.ts', 'src/index.ts'],
    message: 'only the entry points talk to the Actions toolkit'
  },
  {
    group: ['@actions/artifact'],
    only: ['src/github/artifacts.ts'],
    message: 'only src/github/artifacts.ts uploads artifacts'
  }
]

/** Rules of one room that its place in the layers does not say. */
const EXTRA = {
  commands: [
    {
      regex: '^\\./(?!(deps|result|summary)\\.js$)',
      message: 'commands do not import each other: move shared logic to its domain folder'
    }
  ],
  'entry points': [
    {
      regex: '^\\./action\\.js$',
      message: 'the CLI does not load the action',
      files: ['src/cli.ts', 'src/run.ts']
    }
  ]
}

const ROOMS = LAYERS.flatMap((layer, depth) => layer.rooms.map(room => ({ ...room, depth })))
const covers = (path, file) => (path.endsWith('/') ? file.startsWith(path) : file === path)
const glob = path => (path.endsWith('/') ? `${path}**/*.ts` : path)
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An import specifier, as written in a file of `dir`, that names `target` (a folder or file). */
function specifier(dir, target) {
  const relative = posix.relative(dir, target.replace(/\/$/, ''))
  const path = relative.startsWith('.') ? relative : `./${relative}`
  return target.endsWith('/') ? `^${escape(path)}/` : `^${escape(path.replace(/\.ts$/, '.js'))}$`
}

/** What the files of `room` in `dir` may not import. */
function forbidden(room, dir, files) {
  const patterns = []
  for (const other of ROOMS) {
    const above = other.depth < room.depth
    const beside = other.depth === room.depth && other !== room
    if (!above && !beside) continue
    for (const target of other.paths) {
      const typesOnly = room.typesFrom?.some(p => covers(p, target))
      patterns.push({
        regex: specifier(dir, target),
        ...(typesOnly ? { allowTypeImports: true } : {}),
        message: `${room.name} (${LAYERS[room.depth].layer}) imports no room ${above ? 'above' : 'beside'} it: ${other.name} is ${above ? `in the layer ${LAYERS[other.depth].layer}` : 'beside it'}${typesOnly ? ' (types only)' : ''}; ARCHITECTURE.md, "Layers"`
      })
    }
  }
  for (const target of room.throughDeps ?? [])
    patterns.push({
      regex: specifier(dir, target),
      allowTypeImports: true,
      message: `${room.name} gets ${target} through its deps (types only)`
    })
  for (const extra of EXTRA[room.name] ?? [])
    if (!extra.files || files.every(f => extra.files.includes(f)))
      patterns.push({ regex: extra.regex, message: extra.message })
  for (const library of LIBRARIES) {
    if (files.every(f => library.only.some(p => covers(p, f)))) continue
    const { group, message, allowTypeImports } = library
    patterns.push({ group, message, ...(allowTypeImports ? { allowTypeImports } : {}) })
  }
  return patterns
}

/** Files a library or extra rule treats apart: each gets a block of its own. */
const SPECIAL = [
  ...new Set([
    ...LIBRARIES.flatMap(l => l.only.filter(p => !p.endsWith('/'))),
    ...Object.values(EXTRA).flatMap(rules => rules.flatMap(r => r.files ?? []))
  ])
]

/** One block of no-restricted-imports per room and folder (and per file set apart). */
function layerBlocks() {
  const blocks = []
  for (const room of ROOMS) {
    for (const path of room.paths) {
      const apart = SPECIAL.filter(file => covers(path, file) && file !== path)
      const groups = [
        { files: [path], ignores: apart },
        ...apart.map(file => ({ files: [file], ignores: [] }))
      ]
      for (const { files, ignores } of groups) {
        const dir = path.endsWith('/') ? path.replace(/\/$/, '') : dirname(path)
        blocks.push({
          files: files.map(glob),
          ignores,
          rules: {
            'no-restricted-imports': [
              'error',
              {
                patterns: forbidden(
                  room,
                  dir,
                  files.map(f => (f.endsWith('/') ? `${f}x.ts` : f))
                )
              }
            ]
          }
        })
      }
    }
  }
  return blocks
}

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
  ...layerBlocks(),
  // No import cycle among the sources, type imports included (STYLE.md: "no import cycles").
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()]
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
  },
  // kebab-case file and folder names (STYLE.md); `.test` and `.d` are middle extensions.
  {
    files: ['**/*.{ts,js,mjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true }
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,test,scripts,examples}/**/': 'KEBAB_CASE', '__tests__/**/': 'KEBAB_CASE' }
      ]
    }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node }
  }
)
