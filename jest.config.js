/**
 * One Jest run: unit tests (pure code) and integration tests (HTTP to a real Neo4j that
 * tests/helpers/global-setup.ts starts once on its own port and temporary data folder).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
  clearMocks: true,
  testTimeout: 30000,
  maxWorkers: 2,
};
