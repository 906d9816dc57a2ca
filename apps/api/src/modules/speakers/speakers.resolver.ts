import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, signedInViewer, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import { SpeakerRequestModel } from './models/speaker-request.model';
import type { SpeakerRequestEntity } from './speaker-request.entity';
import { SpeakersService } from './speakers.service';

@Resolver()
export class SpeakersResolver {
  constructor(private readonly speakers: SpeakersService) {}

  @Access('signedIn')
  @Mutation(() => SpeakerRequestModel, { description: "Adds the viewer to the speakers' list of the meeting's current item." })
  requestToSpeak(@ReqContext() ctx: RequestContext, @Args('meetingId', { type: () => ID }) meetingId: string) {
    return this.speakers.request(signedInViewer(ctx), meetingId);
  }

  @Access('signedIn')
  @Mutation(() => SpeakerRequestModel, { description: 'The requester or an officer takes a waiting or current request back.' })
  withdrawRequestToSpeak(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.speakers.withdraw(signedInViewer(ctx), id);
  }

  @Access('signedIn')
  @Mutation(() => SpeakerRequestModel, { description: 'The request becomes SPEAKING; whoever was SPEAKING becomes DONE.' })
  giveFloor(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.speakers.giveFloor(signedInViewer(ctx), id);
  }

  @Access('signedIn')
  @Mutation(() => MeetingModel, { description: 'Whoever is SPEAKING becomes DONE.' })
  endSpeech(@ReqContext() ctx: RequestContext, @Args('meetingId', { type: () => ID }) meetingId: string) {
    return this.speakers.endSpeech(signedInViewer(ctx), meetingId);
  }
}

@Resolver(() => MeetingModel)
export class MeetingSpeakersResolver {
  constructor(private readonly speakers: SpeakersService) {}

  @ResolveField('speakers', () => [SpeakerRequestModel], {
    description: "The speakers' list of the current item: SPEAKING first, then WAITING in the order they will be called, then DONE and WITHDRAWN by time.",
  })
  speakersOf(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.speakers.ofMeeting(ctx, meeting);
  }
}

@Resolver(() => SpeakerRequestModel)
export class SpeakerRequestFieldsResolver {
  constructor(
    private readonly entities: EntityLoaders,
    private readonly meetings: MeetingsLoaders,
  ) {}

  @ResolveField('meeting', () => MeetingModel)
  meeting(request: SpeakerRequestEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.meeting(ctx).load(request.meetingId);
  }

  @ResolveField('agendaItem', () => AgendaItemModel)
  agendaItem(request: SpeakerRequestEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.item(ctx).load(request.agendaItemId);
  }

  @ResolveField('user', () => UserModel)
  user(request: SpeakerRequestEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(request.userId);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true })
  organization(request: SpeakerRequestEntity, _: NoArgs, ctx: RequestContext) {
    return request.organizationId ? this.entities.organization(ctx).load(request.organizationId) : null;
  }
}
