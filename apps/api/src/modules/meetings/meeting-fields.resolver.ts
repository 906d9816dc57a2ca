import { ResolveField, Resolver } from '@nestjs/graphql';
import { RsvpResponse, TableRole } from '@concertation/shared-domain';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { SameForAccessClass } from '../../core/live/once-per-access-class';
import type { RequestContext } from '../../core/graphql/request-context';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import { MeetingViewsService } from './meeting-views.service';
import type { MeetingEntity } from './meeting.entity';
import { AgendaItemModel } from './models/agenda-item.model';
import { AttendanceModel } from './models/attendance.model';
import { MeetingModel } from './models/meeting.model';
import { QuorumModel } from './models/quorum.model';
import { RsvpModel } from './models/rsvp.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** A meeting's relations, batched per request and resolved with the viewer's rights. */
@Resolver(() => MeetingModel)
export class MeetingFieldsResolver {
  constructor(
    private readonly views: MeetingViewsService,
    private readonly entities: EntityLoaders,
  ) {}

  // The table, and what the seat's role lets one see of the agenda (MeetingsPolicy.canSeeItem): the
  // same for a whole access class (MeetingsPolicy.accessClassAt).
  @SameForAccessClass()
  @ResolveField(() => RoundTableModel)
  table(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(meeting.tableId);
  }

  @SameForAccessClass()
  @ResolveField(() => [AgendaItemModel], { description: 'Ordered by position; items the viewer may not see are left out.' })
  agenda(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.agenda(ctx, meeting);
  }

  @SameForAccessClass()
  @ResolveField(() => AgendaItemModel, { nullable: true, description: 'Null when no item is current or the viewer may not see it.' })
  currentItem(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.item(ctx, meeting.currentItemId);
  }

  @SameForAccessClass()
  @ResolveField(() => Date, { nullable: true, description: 'When the current item became current.' })
  async currentItemStartedAt(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext): Promise<Date | null> {
    // Null whenever currentItem is: an observer must not learn that an in-camera item is running, nor since when.
    return (await this.views.item(ctx, meeting.currentItemId)) ? meeting.currentItemStartedAt : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null for those who do not sit at the table (a meeting reached through a referral).' })
  location(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.whereabouts(ctx, meeting, 'location');
  }

  @ResolveField(() => String, { nullable: true, description: 'Null for those who do not sit at the table: the link lets anyone join.' })
  onlineUrl(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.whereabouts(ctx, meeting, 'onlineUrl');
  }

  @ResolveField(() => [RsvpModel])
  rsvps(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.rsvps(ctx, meeting);
  }

  @ResolveField(() => TableRole, {
    nullable: true,
    description: "The viewer's role at this meeting: their seat at the table, or MEMBER for a substitute sent to it; null for others.",
  })
  viewerRole(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.viewerRole(ctx, meeting);
  }

  @ResolveField(() => RsvpResponse, { nullable: true, description: "The viewer's own answer, if any." })
  viewerRsvp(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.viewerRsvp(ctx, meeting);
  }

  @ResolveField(() => [AttendanceModel])
  attendance(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.attendance(ctx, meeting);
  }

  @ResolveField(() => QuorumModel)
  quorum(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.quorum(ctx, meeting);
  }
}
