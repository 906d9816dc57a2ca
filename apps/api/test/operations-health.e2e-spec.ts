import { Client } from 'pg';
import { startTestApp, type TestApp } from './support/test-app';
import { postgresAdminUrl, testRedisUrl, testStore } from './support/stores';
import { assertRedisUp } from './support/redis';

/** The outbox's counts in /health/ready's body while the database answers (test/email-delivery checks the numbers). */
const OUTBOX = { pending: expect.any(Number), sentLastDay: expect.any(Number), failed: expect.any(Number) };

async function health(t: TestApp, path: '/health' | '/health/ready'): Promise<{ status: number; body: any }> {
  const res = await fetch(`${t.url}${path}`);
  return { status: res.status, body: await res.json() };
}

describe('operations: health endpoints', () => {
  describe('without Redis', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('/health answers 200 while the database answers; /health/ready says Redis is not configured', async () => {
      expect(await health(t, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await health(t, '/health/ready')).toEqual({ status: 200, body: { status: 'ok', database: 'up', redis: 'not configured', email: OUTBOX } });
    });

    it('is never rate limited: 300 probes in a row all answer 200', async () => {
      const statuses = new Set<number>();
      for (let i = 0; i < 300; i++) statuses.add((await fetch(`${t.url}/health`)).status);
      expect([...statuses]).toEqual([200]);
    });
  });

  describe('with Redis', () => {
    let t: TestApp;
    beforeAll(async () => {
      await assertRedisUp(testRedisUrl());
      t = await startTestApp({ REDIS_URL: testRedisUrl() });
    });
    afterAll(() => t.close());

    it('/health/ready checks the database and Redis (ready once both Redis connections are up)', async () => {
      // Redis connects in the background after start: ready may say 503 for a moment, then 200.
      let ready = await health(t, '/health/ready');
      for (let i = 0; i < 50 && ready.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ready = await health(t, '/health/ready');
      }
      expect(ready).toEqual({ status: 200, body: { status: 'ok', database: 'up', redis: 'up', email: OUTBOX } });
    });
  });

  describe('with Redis unreachable', () => {
    let t: TestApp;
    beforeAll(async () => {
      // Port 9 (discard) on loopback: nothing listens, connections are refused at once.
      t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:9' });
    });
    afterAll(() => t.close());

    it('/health/ready answers 503 naming Redis, while /health (liveness) stays 200', async () => {
      expect(await health(t, '/health/ready')).toEqual({ status: 503, body: { status: 'unavailable', database: 'up', redis: 'down', email: OUTBOX } });
      expect(await health(t, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    });
  });

  (testStore() === 'postgres' ? describe : describe.skip)('with the PostgreSQL database refusing connections (PostgreSQL only)', () => {
    let t: TestApp;
    let admin: Client;
    let name: string;
    beforeAll(async () => {
      t = await startTestApp();
      name = new URL(t.config.databaseUrl!).pathname.slice(1);
      admin = new Client({ connectionString: postgresAdminUrl() });
      await admin.connect();
    });
    afterAll(async () => {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
      await admin.end();
      await t.close();
    });

    it('/health and /health/ready answer 503 while the database is away, and 200 once it is back', async () => {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
      expect(await health(t, '/health')).toEqual({ status: 503, body: { status: 'unavailable' } });
      expect(await health(t, '/health/ready')).toEqual({
        status: 503,
        body: { status: 'unavailable', database: 'down', redis: 'not configured', email: null },
      });
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      expect(await health(t, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
      expect((await health(t, '/health/ready')).status).toBe(200);
    });
  });
});
