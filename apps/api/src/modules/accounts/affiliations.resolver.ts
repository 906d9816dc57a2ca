import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { CurrentViewer } from '../../core/auth/viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
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
  decideAffiliation(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('accept') accept: boolean,
  ) {
    return this.affiliations.decide(viewer, userId, accept);
  }
}
