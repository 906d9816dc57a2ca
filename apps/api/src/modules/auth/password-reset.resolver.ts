import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import { clientOf, payloadOf } from './auth.resolver';
import { RequestPasswordResetArgs, ResetPasswordArgs } from './dto/auth.args';
import { AuthPayloadModel } from './models/auth-payload.model';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Access('anyone')
  @Mutation(() => Boolean, {
    description: 'Always true, whether or not the e-mail is known; a known one receives a single-use link valid for one hour.',
  })
  requestPasswordReset(@Args() args: RequestPasswordResetArgs) {
    return this.resets.request(args.email);
  }

  @Access('anyone')
  @Mutation(() => AuthPayloadModel, { description: "Sets a new password from the link's token, revokes every earlier token, and signs in." })
  async resetPassword(@ReqContext() ctx: RequestContext, @Args() args: ResetPasswordArgs) {
    return payloadOf(ctx, await this.resets.reset(args.token, args.newPassword, args.code ?? null, clientOf(ctx)));
  }
}
