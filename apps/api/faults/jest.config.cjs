/**
 * The fault suite (`npm run test:faults`): real API processes from the built bundle, against a
 * throwaway PostgreSQL cluster and Redis server that the tests restart, stop and kill. Files run
 * one at a time (--runInBand in the script): they share two CPU cores and measure recovery times.
 */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'faults',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.faults.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 180_000,
  // Never more than one file at a time, even if someone forgets --runInBand.
  maxWorkers: 1,
};
