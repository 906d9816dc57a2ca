import type { Extension } from '@electric-sql/pglite';

/**
 * The contrib extensions the migrations create (`unaccent`, for accent-insensitive full-text
 * search), handed to every `PGlite.create`: an embedded database opened without them cannot run
 * the search columns' functions. Loaded with require because tsconfig.app.json resolves modules
 * the node10 way, which does not read the package's "exports" subpaths; at run time Node does.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };

export const PGLITE_EXTENSIONS = { unaccent };
