import { Global, Module } from '@nestjs/common';
import { DailyDigest } from './daily-digest';
import { EmailComposer } from './email-composer';
import { EmailDeliveryResolver, EmailFailureFieldsResolver } from './email-delivery.resolver';
import { EmailDeliveryService } from './email-delivery.service';
import { EmailLinks } from './email-links';
import { NotificationPreferencesResolver, UserNotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { OutboxSender } from './outbox-sender';
import { OutboxService } from './outbox.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * E-mail: preferences per kind of notification, the outbox written with each change and the
 * sender that empties it, the daily digest, and the links e-mails carry (answers, unsubscribe).
 * Global: notifications, password resets and meetings write to the outbox or sign links.
 */
@Global()
@Module({
  controllers: [UnsubscribeController],
  providers: [
    OutboxService,
    OutboxSender,
    EmailComposer,
    EmailLinks,
    DailyDigest,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
    UserNotificationPreferencesResolver,
    EmailDeliveryService,
    EmailDeliveryResolver,
    EmailFailureFieldsResolver,
  ],
  exports: [OutboxService, EmailLinks, EmailDeliveryService],
})
export class EmailModule {}
