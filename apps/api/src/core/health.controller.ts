import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource } from 'typeorm';
import { PUB_SUB } from './pubsub/pub-sub.provider';
import { EmailDeliveryService, type OutboxCounts } from '../modules/email/email-delivery.service';

/** A check that has not answered within this bound counts as down: a probe must not hang. */
const CHECK_TIMEOUT_MS = 2000;

type State = 'up' | 'down' | 'not configured';

/**
 * `/health`: 200 while this process serves and its database answers, 503 otherwise (what the
 * fault suite watches while PostgreSQL restarts). `/health/ready`: the database AND Redis (when
 * REDIS_URL is set: live events between processes need it), for a proxy choosing where to send
 * traffic, with the e-mail outbox's counts (pending, sent in the last day, failed) for whoever
 * watches delivery. Nothing else: no names, no addresses. Not logged unless failing, and not rate limited.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly email: EmailDeliveryService,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database = await this.database();
    res.setHeader('Cache-Control', 'no-store');
    res.status(database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: database === 'up' ? 'ok' : 'unavailable' });
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([this.database(), this.redis()]);
    const ok = database === 'up' && redis !== 'down';
    const email = database === 'up' ? await this.outboxCounts() : null;
    res.setHeader('Cache-Control', 'no-store');
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'unavailable', database, redis, email });
  }

  private async outboxCounts(): Promise<OutboxCounts | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, CHECK_TIMEOUT_MS, null)));
    try {
      const counted = this.email.counts().then(({ pending, sentLastDay, failed }) => ({ pending, sentLastDay, failed }));
      return await Promise.race([counted.catch(() => null), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async database(): Promise<State> {
    if (!this.dataSource.isInitialized) return 'down';
    return withinBound(this.dataSource.query('SELECT 1').then(() => 'up' as const));
  }

  private async redis(): Promise<State> {
    if (!(this.pubSub instanceof RedisPubSub)) return 'not configured';
    const publisher = this.pubSub.getPublisher();
    const subscriber = this.pubSub.getSubscriber();
    // Not ready: a PING would wait in ioredis's offline queue until Redis returns.
    if (publisher.status !== 'ready' || subscriber.status !== 'ready') return 'down';
    return withinBound(publisher.ping().then((pong) => (pong === 'PONG' ? ('up' as const) : ('down' as const))));
  }
}

function withinBound(check: Promise<State>): Promise<State> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<State>((resolve) => {
    timer = setTimeout(resolve, CHECK_TIMEOUT_MS, 'down');
    timer.unref();
  });
  return Promise.race([check.catch(() => 'down' as const), late]).finally(() => clearTimeout(timer));
}
