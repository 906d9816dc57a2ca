import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import type { ActionItemEntity } from '../action-items/action-item.entity';
import { ActionItemModel } from '../action-items/models/action-item.model';
import { ActionItemEventsService } from './action-item-events.service';

@Resolver(() => ActionItemModel)
export class ActionItemEventsResolver {
  constructor(private readonly live: ActionItemEventsService) {}

  @Access('signedIn')
  @Subscription(() => ActionItemModel, {
    description: "Changes to action items of one table (tableId), or to the subscriber's own (mine: true).",
    // Each event carries the item as reloaded for this subscriber; its fields resolve with their rights.
    resolve: (item: ActionItemEntity) => item,
  })
  actionItemChanged(
    @ReqContext() ctx: RequestContext,
    @Args('tableId', { type: () => ID, nullable: true }) tableId?: string | null,
    @Args('mine', { type: () => Boolean, nullable: true }) mine?: boolean | null,
  ) {
    return this.live.subscribe(ctx, tableId, mine);
  }
}
