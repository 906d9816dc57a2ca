import { ArgsType, Field } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional } from 'class-validator';
import { MeetingStatus } from '@concertation/shared-domain';

/** A window of time: meetings that overlap [from, to), by startsAt. */
@ArgsType()
export class MeetingRangeArgs {
  @Field(() => Date, { nullable: true, description: 'Meetings that end after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Meetings that start before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class TableMeetingsArgs extends MeetingRangeArgs {
  @Field(() => MeetingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus | null;
}
