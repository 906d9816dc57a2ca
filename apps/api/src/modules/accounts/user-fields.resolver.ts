import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import { OrganizationModel } from '../directory/models/organization.model';
import { TableParticipantModel } from '../round-tables/models/table-participant.model';
import { UserModel } from './models/user.model';
import type { UserEntity } from './user.entity';
import { UserFieldsService } from './user-fields.service';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** The User fields that depend on the viewer's rights. */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  constructor(private readonly fields: UserFieldsService) {}

  @ResolveField('displayName', () => String)
  displayName(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.fields.displayName(ctx, user);
  }

  @ResolveField('email', () => String, {
    nullable: true,
    description: 'Visible to the user, to coordinators and to people who sit at a table with them; null for others.',
  })
  email(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.fields.email(ctx, user);
  }

  @ResolveField('organization', () => OrganizationModel, {
    nullable: true,
    description: 'The organization the user works for, once a COORDINATOR has confirmed it.',
  })
  organization(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.fields.organization(ctx, user);
  }

  @ResolveField('pendingOrganization', () => OrganizationModel, {
    nullable: true,
    description: 'The organization the user says they work for, until a COORDINATOR confirms or declines it; visible to the user and to coordinators.',
  })
  pendingOrganization(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.fields.pendingOrganization(ctx, user);
  }

  @ResolveField('participations', () => [TableParticipantModel], {
    description: 'Every seat for the user and coordinators; for others, the seats at tables they sit at too.',
  })
  participations(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.fields.participations(ctx, user);
  }

  @ResolveField('twoFactorEnabled', () => Boolean, {
    nullable: true,
    description: 'Whether sign-in asks for a one-time code; visible to the user and to coordinators, null for others.',
  })
  twoFactorEnabled(user: UserEntity, _: NoArgs, ctx: RequestContext) {
    return this.fields.twoFactorEnabled(ctx, user);
  }
}
