import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ARTEFACTS, CHROMIUM_PATH, STATE_FILE } from './paths';

const root = resolve(__dirname, '../../../..');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the product did not become healthy at ${url}`);
}

/**
 * Starts the product as `npm start` runs it (built API serving the built web client, embedded
 * database with the demo data) on a free port, in a data directory of its own.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium`);
  }
  for (const built of ['dist/apps/api/main.js', 'dist/apps/web/index.html']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npx nx run-many -t build -p api web\` first.`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'concertation-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_DATA: '1',
    WEB_ROOT: join(root, 'dist/apps/web'),
    NODE_ENV: 'test',
    // E-mails go out as they would for a newcomer: `.eml` files under DATA_DIR/outbox, which flows open.
    EMAIL_SENDING: '1',
  };
  // The flows run on the embedded database, as a newcomer's `npm start` does.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  // The product's log goes to a file beside the screenshots: in the terminal its thousands of
  // lines would bury Jest's report of what failed.
  mkdirSync(ARTEFACTS, { recursive: true });
  const logFile = join(ARTEFACTS, 'product.log');
  const log = openSync(logFile, 'w');
  const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], { cwd: root, env, stdio: ['ignore', log, log] });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, Date.now() + 60_000);
  } catch (err) {
    server.kill();
    throw new Error(`${(err as Error).message}; its log:\n${readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')}`, { cause: err });
  }
  writeFileSync(STATE_FILE, JSON.stringify({ url, pid: server.pid, dataDir }));
}
