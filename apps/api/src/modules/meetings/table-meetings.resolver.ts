import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { TableMeetingsArgs } from './dto/meetings.args';
import { MeetingViewsService } from './meeting-views.service';
import { MeetingModel } from './models/meeting.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** A table's meetings, for those who sit at it. */
@Resolver(() => RoundTableModel)
export class TableMeetingsResolver {
  constructor(private readonly views: MeetingViewsService) {}

  @ResolveField(() => [MeetingModel], {
    description: 'By startsAt: those that end after `from` and start before `to`; an empty list for those who do not sit at the table.',
  })
  meetings(@Parent() table: RoundTableEntity, @ReqContext() ctx: RequestContext, @Args() args: TableMeetingsArgs) {
    return this.views.tableMeetings(ctx, table.id, args);
  }

  @ResolveField(() => MeetingModel, {
    nullable: true,
    description: 'The earliest meeting not yet over (DRAFT, SCHEDULED or IN_PROGRESS); null for those who do not sit at the table.',
  })
  nextMeeting(table: RoundTableEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.nextMeeting(ctx, table.id);
  }
}
