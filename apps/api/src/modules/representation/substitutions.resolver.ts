import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, signedInViewer, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import type { OrganizationEntity } from '../directory/organization.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingModel } from '../meetings/models/meeting.model';
import { BallotRightsService } from './ballot-rights.service';
import { SubstitutionModel } from './models/substitution.model';
import type { SubstitutionEntity } from './substitution.entity';
import { SubstitutionsService } from './substitutions.service';

@Resolver()
export class SubstitutionsResolver {
  constructor(private readonly substitutions: SubstitutionsService) {}

  @Access('signedIn')
  @Mutation(() => SubstitutionModel, {
    description:
      'Sends a confirmed colleague of the organization to this one meeting in place of its delegate; replaces the organization’s earlier substitute there.',
  })
  sendSubstitute(
    @ReqContext() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.substitutions.send(signedInViewer(ctx), meetingId, organizationId, userId, note);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Ends a substitution and the substitute’s access to the meeting at once; false when it had ended already.' })
  withdrawSubstitute(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.substitutions.withdraw(signedInViewer(ctx), id);
  }
}

/** `Meeting.substitutions` and `Meeting.viewerBallotOrganizations`, batched per request. */
@Resolver(() => MeetingModel)
export class MeetingRepresentationResolver {
  constructor(
    private readonly substitutions: SubstitutionsService,
    private readonly ballotRights: BallotRightsService,
    private readonly loaders: EntityLoaders,
  ) {}

  @ResolveField('substitutions', () => [SubstitutionModel], { description: 'The standing substitutions of the meeting, oldest first.' })
  substitutionsOf(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.substitutions.ofMeeting(ctx, meeting);
  }

  @ResolveField('viewerBallotOrganizations', () => [OrganizationModel], {
    description:
      'The organizations whose ballot the viewer could cast if a vote were open: their own, when they hold a voting seat and are recorded PRESENT, then those whose proxy it holds; otherwise none.',
  })
  async viewerBallotOrganizations(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    const ids = await this.ballotRights.viewerBallotOrganizations(ctx, meeting);
    const found = await this.loaders.organization(ctx).loadMany(ids);
    return found.filter((o): o is OrganizationEntity => !!o && !(o instanceof Error));
  }
}

@Resolver(() => SubstitutionModel)
export class SubstitutionFieldsResolver {
  constructor(
    private readonly loaders: EntityLoaders,
    private readonly meetings: MeetingsLoaders,
  ) {}

  @ResolveField('meeting', () => MeetingModel)
  meeting(substitution: SubstitutionEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.meeting(ctx).load(substitution.meetingId);
  }

  @ResolveField('organization', () => OrganizationModel)
  organization(substitution: SubstitutionEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.organization(ctx).load(substitution.organizationId);
  }

  @ResolveField('substitute', () => UserModel)
  substitute(substitution: SubstitutionEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.user(ctx).load(substitution.substituteId);
  }

  @ResolveField('replaces', () => UserModel, { nullable: true, description: 'The delegate replaced, when the organization has one.' })
  replaces(substitution: SubstitutionEntity, _: NoArgs, ctx: RequestContext) {
    return substitution.replacesId ? this.loaders.user(ctx).load(substitution.replacesId) : null;
  }

  @ResolveField('createdBy', () => UserModel)
  createdBy(substitution: SubstitutionEntity, _: NoArgs, ctx: RequestContext) {
    return substitution.createdById ? this.loaders.user(ctx).load(substitution.createdById) : null;
  }
}
