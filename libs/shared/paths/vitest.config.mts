import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: __dirname,
  test: { include: ['src/**/*.spec.ts'], environment: 'node', watch: false },
});
