import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where global setup leaves the started product's address for the test files. */
export const STATE_FILE = join(tmpdir(), 'concertation-e2e-state.json');
/** Screenshots, kept as test artefacts. */
export const ARTEFACTS = resolve(__dirname, '../../artefacts');
