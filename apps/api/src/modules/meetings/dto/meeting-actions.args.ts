import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_BODY_LENGTH, AgendaItemStatus, AttendanceStatus, RsvpResponse } from '@concertation/shared-domain';
import { trimToNull } from '../../round-tables/dto/text';

/** More items than any meeting could treat: a request this long is a mistake or an attack. */
export const MAX_AGENDA_ITEMS = 500;

@ArgsType()
export class CancelMeetingArgs {
  @Field(() => ID) @IsString() id!: string;

  @Field(() => String, { nullable: true, description: 'Told to everyone who sits at the table.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `reason must be at most ${MAX_BODY_LENGTH} characters.` })
  reason?: string | null;
}

@ArgsType()
export class AdjournMeetingArgs {
  @Field(() => ID) @IsString() id!: string;

  @Field(() => Boolean, { nullable: true, description: 'Marks DEFERRED every item still PENDING or IN_PROGRESS.' })
  @IsOptional()
  @IsBoolean()
  deferUndiscussed?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A meeting of the same table whose agenda is open: the items not dealt with are deferred and carried over to it (as carryOverUnfinishedItems).',
  })
  @IsOptional()
  @IsString()
  carryOverTo?: string | null;
}

@ArgsType()
export class ReorderAgendaArgs {
  @Field(() => ID) @IsString() meetingId!: string;

  @Field(() => [ID], { description: 'Every item of the agenda exactly once, in the new order.' })
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @IsString({ each: true })
  itemIds!: string[];
}

@ArgsType()
export class SetCurrentItemArgs {
  @Field(() => ID) @IsString() meetingId!: string;
  @Field(() => ID, { nullable: true, description: 'Null clears the current item.' }) @IsOptional() @IsString() itemId?: string | null;
}

@ArgsType()
export class SetItemStatusArgs {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => AgendaItemStatus) @IsEnum(AgendaItemStatus) status!: AgendaItemStatus;
}

@ArgsType()
export class CarryOverArgs {
  @Field(() => ID) @IsString() fromMeetingId!: string;
  @Field(() => ID) @IsString() toMeetingId!: string;
}

@ArgsType()
export class RespondArgs {
  @Field(() => ID) @IsString() meetingId!: string;
  @Field(() => RsvpResponse) @IsEnum(RsvpResponse) response!: RsvpResponse;
}

@ArgsType()
export class RecordAttendanceArgs {
  @Field(() => ID) @IsString() meetingId!: string;
  @Field(() => ID) @IsString() userId!: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status!: AttendanceStatus;
}
