import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '../../../core/graphql/page';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. meeting.scheduled, minutes.approved, membership.decided, agendaItem.read_in_camera' })
  action!: string;
  @Field({
    description:
      'What the event is about: user, organization, table, membership, participant, meeting, agendaItem, attachment, minutes, decision, actionItem, referral, consultation or protocol.',
  })
  entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field() at!: Date;
  /** Resolved by field resolvers: `actor`, `table`, `entityTitle`, `entityPath`. */
  actorId!: string | null;
  tableId!: string | null;
}

export const { Edge: AuditEventEdge, ConnectionType: AuditEventConnection } = connectionTypes(AuditEventModel, 'AuditEvent');
