import { ResolveField, Resolver } from '@nestjs/graphql';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import type { AgendaItemEntity } from './agenda-item.entity';
import { MeetingViewsService } from './meeting-views.service';
import { AgendaItemModel } from './models/agenda-item.model';
import { MeetingModel } from './models/meeting.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** An agenda item's relations, batched per request. */
@Resolver(() => AgendaItemModel)
export class AgendaItemFieldsResolver {
  constructor(
    private readonly views: MeetingViewsService,
    private readonly entities: EntityLoaders,
  ) {}

  @ResolveField(() => MeetingModel)
  meeting(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.meetingOfItem(ctx, item);
  }

  @ResolveField(() => UserModel, { nullable: true })
  presenter(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return item.presenterId ? this.entities.user(ctx).load(item.presenterId) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  presenterOrganization(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return item.presenterOrganizationId ? this.entities.organization(ctx).load(item.presenterOrganizationId) : null;
  }

  @ResolveField(() => AgendaItemModel, {
    nullable: true,
    description: 'The unfinished item of an earlier meeting that this one continues; null when the viewer may not see it.',
  })
  carriedOverFrom(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.item(ctx, item.carriedOverFromId);
  }
}
