import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { SignInFailureEntity } from './sign-in-failure.entity';

/** docs/api-guide.md, "Limits": 10 failures per e-mail in 15 minutes, 30 per address in a minute. */
export const EMAIL_WINDOW_MS = 15 * 60_000;
export const ADDRESS_WINDOW_MS = 60_000;

export interface FailureCounts {
  byEmail: number;
  byAddress: number;
}

/** Where failed sign-ins are counted: shared by every API process either way. */
export interface SignInFailureCounts {
  count(email: string, address: string): Promise<FailureCounts>;
  record(email: string, address: string): Promise<void>;
  /** Drops what is counted for the e-mail: an erased account's address is kept nowhere. */
  forget(email: string): Promise<void>;
  close(): Promise<void>;
}

/** Without Redis: rows of `sign_in_failure`, in the database every process shares. */
export class DatabaseFailureCounts implements SignInFailureCounts {
  constructor(private readonly dataSource: DataSource) {}

  async count(email: string, address: string): Promise<FailureCounts> {
    const rows: Array<{ by_email: number; by_address: number }> = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM sign_in_failure WHERE email = $1 AND at > now() - make_interval(secs => $3)) AS by_email,
              (SELECT count(*)::int FROM sign_in_failure WHERE address = $2 AND at > now() - make_interval(secs => $4)) AS by_address`,
      [email, address, EMAIL_WINDOW_MS / 1000, ADDRESS_WINDOW_MS / 1000],
    );
    return { byEmail: Number(rows[0].by_email), byAddress: Number(rows[0].by_address) };
  }

  async record(email: string, address: string): Promise<void> {
    await this.dataSource.getRepository(SignInFailureEntity).insert({ email, address });
    // Rows older than the longest window count for nothing any more: keep the table small.
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE (email = $1 OR address = $2) AND at < now() - make_interval(secs => $3)`, [
      email,
      address,
      EMAIL_WINDOW_MS / 1000,
    ]);
  }

  async forget(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE email = $1`, [email]);
  }

  async close(): Promise<void> {
    // The data source is closed with the application.
  }
}

/**
 * With Redis (REDIS_URL): one sorted set of failure times per e-mail and per address, trimmed to
 * its window, expiring with it; the same sliding windows as the database, without a write to
 * PostgreSQL per wrong password. Redis down must not open the door: counts fall back to the
 * database until it answers again.
 */
export class RedisFailureCounts implements SignInFailureCounts {
  private readonly logger = new Logger('SignInLimits');
  private warned = false;

  constructor(
    private readonly redis: Redis,
    private readonly fallback: DatabaseFailureCounts,
    private readonly prefix = 'concertation:sign-in:',
  ) {
    redis.on('error', () => undefined); // ioredis reconnects by itself; failures are handled per call
  }

  static connect(url: string, fallback: DatabaseFailureCounts): RedisFailureCounts {
    return new RedisFailureCounts(new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000 }), fallback);
  }

  async count(email: string, address: string): Promise<FailureCounts> {
    const now = Date.now();
    try {
      const results = await this.redis
        .multi()
        .zremrangebyscore(this.key('email', email), 0, now - EMAIL_WINDOW_MS)
        .zcard(this.key('email', email))
        .zremrangebyscore(this.key('address', address), 0, now - ADDRESS_WINDOW_MS)
        .zcard(this.key('address', address))
        .exec();
      if (!results || results.some(([error]) => error)) throw new Error('no reply');
      this.warned = false;
      return { byEmail: Number(results[1][1]), byAddress: Number(results[3][1]) };
    } catch (err) {
      this.warn(err);
      return this.fallback.count(email, address);
    }
  }

  async record(email: string, address: string): Promise<void> {
    const now = Date.now();
    // A unique member per failure: two failures in the same millisecond both count.
    const member = `${now}:${Math.random().toString(36).slice(2)}`;
    try {
      const results = await this.redis
        .multi()
        .zadd(this.key('email', email), now, member)
        .pexpire(this.key('email', email), EMAIL_WINDOW_MS)
        .zadd(this.key('address', address), now, member)
        .pexpire(this.key('address', address), ADDRESS_WINDOW_MS)
        .exec();
      if (!results || results.some(([error]) => error)) throw new Error('no reply');
    } catch (err) {
      this.warn(err);
      await this.fallback.record(email, address);
    }
  }

  async forget(email: string): Promise<void> {
    try {
      await this.redis.del(this.key('email', email));
    } catch (err) {
      this.warn(err);
    }
    // Counted in the database while Redis was away, perhaps.
    await this.fallback.forget(email);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private key(kind: 'email' | 'address', value: string): string {
    return `${this.prefix}${kind}:${value}`;
  }

  private warn(err: unknown): void {
    if (!this.warned) this.logger.warn(`Redis unavailable, counting failed sign-ins in the database: ${String(err)}`);
    this.warned = true;
  }
}
