import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { DirectoryLoaders } from './directory.loaders';
import { DirectoryPolicy } from './directory.policy';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { OrganizationConnection, OrganizationModel } from './models/organization.model';
import { RegionModel } from './models/region.model';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly policy: DirectoryPolicy,
    private readonly loaders: DirectoryLoaders,
    private readonly entities: EntityLoaders,
  ) {}

  @Access('signedIn')
  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs) {
    return this.service.list(args);
  }

  @Access('signedIn')
  @Query(() => OrganizationModel, { nullable: true })
  organization(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Access('coordinator')
  @Mutation(() => OrganizationModel)
  createOrganization(@ReqContext() ctx: RequestContext, @Args('input') input: CreateOrganizationInput) {
    return this.service.create(signedInViewer(ctx), input);
  }

  @ResolveField(() => RegionModel)
  region(organization: OrganizationEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.region(ctx).load(organization.regionId);
  }

  @ResolveField(() => [UserModel], {
    description: 'People who work for it; visible to its own people and to coordinators, empty for others.',
  })
  async members(organization: OrganizationEntity, _: NoArgs, ctx: RequestContext) {
    if (!this.policy.canActFor(ctx.viewer, organization.id)) return [];
    return this.loaders.peopleOf(ctx).load(organization.id);
  }
}
