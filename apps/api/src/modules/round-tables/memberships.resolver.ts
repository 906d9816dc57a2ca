import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import { DecideMembershipArgs, RequestMembershipArgs, SetRepresentativesArgs } from './dto/membership.args';
import { MembershipsService } from './memberships.service';
import { RoundTableModel } from './models/round-table.model';
import { TableMembershipModel } from './models/table-membership.model';
import { TableParticipantModel } from './models/table-participant.model';
import { RepresentativesService } from './representatives.service';
import { RoundTablesLoaders } from './round-tables.loaders';
import type { TableMembershipEntity } from './table-membership.entity';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => TableMembershipModel)
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly representatives: RepresentativesService,
    private readonly entities: EntityLoaders,
    private readonly loaders: RoundTablesLoaders,
  ) {}

  @Access('signedIn')
  @Mutation(() => TableMembershipModel, { description: 'A user of that organization, or a COORDINATOR; tells the table’s officers.' })
  requestMembership(@ReqContext() ctx: RequestContext, @Args() args: RequestMembershipArgs) {
    return this.memberships.request(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => TableMembershipModel, {
    description: 'Officers of the table or a COORDINATOR, on a PENDING request; on accept the requester (a user of that organization) sits as a MEMBER.',
  })
  decideMembership(@ReqContext() ctx: RequestContext, @Args() args: DecideMembershipArgs) {
    return this.memberships.decide(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => TableMembershipModel, { description: 'A user of that organization, officers, or a COORDINATOR; ends the organization’s seats there.' })
  withdrawMembership(@ReqContext() ctx: RequestContext, @Args('membershipId', { type: () => ID }) membershipId: string) {
    return this.memberships.withdraw(signedInViewer(ctx), membershipId);
  }

  @Access('signedIn')
  @Mutation(() => TableMembershipModel, {
    description: "Names the organization's delegate and alternates at the table; an empty list and a null delegate clear them.",
  })
  setRepresentatives(@ReqContext() ctx: RequestContext, @Args() args: SetRepresentativesArgs) {
    return this.representatives.set(signedInViewer(ctx), args);
  }

  @ResolveField(() => RoundTableModel)
  table(membership: TableMembershipEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(membership.tableId);
  }

  @ResolveField(() => OrganizationModel)
  organization(membership: TableMembershipEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.organization(ctx).load(membership.organizationId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  requestedBy(membership: TableMembershipEntity, _: NoArgs, ctx: RequestContext) {
    return membership.requestedById ? this.entities.user(ctx).load(membership.requestedById) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  decidedBy(membership: TableMembershipEntity, _: NoArgs, ctx: RequestContext) {
    return membership.decidedById ? this.entities.user(ctx).load(membership.decidedById) : null;
  }

  // Whoever may read the membership reads who represents it (an ACTIVE one is public to signed-in users).
  @ResolveField(() => TableParticipantModel, {
    nullable: true,
    description: "The organization's titular representative at this table: one of its people who sit there.",
  })
  delegate(membership: TableMembershipEntity, _: NoArgs, ctx: RequestContext) {
    return membership.delegateParticipantId ? this.loaders.participant(ctx).load(membership.delegateParticipantId) : null;
  }

  @ResolveField(() => [TableParticipantModel], {
    description: "Who stands in for the delegate, in order of preference (at most 3), among the organization's people at the table.",
  })
  alternates(membership: TableMembershipEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.alternatesOf(ctx).load(membership.id);
  }
}
