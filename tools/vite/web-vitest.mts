import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workspaceAliases, workspaceRoot } from './workspace-aliases.mts';

/** The test set-up every web project shares: React in jsdom, libraries from source, run once. */
export function webVitestConfig(projectConfigUrl: string) {
  return defineConfig({
    root: fileURLToPath(new URL('.', projectConfigUrl)),
    plugins: [react()],
    resolve: { alias: workspaceAliases(workspaceRoot) },
    test: {
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'jsdom',
      globals: true,
      setupFiles: [fileURLToPath(new URL('./vitest-setup.mts', import.meta.url))],
      watch: false,
      // Above findBy*'s 5 s (vitest-setup.mts), so that a slow screen fails with what it shows.
      testTimeout: 20_000,
    },
  });
}
