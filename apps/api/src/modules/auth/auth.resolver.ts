import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { AllowedBeforeTwoFactor } from '../../core/auth/two-factor-gate';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AuthService, type SignedIn, type SignInClient } from './auth.service';
import { ChangePasswordArgs, LoginArgs, SignOutArgs } from './dto/auth.args';
import { RegisterInput } from './dto/register.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { userAgentOf } from './sessions.service';
import { signedInAs } from './signed-in-as';

/** The caller as a new session records it: its address (limits) and device (the list of sessions; none over a WebSocket). */
export function clientOf(ctx: RequestContext): SignInClient {
  return { address: ctx.address, userAgent: userAgentOf(ctx.req?.headers['user-agent']) };
}

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
    return payloadOf(ctx, await this.auth.register(input, clientOf(ctx)));
  }

  @Access('anyone')
  @Mutation(() => AuthPayloadModel, {
    description: "With two-factor sign-in on, code is the authenticator's current code or an unused recovery code.",
  })
  async login(@ReqContext() ctx: RequestContext, @Args() args: LoginArgs) {
    return payloadOf(ctx, await this.auth.login(args.email, args.password, args.code ?? null, clientOf(ctx)));
  }

  @Access('signedIn')
  @AllowedBeforeTwoFactor()
  @Mutation(() => Boolean, { description: 'Revokes the token of this request, or every token of the viewer with everywhere: true.' })
  signOut(@ReqContext() ctx: RequestContext, @Args() args: SignOutArgs) {
    return this.auth.signOut(signedInViewer(ctx), args.everywhere === true);
  }

  @Access('signedIn')
  @Mutation(() => AuthPayloadModel, { description: 'Revokes every earlier token of the viewer and returns a new one.' })
  async changePassword(@ReqContext() ctx: RequestContext, @Args() args: ChangePasswordArgs) {
    return payloadOf(ctx, await this.auth.changePassword(signedInViewer(ctx), args.currentPassword, args.newPassword, clientOf(ctx)));
  }
}
