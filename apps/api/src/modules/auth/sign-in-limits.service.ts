import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { tooManyRequests } from '../../core/errors/domain-errors';
import { DatabaseFailureCounts, RedisFailureCounts, type SignInFailureCounts } from './sign-in-failure-counts';

/** docs/api-guide.md, "Limits": 10 failures per e-mail in 15 minutes, 30 per address in a minute. */
export const EMAIL_FAILURE_LIMIT = 10;
export const ADDRESS_FAILURE_LIMIT = 30;

/**
 * Counts failed sign-ins (wrong password, unknown e-mail, wrong current password) where every
 * API process sees them: in Redis when REDIS_URL is set, in the database otherwise. A refused
 * attempt is not itself counted: the lock lifts once the failures that caused it leave the window.
 */
@Injectable()
export class SignInLimitsService implements OnModuleDestroy {
  private readonly counts: SignInFailureCounts;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const database = new DatabaseFailureCounts(dataSource);
    this.counts = config.redisUrl ? RedisFailureCounts.connect(config.redisUrl, database) : database;
  }

  /** Throws TOO_MANY_REQUESTS while either limit is reached, whatever the password. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const { byEmail, byAddress } = await this.counts.count(email, addressKey(address));
    if (byEmail >= EMAIL_FAILURE_LIMIT || byAddress >= ADDRESS_FAILURE_LIMIT) {
      throw tooManyRequests('Too many failed sign-ins; try again later.');
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await this.counts.record(email, addressKey(address));
  }

  /** Forgets the failures counted for an e-mail (the account was erased: its address is kept nowhere). */
  async forget(email: string): Promise<void> {
    await this.counts.forget(email);
  }

  async onModuleDestroy(): Promise<void> {
    await this.counts.close();
  }
}

/** The column holds 64 characters; an IPv6 address with a zone fits, anything longer is cut. */
function addressKey(address: string): string {
  return address.slice(0, 64);
}
