import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import { AddParticipantArgs, ChangeParticipantRoleArgs } from './dto/participant.args';
import { RoundTableModel } from './models/round-table.model';
import { TableParticipantModel } from './models/table-participant.model';
import { ParticipantsService } from './participants.service';
import type { TableParticipantEntity } from './table-participant.entity';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => TableParticipantModel)
export class ParticipantsResolver {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly entities: EntityLoaders,
  ) {}

  @Access('signedIn')
  @Mutation(() => TableParticipantModel, { description: "The table's CHAIR or a COORDINATOR; the user's organization must be an ACTIVE member." })
  addParticipant(@ReqContext() ctx: RequestContext, @Args() args: AddParticipantArgs) {
    return this.participants.add(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => TableParticipantModel, { description: "The table's CHAIR or a COORDINATOR." })
  changeParticipantRole(@ReqContext() ctx: RequestContext, @Args() args: ChangeParticipantRoleArgs) {
    return this.participants.changeRole(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: "The table's CHAIR or a COORDINATOR." })
  removeParticipant(@ReqContext() ctx: RequestContext, @Args('participantId', { type: () => ID }) participantId: string) {
    return this.participants.remove(signedInViewer(ctx), participantId);
  }

  @ResolveField(() => RoundTableModel)
  table(participant: TableParticipantEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(participant.tableId);
  }

  @ResolveField(() => UserModel)
  user(participant: TableParticipantEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(participant.userId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(participant: TableParticipantEntity, _: NoArgs, ctx: RequestContext) {
    return participant.organizationId ? this.entities.organization(ctx).load(participant.organizationId) : null;
  }
}
