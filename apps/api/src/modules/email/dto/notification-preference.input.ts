import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { DELIVERY_CHANNELS, DeliveryChannel, NOTIFICATION_KINDS, NotificationKind } from '@concertation/shared-domain';

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsIn(NOTIFICATION_KINDS, { message: 'kind is not a kind of notification.' })
  kind!: NotificationKind;

  @Field(() => DeliveryChannel)
  @IsIn(DELIVERY_CHANNELS, { message: 'channel must be IN_APP, EMAIL or DIGEST.' })
  channel!: DeliveryChannel;
}
