import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { PUB_SUB } from './pub-sub.provider';

type Pending = Array<() => void>;

/**
 * Publishes live events, but only once the transaction that made the change has committed: a
 * subscriber must never hear of a change that was rolled back, nor read the data before it is
 * visible. Outside a transaction an event goes out at once.
 */
@Injectable()
export class EventBus implements EntitySubscriberInterface, OnApplicationShutdown {
  private readonly logger = new Logger('EventBus');
  private readonly pending = new WeakMap<QueryRunner, Pending>();

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    dataSource: DataSource,
  ) {
    dataSource.subscribers.push(this);
  }

  publishAfterCommit(manager: EntityManager | null, topic: string, payload: unknown): void {
    this.afterCommit(manager, () => this.publish(topic, payload));
  }

  /** Runs `action` once the manager's transaction has committed (at once outside one; never if it rolls back). */
  afterCommit(manager: EntityManager | null, action: () => void): void {
    const runner = manager?.queryRunner;
    if (!runner || !runner.isTransactionActive) {
      action();
      return;
    }
    const queue = this.pending.get(runner) ?? [];
    queue.push(action);
    this.pending.set(runner, queue);
  }

  asyncIterator<T>(topics: string | string[]): AsyncIterableIterator<T> {
    return this.pubSub.asyncIterableIterator<T>(topics) as AsyncIterableIterator<T>;
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Savepoints commit too: wait for the outermost transaction.
    if (event.queryRunner.isTransactionActive) return;
    const queue = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    for (const action of queue ?? []) action();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private publish(topic: string, payload: unknown): void {
    // Not awaited: subscribers resolve their payload through the database, which the
    // committing transaction may still hold (PGlite is a single session).
    this.pubSub.publish(topic, payload).catch((err: unknown) => this.logger.warn(`publish to ${topic} failed: ${String(err)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    // Awaited: open Redis connections would keep the process (and Jest) from exiting. QUIT waits
    // for Redis; when Redis is gone it never answers, so the connections are then dropped.
    if (!(this.pubSub instanceof RedisPubSub)) return;
    const pubSub = this.pubSub;
    const quit = pubSub.close().then(
      () => true,
      () => false,
    );
    const quitInTime = await Promise.race([quit, new Promise<false>((resolve) => setTimeout(resolve, 2000, false).unref())]);
    if (!quitInTime) for (const redis of [pubSub.getPublisher(), pubSub.getSubscriber()]) redis.disconnect();
  }
}
