import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceAliases, workspaceRoot } from '../../tools/vite/workspace-aliases.mts';

const api = process.env['API_URL'] ?? 'http://localhost:3000';
// The API's own paths; client routes such as /meetings/:id stay with Vite (only `.ics` goes to the API).
const proxy = {
  '/graphql': { target: api, ws: true, changeOrigin: true },
  '/uploads': { target: api, changeOrigin: true },
  '/attachments': { target: api, changeOrigin: true },
  '/calendar': { target: api, changeOrigin: true },
  '/me/data.json': { target: api, changeOrigin: true },
  '^/meetings/[^/]+\\.ics$': { target: api, changeOrigin: true },
  // Reports' CSV and PDF files (the report pages are client routes under /tables and /network).
  '/reports': { target: api, changeOrigin: true },
};

const namespaceFile = /libs[\\/]web[\\/]i18n[\\/]src[\\/]lib[\\/](?:fr|en)-([a-z]+)\.ts$/;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: workspaceAliases(workspaceRoot) },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|ts-invariant|@graphql-typed-document-node)[\\/]/ },
            // A namespace's French and English in one chunk, fetched together with the feature (web-i18n's namespaces.ts).
            { name: (id: string) => `texts-${namespaceFile.exec(id)?.[1]}`, test: namespaceFile },
          ],
        },
      },
    },
  },
  server: { port: 4200, proxy },
  preview: { port: 4300, proxy },
});
