const { readFileSync } = require('fs');
const { join } = require('path');

// Path aliases from tsconfig.base.json, so that tests import libraries as the app does.
const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, '../../tsconfig.base.json'), 'utf8'));
const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, join(__dirname, '../..', target)]));

/** swc's options for one parser; `runtime: 'automatic'` so that .tsx files need no `import React`. */
const swcOptions = (parser) => ({
  jsc: {
    parser,
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
});

/** @type {import('jest').Config} */
module.exports = {
  displayName: `api (${process.env.TEST_STORE || 'pglite'})`,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/test/**/*.e2e-spec.ts'],
  // Each file leaves some memory behind in the process that ran it (its module registry, ~80 MB):
  // one process running all ~100 files ran out of heap. Workers are replaced once they hold more
  // than this after a file, so the suite runs in workers, one at a time for PostgreSQL (project.json).
  workerIdleMemoryLimit: '1500MB',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  moduleNameMapper: {
    ...moduleNameMapper,
    // file-type's exports offer only `import` (and Node's `module-sync`), which Jest's CommonJS
    // resolver does not pick: point it at the Node entry, which swc then turns into CommonJS.
    '^file-type$': join(__dirname, '../../node_modules/file-type/index.js'),
  },
  // Nest 12 and some of its dependencies are ESM-only: let swc turn them into CommonJS too.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|load-esm|uid|@apollo/server|@as-integrations|token-types|strtok3|@tokenizer|@borewit|uint8array-extras)/)',
  ],
  transform: {
    // The e-mail templates and pages are React components (.tsx), rendered on the server.
    '^.+\\.tsx$': ['@swc/jest', swcOptions({ syntax: 'typescript', tsx: true, decorators: true })],
    '^.+\\.(t|j|mj)s$': ['@swc/jest', swcOptions({ syntax: 'typescript', decorators: true })],
  },
  testTimeout: 60000,
};
