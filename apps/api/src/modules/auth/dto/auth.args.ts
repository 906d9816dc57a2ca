import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { IsPassword, NormalizedEmail } from '../../accounts/dto/account-rules';

/** The longest e-mail address a mail server takes (RFC 5321); the column holds no more. */
const MAX_EMAIL_LENGTH = 254;

/**
 * Sign-in checks lengths only: a malformed address simply matches no account, and answering it
 * like a wrong password tells nothing about which addresses exist.
 */
@ArgsType()
export class LoginArgs {
  @Field()
  @NormalizedEmail()
  @IsString()
  @MaxLength(MAX_EMAIL_LENGTH, { message: `email must be at most ${MAX_EMAIL_LENGTH} characters long.` })
  email!: string;

  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `password must be at most ${MAX_PASSWORD_LENGTH} characters long.` })
  password!: string;
}

@ArgsType()
export class SignOutArgs {
  @Field(() => Boolean, { nullable: true, description: 'Revoke every token of the viewer, not only this one.' })
  @IsOptional()
  @IsBoolean()
  everywhere?: boolean | null;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `currentPassword must be at most ${MAX_PASSWORD_LENGTH} characters long.` })
  currentPassword!: string;

  @Field()
  @IsPassword()
  newPassword!: string;
}

/** Any address is answered with true (no enumeration); only an absurdly long one is refused. */
@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @NormalizedEmail()
  @IsString()
  @MaxLength(MAX_EMAIL_LENGTH, { message: `email must be at most ${MAX_EMAIL_LENGTH} characters long.` })
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'token is not a reset token.' })
  token!: string;

  @Field()
  @IsPassword()
  newPassword!: string;
}
