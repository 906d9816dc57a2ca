import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationConnection, NotificationModel } from './models/notification.model';
import type { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly loaders: EntityLoaders,
  ) {}

  @Access('signedIn')
  @Query(() => NotificationConnection, { description: "The viewer's own notifications, newest first." })
  notifications(@ReqContext() ctx: RequestContext, @Args() args: NotificationsArgs) {
    return this.service.list(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => Int, { description: 'Marks the named notifications read, or all when ids is absent; returns how many changed.' })
  markNotificationsRead(@ReqContext() ctx: RequestContext, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null) {
    return this.service.markRead(signedInViewer(ctx), ids);
  }

  @ResolveField('table', () => RoundTableModel, { nullable: true })
  table(notification: NotificationEntity, _: NoArgs, ctx: RequestContext) {
    return notification.tableId ? this.loaders.table(ctx).load(notification.tableId) : null;
  }
}
