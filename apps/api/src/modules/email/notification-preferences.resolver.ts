import { Args, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, signedInViewer, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import type { UserEntity } from '../accounts/user.entity';
import { NotificationPreferenceInput } from './dto/notification-preference.input';
import { NotificationPreferenceModel } from './models/notification-preference.model';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver(() => UserModel)
export class UserNotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @ResolveField('notificationPreferences', () => [NotificationPreferenceModel], {
    description: "How the user hears of each kind of notification; the user's own only (others get an empty list). Every kind is listed.",
  })
  notificationPreferences(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.preferences.forUser(ctx, user);
  }

  @ResolveField('digestHour', () => Int, {
    nullable: true,
    description: "Local hour (0–23, in timeZone) of the daily digest e-mail; the user's own only, null for others.",
  })
  digestHour(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.preferences.digestHour(ctx, user);
  }
}

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Access('signedIn')
  @Mutation(() => UserModel, { description: 'Sets the channel of each kind named (others keep theirs) and, when given, the digest hour.' })
  updateNotificationPreferences(
    @ReqContext() ctx: RequestContext,
    @Args('preferences', { type: () => [NotificationPreferenceInput] }) preferences: NotificationPreferenceInput[],
    @Args('digestHour', { type: () => Int, nullable: true }) digestHour?: number | null,
  ) {
    return this.preferences.update(signedInViewer(ctx), preferences, digestHour);
  }
}
