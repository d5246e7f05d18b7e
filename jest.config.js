/**
 * One Jest run: unit tests (pure code) and integration tests (HTTP to a real Neo4j and a real CoreNLP
 * that tests/helpers/global-setup.ts starts once, side by side, each on its own free port).
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
