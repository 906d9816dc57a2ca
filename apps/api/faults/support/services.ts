import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { waitFor } from './timing';

/**
 * The fault suite's own PostgreSQL cluster and Redis server, on free loopback ports: it restarts,
 * stops and kills them, so it must never touch the shared ones on 5432 and 6379.
 */

const PG_VERSION = '15';
const PG_TOOLS = ['pg_createcluster', 'pg_ctlcluster', 'pg_dropcluster'];
const MISSING_TOOLS =
  'The fault suite needs PostgreSQL 15 (Debian cluster tools) and Redis on this machine: ' + 'apt-get install -y postgresql-15 postgresql-common redis-server';

function has(binary: string): boolean {
  return ['/usr/bin', '/usr/sbin', '/usr/local/bin'].some((dir) => existsSync(`${dir}/${binary}`));
}

/** Fails at once, naming the apt command, when a binary the suite drives is missing. */
export function assertToolsInstalled(): void {
  const missing = [...PG_TOOLS, 'redis-server'].filter((b) => !has(b));
  if (missing.length || !existsSync(`/usr/lib/postgresql/${PG_VERSION}/bin/postgres`)) {
    throw new Error(`${MISSING_TOOLS}\n(missing: ${missing.join(', ') || `/usr/lib/postgresql/${PG_VERSION}`})`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Can a client open a session right now? (PostgreSQL "accepting connections".) */
export async function postgresAccepts(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Drops clusters this suite left behind when a run was killed: named `faults_<pid>_…` with that
 * process gone. Clusters of a run still going (its pid alive) are left alone.
 */
export function dropLeftoverClusters(): string[] {
  const listing = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  const dropped: string[] = [];
  for (const line of listing.split('\n')) {
    const [version, name] = line.trim().split(/\s+/);
    const pid = /^faults_(\d+)_\d+$/.exec(name ?? '')?.[1];
    if (version !== PG_VERSION || !pid || processAlive(Number(pid))) continue;
    execFileSync('pg_dropcluster', ['--stop', PG_VERSION, name], { stdio: 'pipe' });
    dropped.push(name);
  }
  return dropped;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A throwaway PostgreSQL 15 cluster made with Debian's tools, trusted on loopback only. */
export class ThrowawayPostgres {
  readonly name = `faults_${process.pid}_${Date.now() % 100_000}`;
  private constructor(readonly port: number) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<ThrowawayPostgres> {
    const pg = new ThrowawayPostgres(await freePort());
    // Loopback only (listen_addresses stays 'localhost'), and never started by the system on its own.
    const options = ['-p', String(pg.port), '--start-conf', 'manual'];
    execFileSync('pg_createcluster', [...options, PG_VERSION, pg.name, '--', '--auth=trust'], { stdio: 'pipe' });
    try {
      await pg.start();
    } catch (err) {
      await pg.drop();
      throw err;
    }
    return pg;
  }

  /** Asynchronous, so that the write load and the probes keep running while pg_ctlcluster works. */
  private async ctl(...args: string[]): Promise<void> {
    await promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', PG_VERSION, this.name, ...args]);
  }

  async start(): Promise<void> {
    await this.ctl('start');
    await waitFor(() => postgresAccepts(this.url), 'the throwaway PostgreSQL to accept connections', 20_000, 100);
  }

  /** `restart -m fast`: resolves when pg_ctlcluster does (the server is started again). */
  restartFast(): Promise<void> {
    return this.ctl('restart', '-m', 'fast');
  }

  /** `stop -m immediate`: the server dies without a checkpoint, as on a crash. */
  stopImmediate(): Promise<void> {
    return this.ctl('stop', '-m', 'immediate');
  }

  async drop(): Promise<void> {
    try {
      execFileSync('pg_dropcluster', ['--stop', PG_VERSION, this.name], { stdio: 'pipe' });
    } catch {
      // Already gone: nothing to clean.
    }
  }
}

/** A redis-server of the suite's own, which it may SIGKILL and start again on the same port. */
export class ThrowawayRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async create(): Promise<ThrowawayRedis> {
    const redis = new ThrowawayRedis(await freePort());
    await redis.start();
    return redis;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(this.port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.child = child;
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
        return redisAnswers(this.port);
      },
      'the throwaway Redis to answer',
      10_000,
      50,
    );
  }

  /** SIGKILL: no goodbye to clients, as when the host dies. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}

async function redisAnswers(port: number): Promise<boolean> {
  const { Socket } = await import('node:net');
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
