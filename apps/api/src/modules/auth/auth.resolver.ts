import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AuthService, type SignedIn } from './auth.service';
import { ChangePasswordArgs, LoginArgs, SignOutArgs } from './dto/auth.args';
import { RegisterInput } from './dto/register.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { signedInAs } from './signed-in-as';

/** What an AuthPayload carries to the client; the viewer also becomes the request's. */
export function payloadOf(ctx: RequestContext, signedIn: SignedIn) {
  signedInAs(ctx, signedIn.viewer);
  return { accessToken: signedIn.accessToken, user: signedIn.user };
}

@Resolver(() => AuthPayloadModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Access('anyone')
  @Mutation(() => AuthPayloadModel)
  async register(@ReqContext() ctx: RequestContext, @Args('input') input: RegisterInput) {
    return payloadOf(ctx, await this.auth.register(input));
  }

  @Access('anyone')
  @Mutation(() => AuthPayloadModel)
  async login(@ReqContext() ctx: RequestContext, @Args() args: LoginArgs) {
    return payloadOf(ctx, await this.auth.login(args.email, args.password, ctx.address));
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Revokes the token of this request, or every token of the viewer with everywhere: true.' })
  signOut(@ReqContext() ctx: RequestContext, @Args() args: SignOutArgs) {
    return this.auth.signOut(signedInViewer(ctx), args.everywhere === true);
  }

  @Access('signedIn')
  @Mutation(() => AuthPayloadModel, { description: 'Revokes every earlier token of the viewer and returns a new one.' })
  async changePassword(@ReqContext() ctx: RequestContext, @Args() args: ChangePasswordArgs) {
    return payloadOf(ctx, await this.auth.changePassword(signedInViewer(ctx), args.currentPassword, args.newPassword, ctx.address));
  }
}
