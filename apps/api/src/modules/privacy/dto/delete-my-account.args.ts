import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '@concertation/shared-domain';

/** Erasing an account takes the current password, not only a token (a device left signed in must not be enough). */
@ArgsType()
export class DeleteMyAccountArgs {
  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `password must be at most ${MAX_PASSWORD_LENGTH} characters long.` })
  password!: string;
}
