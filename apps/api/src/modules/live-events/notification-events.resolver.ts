import { Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { CurrentViewer, ReqContext } from '../../core/auth/viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { RequestContext } from '../../core/graphql/request-context';
import { NotificationModel } from '../notifications/models/notification.model';
import type { NotificationEntity } from '../notifications/notification.entity';
import { LiveEventsService } from './live-events.service';

@Resolver(() => NotificationModel)
export class NotificationEventsResolver {
  constructor(private readonly live: LiveEventsService) {}

  @Access('signedIn')
  // The viewer's own notifications, as they are written (NotificationsService.notify publishes them).
  @Subscription(() => NotificationModel, { resolve: (notification: NotificationEntity) => notification })
  notificationReceived(@ReqContext() ctx: RequestContext, @CurrentViewer() viewer: Viewer) {
    return this.live.notificationsOf(ctx, viewer);
  }
}
