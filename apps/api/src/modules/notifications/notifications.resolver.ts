import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationConnection, NotificationModel } from './models/notification.model';
import type { NotificationEntity } from './notification.entity';
import { renderNotification, type RenderedText } from './notification-texts';
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

  @ResolveField('title', () => String, { description: "In the recipient's language (their account's locale), instants in their time zone." })
  async title(notification: NotificationEntity, _: NoArgs, ctx: RequestContext): Promise<string> {
    return (await this.text(notification, ctx)).title;
  }

  @ResolveField('body', () => String, { nullable: true, description: "In the recipient's language (their account's locale), instants in their time zone." })
  async body(notification: NotificationEntity, _: NoArgs, ctx: RequestContext): Promise<string | null> {
    return (await this.text(notification, ctx)).body;
  }

  /**
   * Rendered at each read from the stored kind and parameters, so that a change of language reaches
   * old notifications too. The recipient is the only reader; live events load them afresh each time.
   */
  private async text(notification: NotificationEntity, ctx: RequestContext): Promise<RenderedText> {
    const recipient = await this.loaders.user(ctx).load(notification.userId);
    return renderNotification(notification.kind, notification.params, {
      locale: recipient?.locale ?? 'FR',
      timeZone: recipient?.timeZone ?? 'America/Toronto',
    });
  }

  @ResolveField('table', () => RoundTableModel, { nullable: true })
  table(notification: NotificationEntity, _: NoArgs, ctx: RequestContext) {
    return notification.tableId ? this.loaders.table(ctx).load(notification.tableId) : null;
  }
}
