// Jest in ESM mode (the runtime dependencies are ESM-only); ts-jest transpiles each file on its
// own, `npm run typecheck` does the type checking. Tests by kind (ARCHITECTURE.md, "Tests"):
//
//   unit              pure code, no process, no server
//   integration       adapters and commands against the local GitHub API server and Azurite
//   cluster           commands against the real control plane of test/cluster (needs Go)
//   e2e               the bundle of the current sources, run as a process
//   harness           the test servers themselves (GitHub API stand-in, artifact service)
//   harness-cluster   the control plane itself (API server, cert-manager, Velero, the storage
//                     layer and its CSI driver under csi-sanity, test controllers)
//
// `npm test -- --selectProjects unit` runs one kind.
// Timeouts are bounds for a stuck test, not timings: the projects run side by side on small CI
// machines (a property test that takes 1 s alone took 6 s there), so the default is generous.
// Jest reads `testTimeout` from the top level only: inside a project it is silently ignored.
const TEST_TIMEOUT_MS = 60_000
const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  }
}

const CLUSTER_HARNESS = [
  '<rootDir>/__tests__/cluster/harness.test.ts',
  '<rootDir>/__tests__/cluster/backup-controller.test.ts',
  '<rootDir>/__tests__/cluster/cert-manager.test.ts',
  '<rootDir>/__tests__/cluster/velero.test.ts',
  '<rootDir>/__tests__/cluster/storage.test.ts',
  '<rootDir>/__tests__/cluster/csi-sanity.test.ts'
]
const plane = {
  globalSetup: '<rootDir>/test/cluster/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/test/cluster/jest-global-teardown.mjs'
}

export default {
  testTimeout: TEST_TIMEOUT_MS,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/__tests__/{sarif,policy,report,backup,certs,cluster-unit,commands,lint,environment}/**/*.test.ts',
        '<rootDir>/__tests__/{config,cli}.test.ts',
        '<rootDir>/__tests__/github/feedback.test.ts'
      ]
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/__tests__/{github,git,download}/**/*.test.ts',
        '<rootDir>/__tests__/docs.test.ts'
      ],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/github/feedback.test.ts']
    },
    {
      ...base,
      ...plane,
      displayName: 'cluster',
      testMatch: ['<rootDir>/__tests__/cluster/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...CLUSTER_HARNESS]
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/jest-global-setup.mjs'
    },
    {
      ...base,
      displayName: 'harness',
      testMatch: [
        '<rootDir>/__tests__/github-server/**/*.test.ts',
        '<rootDir>/__tests__/artifact-service/**/*.test.ts'
      ]
    },
    {
      ...base,
      ...plane,
      displayName: 'harness-cluster',
      testMatch: CLUSTER_HARNESS
    }
  ]
}
