// Jest in ESM mode (the runtime dependencies are ESM-only); ts-jest transpiles
// each file on its own, `npm run typecheck` does the type checking.
const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  }
}

export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/cluster/']
    },
    {
      ...base,
      displayName: 'cluster',
      testMatch: ['<rootDir>/__tests__/cluster/**/*.test.ts'],
      globalSetup: '<rootDir>/test/cluster/jest-global-setup.mjs',
      globalTeardown: '<rootDir>/test/cluster/jest-global-teardown.mjs'
    }
  ]
}
