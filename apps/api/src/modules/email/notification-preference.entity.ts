import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeliveryChannel, EnumValue, NotificationKind } from '@concertation/shared-domain';

/** A person's channel for one kind of notification, only where it differs from DEFAULT_DELIVERY_CHANNELS or was chosen. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @PrimaryColumn({ type: 'varchar' }) kind!: EnumValue<NotificationKind>;
  @Column({ type: 'varchar' }) channel!: EnumValue<DeliveryChannel>;
}
