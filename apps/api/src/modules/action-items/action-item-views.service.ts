import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { notFound } from '../../core/errors/domain-errors';
import { isCalendarDate } from '../../core/graphql/date.scalar';
import { badInput } from '../../core/errors/domain-errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../core/graphql/page';
import type { RequestContext } from '../../core/graphql/request-context';
import { ActionItemEntity } from './action-item.entity';
import { ActionItemsLoaders } from './action-items.loaders';
import { ActionItemsPolicy } from './action-items.policy';
import type { ActionItemListArgs } from './dto/action-item.args';
import type { ActionItemFilter } from './dto/action-item.inputs';

/** "Today" at the item's table: in the zone of its first region (the directory requires one). */
export const TABLE_TODAY = `(now() AT TIME ZONE COALESCE((SELECT r.time_zone FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id
  WHERE rtr.table_id = ai.table_id ORDER BY rtr.position LIMIT 1), 'America/Toronto'))::date`;
export const OVERDUE = `(ai.due_on IS NOT NULL AND ai.due_on < ${TABLE_TODAY} AND ai.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED'))`;

type Listed = ActionItemEntity & { cursorAt?: string };

/** Reads of action items: one, a table's, the viewer's own; newest first, cursor-paginated. */
@Injectable()
export class ActionItemViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActionItemsPolicy,
    private readonly loaders: ActionItemsLoaders,
  ) {}

  one(ctx: RequestContext, id: string): Promise<ActionItemEntity> {
    return this.policy.readable(ctx, id);
  }

  /** The items of a meeting, agenda item or decision that the viewer may read, oldest first (batched). */
  async linkedTo(ctx: RequestContext, link: 'meetingId' | 'agendaItemId' | 'decisionId', id: string): Promise<ActionItemEntity[]> {
    const items = await this.loaders.itemsBy(ctx, link).load(id);
    const readable = await Promise.all(items.map((item) => this.policy.mayRead(ctx, item)));
    return items.filter((_, i) => readable[i]);
  }

  tableItems(ctx: RequestContext, tableId: string, args: ActionItemListArgs): Promise<Connection<ActionItemEntity>> {
    return this.list(ctx.viewer!, args, (q) => q.andWhere('ai.table_id = :tableId', { tableId }));
  }

  mine(viewer: Viewer, args: ActionItemListArgs): Promise<Connection<ActionItemEntity>> {
    return this.list(viewer, args, (q) => q.andWhere('(ai.assignee_id = :viewerId OR ai.assignee_organization_id = :viewerOrgId)'));
  }

  private async list(
    viewer: Viewer,
    args: ActionItemListArgs,
    scope: (q: SelectQueryBuilder<ActionItemEntity>) => void,
  ): Promise<Connection<ActionItemEntity>> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2) as [string, string] | null;
    if (cursor && (typeof cursor[0] !== 'string' || !isUuid(cursor[1]))) throw badInput('after is not a cursor this list gave out.', 'after');
    const q = this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('ai')
      .leftJoin('agenda_item', 'agi', 'agi.id = ai.agenda_item_id')
      .leftJoin('table_participant', 'tp', 'tp.table_id = ai.table_id AND tp.user_id = :viewerId')
      .where(this.policy.visibleSql())
      .setParameters({ viewerId: viewer.userId, viewerOrgId: viewer.organizationId });
    scope(q);
    applyFilter(q, args.filter ?? null);
    const totalCount = Number(await q.clone().getCount());
    if (cursor) {
      q.andWhere(`(ai.created_at, ai.id) < (CAST(:cursorAt AS timestamp) AT TIME ZONE 'UTC', CAST(:cursorId AS uuid))`, {
        cursorAt: cursor[0],
        cursorId: cursor[1],
      });
    }
    const { entities, raw } = await q
      .addSelect(`to_char(ai.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'cursor_at')
      .orderBy('ai.created_at', 'DESC')
      .addOrderBy('ai.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities();
    const cursorOf = new Map(raw.map((r: Record<string, string>) => [r.ai_id, r.cursor_at]));
    const rows: Listed[] = entities.map((e) => Object.assign(e, { cursorAt: cursorOf.get(e.id) }));
    return toConnection(rows, limit, totalCount, (row) => [row.cursorAt, row.id]);
  }
}

function applyFilter(q: SelectQueryBuilder<ActionItemEntity>, filter: ActionItemFilter | null): void {
  if (!filter) return;
  if (filter.status?.length) q.andWhere('ai.status IN (:...statuses)', { statuses: filter.status });
  if (filter.assigneeId != null) {
    if (!isUuid(filter.assigneeId)) throw notFound('user');
    q.andWhere('ai.assignee_id = :filterAssignee', { filterAssignee: filter.assigneeId });
  }
  if (filter.organizationId != null) {
    if (!isUuid(filter.organizationId)) throw notFound('organization');
    q.andWhere('ai.assignee_organization_id = :filterOrg', { filterOrg: filter.organizationId });
  }
  if (filter.tableId != null) {
    // An unknown table simply has no items of the viewer's: no need to say whether it exists.
    if (!isUuid(filter.tableId)) throw notFound('table');
    q.andWhere('ai.table_id = :filterTable', { filterTable: filter.tableId });
  }
  if (filter.overdue === true) q.andWhere(OVERDUE);
  if (filter.overdue === false) q.andWhere(`NOT ${OVERDUE}`);
  if (filter.dueBefore != null) {
    if (!isCalendarDate(filter.dueBefore)) throw badInput('dueBefore must be a date written YYYY-MM-DD.', 'filter.dueBefore');
    q.andWhere('ai.due_on < CAST(:dueBefore AS date)', { dueBefore: filter.dueBefore });
  }
}
