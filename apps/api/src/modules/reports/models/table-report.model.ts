import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLCalendarDate } from '../../../core/graphql/date.scalar';

@ObjectType('ActionItemStats')
export class ActionItemStatsModel {
  @Field(() => Int) created!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int, { description: 'Open now and past due.' }) overdue!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from creation to DONE of those completed in the period; null without one.' })
  medianDaysToComplete!: number | null;
}

@ObjectType('OrganizationActivity')
export class OrganizationActivityModel {
  @Field(() => Int, { description: 'Held meetings where someone of the organization was PRESENT (a substitute counts).' })
  meetingsAttended!: number;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Int) actionItemsCompleted!: number;
  @Field(() => Int) actionItemsOpen!: number;
  @Field(() => Int) ballotsCast!: number;
  /** Resolved by a field resolver: organization. */
  organizationId!: string;
}

@ObjectType('MonthActivity')
export class MonthActivityModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Int) decisions!: number;
  @Field(() => Int) actionItemsCreated!: number;
  @Field(() => Int) actionItemsCompleted!: number;
}

@ObjectType('TableReport', { description: "A table's activity over a period: counts only, never titles or text." })
export class TableReportModel {
  @Field(() => GraphQLCalendarDate) from!: string;
  @Field(() => GraphQLCalendarDate) to!: string;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Int) meetingsCancelled!: number;
  @Field(() => Int, { description: 'Held meetings that did not reach quorum.' }) quorumMissed!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Average, over held meetings, of present member organizations ÷ ACTIVE member organizations (0–1); null without a held meeting.',
  })
  attendanceRate!: number | null;
  @Field(() => Int) decisions!: number;
  @Field(() => Int, { description: 'Closed votes at the meetings of the period.' }) votes!: number;
  @Field(() => ActionItemStatsModel) actionItems!: ActionItemStatsModel;
  @Field(() => Int) referralsSent!: number;
  @Field(() => Int) referralsReceived!: number;
  @Field(() => Int, { description: 'Referrals received in the period and decided (accepted or declined).' }) referralsAnswered!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from a received referral to its decision; null without one.' })
  medianDaysToAnswerReferral!: number | null;
  @Field(() => Int, { description: 'Consultations of the table that opened in the period.' }) consultationsRun!: number;
  @Field(() => Float, { nullable: true, description: 'Responses ÷ invited organizations over the consultations closed in the period; null without one.' })
  consultationResponseRate!: number | null;
  @Field(() => [OrganizationActivityModel], { description: 'One row per ACTIVE member organization.' })
  organizations!: OrganizationActivityModel[];
  @Field(() => [MonthActivityModel], { description: "One row per calendar month of the period, in the table's zone." })
  months!: MonthActivityModel[];
  /** Resolved by a field resolver: table. */
  tableId!: string;
}
