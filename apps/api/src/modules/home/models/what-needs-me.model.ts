import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PendingDecisionKind } from '@concertation/shared-domain';

@ObjectType('PendingDecision', { description: 'Something that waits for the viewer to decide or answer, with what a client needs to link to it.' })
export class PendingDecisionModel {
  @Field(() => PendingDecisionKind, { description: 'What is to be decided; it says what targetId names.' })
  kind!: PendingDecisionKind;
  @Field(() => ID, {
    description:
      'The object to open: the membership (MEMBERSHIP_REQUEST), the referral (REFERRAL), the consultation (CONSULTATION_TO_ANSWER, CONSULTATION_TO_CLOSE), the meeting whose minutes wait (MINUTES_TO_APPROVE), the user (AFFILIATION).',
  })
  targetId!: string;
  @Field({
    description:
      "What it is about, in people's words: the organization asking to join, the referral's or consultation's title, the meeting's title, the person asking to be affiliated.",
  })
  title!: string;
  @Field(() => String, { nullable: true, description: 'AFFILIATION: the organization the person says they work for; null for the other kinds.' })
  detail!: string | null;
  @Field({ description: 'Since when it waits: requested, referred, consultation opened, minutes circulated, affiliation asked.' })
  waitingSince!: Date;
  @Field(() => Date, { nullable: true, description: 'The deadline, when there is one: a consultation closes then.' })
  dueAt!: Date | null;
  /** Resolved by a field resolver: `table` (null for AFFILIATION). */
  tableId!: string | null;
}

@ObjectType('WhatNeedsMe', {
  description:
    "The home page in one query: what waits for the viewer's decision, their own pending membership requests, their urgent action items and their next meetings; each list filtered by the same rules as everywhere else.",
})
export class WhatNeedsMeModel {
  /** The viewer it was asked for; the lists are field resolvers, read only when asked. */
  userId!: string;
}
