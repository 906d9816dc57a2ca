import { Injectable } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { DomainError } from '../../core/errors/domain-errors';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import { ContextualEvent, liveStream } from '../../core/live/live-stream';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import type { ConsultationEventPayload } from './consultation-activity';
import { ConsultationViewsService } from './consultation-views.service';
import type { ConsultationEntity } from './consultation.entity';
import { ConsultationsPolicy } from './consultations.policy';
import { ConsultationProgressModel } from './models/consultation-results.model';

/** One event as a subscriber receives it: the consultation as they may read it now, and its counts. */
interface Progress {
  consultation: ConsultationEntity;
  invitedCount: number;
  responseCount: number;
}

/**
 * consultationProgress: authorized when the subscription starts (NOT_FOUND, FORBIDDEN), and at
 * every event and periodically with a fresh context: someone who may no longer read the
 * consultation stops hearing of it, and their subscription ends.
 */
@Injectable()
export class ConsultationProgressService {
  constructor(
    private readonly events: EventBus,
    private readonly policy: ConsultationsPolicy,
    private readonly views: ConsultationViewsService,
  ) {}

  async subscribe(ctx: RequestContext, consultationId: string): Promise<AsyncIterableIterator<ContextualEvent<Progress>>> {
    await this.policy.readable(ctx, consultationId);
    const loaded = new WeakMap<RequestContext, Progress>();
    const events = liveStream(ctx, this.events.asyncIterator<ConsultationEventPayload>(Topics.consultation(consultationId)), {
      admit: async (event, eventCtx) => {
        if (event?.consultationId !== consultationId) return 'skip';
        const consultation = await this.readable(eventCtx, consultationId);
        if (!consultation) return 'end';
        loaded.set(eventCtx, { consultation, ...(await this.views.counts(eventCtx, consultation)) });
        return 'deliver';
      },
      stillAllowed: async (eventCtx) => (await this.readable(eventCtx, consultationId)) !== null,
    });
    const stream: AsyncIterableIterator<ContextualEvent<Progress>> = {
      async next() {
        const result = await events.next();
        const progress = result.done ? undefined : loaded.get(result.value.context);
        if (result.done || !progress) return { value: undefined, done: true };
        return { value: new ContextualEvent(progress, result.value.context), done: false };
      },
      async return() {
        await events.return?.();
        return { value: undefined, done: true };
      },
      async throw(error: unknown) {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return stream;
      },
    };
    return stream;
  }

  private async readable(ctx: RequestContext, id: string): Promise<ConsultationEntity | null> {
    try {
      return await this.policy.readable(ctx, id);
    } catch (err) {
      if (err instanceof DomainError) return null;
      throw err;
    }
  }
}

@Resolver(() => ConsultationProgressModel)
export class ConsultationProgressResolver {
  constructor(private readonly live: ConsultationProgressService) {}

  @Access('signedIn')
  @Subscription(() => ConsultationProgressModel, {
    description: 'When the consultation opens, is answered, or closes; for those who may read it, resolved with their rights.',
    resolve: (progress: Progress) => progress,
  })
  consultationProgress(@ReqContext() ctx: RequestContext, @Args('consultationId', { type: () => ID }) consultationId: string) {
    return this.live.subscribe(ctx, consultationId);
  }
}
