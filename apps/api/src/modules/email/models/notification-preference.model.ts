import { Field, ObjectType } from '@nestjs/graphql';
import { DeliveryChannel, NotificationKind } from '@concertation/shared-domain';

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => DeliveryChannel) channel!: DeliveryChannel;
}
