import { Global, Module } from '@nestjs/common';
import { NotificationRetention } from './notification-retention';
import { NotificationsPolicy } from './notifications.policy';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Global()
@Module({ providers: [NotificationsPolicy, NotificationsService, NotificationsResolver, NotificationRetention], exports: [NotificationsService] })
export class NotificationsModule {}
