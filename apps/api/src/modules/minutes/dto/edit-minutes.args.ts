import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { trimToNull } from '../../round-tables/dto/text';
import { MAX_AGENDA_ITEMS } from '../../meetings/dto/meeting-actions.args';

@InputType('ItemNotesInput')
export class ItemNotesInput {
  @Field(() => ID) @IsString() agendaItemId!: string;

  @Field({ description: 'The whole notes of the item; blank clears them.' })
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `notes must be at most ${MAX_BODY_LENGTH} characters.` })
  notes!: string;
}

@InputType('MinutesInput')
export class MinutesInput {
  @Field(() => String, { nullable: true, description: 'Absent keeps the summary; null or blank clears it.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `summary must be at most ${MAX_BODY_LENGTH} characters.` })
  summary?: string | null;

  @Field(() => [ItemNotesInput], { nullable: true, description: 'Notes of items of this meeting; items left out keep theirs.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ItemNotesInput)
  itemNotes?: ItemNotesInput[] | null;
}

@ArgsType()
export class EditMinutesArgs {
  @Field(() => ID) @IsString() meetingId!: string;
  @Field(() => Int) @IsInt() expectedVersion!: number;
  @Field(() => MinutesInput) @ValidateNested() @Type(() => MinutesInput) input!: MinutesInput;
}

@ArgsType()
export class MinutesMeetingArgs {
  @Field(() => ID) @IsString() meetingId!: string;
}

@ArgsType()
export class ApproveMinutesArgs {
  @Field(() => ID) @IsString() meetingId!: string;
  @Field(() => ID, { nullable: true, description: 'A later meeting of the same table where the minutes were approved.' })
  @IsOptional()
  @IsString()
  atMeetingId?: string | null;
}
