import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { OptionalViewer } from '../../core/auth/viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { AccountsService } from './accounts.service';
import { UserModel } from './models/user.model';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Access('anyone')
  @Query(() => UserModel, { nullable: true, description: 'Null when not signed in.' })
  me(@OptionalViewer() viewer: Viewer | null) {
    return viewer ? this.accounts.findById(viewer.userId) : null;
  }
}
