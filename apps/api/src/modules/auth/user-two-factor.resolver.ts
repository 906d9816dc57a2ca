import { ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import type { UserEntity } from '../accounts/user.entity';
import { TwoFactorService } from './two-factor.service';

/** The User field that tells a client whether the person's role requires two-factor sign-in. */
@Resolver(() => UserModel)
export class UserTwoFactorResolver {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField('twoFactorRequired', () => Boolean, {
    nullable: true,
    description:
      "Whether the user's role requires two-factor sign-in (TWO_FACTOR_REQUIRED_ROLES): until it is on, only me, beginTwoFactorSetup, confirmTwoFactor and signOut answer, and it cannot be turned off. The user's own only, null for others.",
  })
  async twoFactorRequired(user: UserEntity, _: NoArgs, ctx: RequestContext): Promise<boolean | null> {
    if (ctx.viewer?.userId !== user.id) return null;
    return this.twoFactor.isRequiredFor(this.dataSource.manager, user.id);
  }
}
