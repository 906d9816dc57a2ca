import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AgendaFlowService } from './agenda-flow.service';
import { AgendaService } from './agenda.service';
import { AgendaItemInput, AgendaItemUpdateInput } from './dto/agenda-item.input';
import { CarryOverArgs, ReorderAgendaArgs, SetCurrentItemArgs, SetItemStatusArgs } from './dto/meeting-actions.args';
import { AgendaItemModel } from './models/agenda-item.model';
import { MeetingModel } from './models/meeting.model';

/** Building and running an agenda: officers of the table, never once the meeting is cancelled or adjourned. */
@Resolver(() => AgendaItemModel)
export class AgendaResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly flow: AgendaFlowService,
  ) {}

  @Access('signedIn')
  @Mutation(() => AgendaItemModel, { description: 'Appended at the end when input.position is absent; inserted there otherwise.' })
  addAgendaItem(@ReqContext() ctx: RequestContext, @Args('meetingId', { type: () => ID }) meetingId: string, @Args('input') input: AgendaItemInput) {
    return this.agenda.add(signedInViewer(ctx), meetingId, input);
  }

  @Access('signedIn')
  @Mutation(() => AgendaItemModel)
  updateAgendaItem(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: AgendaItemUpdateInput) {
    return this.agenda.update(signedInViewer(ctx), id, input);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'The items after it move up one place.' })
  removeAgendaItem(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.agenda.remove(signedInViewer(ctx), id);
  }

  @Access('signedIn')
  @Mutation(() => [AgendaItemModel], { description: "itemIds must name every item of the meeting's agenda exactly once." })
  reorderAgenda(@ReqContext() ctx: RequestContext, @Args() args: ReorderAgendaArgs) {
    return this.agenda.reorder(signedInViewer(ctx), args.meetingId, args.itemIds);
  }

  @Access('signedIn')
  @Mutation(() => MeetingModel, { description: 'Stamps agendaPublishedAt, moves a DRAFT meeting to SCHEDULED and tells everyone who sits at the table.' })
  publishAgenda(@ReqContext() ctx: RequestContext, @Args('meetingId', { type: () => ID }) meetingId: string) {
    return this.agenda.publish(signedInViewer(ctx), meetingId);
  }

  @Access('signedIn')
  @Mutation(() => MeetingModel, {
    description: 'Marks the item IN_PROGRESS (the previous current item keeps its status unless it was IN_PROGRESS, then DONE); null clears it.',
  })
  setCurrentAgendaItem(@ReqContext() ctx: RequestContext, @Args() args: SetCurrentItemArgs) {
    return this.flow.setCurrent(signedInViewer(ctx), args.meetingId, args.itemId ?? null);
  }

  @Access('signedIn')
  @Mutation(() => AgendaItemModel)
  setAgendaItemStatus(@ReqContext() ctx: RequestContext, @Args() args: SetItemStatusArgs) {
    return this.flow.setStatus(signedInViewer(ctx), args.id, args.status);
  }

  @Access('signedIn')
  @Mutation(() => [AgendaItemModel], {
    description: "Copies every PENDING, IN_PROGRESS or DEFERRED item to the end of the later meeting's agenda, linked by carriedOverFrom.",
  })
  carryOverUnfinishedItems(@ReqContext() ctx: RequestContext, @Args() args: CarryOverArgs) {
    return this.flow.carryOver(signedInViewer(ctx), args.fromMeetingId, args.toMeetingId);
  }
}
