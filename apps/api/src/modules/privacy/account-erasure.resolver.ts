import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AccountErasureService } from './account-erasure.service';
import { DeleteMyAccountArgs } from './dto/delete-my-account.args';

@Resolver()
export class AccountErasureResolver {
  constructor(private readonly erasure: AccountErasureService) {}

  @Access('signedIn')
  @Mutation(() => Boolean, {
    description: "Erases the viewer's account: personal data removed, contributions kept under a neutral name, every session revoked.",
  })
  deleteMyAccount(@ReqContext() ctx: RequestContext, @Args() args: DeleteMyAccountArgs) {
    return this.erasure.erase(signedInViewer(ctx), args.password, ctx.address);
  }
}
