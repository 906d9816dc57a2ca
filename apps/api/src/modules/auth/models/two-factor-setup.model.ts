import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TwoFactorSetup')
export class TwoFactorSetupModel {
  @Field({ description: 'Base32 secret for an authenticator application (RFC 6238: SHA-1, 6 digits, 30 s).' }) secret!: string;
  @Field({ description: 'otpauth://totp/… URI for a QR code.' }) otpauthUrl!: string;
}
