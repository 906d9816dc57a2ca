import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale, PlatformRole } from '@concertation/shared-domain';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The name the person chose; « Ancien participant » / "Former participant", in the reader\'s language, once the account is erased.' })
  displayName!: string;
  @Field(() => PlatformRole) platformRole!: PlatformRole;
  @Field(() => Locale) locale!: Locale;
  @Field() timeZone!: string;
  /**
   * Resolved by field resolvers with the viewer's rights (and `displayName` in the reader's language): `email`, `organization`,
   * `pendingOrganization`, `participations`.
   */
  email!: string;
  organizationId!: string | null;
  pendingOrganizationId!: string | null;
}
