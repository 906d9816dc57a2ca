import Redis from 'ioredis';
import { HOW_TO_START_REDIS } from './stores';

/** Fails at once, saying how to start Redis, rather than letting every test time out. */
export async function assertRedisUp(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(`${HOW_TO_START_REDIS}\n(${url}: ${(err as Error).message})`, { cause: err });
  } finally {
    redis.disconnect();
  }
}
