import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, ValidateIf } from 'class-validator';
import { Locale } from '@concertation/shared-domain';
import { IsDisplayName, IsTimeZoneName, Trimmed } from './account-rules';

/** Absent fields keep their value. displayName, locale and timeZone cannot be emptied (null is refused). */
@InputType('UpdateProfileInput')
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @Trimmed()
  @IsDisplayName()
  displayName?: string | null;

  @Field(() => Locale, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(Object.values(Locale), { message: 'locale must be FR or EN.' })
  locale?: Locale | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsTimeZoneName()
  timeZone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Sets the pending organization (a COORDINATOR confirms it); null withdraws the pending request.',
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  organizationId?: string | null;
}
