import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AffiliationsService } from './affiliations.service';
import { UserModel } from './models/user.model';

@Resolver(() => UserModel)
export class AffiliationsResolver {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Access('coordinator')
  @Query(() => [UserModel], { description: 'Users whose stated organization waits for confirmation (COORDINATOR only).' })
  pendingAffiliations() {
    return this.affiliations.pending();
  }

  @Access('coordinator')
  @Mutation(() => UserModel, {
    description: "Confirms (the user's organization becomes the pending one) or declines the user's pending organization.",
  })
  decideAffiliation(@ReqContext() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string, @Args('accept') accept: boolean) {
    return this.affiliations.decide(signedInViewer(ctx), userId, accept);
  }
}
