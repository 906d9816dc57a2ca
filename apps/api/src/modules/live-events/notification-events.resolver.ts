import { Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { NotificationModel } from '../notifications/models/notification.model';
import type { NotificationEntity } from '../notifications/notification.entity';
import { LiveEventsService } from './live-events.service';

@Resolver(() => NotificationModel)
export class NotificationEventsResolver {
  constructor(private readonly live: LiveEventsService) {}

  @Access('signedIn')
  // The viewer's own notifications, as they are written (NotificationsService.notify publishes them).
  @Subscription(() => NotificationModel, { resolve: (notification: NotificationEntity) => notification })
  notificationReceived(@ReqContext() ctx: RequestContext) {
    return this.live.notificationsOf(ctx, signedInViewer(ctx));
  }
}
