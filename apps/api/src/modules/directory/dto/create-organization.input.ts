import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { MAX_ACRONYM_LENGTH, MAX_TITLE_LENGTH, MAX_WEBSITE_LENGTH, Sector } from '@concertation/shared-domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** A blank optional text means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `name must be at most ${MAX_TITLE_LENGTH} characters.` })
  name!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ACRONYM_LENGTH, { message: `acronym must be at most ${MAX_ACRONYM_LENGTH} characters.` })
  acronym?: string | null;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector!: Sector;

  /** Not validated as a uuid here: a malformed id is NOT_FOUND, which the service says. */
  @Field(() => ID)
  @IsString()
  regionId!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) URL, at most 500 characters.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_WEBSITE_LENGTH, { message: `website must be at most ${MAX_WEBSITE_LENGTH} characters.` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL.' })
  @Matches(/^https?:\/\//i, { message: 'website must be an http(s) URL.' })
  website?: string | null;
}
