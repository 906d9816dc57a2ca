import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, ActionItemStatus } from '@concertation/shared-domain';
import { GraphQLCalendarDate } from '../../../core/graphql/date.scalar';
import { trim, trimToNull } from '../../round-tables/dto/text';
import { given } from '../../meetings/dto/meeting-rules';

const TITLE_EMPTY = 'title must not be empty.';
const TITLE_LONG = `title must be at most ${MAX_TITLE_LENGTH} characters.`;
const BODY_LONG = `description must be at most ${MAX_BODY_LENGTH} characters.`;

/** Ids are checked by the service (unknown or malformed: NOT_FOUND); texts and enums here. */
@InputType()
export class CreateActionItemInput {
  @Field(() => ID) @IsString() tableId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() meetingId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() agendaItemId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() decisionId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: TITLE_EMPTY })
  @MaxLength(MAX_TITLE_LENGTH, { message: TITLE_LONG })
  title!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: BODY_LONG })
  description?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeOrganizationId?: string | null;
  @Field(() => GraphQLCalendarDate, { nullable: true }) @IsOptional() @IsString() dueOn?: string | null;
}

/** Absent fields keep their value; null clears description, assignees and dueOn; title and status cannot be cleared. */
@InputType()
export class UpdateActionItemInput {
  @Field(() => String, { nullable: true, description: 'Cannot be cleared.' })
  @Transform(trim)
  @ValidateIf(given)
  @IsString({ message: TITLE_EMPTY })
  @MinLength(1, { message: TITLE_EMPTY })
  @MaxLength(MAX_TITLE_LENGTH, { message: TITLE_LONG })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: BODY_LONG })
  description?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeOrganizationId?: string | null;
  @Field(() => GraphQLCalendarDate, { nullable: true }) @IsOptional() @IsString() dueOn?: string | null;

  @Field(() => ActionItemStatus, { nullable: true, description: 'Cannot be cleared.' })
  @ValidateIf(given)
  @IsEnum(ActionItemStatus, { message: 'status must be an action item status.' })
  status?: ActionItemStatus | null;
}

@InputType()
export class ActionItemFilter {
  @Field(() => [ActionItemStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus, { each: true })
  status?: ActionItemStatus[] | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Items assigned to this organization.' }) @IsOptional() @IsString() organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Items of this table (useful in myActionItems, which spans tables).' })
  @IsOptional()
  @IsString()
  tableId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only overdue items (in the table's zone); false: only those that are not." })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => GraphQLCalendarDate, { nullable: true, description: 'Items due strictly before this date.' })
  @IsOptional()
  @IsString()
  dueBefore?: string | null;
}
