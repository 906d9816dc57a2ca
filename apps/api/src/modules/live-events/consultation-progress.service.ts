import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../core/graphql/request-context';
import { type ContextualEvent, liveStream, unlessRefused } from '../../core/live/live-stream';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import type { ConsultationEventPayload } from '../consultations/consultation-activity';
import { ConsultationViewsService } from '../consultations/consultation-views.service';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import { ConsultationsPolicy } from '../consultations/consultations.policy';

/** One event as a subscriber receives it: the consultation as they may read it now, and its counts. */
export interface ConsultationProgress {
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

  async subscribe(ctx: RequestContext, consultationId: string): Promise<AsyncIterableIterator<ContextualEvent<ConsultationProgress>>> {
    await this.policy.readable(ctx, consultationId);
    const readable = (eventCtx: RequestContext) => unlessRefused(this.policy.readable(eventCtx, consultationId));
    return liveStream(ctx, this.events.asyncIterator<ConsultationEventPayload>(Topics.consultation(consultationId)), {
      concerns: (event) => event?.consultationId === consultationId,
      allowed: async (eventCtx) => (await readable(eventCtx)) !== null,
      // The consultation comes from the event context's loaders, as `allowed` just read it.
      payload: async (_event, eventCtx) => {
        const consultation = await readable(eventCtx);
        return consultation && { consultation, ...(await this.views.counts(eventCtx, consultation)) };
      },
    });
  }
}
