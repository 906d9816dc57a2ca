import { ResolveField, Resolver } from '@nestjs/graphql';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingViewsService } from '../meetings/meeting-views.service';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import type { MinutesRevisionEntity } from './minutes-revision.entity';
import type { MinutesEntity } from './minutes.entity';
import { MinutesDocumentService } from './export/minutes-document.service';
import { writeMinutesMarkdown } from './export/minutes-markdown';
import { MinutesViewsService } from './minutes-views.service';
import { MinutesRevisionModel } from './models/minutes-revision.model';
import { MinutesModel } from './models/minutes.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** The minutes' relations, batched per request and resolved with the viewer's rights. */
@Resolver(() => MinutesModel)
export class MinutesFieldsResolver {
  constructor(
    private readonly views: MinutesViewsService,
    private readonly meetings: MeetingViewsService,
    private readonly documents: MinutesDocumentService,
  ) {}

  @ResolveField(() => MeetingModel)
  meeting(minutes: MinutesEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.meetingIfReadable(ctx, minutes.meetingId);
  }

  @ResolveField(() => MeetingModel, { nullable: true })
  approvedAtMeeting(minutes: MinutesEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.meetingIfReadable(ctx, minutes.approvedAtMeetingId);
  }

  @ResolveField(() => String, {
    description: 'The whole minutes (attendance, agenda with notes, decisions, action items) as Markdown, as the viewer may see them.',
  })
  async markdown(minutes: MinutesEntity, _: NoArgs, ctx: RequestContext): Promise<string> {
    const doc = await this.documents.forMinutes(ctx, minutes);
    return doc ? writeMinutesMarkdown(doc) : '';
  }

  @ResolveField(() => [MinutesRevisionModel], { description: 'One per edit, oldest first.' })
  revisions(minutes: MinutesEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.revisions(ctx, minutes);
  }
}

@Resolver(() => MinutesRevisionModel)
export class MinutesRevisionFieldsResolver {
  constructor(private readonly entities: EntityLoaders) {}

  @ResolveField(() => UserModel)
  editor(revision: MinutesRevisionEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(revision.editorId);
  }
}

/** `Meeting.minutes` and `AgendaItem.notes`. */
@Resolver(() => MeetingModel)
export class MeetingMinutesResolver {
  constructor(private readonly views: MinutesViewsService) {}

  @ResolveField(() => MinutesModel, { nullable: true, description: 'Null until the meeting starts.' })
  minutes(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.ofMeeting(ctx, meeting);
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemNotesResolver {
  constructor(private readonly views: MinutesViewsService) {}

  @ResolveField(() => String, { nullable: true, description: 'Minutes text for this item.' })
  notes(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.notes(ctx, item);
  }
}
