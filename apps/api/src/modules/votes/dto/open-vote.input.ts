import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_VOTE_QUESTION_LENGTH, VoteMethod, VoteThreshold } from '@concertation/shared-domain';
import { trim } from '../../round-tables/dto/text';

@InputType('OpenVoteInput')
export class OpenVoteInput {
  @Field(() => ID) @IsString() agendaItemId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'question must not be empty.' })
  @MaxLength(MAX_VOTE_QUESTION_LENGTH, { message: `question must be at most ${MAX_VOTE_QUESTION_LENGTH} characters.` })
  question!: string;

  @Field(() => VoteMethod) @IsEnum(VoteMethod) method!: VoteMethod;

  /** Checked with the method by shared-domain voteOptions (the service), which names what is wrong. */
  @Field(() => [String], { nullable: true, description: 'For CHOICE: 2 to 10 distinct options; must be absent or empty for YES_NO_ABSTAIN.' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  options?: string[] | null;

  @Field(() => VoteThreshold) @IsEnum(VoteThreshold) threshold!: VoteThreshold;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() secret?: boolean | null;
}
