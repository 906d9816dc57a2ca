import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import { ConsultationProgressModel } from '../consultations/models/consultation-results.model';
import { type ConsultationProgress, ConsultationProgressService } from './consultation-progress.service';

@Resolver(() => ConsultationProgressModel)
export class ConsultationProgressResolver {
  constructor(private readonly live: ConsultationProgressService) {}

  @Access('signedIn')
  @Subscription(() => ConsultationProgressModel, {
    description: 'When the consultation opens, is answered, or closes; for those who may read it, resolved with their rights.',
    resolve: (progress: ConsultationProgress) => progress,
  })
  consultationProgress(@ReqContext() ctx: RequestContext, @Args('consultationId', { type: () => ID }) consultationId: string) {
    return this.live.subscribe(ctx, consultationId);
  }
}
