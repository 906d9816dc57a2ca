import { Args, Mutation, Query, Resolver, ID } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { ActionItemViewsService } from './action-item-views.service';
import { ActionItemsService } from './action-items.service';
import { ActionItemListArgs, PostActionItemUpdateArgs, UpdateActionItemArgs } from './dto/action-item.args';
import { CreateActionItemInput } from './dto/action-item.inputs';
import { ActionItemConnection, ActionItemModel } from './models/action-item.model';

/** Reading action items and their life: create (officers), update (officers; owners the status only), progress. */
@Resolver(() => ActionItemModel)
export class ActionItemsResolver {
  constructor(
    private readonly items: ActionItemsService,
    private readonly views: ActionItemViewsService,
  ) {}

  @Access('signedIn')
  @Query(() => ActionItemModel, { nullable: true, description: 'FORBIDDEN for those who may not read it, NOT_FOUND for an unknown id.' })
  actionItem(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.views.one(ctx, id);
  }

  @Access('signedIn')
  @Query(() => ActionItemConnection, {
    description:
      "Action items assigned to the viewer or to the viewer's organization, across all tables; most urgent first: unfinished by due date (overdue first), undated after them, then done or cancelled.",
  })
  myActionItems(@ReqContext() ctx: RequestContext, @Args() args: ActionItemListArgs) {
    return this.views.mine(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => ActionItemModel)
  createActionItem(@ReqContext() ctx: RequestContext, @Args('input') input: CreateActionItemInput) {
    return this.items.create(signedInViewer(ctx), input);
  }

  @Access('signedIn')
  @Mutation(() => ActionItemModel, { description: 'Fails with CONFLICT when expectedVersion is given and is not the current version.' })
  updateActionItem(@ReqContext() ctx: RequestContext, @Args() args: UpdateActionItemArgs) {
    return this.items.update(signedInViewer(ctx), args.id, args.input, args.expectedVersion);
  }

  @Access('signedIn')
  @Mutation(() => ActionItemModel)
  postActionItemUpdate(@ReqContext() ctx: RequestContext, @Args() args: PostActionItemUpdateArgs) {
    return this.items.postUpdate(signedInViewer(ctx), args.id, args.body, args.status);
  }
}
