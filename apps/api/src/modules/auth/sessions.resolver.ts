import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { RevokeSessionArgs } from './dto/two-factor.args';
import { SessionModel } from './models/session.model';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Access('signedIn')
  @Query(() => [SessionModel], { description: "The viewer's signed-in devices, most recent first." })
  mySessions(@ReqContext() ctx: RequestContext) {
    return this.sessions.list(signedInViewer(ctx));
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: "Revokes one of the viewer's sessions; its open subscriptions close." })
  revokeSession(@ReqContext() ctx: RequestContext, @Args() args: RevokeSessionArgs) {
    return this.sessions.revokeOwn(signedInViewer(ctx), args.id);
  }
}
