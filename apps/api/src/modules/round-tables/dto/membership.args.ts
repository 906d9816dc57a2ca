import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { trimToNull } from './text';

@ArgsType()
export class RequestMembershipArgs {
  @Field(() => ID) @IsString() tableId!: string;
  @Field(() => ID) @IsString() organizationId!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `message must be at most ${MAX_BODY_LENGTH} characters.` })
  message?: string | null;
}

@ArgsType()
export class DecideMembershipArgs {
  @Field(() => ID) @IsString() membershipId!: string;
  @Field() @IsBoolean() accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Sent to the requester with the decision.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `message must be at most ${MAX_BODY_LENGTH} characters.` })
  message?: string | null;
}
