import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The `paths` of tsconfig.base.json as Vite aliases: libraries are used from source, with no build step. */
export function workspaceAliases(workspaceRoot: string): Record<string, string> {
  const { compilerOptions } = JSON.parse(readFileSync(`${workspaceRoot}tsconfig.base.json`, 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, workspaceRoot + target]));
}

export const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
