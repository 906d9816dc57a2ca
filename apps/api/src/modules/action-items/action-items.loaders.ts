import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { DecisionEntity } from '../decisions/decision.entity';
import { ActionItemUpdateEntity } from './action-item-update.entity';
import { ActionItemEntity } from './action-item.entity';
import { OVERDUE } from './action-item-views.service';

/** Per-request loaders of what hangs off action items: a page costs one query per relation. */
@Injectable()
export class ActionItemsLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** Each item's updates, newest first. */
  updatesOf(ctx: RequestContext): DataLoader<string, ActionItemUpdateEntity[]> {
    return ctx.loaders.get('actionItem.updates', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(ActionItemUpdateEntity).find({ where: { actionItemId: In([...ids]) }, order: { createdAt: 'DESC', id: 'DESC' } }),
        (u) => u.actionItemId,
      ),
    );
  }

  /** Whether each item is overdue today in its table's zone, computed by the database clock. */
  overdue(ctx: RequestContext): DataLoader<string, boolean> {
    return ctx.loaders.get('actionItem.overdue', async (ids: readonly string[]) => {
      const rows: Array<{ id: string; overdue: boolean }> = await this.dataSource.query(
        `SELECT ai.id, ${OVERDUE} AS overdue FROM action_item ai WHERE ai.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const index = new Map(rows.map((r) => [r.id, r.overdue === true]));
      return ids.map((id) => index.get(id) ?? false);
    });
  }

  /** The items of each meeting, agenda item or decision, oldest first (visibility is filtered by the caller). */
  itemsBy(ctx: RequestContext, link: 'meetingId' | 'agendaItemId' | 'decisionId'): DataLoader<string, ActionItemEntity[]> {
    return ctx.loaders.get(`actionItem.by.${link}`, async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(ActionItemEntity).find({ where: { [link]: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (item) => item[link] as string,
      ),
    );
  }

  /** Decisions by id (ActionItem.decision). */
  decision(ctx: RequestContext): DataLoader<string, DecisionEntity | null> {
    return ctx.loaders.get('actionItem.decision', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(DecisionEntity).findBy({ id: In([...ids]) }), (d) => d.id),
    );
  }
}
