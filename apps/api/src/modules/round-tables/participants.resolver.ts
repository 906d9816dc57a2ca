import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { CurrentViewer } from '../../core/auth/viewer.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
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
  addParticipant(@CurrentViewer() viewer: Viewer, @Args() args: AddParticipantArgs) {
    return this.participants.add(viewer, args);
  }

  @Access('signedIn')
  @Mutation(() => TableParticipantModel, { description: "The table's CHAIR or a COORDINATOR." })
  changeParticipantRole(@CurrentViewer() viewer: Viewer, @Args() args: ChangeParticipantRoleArgs) {
    return this.participants.changeRole(viewer, args);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: "The table's CHAIR or a COORDINATOR." })
  removeParticipant(@CurrentViewer() viewer: Viewer, @Args('participantId', { type: () => ID }) participantId: string) {
    return this.participants.remove(viewer, participantId);
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
