import { Injectable } from '@nestjs/common';
import { isUuid } from '@concertation/shared-domain';
import { DomainError, badInput, forbidden, notFound, unauthenticated } from '../../core/errors/domain-errors';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { ContextualEvent, liveStream, type Verdict } from '../../core/live/live-stream';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import type { ActionItemEventPayload } from '../action-items/action-item-activity';
import type { ActionItemEntity } from '../action-items/action-item.entity';
import { ActionItemsPolicy } from '../action-items/action-items.policy';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';

/** How many recent event ids a "mine" stream remembers: one change reaches it on up to two topics. */
const SEEN_LIMIT = 200;

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
    private readonly seats: RoundTablesPolicy,
    private readonly entities: EntityLoaders,
  ) {}

  /**
   * Exactly one of `tableId` and `mine: true` (BAD_USER_INPUT otherwise). A tableId: NOT_FOUND
   * when unknown or malformed, FORBIDDEN to whoever does not sit at the table.
   */
  async subscribe(ctx: RequestContext, tableId: string | null | undefined, mine: boolean | null | undefined): Promise<AsyncIterableIterator<ContextualEvent<ActionItemEntity>>> {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    const byTable = tableId !== null && tableId !== undefined;
    if (byTable === (mine === true)) throw badInput('Give either tableId or mine: true.', byTable ? 'mine' : 'tableId');
    if (byTable) {
      const table = isUuid(tableId) ? await this.entities.table(ctx).load(tableId) : null;
      if (!table) throw notFound('table');
      if (!(await this.seats.viewerRole(ctx, tableId))) throw forbidden('Only those who sit at this table follow its action items.');
      return this.stream(ctx, [Topics.tableActionItems(tableId)], {
        concerns: (event) => event.tableId === tableId,
        // Someone who no longer sits at the table stops hearing of it: the stream ends.
        stillAllowed: async (eventCtx) => (await this.seats.viewerRole(eventCtx, tableId)) !== null,
      });
    }
    const topics = [Topics.userActionItems(viewer.userId)];
    if (viewer.organizationId) topics.push(Topics.organizationActionItems(viewer.organizationId));
    return this.stream(ctx, topics, {
      concerns: (event, eventCtx) =>
        event.assigneeIds.includes(eventCtx.viewer!.userId) || (!!eventCtx.viewer!.organizationId && event.organizationIds.includes(eventCtx.viewer!.organizationId)),
      dedupe: true,
    });
  }

  private stream(
    ctx: RequestContext,
    topics: string[],
    rules: { concerns(event: ActionItemEventPayload, ctx: RequestContext): boolean; stillAllowed?(ctx: RequestContext): Promise<boolean>; dedupe?: boolean },
  ): AsyncIterableIterator<ContextualEvent<ActionItemEntity>> {
    const loaded = new WeakMap<RequestContext, ActionItemEntity>();
    const seen: string[] = [];
    const admit = async (event: ActionItemEventPayload, eventCtx: RequestContext): Promise<Verdict> => {
      if (!event?.actionItemId || !eventCtx.viewer || !rules.concerns(event, eventCtx)) return 'skip';
      if (rules.stillAllowed && !(await rules.stillAllowed(eventCtx))) return 'end';
      if (rules.dedupe) {
        if (seen.includes(event.eventId)) return 'skip';
        seen.push(event.eventId);
        if (seen.length > SEEN_LIMIT) seen.shift();
      }
      const item = await this.readable(eventCtx, event.actionItemId);
      if (!item) return 'skip';
      loaded.set(eventCtx, item);
      return 'deliver';
    };
    const events = liveStream(ctx, this.events.asyncIterator<ActionItemEventPayload>(topics), { admit, stillAllowed: rules.stillAllowed });
    return mapEvents(events, (event) => new ContextualEvent(loaded.get(event.context)!, event.context));
  }

  /** The item as it is now, if this subscriber may read it. */
  private async readable(ctx: RequestContext, id: string): Promise<ActionItemEntity | null> {
    try {
      return await this.items.readable(ctx, id);
    } catch (err) {
      if (err instanceof DomainError) return null;
      throw err;
    }
  }
}

/** Maps each event of a stream; `return()` reaches the inner stream at once. */
function mapEvents<A, B>(source: AsyncIterableIterator<A>, map: (value: A) => B): AsyncIterableIterator<B> {
  const stream: AsyncIterableIterator<B> = {
    async next() {
      const result = await source.next();
      return result.done ? { value: undefined, done: true } : { value: map(result.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
