import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

/** Counts hits of one key in fixed windows: how many in the current window, this one included. */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<number>;
  close(): Promise<void>;
}

/** One process's counts, for the embedded set-up (no REDIS_URL) and as Redis's fallback. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowMs: number, now = Date.now()): Promise<number> {
    if (this.windows.size > 10_000) this.forgetEnded(now);
    const current = this.windows.get(key);
    if (!current || current.endsAt <= now) {
      this.windows.set(key, { count: 1, endsAt: windowStart(now, windowMs) + windowMs });
      return 1;
    }
    current.count++;
    return current.count;
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/**
 * Counts shared by every API process: INCR of `<prefix><key>:<window number>`, which expires
 * with its window. Redis down must not stop anyone working: the command fails at once (no
 * offline queue) and the hit is counted in this process instead until Redis answers again.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly logger = new Logger('RateLimits');
  private readonly fallback = new MemoryRateLimitStore();
  private warned = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'concertation:rate:',
  ) {
    redis.on('error', () => undefined); // ioredis reconnects by itself; failures are handled per hit
  }

  static connect(url: string): RedisRateLimitStore {
    return new RedisRateLimitStore(new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000 }));
  }

  async hit(key: string, windowMs: number, now = Date.now()): Promise<number> {
    const start = windowStart(now, windowMs);
    const redisKey = `${this.prefix}${key}:${start}`;
    try {
      const results = await this.redis
        .multi()
        .incr(redisKey)
        .pexpire(redisKey, start + windowMs - now + 1000)
        .exec();
      const [error, count] = results?.[0] ?? [new Error('no reply'), null];
      if (error) throw error;
      this.warned = false;
      return Number(count);
    } catch (err) {
      if (!this.warned) this.logger.warn(`Redis unavailable, counting in this process: ${String(err)}`);
      this.warned = true;
      return this.fallback.hit(key, windowMs, now);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
    await this.fallback.close();
  }
}

function windowStart(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}
