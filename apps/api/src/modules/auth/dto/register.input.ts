import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { Locale } from '@concertation/shared-domain';
import { IsDisplayName, IsEmailAddress, IsPassword, IsTimeZoneName, NormalizedEmail, Trimmed } from '../../accounts/dto/account-rules';

@InputType('RegisterInput')
export class RegisterInput {
  @Field()
  @NormalizedEmail()
  @IsEmailAddress()
  email!: string;

  @Field()
  @IsPassword()
  password!: string;

  @Field()
  @Trimmed()
  @IsDisplayName()
  displayName!: string;

  @Field(() => Locale, { nullable: true, description: 'FR when absent.' })
  @IsOptional()
  @IsIn(Object.values(Locale), { message: 'locale must be FR or EN.' })
  locale?: Locale | null;

  @Field(() => String, { nullable: true, description: 'IANA zone; America/Toronto when absent.' })
  @IsOptional()
  @IsTimeZoneName()
  timeZone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organization the person says they work for; it stays pending until a COORDINATOR confirms it.',
  })
  @IsOptional()
  @IsString()
  organizationId?: string | null;
}
