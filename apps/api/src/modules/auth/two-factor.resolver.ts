import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { AllowedBeforeTwoFactor } from '../../core/auth/two-factor-gate';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { ConfirmTwoFactorArgs, DisableTwoFactorArgs } from './dto/two-factor.args';
import { TwoFactorSetupModel } from './models/two-factor-setup.model';
import { TwoFactorService } from './two-factor.service';

@Resolver()
export class TwoFactorResolver {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Access('signedIn')
  @AllowedBeforeTwoFactor()
  @Mutation(() => TwoFactorSetupModel, {
    description: 'Starts (or restarts) two-factor setup; sign-in does not ask for a code until confirmTwoFactor.',
  })
  beginTwoFactorSetup(@ReqContext() ctx: RequestContext) {
    return this.twoFactor.begin(signedInViewer(ctx));
  }

  @Access('signedIn')
  @AllowedBeforeTwoFactor()
  @Mutation(() => [String], { description: 'Turns two-factor sign-in on with a current code; returns 10 single-use recovery codes, shown once.' })
  confirmTwoFactor(@ReqContext() ctx: RequestContext, @Args() args: ConfirmTwoFactorArgs) {
    return this.twoFactor.confirm(signedInViewer(ctx), args.code);
  }

  @Access('signedIn')
  @Mutation(() => UserModel)
  disableTwoFactor(@ReqContext() ctx: RequestContext, @Args() args: DisableTwoFactorArgs) {
    return this.twoFactor.disable(signedInViewer(ctx), args.password, args.code, ctx.address);
  }
}
