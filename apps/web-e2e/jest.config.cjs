/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web-e2e (Chromium)',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // The shared libraries (routes, enums) as the apps read them, from their sources.
  moduleNameMapper: {
    '^@concertation/shared-paths$': '<rootDir>/../../libs/shared/paths/src/index.ts',
    '^@concertation/shared-domain$': '<rootDir>/../../libs/shared/domain/src/index.ts',
  },
  testTimeout: 120000,
  // The failures again at the very end, where a CI log's tail shows them (with 14 files Jest would not repeat them).
  reporters: [['default', { summaryThreshold: 0 }]],
};
