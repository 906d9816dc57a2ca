import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNHANDLED_REJECTION } from '../../src/core/observability/unhandled-rejections';
import { freePort } from './services';
import { waitFor } from './timing';

export const ROOT = join(__dirname, '../../../..');
export const API_BUNDLE = join(ROOT, 'dist/apps/api/main.js');
/** Signs the fixtures' tokens; only ever used by these throwaway processes. */
export const FAULTS_JWT_SECRET = 'faults-suite-secret-not-for-production-0123456789';

export interface GqlResult {
  status: number;
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export const codeOf = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;

/** One API process started from the built bundle, as `npm start` runs it, on a free loopback port. */
export class ApiProcess {
  /** Whether this suite ended the process (stop, kill), as opposed to its ending on its own. */
  private asked = false;

  private constructor(
    readonly name: string,
    readonly port: number,
    readonly child: ChildProcess,
    readonly dataDir: string,
    readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }

  /** `env` adds to (or overrides) the variables every process gets, e.g. SMTP_URL or EMAIL_SENDING. */
  static async start(
    name: string,
    services: { databaseUrl: string; redisUrl: string },
    options: { port?: number; env?: Record<string, string> } = {},
  ): Promise<ApiProcess> {
    const chosen = options.port ?? (await freePort());
    const dataDir = mkdtempSync(join(tmpdir(), `faults-${name}-`));
    const logFile = join(dataDir, 'api.log');
    const log = createWriteStream(logFile);
    const child = spawn(process.execPath, ['--enable-source-maps', API_BUNDLE], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        PORT: String(chosen),
        DATABASE_URL: services.databaseUrl,
        REDIS_URL: services.redisUrl,
        DATA_DIR: dataDir,
        DEMO_DATA: '0',
        JWT_SECRET: FAULTS_JWT_SECRET,
        WEB_ROOT: join(dataDir, 'no-web-client'),
        PUBLIC_URL: `http://127.0.0.1:${chosen}`,
        // The write loads here come from a handful of users: the per-user throttle is not under test.
        MUTATIONS_PER_MINUTE: '1000000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const api = new ApiProcess(name, chosen, child, dataDir, exited);
    // A process that ends unasked is what a fault test is there to catch: say why while its log
    // exists, once the log has taken the process's last lines.
    const logClosed = new Promise<void>((resolve) => log.once('close', () => resolve()));
    void Promise.all([exited, logClosed]).then(([{ code, signal }]) => {
      if (!api.asked) process.stdout.write(`[faults] API ${name} exited unasked (code ${code}, signal ${signal}); the end of its log:\n${api.logTail(60)}\n`);
    });
    try {
      await waitFor(
        async () => {
          if (!api.alive()) throw new Error(`API ${name} exited at start`);
          return (await api.health()) === 200;
        },
        `API ${name} to be healthy`,
        60_000,
        200,
      );
    } catch (err) {
      await api.stop();
      throw new Error(`${(err as Error).message}; the end of its log:\n${api.logTail()}`, { cause: err });
    }
    return api;
  }

  logTail(lines = 30): string {
    const log = this.logLines();
    return log.length ? log.slice(-lines).join('\n') : '(no log)';
  }

  private logLines(): string[] {
    const file = join(this.dataDir, 'api.log');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  }

  /** Removes the process's DATA_DIR (its log included) once it has exited; FAULTS_KEEP_LOGS=1 keeps it. */
  async remove(): Promise<void> {
    await this.stop();
    const lost = this.logLines().filter((line) => line.includes(UNHANDLED_REJECTION));
    if (lost.length) process.stdout.write(`[faults] API ${this.name} logged ${lost.length} unhandled rejection(s):\n${lost.join('\n')}\n`);
    if (process.env.FAULTS_KEEP_LOGS === '1') process.stdout.write(`[faults] log of API ${this.name}: ${join(this.dataDir, 'api.log')}\n`);
    else rmSync(this.dataDir, { recursive: true, force: true });
  }

  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** GET /health: the status code, or 0 when the process does not answer. */
  async health(): Promise<number> {
    try {
      const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(3000) });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  /** One GraphQL request over HTTP; a transport failure comes back as status 0 with no data. */
  async gql(query: string, variables: Record<string, unknown>, token: string, timeoutMs = 10_000): Promise<GqlResult> {
    try {
      const res = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await res.json()) as Omit<GqlResult, 'status'>;
      return { status: res.status, ...body };
    } catch (err) {
      return { status: 0, errors: [{ message: String(err) }] };
    }
  }

  /** Sends a signal without waiting for the process to end (a test that watches it drain). */
  signal(signal: NodeJS.Signals): void {
    this.asked = true;
    if (this.alive()) this.child.kill(signal);
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    this.signal(signal);
    await this.exited;
  }

  /** Ends the process when a test is done with it (SIGKILL after 10 s if SIGTERM is not enough). */
  async stop(): Promise<void> {
    this.asked = true;
    if (!this.alive()) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
