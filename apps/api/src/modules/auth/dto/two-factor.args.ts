import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { MAX_CODE_LENGTH } from './auth.args';

@ArgsType()
export class ConfirmTwoFactorArgs {
  @Field()
  @IsString()
  @MaxLength(MAX_CODE_LENGTH, { message: `code must be at most ${MAX_CODE_LENGTH} characters long.` })
  code!: string;
}

@ArgsType()
export class DisableTwoFactorArgs {
  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `password must be at most ${MAX_PASSWORD_LENGTH} characters long.` })
  password!: string;

  @Field()
  @IsString()
  @MaxLength(MAX_CODE_LENGTH, { message: `code must be at most ${MAX_CODE_LENGTH} characters long.` })
  code!: string;
}

/** Any string: an id that names none of the viewer's sessions is NOT_FOUND, malformed or not. */
@ArgsType()
export class RevokeSessionArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100, { message: 'id is not a session id.' })
  id!: string;
}
