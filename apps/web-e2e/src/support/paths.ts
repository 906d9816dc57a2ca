import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Where global setup leaves the started product's address for the test files: one per checkout,
 * so that two checkouts' runs on one machine do not read each other's product.
 */
export const STATE_FILE = join(tmpdir(), `concertation-e2e-state-${createHash('sha256').update(__dirname).digest('hex').slice(0, 12)}.json`);
/** Screenshots, kept as test artefacts. */
export const ARTEFACTS = resolve(__dirname, '../../artefacts');
