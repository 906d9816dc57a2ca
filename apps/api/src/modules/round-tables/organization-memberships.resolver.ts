import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import { DirectoryPolicy } from '../directory/directory.policy';
import { OrganizationModel } from '../directory/models/organization.model';
import type { OrganizationEntity } from '../directory/organization.entity';
import { TableMembershipModel } from './models/table-membership.model';
import { RoundTablesLoaders } from './round-tables.loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** `Organization.tableMemberships`: the round-tables module adds it to the directory's type. */
@Resolver(() => OrganizationModel)
export class OrganizationMembershipsResolver {
  constructor(
    private readonly loaders: RoundTablesLoaders,
    private readonly directory: DirectoryPolicy,
  ) {}

  @ResolveField(() => [TableMembershipModel], {
    description: 'ACTIVE memberships for every signed-in user; every status for its own people and coordinators.',
  })
  async tableMemberships(organization: OrganizationEntity, _: NoArgs, ctx: RequestContext) {
    const all = await this.loaders.membershipsOfOrganization(ctx).load(organization.id);
    return this.directory.canActFor(ctx.viewer, organization.id) ? all : all.filter((m) => m.status === 'ACTIVE');
  }
}
