import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { IsPassword, NormalizedEmail } from '../../accounts/dto/account-rules';

/** The longest e-mail address a mail server takes (RFC 5321); the column holds no more. */
const MAX_EMAIL_LENGTH = 254;
/** A one-time code has 6 digits and a recovery code 19 characters; room for spaces typed around them, no more. */
export const MAX_CODE_LENGTH = 64;

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CODE_LENGTH, { message: `code must be at most ${MAX_CODE_LENGTH} characters long.` })
  code?: string | null;
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

  @Field(() => String, {
    nullable: true,
    description: "With two-factor sign-in on: the authenticator's current code or an unused recovery code (TWO_FACTOR_REQUIRED without it).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CODE_LENGTH, { message: `code must be at most ${MAX_CODE_LENGTH} characters long.` })
  code?: string | null;
}
