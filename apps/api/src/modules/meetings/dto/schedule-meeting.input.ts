import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_LOCATION_LENGTH, MAX_OCCURRENCES, MAX_RRULE_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { IsTimeZoneName } from '../../accounts/dto/account-rules';
import { trim, trimToNull } from '../../round-tables/dto/text';
import { IsWebUrl } from './meeting-rules';

/** endsAt after startsAt, unknown tables and the recurrence rule are the service's checks. */
@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) @IsString() tableId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `title must be at most ${MAX_TITLE_LENGTH} characters.` })
  title!: string;

  @Field() @IsDate() startsAt!: Date;
  @Field() @IsDate() endsAt!: Date;

  @Field(() => String, { nullable: true, description: "IANA zone; defaults to the zone of the table's first region." })
  @Transform(trimToNull)
  @IsOptional()
  @IsTimeZoneName()
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LOCATION_LENGTH, { message: `location must be at most ${MAX_LOCATION_LENGTH} characters.` })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsWebUrl()
  onlineUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "An RFC 5545 RRULE such as FREQ=MONTHLY;BYDAY=2TU; creates one meeting per occurrence, in the meeting's zone. " +
      'The first meeting is the first occurrence at or after startsAt; each lasts endsAt − startsAt. ' +
      'FREQ is YEARLY, MONTHLY, WEEKLY or DAILY; meetings more than ten years after startsAt are not created.',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_RRULE_LENGTH, { message: `recurrence must be at most ${MAX_RRULE_LENGTH} characters.` })
  recurrence?: string | null;

  @Field(() => Int, { nullable: true, description: 'Cap on occurrences created from recurrence (default 12, at most 52).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'occurrences must be at least 1.' })
  @Max(MAX_OCCURRENCES, { message: `occurrences must be at most ${MAX_OCCURRENCES}.` })
  occurrences?: number | null;
}
