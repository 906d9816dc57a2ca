import Redis from 'ioredis';
import { RATE_LIMIT_STORE } from '../src/core/security/security.tokens';
import { MemoryRateLimitStore, RedisRateLimitStore, type RateLimitStore } from '../src/core/security/rate-limit-store';
import { createUser } from './support/fixtures';
import { connectLive, subscribe } from './support/live';
import { assertRedisUp } from './support/redis';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RENAME = `mutation ($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }`;

describe('mutations per user (MUTATIONS_PER_MINUTE), over HTTP and WebSocket, counted in Redis', () => {
  let t: TestApp;
  beforeAll(async () => {
    await assertRedisUp(REDIS_URL);
    t = await startTestApp({ MUTATIONS_PER_MINUTE: '3', REDIS_URL });
  });
  afterAll(() => t.close());

  it('refuses the 4th mutation of a user within the minute with TOO_MANY_REQUESTS, on both transports, and no one else’s', async () => {
    const user = await createUser(t);
    const other = await createUser(t);
    for (let i = 0; i < 2; i++) expect((await t.gql(RENAME, { name: `Nom ${i}` }, user.token)).errors).toBeUndefined();
    const live = connectLive(t.url, user.token);
    await live.connected;
    expect((await subscribe(live, RENAME, { name: 'Nom par socket' }).next()).errors).toBeUndefined();
    // The allowance is spent, whichever way the next one comes.
    const overHttp = await t.gql(RENAME, { name: 'Trop' }, user.token);
    expect(codeOf(overHttp)).toBe('TOO_MANY_REQUESTS');
    expect(overHttp.data).toBeNull();
    expect((await subscribe(live, RENAME, { name: 'Trop aussi' }).next()).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    await live.dispose();
    // Nothing changed, and queries still answer.
    expect((await t.gql(`{ me { displayName } }`, {}, user.token)).data.me.displayName).toBe('Nom par socket');
    // Another user has their own allowance.
    expect((await t.gql(RENAME, { name: 'Autre' }, other.token)).errors).toBeUndefined();
  });

  it('counts in Redis when REDIS_URL is set, so that every API process sees the same counts', async () => {
    expect(t.app.get<RateLimitStore>(RATE_LIMIT_STORE)).toBeInstanceOf(RedisRateLimitStore);
    const user = await createUser(t);
    await t.gql(RENAME, { name: 'Compté' }, user.token);
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`concertation:rate:mutations:${user.id}:*`);
      expect(keys).toHaveLength(1);
      expect(Number(await redis.get(keys[0]))).toBe(1);
      expect(await redis.pttl(keys[0])).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });

  it('does not throttle anonymous operations (sign-in has its own limits) nor queries', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 6; i++) expect((await t.gql(`{ me { id } }`, {}, user.token)).errors).toBeUndefined();
  });
});

describe('the rate-limit stores', () => {
  it('share fixed windows between two Redis clients (two processes), which expire with the window', async () => {
    await assertRedisUp(REDIS_URL);
    const prefix = `concertation:test:${process.pid}:${Date.now()}:`;
    const a = new RedisRateLimitStore(new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 0 }), prefix);
    const b = new RedisRateLimitStore(new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 0 }), prefix);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // both connected
      const now = 10 * 60_000 + 5;
      expect(await a.hit('k', 60_000, now)).toBe(1);
      expect(await b.hit('k', 60_000, now + 10)).toBe(2);
      expect(await a.hit('k', 60_000, now + 59_000)).toBe(3);
      // The next window starts again from one.
      expect(await b.hit('k', 60_000, now + 60_000)).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps counting in the process when Redis does not answer, instead of failing the request', async () => {
    const store = new RedisRateLimitStore(
      new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null }),
      'x:',
    );
    try {
      expect(await store.hit('k', 60_000, 0)).toBe(1);
      expect(await store.hit('k', 60_000, 1)).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('in memory: counts per key and window', async () => {
    const store = new MemoryRateLimitStore();
    expect(await store.hit('a', 1000, 0)).toBe(1);
    expect(await store.hit('a', 1000, 999)).toBe(2);
    expect(await store.hit('b', 1000, 999)).toBe(1);
    expect(await store.hit('a', 1000, 1000)).toBe(1);
  });
});
