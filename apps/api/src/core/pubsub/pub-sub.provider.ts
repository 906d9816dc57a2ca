import { EventEmitter } from 'node:events';
import type { Provider } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const PUB_SUB = Symbol('PUB_SUB');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Events cross Redis as JSON: turn ISO instants back into Dates, or DateTime fields print null. */
export function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value;
}

/**
 * The one pub/sub of the process: Redis when REDIS_URL is set, so that an event published by
 * one API process reaches subscribers connected to another; in-process otherwise.
 */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): PubSubEngine => {
    if (!config.redisUrl) {
      // One listener per subscriber of a topic: a meeting followed by 2,000 people is expected,
      // not the leak EventEmitter warns about past 10.
      const eventEmitter = new EventEmitter();
      eventEmitter.setMaxListeners(0);
      return new PubSub({ eventEmitter });
    }
    const options = { maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: false };
    return new RedisPubSub({
      publisher: new Redis(config.redisUrl, options),
      subscriber: new Redis(config.redisUrl, options),
      reviver: reviveDates,
    });
  },
};
