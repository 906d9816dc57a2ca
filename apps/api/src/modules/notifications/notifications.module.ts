import { Global, Module } from '@nestjs/common';
import { NotificationsPolicy } from './notifications.policy';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Global()
@Module({ providers: [NotificationsPolicy, NotificationsService, NotificationsResolver], exports: [NotificationsService] })
export class NotificationsModule {}
