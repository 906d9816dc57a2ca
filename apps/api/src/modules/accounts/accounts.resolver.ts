import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { AllowedBeforeTwoFactor } from '../../core/auth/two-factor-gate';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AccountsService } from './accounts.service';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UserModel } from './models/user.model';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Access('anyone')
  @AllowedBeforeTwoFactor()
  @Query(() => UserModel, { nullable: true, description: 'Null when not signed in.' })
  me(@ReqContext() ctx: RequestContext) {
    return ctx.viewer ? this.accounts.findById(ctx.viewer.userId) : null;
  }

  @Access('signedIn')
  @Mutation(() => UserModel)
  updateProfile(@ReqContext() ctx: RequestContext, @Args('input') input: UpdateProfileInput) {
    return this.accounts.updateProfile(signedInViewer(ctx), input);
  }
}
