import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { entityColumns } from '../../core/database/entity-columns';
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
/** A row of a list: the item and its place in the urgency order, which the page's cursors carry. */
type Listed = ActionItemEntity & { sortRank: number; sortDue: string; cursorAt: string };

/**
 * The statements of a list, with its positional parameters: `$1` the viewer, `$2` their
 * organization. Fixed SQL rather than the query builder: "my action items" is on everyone's
 * dashboard, and building the statement and hydrating entities cost more than the database did.
 */
class ListSql {
  readonly params: unknown[];
  private readonly conditions: string[];

  constructor(
    private readonly columns: string,
    viewer: Viewer,
    visible: string,
  ) {
    this.params = [viewer.userId, viewer.organizationId];
    this.conditions = [visible];
  }

  /** The placeholder of a new parameter. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  private get from(): string {
    return `FROM action_item ai
      LEFT JOIN agenda_item agi ON agi.id = ai.agenda_item_id
      LEFT JOIN table_participant tp ON tp.table_id = ai.table_id AND tp.user_id = $1
     WHERE ${this.conditions.join(' AND ')}`;
  }

  /** The count (a seat per table and an agenda item per item: the joins add no rows). */
  count(): string {
    return `SELECT count(*)::int AS n ${this.from}`;
  }

  page(limit: number): string {
    return `SELECT ${this.columns}, ${FINISHED_RANK} AS "sortRank",
           CASE WHEN ai.due_on IS NULL THEN 'infinity' ELSE to_char(ai.due_on, 'YYYY-MM-DD') END AS "sortDue",
           to_char(ai.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "cursorAt"
      ${this.from}
     ORDER BY ${FINISHED_RANK}, ${DUE_KEY}, ai.created_at, ai.id
     LIMIT ${limit + 1}`;
  }
}

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
    return this.list(ctx.viewer!, args, (sql) => sql.where(`ai.table_id = ${sql.param(tableId)}`));
  }

  mine(viewer: Viewer, args: ActionItemListArgs): Promise<Connection<ActionItemEntity>> {
    return this.list(viewer, args, (sql) => sql.where('(ai.assignee_id = $1 OR ai.assignee_organization_id = $2)'));
  }

  private async list(viewer: Viewer, args: ActionItemListArgs, scope: (sql: ListSql) => void): Promise<Connection<ActionItemEntity>> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 4) as SortKey | null;
    if (cursor && !isListCursor(cursor)) throw badInput('after is not a cursor this list gave out.', 'after');
    const sql = new ListSql(entityColumns(this.dataSource, ActionItemEntity, 'ai'), viewer, this.policy.visibleSql('$1', '$2'));
    scope(sql);
    applyFilter(sql, args.filter ?? null);
    // The whole list's count, sent before the cursor's condition is added, beside the page.
    const counted = this.dataSource.query<Array<{ n: number }>>(sql.count(), [...sql.params]);
    if (cursor) {
      const [rank, due, at, id] = cursor.map((value) => sql.param(value));
      sql.where(`(${FINISHED_RANK}, ${DUE_KEY}, ai.created_at, ai.id) > (${rank}::int, ${due}::date, ${at}::timestamp AT TIME ZONE 'UTC', ${id}::uuid)`);
    }
    const [[{ n }], rows] = await Promise.all([counted, this.dataSource.query<Listed[]>(sql.page(limit), sql.params)]);
    return toConnection(rows, limit, n, (row) => [row.sortRank, row.sortDue, row.cursorAt, row.id]);
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

function applyFilter(sql: ListSql, filter: ActionItemFilter | null): void {
  if (!filter) return;
  if (filter.status?.length) sql.where(`ai.status = ANY(${sql.param(filter.status)}::varchar[])`);
  if (filter.assigneeId != null) {
    if (!isUuid(filter.assigneeId)) throw notFound('user');
    sql.where(`ai.assignee_id = ${sql.param(filter.assigneeId)}`);
  }
  if (filter.organizationId != null) {
    if (!isUuid(filter.organizationId)) throw notFound('organization');
    sql.where(`ai.assignee_organization_id = ${sql.param(filter.organizationId)}`);
  }
  if (filter.tableId != null) {
    // An unknown table simply has no items of the viewer's: no need to say whether it exists.
    if (!isUuid(filter.tableId)) throw notFound('table');
    sql.where(`ai.table_id = ${sql.param(filter.tableId)}`);
  }
  if (filter.overdue === true) sql.where(OVERDUE);
  if (filter.overdue === false) sql.where(`NOT ${OVERDUE}`);
  if (filter.dueBefore != null) {
    if (!isCalendarDate(filter.dueBefore)) throw badInput('dueBefore must be a date written YYYY-MM-DD.', 'filter.dueBefore');
    sql.where(`ai.due_on < ${sql.param(filter.dueBefore)}::date`);
  }
}
