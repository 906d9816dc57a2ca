import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { CurrentViewer, OptionalViewer } from '../../core/auth/viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { AccountsService } from './accounts.service';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UserModel } from './models/user.model';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Access('anyone')
  @Query(() => UserModel, { nullable: true, description: 'Null when not signed in.' })
  me(@OptionalViewer() viewer: Viewer | null) {
    return viewer ? this.accounts.findById(viewer.userId) : null;
  }

  @Access('signedIn')
  @Mutation(() => UserModel)
  updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput) {
    return this.accounts.updateProfile(viewer, input);
  }
}
