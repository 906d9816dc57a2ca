import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MAX_LOCATION_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { IsTimeZoneName } from '../../accounts/dto/account-rules';
import { trim, trimToNull } from '../../round-tables/dto/text';
import { given, IsWebUrl } from './meeting-rules';

/** Absent fields keep their value; null clears location and onlineUrl, and is refused elsewhere. */
@InputType()
export class UpdateMeetingInput {
  @Field(() => String, { nullable: true, description: 'Cannot be cleared.' })
  @Transform(trim)
  @ValidateIf(given)
  @IsString({ message: 'title must not be empty.' })
  @MinLength(1, { message: 'title must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `title must be at most ${MAX_TITLE_LENGTH} characters.` })
  title?: string | null;

  @Field(() => Date, { nullable: true, description: 'Cannot be cleared.' })
  @ValidateIf(given)
  @IsDate({ message: 'startsAt must be a date-time.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Cannot be cleared; must stay after startsAt.' })
  @ValidateIf(given)
  @IsDate({ message: 'endsAt must be a date-time.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA zone; cannot be cleared.' })
  @Transform(trim)
  @ValidateIf(given)
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
}
