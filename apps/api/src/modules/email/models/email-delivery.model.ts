import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EmailPurpose, NotificationKind } from '@concertation/shared-domain';

@ObjectType('EmailFailure', { description: 'An e-mail given up: refused by the SMTP server, or not accepted within 24 hours.' })
export class EmailFailureModel {
  @Field(() => ID) id!: string;
  @Field(() => EmailPurpose) purpose!: EmailPurpose;
  @Field(() => NotificationKind, { nullable: true, description: 'The kind of notification, for a NOTIFICATION e-mail.' })
  notificationKind!: NotificationKind | null;
  @Field({ description: 'When it was written to the outbox (or queued again).' }) queuedAt!: Date;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: "The SMTP server's last answer, or why it could not be written." })
  lastError!: string | null;
  /** Resolved by a field resolver: `recipient`. */
  recipientId!: string;
}

@ObjectType('EmailDelivery', { description: 'The state of the e-mail outbox (COORDINATOR only).' })
export class EmailDeliveryModel {
  @Field(() => Int, { description: 'Waiting to be sent, retries included.' }) pending!: number;
  @Field(() => Int, { description: 'Sent in the last 24 hours.' }) sentLastDay!: number;
  @Field(() => Int, { description: 'Given up, until queued again.' }) failed!: number;
  @Field(() => Date, { nullable: true, description: 'When the oldest e-mail still waiting was written.' }) oldestPendingAt!: Date | null;
  @Field(() => [EmailFailureModel], { description: 'The 50 most recent failures.' }) recentFailures!: EmailFailureModel[];
}
