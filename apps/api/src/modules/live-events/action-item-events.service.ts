import { Injectable } from '@nestjs/common';
import { isUuid } from '@concertation/shared-domain';
import { badInput, notFound, unauthenticated } from '../../core/errors/domain-errors';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { type ContextualEvent, liveStream, unlessRefused } from '../../core/live/live-stream';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import type { ActionItemEventPayload } from '../action-items/action-item-activity';
import type { ActionItemEntity } from '../action-items/action-item.entity';
import { ActionItemsPolicy } from '../action-items/action-items.policy';

/**
 * actionItemChanged: a table's items (for those who sit there) or the subscriber's own (assigned
 * to them or to their organization). Every event reloads the item with a fresh context and is
 * delivered only if the subscriber may read it now, resolved with their rights.
 */
@Injectable()
export class ActionItemEventsService {
  constructor(
    private readonly events: EventBus,
    private readonly items: ActionItemsPolicy,
    private readonly entities: EntityLoaders,
  ) {}

  /**
   * Exactly one of `tableId` and `mine: true` (BAD_USER_INPUT otherwise). A tableId: NOT_FOUND
   * when unknown or malformed, FORBIDDEN to whoever does not sit at the table.
   */
  async subscribe(
    ctx: RequestContext,
    tableId: string | null | undefined,
    mine: boolean | null | undefined,
  ): Promise<AsyncIterableIterator<ContextualEvent<ActionItemEntity>>> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    const byTable = tableId !== null && tableId !== undefined;
    if (byTable === (mine === true)) throw badInput('Give either tableId or mine: true.', byTable ? 'mine' : 'tableId');
    if (byTable) {
      const table = isUuid(tableId) ? await this.entities.table(ctx).load(tableId) : null;
      if (!table) throw notFound('table');
      await this.items.assertMayFollowTable(ctx, tableId);
      return liveStream(ctx, this.events.asyncIterator<ActionItemEventPayload>(Topics.tableActionItems(tableId)), {
        concerns: (event, eventCtx) => !!event?.actionItemId && !!eventCtx.viewer && event.tableId === tableId,
        allowed: (eventCtx) => this.items.mayFollowTable(eventCtx, tableId),
        payload: (event, eventCtx) => unlessRefused(this.items.readable(eventCtx, event.actionItemId)),
      });
    }
    const topics = [Topics.userActionItems(viewer.userId)];
    if (viewer.organizationId) topics.push(Topics.organizationActionItems(viewer.organizationId));
    return liveStream(ctx, this.events.asyncIterator<ActionItemEventPayload>(topics), {
      concerns: (event, eventCtx) =>
        !!event?.actionItemId &&
        !!eventCtx.viewer &&
        (event.assigneeIds.includes(eventCtx.viewer.userId) ||
          (!!eventCtx.viewer.organizationId && event.organizationIds.includes(eventCtx.viewer.organizationId))),
      // One change reaches the subscriber's and their organization's topic.
      once: (event) => event.eventId,
      payload: (event, eventCtx) => unlessRefused(this.items.readable(eventCtx, event.actionItemId)),
    });
  }
}
