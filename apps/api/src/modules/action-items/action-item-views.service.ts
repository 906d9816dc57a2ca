import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { notFound } from '../../core/errors/domain-errors';
import { isCalendarDate } from '../../core/graphql/date.scalar';
import { badInput } from '../../core/errors/domain-errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../core/graphql/page';
import type { RequestContext } from '../../core/graphql/request-context';
import { tableZoneSql } from '../round-tables/table-zone';
import { ActionItemEntity } from './action-item.entity';
import { ActionItemsLoaders } from './action-items.loaders';
import { ActionItemsPolicy } from './action-items.policy';
import type { ActionItemListArgs } from './dto/action-item.args';
import type { ActionItemFilter } from './dto/action-item.inputs';

/** "Today" at the item's table: in the zone of its first region (the directory requires one). */
export const TABLE_TODAY = `(now() AT TIME ZONE ${tableZoneSql('ai.table_id')})::date`;
export const OVERDUE = `(ai.due_on IS NOT NULL AND ai.due_on < ${TABLE_TODAY} AND ai.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED'))`;

/**
 * Urgency order of lists: unfinished items before done or cancelled ones, then by due date (the
 * overdue, oldest first, then those due soon, then the later ones: all one ascending date), those
 * without a date after the dated ones, then the oldest created first, then the id (stable pages).
 */
const FINISHED_RANK = `(CASE WHEN ai.status IN ('DONE', 'CANCELLED') THEN 1 ELSE 0 END)`;
const DUE_KEY = `COALESCE(ai.due_on, CAST('infinity' AS date))`;

type SortKey = [number, string, string, string];
type Listed = ActionItemEntity & { sortKey: SortKey | null };

/** Reads of action items: one, a table's, the viewer's own; by urgency (see FINISHED_RANK), cursor-paginated. */
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
    const cursor = decodeCursor(args.after, 4) as SortKey | null;
    if (cursor && !isListCursor(cursor)) throw badInput('after is not a cursor this list gave out.', 'after');
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
      q.andWhere(
        `(${FINISHED_RANK}, ${DUE_KEY}, ai.created_at, ai.id) > (CAST(:cursorRank AS int), CAST(:cursorDue AS date), CAST(:cursorAt AS timestamp) AT TIME ZONE 'UTC', CAST(:cursorId AS uuid))`,
        { cursorRank: cursor[0], cursorDue: cursor[1], cursorAt: cursor[2], cursorId: cursor[3] },
      );
    }
    const { entities, raw } = await q
      .addSelect(FINISHED_RANK, 'sort_rank')
      .addSelect(`CASE WHEN ai.due_on IS NULL THEN 'infinity' ELSE to_char(ai.due_on, 'YYYY-MM-DD') END`, 'sort_due')
      .addSelect(`to_char(ai.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'cursor_at')
      .orderBy(FINISHED_RANK, 'ASC')
      .addOrderBy(DUE_KEY, 'ASC')
      .addOrderBy('ai.created_at', 'ASC')
      .addOrderBy('ai.id', 'ASC')
      .limit(limit + 1)
      .getRawAndEntities();
    const keys = new Map<string, SortKey>(
      raw.map((r: Record<string, string | number>) => [String(r.ai_id), [Number(r.sort_rank), String(r.sort_due), String(r.cursor_at), String(r.ai_id)]]),
    );
    const rows: Listed[] = entities.map((e) => Object.assign(e, { sortKey: keys.get(e.id) ?? null }));
    return toConnection(rows, limit, totalCount, (row) => row.sortKey ?? []);
  }
}

/** A cursor this list gave out: [0 or 1, a date or 'infinity', a UTC timestamp, a uuid]. */
function isListCursor([rank, due, at, id]: [unknown, unknown, unknown, unknown]): boolean {
  return (
    (rank === 0 || rank === 1) &&
    typeof due === 'string' &&
    (due === 'infinity' || isCalendarDate(due)) &&
    typeof at === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/.test(at) &&
    typeof id === 'string' &&
    isUuid(id)
  );
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
