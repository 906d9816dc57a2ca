import { Args, Mutation, Query, Resolver, ID } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { CurrentViewer, ReqContext } from '../../core/auth/viewer.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
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
  @Query(() => ActionItemConnection, { description: "Action items assigned to the viewer or to the viewer's organization, across all tables." })
  myActionItems(@CurrentViewer() viewer: Viewer, @Args() args: ActionItemListArgs) {
    return this.views.mine(viewer, args);
  }

  @Access('signedIn')
  @Mutation(() => ActionItemModel)
  createActionItem(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateActionItemInput) {
    return this.items.create(viewer, input);
  }

  @Access('signedIn')
  @Mutation(() => ActionItemModel, { description: 'Fails with CONFLICT when expectedVersion is given and is not the current version.' })
  updateActionItem(@CurrentViewer() viewer: Viewer, @Args() args: UpdateActionItemArgs) {
    return this.items.update(viewer, args.id, args.input, args.expectedVersion);
  }

  @Access('signedIn')
  @Mutation(() => ActionItemModel)
  postActionItemUpdate(@CurrentViewer() viewer: Viewer, @Args() args: PostActionItemUpdateArgs) {
    return this.items.postUpdate(viewer, args.id, args.body, args.status);
  }
}
