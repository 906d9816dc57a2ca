import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MutationThrottleGuard } from './mutation-throttle.guard';
import { MemoryRateLimitStore, type RateLimitStore, RedisRateLimitStore } from './rate-limit-store';
import { RATE_LIMIT_STORE } from './security.tokens';

/** Throttling of GraphQL operations (the HTTP headers and body limit are set in http-security.ts). */
@Module({
  providers: [
    {
      provide: RATE_LIMIT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RateLimitStore => (config.redisUrl ? RedisRateLimitStore.connect(config.redisUrl) : new MemoryRateLimitStore()),
    },
    { provide: APP_GUARD, useClass: MutationThrottleGuard },
  ],
  exports: [RATE_LIMIT_STORE],
})
export class SecurityModule implements OnModuleDestroy {
  constructor(@Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore) {}

  onModuleDestroy(): Promise<void> {
    return this.store.close();
  }
}
