import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
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

@ArgsType()
export class SetRepresentativesArgs {
  @Field(() => ID) @IsString() membershipId!: string;

  @Field(() => ID, { nullable: true, description: 'One of the organization’s participants at the table; null clears the delegate.' })
  @IsOptional()
  @IsString()
  delegateParticipantId?: string | null;

  @Field(() => [ID], { description: 'In order of preference, at most 3; the organization’s participants at the table, other than the delegate.' })
  @IsArray()
  @IsString({ each: true })
  alternateParticipantIds!: string[];
}
