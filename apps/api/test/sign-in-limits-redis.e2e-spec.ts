import Redis from 'ioredis';
import { DatabaseFailureCounts, RedisFailureCounts } from '../src/modules/auth/sign-in-failure-counts';
import { createUser, FIXTURE_PASSWORD } from './support/fixtures';
import { assertRedisUp } from './support/redis';
import { testStore } from './support/stores';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`;

/** The failures Redis holds for one e-mail (a sorted set of failure times). */
async function failuresInRedis(email: string): Promise<number> {
  const redis = new Redis(REDIS_URL);
  try {
    return await redis.zcard(`concertation:sign-in:email:${email}`);
  } finally {
    redis.disconnect();
  }
}

describe('sign-in limits counted in Redis when REDIS_URL is set', () => {
  let first: TestApp;
  // A second API process on the same database and Redis, as behind a load balancer: only a
  // PostgreSQL server's database can be shared; on PGlite both halves go to the one process.
  let second: TestApp | null = null;
  beforeAll(async () => {
    await assertRedisUp(REDIS_URL);
    first = await startTestApp({ REDIS_URL });
    if (testStore() === 'postgres') second = await startTestApp({ REDIS_URL }, { shareDatabaseWith: first });
  });
  afterAll(async () => {
    await second?.close();
    await first.close();
  });

  it('locks an e-mail after 10 failures (spread over two processes on PostgreSQL), without a row in the database', async () => {
    const other = second ?? first;
    const user = await createUser(first);
    for (let i = 0; i < 10; i++) {
      const app = i % 2 === 0 ? first : other;
      expect(codeOf(await app.gql(LOGIN, { email: user.email, password: `wrong-password-${i}` }))).toBe('UNAUTHENTICATED');
    }
    expect(await failuresInRedis(user.email)).toBe(10);
    expect(codeOf(await first.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await other.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
    const rows = await first.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_failure WHERE email = $1`, [user.email]);
    expect(rows[0].n).toBe(0);
  });

  it('falls back to the database when Redis does not answer: the limit still holds', async () => {
    const database = new DatabaseFailureCounts(first.dataSource);
    // A Redis that is not there (nothing listens on port 1): every command fails at once.
    const counts = RedisFailureCounts.connect('redis://127.0.0.1:1', database);
    try {
      const email = `absent.${Date.now()}@exemple.test`;
      for (let i = 0; i < 3; i++) await counts.record(email, '198.51.100.30');
      expect(await counts.count(email, '198.51.100.30')).toEqual({ byEmail: 3, byAddress: 3 });
      const rows = await first.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_failure WHERE email = $1`, [email]);
      expect(rows[0].n).toBe(3);
    } finally {
      await counts.close();
    }
  });
});
